#pragma once

#include <QString>
#include <QUuid>

namespace BackupDash {

// Keeps the draws about resources, runs, restores and ids independent even for equal indices.
enum class SimAcronisSalt : quint64 { Resource = 31, Run = 32, Restore = 33, Management = 34, Id = 35 };

// What a resource is; it decides its task types, schedule and the names it gets.
enum class SimAcronisKind { Machine, VirtualMachine, Mailbox, OneDrive, SharePoint, Gmail, GoogleDrive };

// The Acronis scenario's plain values. Times are nanoseconds since the Unix epoch (UTC), so the
// 9 fractional digits the Task Manager prints are real.

struct SimAcronisResource
{
    int index = 0;
    QUuid id;
    QString name; // srv-db-01, Jürgen Müller, Marketing – Zürich
    SimAcronisKind kind = SimAcronisKind::Machine;
    QString type; // resource.type: machine, virtual_machine, mailbox, …
    QString backupType; // task type of its backups
    QString restoreType; // task type of its restores; empty: none simulated
    QUuid policyId;
    QString policyType;
    QString policyName;
    QUuid agentId; // executor
    qint64 periodSecs = 86'400; // backups start every period …
    qint64 phaseSecs = 0; // … at this offset from the epoch's period boundaries
    int typicalSeconds = 600;
};

// One task as it stands at a given scenario time.
struct SimAcronisTask
{
    enum class Kind { Backup, Restore, Management };

    Kind kind = Kind::Backup;
    qint64 id = 0; // above 2^53: not representable in a double
    QUuid uuid;
    QString type;
    int resource = -1; // -1: a management task without a resource
    QString title; // context.title; empty when the API gives none
    QString state; // enqueued, assigned, started, paused, completed
    QString resultCode; // ok, warning, error, cancelled, abandoned, timedout; empty until completed
    QString errorCode; // result.error for error, abandoned and timedout
    QString errorMessage;
    bool cancellable = false;
    bool cancelRequested = false;
    qint64 enqueuedNs = 0;
    qint64 startedNs = 0; // 0: not started yet
    qint64 completedNs = 0; // 0: not completed yet
    qint64 updatedNs = 0;
};

} // namespace BackupDash
