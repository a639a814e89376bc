#include "simulator/simstats.h"

namespace BackupDash {

namespace {
QJsonObject countsToJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

void SimStats::countRequest(const QString &methodAndRoute)
{
    ++m_requests[methodAndRoute];
}

void SimStats::countTokenGrant(const QString &grantType)
{
    ++m_tokenGrants[grantType];
}

void SimStats::countIdempotencyKey(const QString &key)
{
    ++m_idempotencyKeys[key];
}

void SimStats::countRestoreJobCreated(const QString &idempotencyKey)
{
    ++m_restoreJobsCreated;
    ++m_restoreJobsByKey[idempotencyKey];
}

void SimStats::countRejected401()
{
    ++m_rejected401;
}

QJsonObject SimStats::toJson() const
{
    return {
        { QStringLiteral("requests"), countsToJson(m_requests) },
        { QStringLiteral("tokenGrants"), countsToJson(m_tokenGrants) },
        { QStringLiteral("postsByIdempotencyKey"), countsToJson(m_idempotencyKeys) },
        { QStringLiteral("restoreJobsCreated"), m_restoreJobsCreated },
        { QStringLiteral("restoreJobsByIdempotencyKey"), countsToJson(m_restoreJobsByKey) },
        { QStringLiteral("rejected401"), m_rejected401 },
    };
}

} // namespace BackupDash
