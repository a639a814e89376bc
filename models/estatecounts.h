#pragma once

#include "models/status.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace BackupDash {

class TaskTableModel;

// Tasks counted by normalized status. A task whose source's data is not current counts as
// stale, never under its last status: a stale "success" is not a success the operator has now.
struct StatusTally
{
    std::array<int, StatusCount> byStatus {};
    int stale = 0;

    int current(Status status) const { return byStatus[size_t(status)]; }
    // A status's count, or the stale share for an empty optional (how the charts name parts).
    int part(const std::optional<Status> &status) const { return status ? current(*status) : stale; }
    int total() const;
    StatusTally &operator+=(const StatusTally &other);
    bool operator==(const StatusTally &) const = default;
};

struct SourceTally
{
    QString sourceId;
    QString vendor;
    StatusTally tally;
    bool operator==(const SourceTally &) const = default;
};

// What the Overview's status charts draw: the whole estate and each source, in source order
// of first appearance in the model.
struct EstateCounts
{
    StatusTally all;
    QList<SourceTally> bySource;
    bool operator==(const EstateCounts &) const = default;
};

EstateCounts countEstate(const TaskTableModel &tasks);

} // namespace BackupDash
