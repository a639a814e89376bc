#include "models/weekgrid.h"

#include <algorithm>

namespace BackupDash::WeekGrid {

namespace {

constexpr qint64 SecsPerHour = 3600;
constexpr qint64 SecsPerDay = 86'400;
constexpr qint64 EpochWeekday = 4; // 1970-01-01 was a Thursday (Sunday = 0)

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QDate weekStart(QDate day, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return day.addDays(-back);
}

Week cellsOfWeek(QDate firstDay, const QTimeZone &zone)
{
    Week week;
    for (int day = 0; day < Days; ++day) {
        const QDate date = firstDay.addDays(day);
        for (int hour = 0; hour < HoursPerDay; ++hour) {
            // Qt 6.4 gives an invalid QDateTime for a local time the clocks skipped: no cell.
            const QDateTime local(date, QTime(hour, 0), zone);
            if (!local.isValid())
                continue;
            // The cell ends where the next local hour that exists begins.
            QDateTime next;
            for (int later = hour + 1; !next.isValid() && later <= HoursPerDay; ++later) {
                next = later < HoursPerDay ? QDateTime(date, QTime(later, 0), zone)
                                           : QDateTime(date.addDays(1), QTime(0, 0), zone);
            }
            Cell &cell = week[size_t(day * HoursPerDay + hour)];
            cell.from = local.toUTC();
            cell.to = next.toUTC();
        }
    }
    return week;
}

int vendorIndex(qint64 utcSecs, int minuteOffset)
{
    const qint64 frame = utcSecs + qint64(minuteOffset) * 60;
    const qint64 dayNumber = floorDiv(frame, SecsPerDay);
    const qint64 weekday = ((dayNumber + EpochWeekday) % 7 + 7) % 7;
    const qint64 hour = (frame - dayNumber * SecsPerDay) / SecsPerHour;
    return int(weekday * HoursPerDay + hour);
}

bool allowedAt(const BackupWindow &window, const QDateTime &utc)
{
    if (!window.isValid() || !utc.isValid())
        return false;
    return window.allowed[size_t(vendorIndex(utc.toSecsSinceEpoch(), window.minuteOffset))];
}

qint64 allowedSeconds(const BackupWindow &window, const QDateTime &from, const QDateTime &to)
{
    if (!window.isValid() || !from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 offsetSecs = qint64(window.minuteOffset) * 60;
    const qint64 end = to.toSecsSinceEpoch();
    qint64 total = 0;
    for (qint64 t = from.toSecsSinceEpoch(); t < end;) {
        // The next hour boundary of the job's frame, in UTC seconds.
        const qint64 boundary = (floorDiv(t + offsetSecs, SecsPerHour) + 1) * SecsPerHour - offsetSecs;
        const qint64 segmentEnd = std::min(boundary, end);
        if (window.allowed[size_t(vendorIndex(t, window.minuteOffset))])
            total += segmentEnd - t;
        t = segmentEnd;
    }
    return total;
}

qint64 outsideSeconds(const BackupWindow &window, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    return from.secsTo(to) - allowedSeconds(window, from, to);
}

} // namespace BackupDash::WeekGrid
