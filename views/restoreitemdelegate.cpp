#include "views/restoreitemdelegate.h"

#include "models/restoretablemodel.h"
#include "views/iconcellpainter.h"
#include "views/statusicons.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace BackupDash {

RestoreItemDelegate::RestoreItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_staleIcon(StatusIcons::staleIcon())
{
    for (int i = 0; i < StatusCount; ++i)
        m_statusIcons[size_t(i)] = StatusIcons::statusIcon(Status(i));
}

void RestoreItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RestoreTableModel::StaleRole).toBool()) {
        option->font.setItalic(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
}

void RestoreItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool stale = index.data(RestoreTableModel::StaleRole).toBool();
    if (index.column() == RestoreTableModel::StatusColumn) {
        QList<CellIcon> icons { { m_statusIcons[size_t(index.data(RestoreTableModel::StatusRole).value<Status>())],
                                  1.0 } };
        if (stale)
            icons.append({ m_staleIcon, 1.0 });
        const QString text = opt.text + (stale ? tr(" · stale") : QString());
        paintIconTextCell(painter, opt, icons, text, cellTextColour(opt));
        return;
    }
    const QVariant progress = index.data(RestoreTableModel::ProgressRole);
    if (index.column() == RestoreTableModel::ProgressColumn && progress.isValid()) {
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        QStyleOptionProgressBar bar;
        bar.rect = opt.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = std::clamp(progress.toInt(), 0, 100);
        bar.text = opt.text;
        bar.textVisible = true;
        bar.state = opt.state | QStyle::State_Horizontal;
        bar.palette = opt.palette;
        bar.fontMetrics = opt.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace BackupDash
