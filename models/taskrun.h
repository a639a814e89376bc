#pragma once

#include "models/status.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace BackupDash {

// One execution of a task (VB365: a job session).
struct TaskRun
{
    QString sourceId;
    QString taskId;
    QString id;
    Status status = Status::Unknown;
    QString vendorStatus;
    QDateTime started;
    QDateTime ended; // invalid while running
    std::optional<qint64> transferredBytes;
    std::optional<qint64> processedObjects;

    bool operator==(const TaskRun &) const = default;
};

} // namespace BackupDash
