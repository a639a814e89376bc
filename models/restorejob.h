#pragma once

#include "models/status.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// One restore job of any vendor (VB365: a restore session).
struct RestoreJob
{
    QString sourceId;
    QString vendor; // set from the source's configuration when shown
    QString id;
    QString target; // what is restored, in the vendor's words
    Status status = Status::Unknown;
    QString vendorStatus;
    std::optional<int> progress; // percentage 0–100 or absent
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;
    bool abortable = false;
    // Restores started from BackupDash: who confirmed it, its journal id, and where it stands
    // in words while the vendor does not (yet) list it.
    QString startedBy;
    QString journalId;
    QString note;

    bool operator==(const RestoreJob &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::RestoreJob)
