#pragma once

#include <QString>
#include <QtGlobal>

namespace BackupDash {

// Keeps the draws about entities, tasks and streams independent even for equal indices.
enum class SimClumioSalt : quint64 { Entity = 201, Task = 202, Stream = 203 };

// What produced a task; it is also a digit of the task's id, so an id alone finds its task.
enum class SimClumioKind : int {
    Backup = 1, // an entity's scheduled backup (or in-account snapshot)
    Indexing = 2, // the indexing that follows some EBS backups
    InventorySync = 3, // the tenant's Microsoft 365 inventory sync
    Restore = 4, // an operator's restore
    PolicyUpdate = 5, // an administrator's policy change
    LiveRestore = 6, // a restore started through the API while the simulator runs (run-time state)
};

// The Clumio scenario's plain values. Times are UTC seconds since the epoch; 0 means null.

struct SimClumioEntity
{
    int tenant = 0;
    int index = 0;
    QString id;
    QString type; // aws_ebs_volume, aws_ec2_instance, aws_rds_resource, aws_dynamodb_table, microsoft365_mailbox,
                  // protection_group
    QString value; // its name
    qint64 periodSecs = 0; // backup schedule
    qint64 phaseSecs = 0;
    qint64 onboardedSecs = 0; // the first backup after this is the seeding
    bool snapshots = false; // EC2/RDS protected by in-account snapshots instead of backups
};

// A completed EBS volume backup: what POST /restores/aws/ebs-volumes restores from.
struct SimClumioBackup
{
    QString id; // a UUID, never an entity's or a task's id
    int tenant = 0;
    QString volumeId; // the entity's id
    QString volumeName;
    qint64 startSecs = 0;
    qint64 expirationSecs = 0;
    qint64 sizeGiB = 0;
    QString availabilityZone;
};

struct SimClumioRef
{
    QString id;
    QString type;
    QString value;
};

// One task as it stands at a given scenario time.
struct SimClumioTask
{
    QString id; // 15 digits: tenant, kind, owner (5), slot (8)
    int tenant = 0;
    QString type;
    QString category;
    QString genre;
    QString status; // queued, in_progress, completed, failed, aborting, aborted
    int progress = 0;
    qint64 createdSecs = 0;
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    bool abortable = false;
    SimClumioRef primary;
    SimClumioRef parent; // empty id: absent
};

} // namespace BackupDash
