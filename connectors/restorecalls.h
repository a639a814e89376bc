#pragma once

#include "connectors/apirequest.h"
#include "connectors/parsed.h"
#include "models/mailbox.h"
#include "models/restorejob.h"
#include "models/restoreoffer.h"
#include "models/restorepoint.h"
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

// The organization's mailboxes, for picking one: GET /{v}/Organizations/{org}/Mailboxes (the
// first 500; an organization with more is searched in the Veeam console).
ApiRequest organizationMailboxesRequest(const QString &apiVersion, const QString &organizationId);
// A bare array or {"results": […]}; entries without an id are skipped.
Parsed<QList<Mailbox>> parseMailboxes(const QByteArray &body);
// One mailbox inside an accepted restore session (`step.vendorJobId`), `step.itemId` being the
// mailbox: POST /{v}/RestoreSessions/{s}/Organization/Mailboxes/{m}/Restore to where it was, or
// …/RestoreTo {"mailbox": step.alternateTarget} to another mailbox. Changed and deleted items
// are restored too. No credential is sent: the server uses the organization's own.
ApiRequest mailboxRestoreRequest(const QString &apiVersion, const RestoreRequest &step);
// Reconciliation of a mailbox step: the session's events (GET /{v}/RestoreSessions/{s}/Events),
// and among them the restores that name the mailbox (its address or id in title or message).
ApiRequest sessionEventsRequest(const QString &apiVersion, const QString &sessionId);
Parsed<QStringList> mailboxRestoreEvents(const QByteArray &eventsBody, const RestoreRequest &step);
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
// The volume's backups, newest first: GET /backups/aws/ebs-volumes with filter volume_id $eq and
// sort=-start_timestamp. Only the first page of 100 is read: a restore starts from a recent
// backup, and older ones are picked in the Clumio portal.
ApiRequest ebsBackupsRequest(const QString &volumeId);
// The HAL list's `_embedded.items`; an item without an id or start time is an error (it could
// not be restored from, and a list that drops it silently would mislead).
Parsed<QList<RestorePoint>> parseEbsBackups(const QByteArray &body);
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
