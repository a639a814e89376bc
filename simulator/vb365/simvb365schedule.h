#pragma once

#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace BackupDash {

// A VB365 backup window: 168 hours, Sunday 00:00 first (index day*24+hour), in the job's
// frame of UTC + minuteOffset.
struct SimVb365Window
{
    bool enabled = false;
    bool present = false; // settings are sent (all true when disabled)
    std::array<bool, 168> allowed {};
    int minuteOffset = 0;

    bool allowsLocal(qint64 localSecs) const; // localSecs: seconds since the epoch in the frame
};

// A job's schedule policy and the start times it produces. Pure: slots are a function of the
// policy and the time range only.
struct SimVb365Schedule
{
    enum class Type { Daily, Periodically };

    struct Slot
    {
        qint64 secs; // UTC seconds since the epoch
        qint64 index; // stable per job: the day (Daily) or period number (Periodically)
    };

    bool scheduleEnabled = true;
    Type type = Type::Daily;
    QString dailyType = QStringLiteral("Everyday");
    int dailyTimeSecs = 22 * 3600; // after midnight, in the frame
    QString periodicallyEvery = QStringLiteral("Hours1");
    int periodicallyOffsetMinutes = 0;
    SimVb365Window window; // backupWindow* for Daily, periodicallyWindow* for Periodically
    bool retryEnabled = true;
    int retryNumber = 3;
    int retryWaitInterval = 10; // minutes

    int periodSeconds() const; // between two slots (Periodically); a day for Daily
    bool runsOnWeekday(int weekday) const; // 0 = Sunday

    std::vector<Slot> slotsBetween(qint64 fromSecs, qint64 toSecs) const; // from <= slot < to, ascending
    std::optional<Slot> lastSlotAtOrBefore(qint64 secs) const;
    std::optional<Slot> firstSlotAfter(qint64 secs) const;

    static int minutesOf(const QString &periodicallyEvery);
    static int weekdayOfDay(qint64 day); // day number since the epoch → 0 = Sunday
};

} // namespace BackupDash
