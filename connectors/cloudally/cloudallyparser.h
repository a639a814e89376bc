#pragma once

#include "connectors/authenticator.h"
#include "connectors/parsed.h"
#include "models/sourcesnapshot.h"
#include "models/task.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

// CloudAlly REST (v1): bytes → values. Pure functions, no network, safe on any thread.
// Facts: ../shared/api/README.md ("CloudAlly") and the seed cloudally-backup-task-schema.txt.
namespace BackupDash::CloudAlly {

// One page of GET /v1/backup-tasks: {data[], totalPages, nextPageToken}.
struct TasksPage
{
    std::vector<Task> tasks; // sourceId left empty; buildSnapshot fills it
    QString nextPageToken; // empty when null or absent: the last page
    std::optional<qint64> totalPages;
};

Parsed<TasksPage> parseTasksPage(const QByteArray &body);
// The QJsonDocument reading alone: what parseTasksPage falls back to for every page the fast reader
// (simdjson) does not take, words every error, and is the reference the fast one must agree with.
Parsed<TasksPage> parseTasksPageReference(const QByteArray &body);
// One backup task object (each element of data[], and GET /v1/backup-tasks/{id}).
Parsed<Task> parseTask(const QJsonObject &task);
// schedule {frequency, timezone} → words: "Daily (Europe/Berlin)", "Every 3 hours", "Manual only".
QString scheduleText(const QJsonObject &schedule);
// The same words from the two members as text (null/absent: empty).
QString scheduleWords(const QString &frequency, const QString &timezone);

// /auth, /auth/partner and /auth/refresh answers: accessToken, refreshToken,
// expiresIn (number, numeric string, or absent = 3600 s).
Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now);

SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<Task> tasks, const QDateTime &polledAt);

} // namespace BackupDash::CloudAlly
