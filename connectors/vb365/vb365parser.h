#pragma once

#include "connectors/authenticator.h"
#include "connectors/pagedfetch.h"
#include "connectors/parsed.h"
#include "models/backupwindow.h"
#include "models/restorejob.h"
#include "models/sourcesnapshot.h"
#include "models/task.h"
#include "models/taskrun.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <vector>

// Veeam Backup for Microsoft 365 REST (v3–v8): bytes → values. Pure functions, no network,
// safe on any thread. Facts: ../shared/api/README.md and the seed veeam-vb365-jobs-id.txt.
namespace BackupDash::Vb365 {

struct JobRecord
{
    Task task; // sourceId left empty; the connector's source fills it
    std::optional<BackupWindow> window; // the window in force, when the job has one enabled
    QString organizationId;

    bool operator==(const JobRecord &) const = default;
};

// A list page: the v5+ envelope {offset, limit, setId, _links{next}, results} or a bare array (v3/v4).
Parsed<Page<JobRecord>> parseJobsPage(const QByteArray &body);
Parsed<Page<TaskRun>> parseSessionsPage(const QByteArray &body);
// The QJsonDocument reading alone: what parseJobsPage/parseSessionsPage falls back to for every page the fast reader
// (simdjson) does not take, words every error, and is the reference the fast one must agree with.
Parsed<Page<JobRecord>> parseJobsPageReference(const QByteArray &body);
Parsed<Page<TaskRun>> parseSessionsPageReference(const QByteArray &body);
Parsed<Page<RestoreJob>> parseRestoreSessionsPage(const QByteArray &body);

// One job object (as /Jobs/{id} returns it, and each element of /Jobs).
Parsed<JobRecord> parseJob(const QJsonObject &job);
// schedulePolicy → the window in force (nullopt: no window, the job may run any time).
std::optional<BackupWindow> windowOf(const QJsonObject &schedulePolicy);
// schedulePolicy → words: "Daily at 19:00 on Friday", "Every 2 hours", "Not scheduled".
QString scheduleText(const QJsonObject &schedulePolicy);

// /Token answer: access_token, refresh_token, expires_in (number, string, or absent = 3600 s).
Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now);

// Joins jobs with their recent sessions (newest run, last success, duration) into one snapshot.
SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<JobRecord> jobs,
                             std::vector<std::vector<TaskRun>> sessionsPerJob, std::vector<RestoreJob> restores,
                             const QDateTime &polledAt);

} // namespace BackupDash::Vb365
