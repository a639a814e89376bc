#pragma once

#include "connectors/authenticator.h"
#include "connectors/parsed.h"
#include "models/sourcesnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <vector>

// Acronis Cyber Protect Cloud, Task Manager API v2: bytes → values. Pure functions, no network,
// safe on any thread. Facts: ../shared/api/README.md ("Acronis") and the seed acronis-task-schema.txt.
namespace BackupDash::Acronis {

// One element of GET /api/task_manager/v2/tasks as the API gives it, before it becomes a
// backup task (Task + TaskRun) or a restore job.
struct TaskRecord
{
    QString id; // idString, or the exact 64-bit integer id (never through a double)
    QString type; // UserMailboxBackup, ODRestore, …, or a GUID for management tasks
    QString state; // enqueued, assigned, started, paused, completed
    QString resultCode; // result.code, else resultCode, else the seed's result_code; empty while running
    bool cancellable = false;
    bool cancelRequested = false;
    QDateTime enqueuedAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime updatedAt;
    QString title; // context.title
    QString resourceId;
    QString resourceName;
    QString resourceType; // machine, virtual_machine, …

    bool operator==(const TaskRecord &) const = default;
};

// One page: its tasks and the cursor for the next one (empty on the last page).
struct TasksPage
{
    std::vector<TaskRecord> items;
    QString after;
};

Parsed<TaskRecord> parseTask(const QJsonObject &task);
// The envelope {items, paging{cursors{after}}}.
Parsed<TasksPage> parseTasksPage(const QByteArray &body);
// The QJsonDocument reading alone: what parseTasksPage falls back to for every page the fast reader
// (simdjson) does not take, words every error, and is the reference the fast one must agree with.
Parsed<TasksPage> parseTasksPageReference(const QByteArray &body);

// POST /api/2/idp/token: access_token with expires_on (absolute Unix seconds) or expires_in;
// no refresh token. Neither given: the documented two hours.
Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now);

// Whether a task type names a restore (…Restore…, any case).
bool isRestoreType(const QString &type);
// The dashboard's workload code for a task: by its type, else its resource's type.
QString workloadOf(const TaskRecord &record);
// A task type in words: "Mailbox backup", "OneDrive restore", "Management task", or the type itself.
QString typeText(const QString &type);

// Restore-type tasks become restore jobs; every other task becomes a Task with its one TaskRun.
// `polledAt` measures the running tasks' duration so far.
SourceSnapshot buildSnapshot(const QString &sourceId, const std::vector<TaskRecord> &records,
                             const QDateTime &polledAt);

} // namespace BackupDash::Acronis
