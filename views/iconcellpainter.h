#pragma once

#include <QIcon>
#include <QList>

class QPainter;
class QStyleOptionViewItem;

namespace BackupDash {

struct CellIcon
{
    QIcon icon;
    qreal opacity = 1.0;
};

// Paints one table cell as the style's background/selection/focus, then icons left to right,
// then the text elided to the room left, in `ink`. The delegates use it so that every
// icon-and-words cell lines up the same way.
void paintIconTextCell(QPainter *painter, const QStyleOptionViewItem &option, const QList<CellIcon> &icons,
                       const QString &text, const QColor &ink);
// The text colour the style would use for this cell (selection and window activity included).
QColor cellTextColour(const QStyleOptionViewItem &option);
// Pixels `count` icons take before the text.
int iconRunWidth(int count, int iconSide);

} // namespace BackupDash
