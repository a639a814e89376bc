#include "views/windowcellpainter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <QRect>

namespace BackupDash {

namespace WindowColors {
// Mid-tones that read on light and dark palettes alike.
QColor allowed()
{
    return QColor(67, 160, 71);
}
QColor overrun()
{
    return QColor(211, 47, 47);
}
QColor activity()
{
    return QColor(30, 136, 229);
}
} // namespace WindowColors

namespace {

QColor withAlpha(QColor colour, double share)
{
    colour.setAlphaF(float(0.25 + 0.75 * std::clamp(share, 0.0, 1.0)));
    return colour;
}

} // namespace

void paintWindowCell(QPainter &painter, const QRect &cellRect, const WindowCellLook &look, const QPalette &palette)
{
    painter.save();
    const QRect rect = cellRect.adjusted(1, 1, -1, -1);
    if (!look.exists) {
        painter.fillRect(rect, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
        painter.restore();
        return;
    }
    if (look.judged) {
        if (look.allowedShare <= 0) {
            painter.fillRect(rect, QBrush(palette.color(QPalette::Mid), Qt::Dense6Pattern));
        } else if (look.single) {
            QRect filled = rect;
            filled.setWidth(std::max(1, int(rect.width() * std::clamp(look.allowedShare, 0.0, 1.0) + 0.5)));
            painter.fillRect(filled, WindowColors::allowed());
            if (filled.width() < rect.width()) // the closed rest of a partial hour
                painter.fillRect(QRect(filled.right() + 1, rect.top(), rect.width() - filled.width(), rect.height()),
                                 QBrush(palette.color(QPalette::Mid), Qt::Dense6Pattern));
        } else {
            painter.fillRect(rect, withAlpha(WindowColors::allowed(), look.allowedShare));
        }
    } else if (look.activityShare > 0) {
        painter.fillRect(rect, withAlpha(WindowColors::activity(), look.activityShare));
    }
    if (look.overrun > 0) {
        painter.fillRect(rect, QBrush(WindowColors::overrun(), Qt::DiagCrossPattern));
        painter.setPen(QPen(WindowColors::overrun(), 2));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }

    QFont font = painter.font();
    painter.setPen(palette.color(QPalette::Text));
    if (!look.text.isEmpty()) {
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignCenter, look.text);
    }
    // Glyphs at a fixed share of the font, whatever the cell's size.
    const int glyphSide = std::min(rect.height(), std::max(8, QFontMetrics(font).height() * 3 / 4));
    font.setBold(true);
    font.setPixelSize(std::max(7, glyphSide * 3 / 4));
    painter.setFont(font);
    if (look.running > 0)
        painter.drawText(QRect(rect.left() + 1, rect.bottom() - glyphSide, glyphSide, glyphSide), Qt::AlignCenter,
                         QStringLiteral("●"));
    if (look.overrun > 0) {
        painter.setPen(WindowColors::overrun());
        painter.drawText(QRect(rect.right() - glyphSide, rect.top() + 1, glyphSide, glyphSide), Qt::AlignCenter,
                         QStringLiteral("!"));
    }
    painter.restore();
}

} // namespace BackupDash
