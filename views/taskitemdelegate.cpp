#include "views/taskitemdelegate.h"

#include "models/tasktablemodel.h"
#include "views/iconcellpainter.h"
#include "views/statusicons.h"

namespace BackupDash {

namespace {

bool isStale(const QModelIndex &index)
{
    return index.data(TaskTableModel::StaleRole).toBool();
}

bool isEnabledTask(const QModelIndex &index)
{
    const QVariant enabled = index.data(TaskTableModel::EnabledRole);
    return !enabled.isValid() || enabled.toBool();
}

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share, a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

TaskItemDelegate::TaskItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_staleIcon(StatusIcons::staleIcon())
{
    for (int i = 0; i < StatusCount; ++i)
        m_statusIcons[size_t(i)] = StatusIcons::statusIcon(Status(i));
}

QString TaskItemDelegate::statusLabel(const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return isStale(index) ? tr("%1 · stale").arg(text) : text;
}

int TaskItemDelegate::statusDecorationWidth(int iconSide)
{
    return iconRunWidth(2, iconSide);
}

void TaskItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isStale(index))
        return;
    option->font.setItalic(true);
    option->fontMetrics = QFontMetrics(option->font);
    // Toward the disabled text colour, not all the way: Fusion's light disabled grey is below
    // 2:1 on white, and an operator must still read old data. Every colour group is set, as
    // the window may be inactive while it is read.
    const QColor disabled = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, mix(option->palette.color(QPalette::Text), disabled, 0.65));
}

void TaskItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != TaskTableModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool enabled = isEnabledTask(index);
    QList<CellIcon> icons;
    const QVariant status = index.data(TaskTableModel::StatusRole);
    if (status.isValid())
        icons.append({ m_statusIcons[size_t(status.value<Status>())], enabled ? 1.0 : 0.45 });
    if (isStale(index))
        icons.append({ m_staleIcon, 1.0 });
    QColor ink = cellTextColour(opt);
    if (!enabled && !(opt.state & QStyle::State_Selected))
        ink = mix(ink, opt.palette.color(QPalette::Base), 0.35);
    paintIconTextCell(painter, opt, icons, statusLabel(index), ink);
}

QSize TaskItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == TaskTableModel::StatusColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        size.setWidth(opt.fontMetrics.horizontalAdvance(statusLabel(index))
                      + statusDecorationWidth(opt.decorationSize.height()) + 12);
    }
    return size;
}

} // namespace BackupDash
