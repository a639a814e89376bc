#include "simulator/cloudally/simcloudallyjson.h"

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

QJsonObject error(int status, const QString &message)
{
    return { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } };
}

} // namespace BackupDash::SimCloudAllyJson
