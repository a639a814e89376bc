#pragma once

#include "models/backupwindow.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>

// The arithmetic of the Backup windows tab, pure: which real instants a vendor's 7×24 grid
// allows, and which real instants each cell of a displayed week covers in the operator's zone.
namespace BackupDash::WeekGrid {

inline constexpr int Days = 7;
inline constexpr int HoursPerDay = 24;
inline constexpr int Cells = Days * HoursPerDay;

// One displayed cell: an hour of a local day as a UTC interval [from, to). On the day the
// clocks go forward the skipped hour does not exist (both invalid); on the day they go back
// the repeated hour's cell is two real hours long.
struct Cell
{
    QDateTime from;
    QDateTime to;
    bool exists() const { return from.isValid() && to.isValid() && from < to; }
};
using Week = std::array<Cell, Cells>; // day-major: index = day * 24 + hour

// The first day of the week holding `day`, weeks starting on `firstDayOfWeek`.
QDate weekStart(QDate day, Qt::DayOfWeek firstDayOfWeek);
// The 168 cells of the 7 local days from `firstDay` in `zone`.
Week cellsOfWeek(QDate firstDay, const QTimeZone &zone);

// The vendor grid's index for a UTC instant: the job's frame is UTC + minuteOffset, element
// day * 24 + hour with day 0 = Sunday.
int vendorIndex(qint64 utcSecs, int minuteOffset);
bool allowedAt(const BackupWindow &window, const QDateTime &utc);
// Seconds of [from, to) the window allows, exact at every hour boundary of the job's frame
// (a minuteOffset of 330 puts them at half past the UTC hour). 0 for an unreadable window.
qint64 allowedSeconds(const BackupWindow &window, const QDateTime &from, const QDateTime &to);
// Seconds of [from, to) outside the window: > 0 means a run there overran.
qint64 outsideSeconds(const BackupWindow &window, const QDateTime &from, const QDateTime &to);

} // namespace BackupDash::WeekGrid
