#pragma once

#include "connectors/clumio/clumioparser.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

// The incremental fetch of Clumio tasks, as pure functions: which filters a poll sends, and
// how what came back merges with what the previous polls knew. A created-time filter alone
// misses status changes of older tasks, so unfinished ones are re-read by id.
namespace BackupDash::Clumio {

using TaskCache = QHash<QString, TaskRecord>; // by task id

// {"created_timestamp":{"$gte":"2026-11-15T10:00:00Z"}} (compact JSON, RFC 3339 with Z).
QString createdSinceFilter(const QDateTime &since);
// {"id":{"$in":["101","114"]}}
QString idFilter(const QStringList &ids);

// Ids of cached tasks that may still change (queued, in_progress, aborting), sorted, split
// into chunks of at most `chunkSize`.
std::vector<QStringList> unfinishedIdChunks(const TaskCache &cache, int chunkSize);

// The newest created_timestamp in `cache` (invalid when empty).
QDateTime newestCreated(const TaskCache &cache);
// The oldest one (invalid when empty).
QDateTime oldestCreated(const TaskCache &cache);

// A full refresh: `fresh` is everything; tasks created before `windowStart` are left out.
TaskCache replaceAll(std::vector<TaskRecord> fresh, const QDateTime &windowStart);
// An incremental poll: `fresh` (new tasks and re-read unfinished ones) overrides by id;
// `reread` ids that did not come back are gone at the vendor; tasks created before
// `windowStart` drop out.
TaskCache merge(TaskCache previous, std::vector<TaskRecord> fresh, const QStringList &reread,
                const QDateTime &windowStart);

} // namespace BackupDash::Clumio
