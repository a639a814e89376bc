#pragma once

#include <QtGlobal>

namespace BackupDash {

// The units the scenarios count in, defined once: the simulator is compiled as unity sources,
// where each file's own copy would collide with the next.
constexpr qint64 Minute = 60; // seconds
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 MiB = qint64(1) << 20; // bytes
constexpr qint64 GiB = qint64(1) << 30;

// Rounds towards minus infinity, so an instant before the epoch falls into the slot before it.
constexpr qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 q = value / divisor;
    return (value % divisor != 0 && value < 0) ? q - 1 : q;
}

} // namespace BackupDash
