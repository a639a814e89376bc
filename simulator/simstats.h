#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace BackupDash {

// What the simulator has been asked, for tests and benchmarks (GET /_sim/stats).
class SimStats
{
public:
    void countRequest(const QString &methodAndRoute); // "GET /vb365/v8/Jobs/{id}"
    void countTokenGrant(const QString &grantType); // successful grants only
    void countIdempotencyKey(const QString &key); // POST/PATCH/PUT with the header; never deduplicated
    void countRestoreJobCreated(const QString &idempotencyKey); // "" when the request carried none
    void countRejected401();

    qint64 requests(const QString &methodAndRoute) const { return m_requests.value(methodAndRoute); }
    QJsonObject toJson() const;

private:
    QMap<QString, qint64> m_requests;
    QMap<QString, qint64> m_tokenGrants { { QStringLiteral("password"), 0 }, { QStringLiteral("refresh_token"), 0 } };
    QMap<QString, qint64> m_idempotencyKeys;
    QMap<QString, qint64> m_restoreJobsByKey;
    qint64 m_restoreJobsCreated = 0;
    qint64 m_rejected401 = 0;
};

} // namespace BackupDash
