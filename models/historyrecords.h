#pragma once

#include "models/sourcesnapshot.h"
#include "models/status.h"

#include <QDateTime>
#include <QString>
#include <array>

namespace BackupDash {

// What the history store answers with. Times are UTC.

// One recorded poll of one source: how many of its tasks were in each normalized status.
struct StatusCounts
{
    QString sourceId;
    QString vendor;
    QDateTime polledAt;
    std::array<int, StatusCount> counts {}; // indexed by Status

    int count(Status status) const { return counts[static_cast<size_t>(status)]; }
    bool operator==(const StatusCounts &) const = default;
};

// The success rate of one time bucket: success / (success + warning + failed) over the polls
// recorded in it, for one vendor or, with `vendor` empty, for all vendors.
struct RatePoint
{
    QDateTime bucketStart;
    QString vendor; // empty = all vendors
    double rate = 0;
    int finished = 0; // success + warning + failed, summed over the bucket's polls

    bool operator==(const RatePoint &) const = default;
};

// A task's status changed between two recorded polls (or the store saw it first: from Unknown).
struct StatusTransition
{
    QString sourceId;
    QString taskId;
    QDateTime at; // the poll that saw the new status
    Status from = Status::Unknown;
    Status to = Status::Unknown;

    bool operator==(const StatusTransition &) const = default;
};

// One source's tasks as its last recorded poll saw them; snapshot.polledAt says when that was
// true. Only sourceId, polledAt and tasks are filled: the cache keeps no runs, restores or windows.
struct CachedSource
{
    QString vendor;
    SourceSnapshot snapshot;
};

} // namespace BackupDash
