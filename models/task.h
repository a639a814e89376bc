#pragma once

#include "models/compactoptional.h"
#include "models/status.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

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
    CompactOptional<qint64> sizeBytes;
    CompactOptional<qint64> lastRunSeconds; // duration of the newest run (so far, while running)
    // The small members together in one 8-byte slot (with std::optional and apart, their padding
    // made a task 24 B larger: 264 → 240 B).
    Status status = Status::Unknown;
    CompactOptional<qint8> progress; // percentage 0–100, never an object count
    bool enabled = true;
    QString schedule; // the vendor schedule in words
    // What a restore of this task starts from, in the vendor's terms: the VB365 organization,
    // the Clumio protected entity; empty where the task id itself is enough (CloudAlly).
    QString restoreScope;

    bool operator==(const Task &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::Task)
