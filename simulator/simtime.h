#pragma once

#include <QDateTime>
#include <QString>

namespace BackupDash {

// Scenario instants as 100-ns ticks since the Unix epoch (UTC): .NET's resolution, so the
// 7 fractional digits VB365 prints are real, and ordering is exact.
namespace SimTime {

constexpr qint64 TicksPerMs = 10'000;
constexpr qint64 TicksPerSecond = 10'000'000;

qint64 ticks(const QDateTime &time);
qint64 secs(const QDateTime &time);
QDateTime fromTicks(qint64 ticks);

QString iso7(qint64 ticks); // 2026-11-22T10:00:03.1234567Z
QString isoSeconds(qint64 secs); // 2026-11-22T10:00:00Z (schedule times)
QString rfc1123(const QDateTime &time); // Sun, 22 Nov 2026 10:00:00 GMT

} // namespace SimTime
} // namespace BackupDash
