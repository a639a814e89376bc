#include "views/windowcelldelegate.h"

#include "models/windowgridmodel.h"
#include "views/windowcellpainter.h"

#include <QApplication>
#include <QPainter>

namespace BackupDash {

void WindowCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    WindowCellLook look;
    look.exists = index.data(WindowGridModel::ExistsRole).toBool();
    const int judged = index.data(WindowGridModel::WindowJobCountRole).toInt();
    look.judged = judged > 0 && !m_activityOnly;
    look.single = judged == 1;
    look.allowedShare = index.data(WindowGridModel::AllowedFractionRole).toDouble();
    look.running = index.data(WindowGridModel::RunningCountRole).toInt();
    look.overrun = m_activityOnly ? 0 : index.data(WindowGridModel::OverrunCountRole).toInt();
    if (!look.judged && m_maxRunning > 0) {
        look.activityShare = double(look.running) / m_maxRunning;
        look.text = look.running > 0 ? QString::number(look.running) : QString();
    } else {
        look.text = index.data(Qt::DisplayRole).toString();
    }
    const QPalette &palette = option.palette;
    painter->fillRect(option.rect, palette.color(QPalette::Base));
    paintWindowCell(*painter, option.rect, look, palette);
    if (option.state & QStyle::State_Selected) {
        painter->save();
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

QSize WindowCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = option.fontMetrics.height() + 10;
    return { std::max(side, option.fontMetrics.horizontalAdvance(QStringLiteral("000")) + 8), side };
}

} // namespace BackupDash
