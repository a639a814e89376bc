#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace BackupDash {

// How one heatmap cell looks; shared by the grid and its legend so both always agree.
// Allowed time is a solid fill (its width is the allowed share of the hour for one job),
// closed time a dotted pattern, an overrun a red cross-hatch with "!", a run a "●": every
// state has a pattern or glyph besides its colour.
struct WindowCellLook
{
    bool exists = true; // false: the hour the clocks skipped (grey hatch)
    bool judged = false; // some shown job has a window (or may run any time) in this cell
    bool single = false; // one job judged: fill width = allowed share; else intensity = share
    double allowedShare = 0; // 0–1
    double activityShare = 0; // 0–1, cells with no window: how busy the hour was
    int running = 0;
    int overrun = 0;
    QString text; // a count, drawn centred
};

namespace WindowColors {
QColor allowed();
QColor overrun();
QColor activity();
} // namespace WindowColors

void paintWindowCell(QPainter &painter, const QRect &rect, const WindowCellLook &look, const QPalette &palette);

} // namespace BackupDash
