#include "simulator/cloudally/simcloudallyjson.h"

#include "simulator/cloudally/simcloudallyrestores.h"
#include "simulator/cloudally/simcloudallyscenario.h"

namespace BackupDash::SimCloudAllyJson {

QString timestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject task(const SimCloudAllyScenario &scenario, int index, const QDateTime &now)
{
    const SimCloudAllyTask &task = scenario.tasks()[size_t(index)];
    const SimCloudAllyState state = scenario.stateAt(index, now);
    return {
        { QStringLiteral("id"), task.id },
        { QStringLiteral("name"), task.name },
        { QStringLiteral("type"), task.type },
        { QStringLiteral("status"), state.status },
        { QStringLiteral("lastBackup"),
          state.lastBackupMs ? QJsonValue(timestamp(*state.lastBackupMs)) : QJsonValue() },
        { QStringLiteral("createdAt"), timestamp(task.createdMs) },
        { QStringLiteral("size"), state.size ? QJsonValue(*state.size) : QJsonValue() },
        { QStringLiteral("schedule"),
          QJsonObject { { QStringLiteral("frequency"), task.frequency },
                        { QStringLiteral("timezone"), task.timezone } } },
        // additionalProperties are allowed; clients must ignore what they do not know.
        { QStringLiteral("customerAccount"), task.account },
    };
}

QJsonObject restoreJob(const SimCloudAllyRestoreJob &job)
{
    const auto time = [](qint64 ms) {
        return ms == 0 ? QJsonValue() : QJsonValue(timestamp(ms));
    };
    return {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("backupTaskId"), job.backupTaskId },
        { QStringLiteral("status"), job.status },
        { QStringLiteral("progress"), job.progress },
        { QStringLiteral("createdAt"), timestamp(job.createdMs) },
        { QStringLiteral("startedAt"), time(job.startedMs) },
        { QStringLiteral("completedAt"), time(job.completedMs) },
    };
}

QJsonObject error(int status, const QString &message)
{
    return { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } };
}

} // namespace BackupDash::SimCloudAllyJson
