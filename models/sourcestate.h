#pragma once

#include "models/status.h"

#include <QDateTime>
#include <QString>

namespace BackupDash {

// What the operator needs to know about one configured source.
struct SourceState
{
    QString id;
    QString vendor;
    QString baseUrl;
    bool enabled = true;
    SourceHealth health = SourceHealth::Pending;
    bool polling = false;
    QDateTime lastAttemptAt; // last poll that completed, successfully or not
    QDateTime lastSuccessAt; // last poll that delivered data
    QDateTime nextPollAt;
    QString lastError; // in words; empty when the last poll succeeded
    int taskCount = 0;
    int restoreCount = 0;

    bool operator==(const SourceState &) const = default;
};

} // namespace BackupDash
