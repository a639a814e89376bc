#pragma once

#include "connectors/apirequest.h"
#include "connectors/parsed.h"
#include "models/restorejob.h"
#include "models/restoreoffer.h"
#include "models/restorerequest.h"

// The vendors' restore and abort calls, as requests and answers: pure, no network. Every
// request is sent at most once (ApiRequest::atMostOnce) and carries the journal id as its
// Idempotency-Key, so the vendor side (and the simulator's stats) can tell requests apart.
// Facts: ../shared/api/README.md.
namespace BackupDash {

namespace Vb365 {
// POST /{v}/Organizations/{org}/Explore: a restore session of the organization's backup as of
// the request's point in time (or `now`), for the scope (vex, veod, vesp, vet).
ApiRequest exploreRequest(const QString &apiVersion, const QString &organizationId, const RestoreRequest &request,
                          const QDateTime &now);
// POST /{v}/RestoreSessions/{id}/Stop.
ApiRequest stopSessionRequest(const QString &apiVersion, const QString &sessionId, const QString &journalId);
Parsed<QString> parseRestoreSessionId(const QByteArray &body); // the new session's id
// Reconciliation: the newest restore sessions, and among them the ones whose reason names
// the journal id (exploreRequest puts it there).
ApiRequest recentSessionsRequest(const QString &apiVersion);
Parsed<QStringList> sessionsFor(const QByteArray &listBody, const QString &journalId);
} // namespace Vb365

namespace Clumio {
// POST /restores/aws/ebs-volumes with the backup to restore (`itemScope`) and the target.
ApiRequest ebsVolumeRestoreRequest(const RestoreRequest &request);
// PATCH /tasks/{id} {"status":"aborting"}.
ApiRequest abortTaskRequest(const QString &taskId, const QString &journalId);
Parsed<QString> parseRestoreTaskId(const QByteArray &body); // 202 {"task_id": …}
// Reconciliation: restore tasks created since `since`, and among them those of the backup.
ApiRequest recentRestoreTasksRequest(const QDateTime &since);
Parsed<QStringList> restoreTasksFor(const QByteArray &listBody, const QString &backupId);
} // namespace Clumio

namespace Acronis {
// PUT /api/task_manager/v2/tasks/{id}/cancel.
ApiRequest cancelTaskRequest(const QString &taskId, const QString &journalId);
} // namespace Acronis

namespace CloudAlly {
// POST /v1/restore {"backupTaskId", …}.
ApiRequest startRestoreRequest(const RestoreRequest &request);
ApiRequest restoreJobRequest(const QString &jobId); // GET /v1/restore/{id}
Parsed<QString> parseRestoreJobId(const QByteArray &body); // 201 {"id": …}
// GET /v1/restore/{id} → the job (status pending|in_progress|success|failed|cancelled).
Parsed<RestoreJob> parseRestoreJob(const QByteArray &body);
} // namespace CloudAlly

} // namespace BackupDash
