#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <optional>

namespace BackupDash {

// Bearer tokens as an OAuth password/refresh server hands them out. Lifetimes run on REAL
// time (a client's refresh logic is what is being exercised, not the scenario).
class SimTokenStore
{
public:
    explicit SimTokenStore(int lifetimeSeconds);

    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QDateTime issued; // wall clock, UTC
        QDateTime expires; // wall clock, UTC
        QString username;
    };

    Grant issue(const QString &username);
    // A new pair for a known refresh token, which is used up; nothing for an unknown one.
    std::optional<Grant> refresh(const QString &refreshToken);
    bool isValid(const QString &accessToken) const;
    // Every access token issued so far stops working; refresh tokens keep working.
    void expireAccessTokens();
    // Tokens issued while set work only this long, though they announce the full lifetime.
    void setRealLifetimeCap(std::optional<int> seconds) { m_realLifetimeCap = seconds; }

private:
    void dropExpired();

    int m_lifetimeSeconds;
    std::optional<int> m_realLifetimeCap;
    QHash<QString, QDeadlineTimer> m_access;
    QHash<QString, QString> m_refresh; // refresh token → user name
};

} // namespace BackupDash
