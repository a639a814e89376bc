#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace BackupDash {

class SimCloudAllyScenario;
struct SimCloudAllyRestoreJob;

// The scenario's CloudAlly values as the API spells them (the seed's backup-task schema).
namespace SimCloudAllyJson {

QJsonObject task(const SimCloudAllyScenario &scenario, int index, const QDateTime &now);
// {id, backupTaskId, status, progress, createdAt, startedAt, completedAt}; times null until then.
QJsonObject restoreJob(const SimCloudAllyRestoreJob &job);
QString timestamp(qint64 msecsSinceEpoch); // 2026-11-22T10:00:03.123Z
QJsonObject error(int status, const QString &message); // {"status":401,"message":"…"}

} // namespace SimCloudAllyJson
} // namespace BackupDash
