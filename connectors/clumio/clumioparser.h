#pragma once

#include "connectors/pagedfetch.h"
#include "connectors/parsed.h"
#include "models/restorejob.h"
#include "models/sourcesnapshot.h"
#include "models/task.h"
#include "models/taskrun.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

// Clumio REST (GET /tasks, Accept application/api.clumio.tasks=v1+json): bytes → values.
// Pure functions, no network, safe on any thread. Facts: ../shared/api/README.md ("Clumio")
// and the seed clumio-list-tasks.txt (which matches the official SDK field for field).
namespace BackupDash::Clumio {

// One Clumio task as the vendor sent it, read once. Kept by the connector between polls
// (the incremental fetch merges by id), and turned into Task/TaskRun or RestoreJob at the end.
struct TaskRecord
{
    QString id; // exact, as sent
    QString type; // open-ended: aws_ebs_volume_incremental_backup, …
    QString category; // backup, restore, snapshot, snapshot_restore, system, …
    QString genre;
    QString vendorStatus; // raw spelling
    Status status = Status::Unknown;
    std::optional<int> progress; // progress_percentage when it is a real percentage
    QDateTime created;
    QDateTime started; // invalid until the task started
    QDateTime ended; // invalid until the task ended
    bool abortable = false; // is_abortable as sent
    QString entityId; // primary_entity
    QString entityType;
    QString entityValue;
    QString parentType; // parent_entity, may be absent
    QString parentValue;

    bool operator==(const TaskRecord &) const = default;
};

// A /tasks page: the HAL envelope {_embedded{items}, _links{_next?, …}, total_count, …}.
// The next link is `_links._next.href` (relative to the host root), empty on the last page.
Parsed<Page<TaskRecord>> parseTasksPage(const QByteArray &body);
// The QJsonDocument reading alone: what parseTasksPage falls back to for every page the fast reader
// (simdjson) does not take, words every error, and is the reference the fast one must agree with.
Parsed<Page<TaskRecord>> parseTasksPageReference(const QByteArray &body);
// One task object (an element of _embedded.items, or the answer of GET /tasks/{id}).
Parsed<TaskRecord> parseTask(const QJsonObject &task);

// Categories restore and snapshot_restore are restore jobs; everything else is a backup task.
bool isRestore(const TaskRecord &record);
// Still able to change status: queued, in_progress, aborting.
bool isUnfinished(const TaskRecord &record);

// primary_entity.type, or derived from the task type (aws_ebs_volume_incremental_backup → aws_ebs_volume).
QString workloadOf(const TaskRecord &record);
// The task type without its workload, in words: "incremental backup", "initial backup", …
QString typeText(const TaskRecord &record);

Task toTask(const TaskRecord &record, const QDateTime &polledAt); // sourceId left empty
TaskRun toRun(const TaskRecord &record);
RestoreJob toRestore(const TaskRecord &record);

// Every record as what the contract makes of it: restores in `restores`, all others in
// `tasks` plus one run each. Newest first.
SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<TaskRecord> records, const QDateTime &polledAt);

} // namespace BackupDash::Clumio
