#include "views/sourceitemdelegate.h"

#include "models/sourcetablemodel.h"
#include "views/iconcellpainter.h"
#include "views/statusicons.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace BackupDash {

SourceItemDelegate::SourceItemDelegate(const SourceTableModel &sources, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sources(sources)
{
}

const SourceState *SourceItemDelegate::sourceAt(const QModelIndex &index) const
{
    return m_sources.source(index.data(SourceTableModel::SourceIdRole).toString());
}

void SourceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const SourceState *source = sourceAt(index);
    const int column = index.column();
    const bool stateColumn = column == SourceTableModel::StateColumn;
    const bool errorColumn = column == SourceTableModel::ErrorColumn && source && !source->lastError.isEmpty();
    if (!source || (!stateColumn && !errorColumn)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // A disabled source is the operator's choice: the paused shape, not a health verdict.
    const CellIcon icon = stateColumn && !source->enabled ? CellIcon { StatusIcons::statusIcon(Status::Paused), 0.6 }
                                                          : CellIcon { StatusIcons::healthIcon(source->health), 1.0 };
    paintIconTextCell(painter, opt, { icon }, opt.text, cellTextColour(opt));
}

QString SourceItemDelegate::errorToolTip(const QModelIndex &index) const
{
    const SourceState *source = sourceAt(index);
    if (!source || source->lastError.isEmpty())
        return {};
    // Rich text so that Qt wraps a long message instead of showing one screen-wide line.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(source->lastError.toHtmlEscaped());
}

bool SourceItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.column() == SourceTableModel::ErrorColumn) {
        const QString tip = errorToolTip(index);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view, view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace BackupDash
