#pragma once

#include "simulator/vb365/simvb365schedule.h"

#include <QString>
#include <QUuid>

namespace BackupDash {

// Keeps the draws about jobs, runs and restores independent even for equal indices.
enum class SimVb365Salt : quint64 { Job = 1, Run = 2, Restore = 3 };

// The VB365 scenario's plain values. Times are UTC seconds or 100-ns ticks since the epoch.

struct SimVb365Organization
{
    QUuid id;
    QString name; // contoso.onmicrosoft.com
    QString officeName; // Contoso Ltd
    QString domain; // CONTOSO (for user names)
};

struct SimVb365Job
{
    int index = 0;
    QUuid id;
    QString name;
    QString description;
    int organization = 0;
    QUuid repositoryId;
    QString workload; // Exchange, OneDrive, SharePoint, Teams
    QString backupType;
    bool enabled = true;
    qint64 disabledSinceSecs = 0; // a disabled job ran until then
    SimVb365Schedule schedule;
    int objectCount = 0; // mailboxes, users, sites or teams
    qint64 bytesPerObject = 0; // a typical run's share per object
    int typicalSeconds = 0; // a typical run's duration
};

// One job session as it stands at a given scenario time.
struct SimVb365Run
{
    QUuid id;
    int jobIndex = 0;
    qint64 index = 0; // the schedule slot's index
    qint64 startTicks = 0;
    qint64 endTicks = 0; // planned end; the session has no endTime while running
    qint64 elapsedTicks = 0; // so far while running, else the whole run
    bool running = false;
    QString status; // Running while in progress, else Success/Warning/Failed/Stopped
    int progress = 0; // objects processed (not a percentage)
    qint64 processedItems = 0;
    qint64 transferredBytes = 0;
    int retryCount = 0;
    QString details;
    QString bottleneck;
};

// One restore (explore) session as it stands at a given scenario time.
struct SimVb365RestoreSession
{
    QUuid id;
    qint64 index = 0;
    QString type; // Vex, Veod, Vesp, Vet
    int organization = 0;
    qint64 createdTicks = 0;
    qint64 endTicks = 0;
    QString state; // Starting, Working, Stopping, Stopped
    QString result; // Success/Warning/Failed once stopped; empty while working or stopped by a user
    bool stoppedByUser = false;
    QString initiatedBy;
    QString reason;
    QString scopeName;
    QString clientHost;
    QString details;
};

} // namespace BackupDash
