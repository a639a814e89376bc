#include "views/iconcellpainter.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace BackupDash {

namespace {
constexpr int Gap = 4;
}

int iconRunWidth(int count, int iconSide)
{
    return count * (iconSide + Gap);
}

QColor cellTextColour(const QStyleOptionViewItem &option)
{
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    return option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
}

void paintIconTextCell(QPainter *painter, const QStyleOptionViewItem &option, const QList<CellIcon> &icons,
                       const QString &text, const QColor &ink)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect content = option.rect.adjusted(margin, 0, -margin, 0);
    const int wanted = option.decorationSize.height() > 0 ? option.decorationSize.height() : 16;
    const int side = std::min(wanted, content.height() - 2);

    painter->save();
    for (const CellIcon &icon : icons) {
        const QRect box(content.left(), content.top() + (content.height() - side) / 2, side, side);
        painter->setOpacity(icon.opacity);
        icon.icon.paint(painter, QStyle::visualRect(option.direction, option.rect, box));
        content.setLeft(content.left() + side + Gap);
    }
    painter->setOpacity(1.0);
    painter->setPen(ink);
    painter->setFont(option.font);
    const QRect textRect = QStyle::visualRect(option.direction, option.rect, content);
    // elidedText() measures in fractions and may cut a text that horizontalAdvance() says fits.
    const QString elided = option.fontMetrics.horizontalAdvance(text) <= textRect.width()
        ? text
        : option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, int(Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine), elided);
    painter->restore();
}

} // namespace BackupDash
