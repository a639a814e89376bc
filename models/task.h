#pragma once

#include "models/status.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// One backup task/job as the vendor defines it, normalized. Times are UTC; an invalid
// QDateTime means the vendor did not say (exported as null).
struct Task
{
    QString sourceId;
    QString vendor; // "veeam-vb365", "clumio", … (set by the connector)
    QString id; // the vendor's id as a string, exact
    QString name;
    QString workload; // vendor workload code, e.g. "MS365"
    QString vendorStatus; // raw vendor value, spelling kept
    QDateTime lastRun;
    QDateTime lastSuccess;
    QDateTime nextRun;
    std::optional<qint64> sizeBytes;
    std::optional<qint64> lastRunSeconds; // duration of the newest run (so far, while running)
    // The small members together: apart, their padding made every task 8 B larger (272 → 264 B).
    std::optional<int> progress; // percentage 0–100, never an object count
    Status status = Status::Unknown;
    bool enabled = true;
    QString schedule; // the vendor schedule in words
    // What a restore of this task starts from, in the vendor's terms: the VB365 organization,
    // the Clumio protected entity; empty where the task id itself is enough (CloudAlly).
    QString restoreScope;

    bool operator==(const Task &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::Task)
