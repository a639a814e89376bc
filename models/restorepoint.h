#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// One backup a restore can start from (Clumio: an EBS volume backup). Times are UTC; an invalid
// expiration means the vendor did not say when it expires.
struct RestorePoint
{
    QString backupId; // the vendor's id, exact: what the restore request names
    QDateTime startTimestamp;
    QDateTime expirationTimestamp;
    std::optional<qint64> sizeGiB; // Clumio reports EBS sizes in GiB
    QString availabilityZone; // where the volume lived (aws_az), may be empty

    bool operator==(const RestorePoint &) const = default;
};

// The newest point of a list (by start time; the list need not be sorted), or nullopt if empty.
std::optional<RestorePoint> newestRestorePoint(const QList<RestorePoint> &points);

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::RestorePoint)
