#include "simulator/vb365/simvb365schedule.h"

#include "simulator/simunits.h"

namespace BackupDash {

namespace {
// Far enough back or ahead to find a slot of any schedule (weekly ones, windows).
constexpr qint64 SearchSpans[] = { 2 * Day, 9 * Day, 40 * Day };
} // namespace

bool SimVb365Window::allowsLocal(qint64 localSecs) const
{
    const qint64 day = floorDiv(localSecs, Day);
    const int hour = int((localSecs - day * Day) / 3600);
    return allowed[size_t(SimVb365Schedule::weekdayOfDay(day) * 24 + hour)];
}

int SimVb365Schedule::minutesOf(const QString &every)
{
    if (every.startsWith(QLatin1String("Minutes")))
        return every.mid(7).toInt();
    if (every.startsWith(QLatin1String("Hours")))
        return every.mid(5).toInt() * 60;
    return 60;
}

int SimVb365Schedule::weekdayOfDay(qint64 day)
{
    // 1970-01-01 was a Thursday.
    return int(((day + 4) % 7 + 7) % 7);
}

int SimVb365Schedule::periodSeconds() const
{
    return type == Type::Daily ? int(Day) : qMax(60, minutesOf(periodicallyEvery) * 60);
}

bool SimVb365Schedule::runsOnWeekday(int weekday) const
{
    static const QString names[] = { QStringLiteral("Sunday"),    QStringLiteral("Monday"),   QStringLiteral("Tuesday"),
                                     QStringLiteral("Wednesday"), QStringLiteral("Thursday"), QStringLiteral("Friday"),
                                     QStringLiteral("Saturday") };
    if (dailyType == QLatin1String("Everyday"))
        return true;
    if (dailyType == QLatin1String("Workdays"))
        return weekday >= 1 && weekday <= 5;
    if (dailyType == QLatin1String("Weekends"))
        return weekday == 0 || weekday == 6;
    return dailyType == names[weekday];
}

std::vector<SimVb365Schedule::Slot> SimVb365Schedule::slotsBetween(qint64 fromSecs, qint64 toSecs) const
{
    std::vector<Slot> slots;
    if (!scheduleEnabled || toSecs <= fromSecs)
        return slots;
    const qint64 offset = qint64(window.minuteOffset) * 60;
    const qint64 localFrom = fromSecs + offset;
    const qint64 localTo = toSecs + offset;
    const auto consider = [&](qint64 local, qint64 index) {
        const qint64 utc = local - offset;
        if (utc < fromSecs || utc >= toSecs)
            return;
        if (window.enabled && !window.allowsLocal(local))
            return;
        slots.push_back({ utc, index });
    };
    if (type == Type::Daily) {
        for (qint64 day = floorDiv(localFrom, Day) - 1; day <= floorDiv(localTo, Day); ++day) {
            if (runsOnWeekday(weekdayOfDay(day)))
                consider(day * Day + dailyTimeSecs, day);
        }
    } else {
        const qint64 period = periodSeconds();
        const qint64 phase = qint64(periodicallyOffsetMinutes) * 60;
        for (qint64 k = floorDiv(localFrom - phase, period); k <= floorDiv(localTo - phase, period); ++k)
            consider(k * period + phase, k);
    }
    return slots;
}

std::optional<SimVb365Schedule::Slot> SimVb365Schedule::lastSlotAtOrBefore(qint64 secs) const
{
    for (const qint64 span : SearchSpans) {
        const std::vector<Slot> slots = slotsBetween(secs - span, secs + 1);
        if (!slots.empty())
            return slots.back();
    }
    return std::nullopt;
}

std::optional<SimVb365Schedule::Slot> SimVb365Schedule::firstSlotAfter(qint64 secs) const
{
    for (const qint64 span : SearchSpans) {
        const std::vector<Slot> slots = slotsBetween(secs + 1, secs + 1 + span);
        if (!slots.empty())
            return slots.front();
    }
    return std::nullopt;
}

} // namespace BackupDash
