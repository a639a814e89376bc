#include "simulator/simtokenstore.h"

#include <QRandomGenerator>
#include <array>

namespace BackupDash {

namespace {
QString randomToken()
{
    std::array<quint32, 12> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SimTokenStore::SimTokenStore(int lifetimeSeconds)
    : m_lifetimeSeconds(qMax(1, lifetimeSeconds))
{
}

SimTokenStore::Grant SimTokenStore::issue(const QString &username)
{
    dropExpired();
    Grant grant;
    grant.accessToken = randomToken();
    grant.refreshToken = randomToken();
    grant.expiresIn = m_lifetimeSeconds;
    grant.issued = QDateTime::currentDateTimeUtc();
    grant.expires = grant.issued.addSecs(m_lifetimeSeconds);
    grant.username = username;
    const int works = m_realLifetimeCap ? qMin(*m_realLifetimeCap, m_lifetimeSeconds) : m_lifetimeSeconds;
    m_access.insert(grant.accessToken, QDeadlineTimer(qint64(works) * 1000));
    m_refresh.insert(grant.refreshToken, username);
    return grant;
}

std::optional<SimTokenStore::Grant> SimTokenStore::refresh(const QString &refreshToken)
{
    const auto it = m_refresh.constFind(refreshToken);
    if (refreshToken.isEmpty() || it == m_refresh.cend())
        return std::nullopt;
    const QString username = it.value();
    m_refresh.erase(it);
    return issue(username);
}

bool SimTokenStore::isValid(const QString &accessToken) const
{
    const auto it = m_access.constFind(accessToken);
    return !accessToken.isEmpty() && it != m_access.cend() && !it->hasExpired();
}

void SimTokenStore::expireAccessTokens()
{
    m_access.clear();
}

void SimTokenStore::dropExpired()
{
    m_access.removeIf([](const auto &entry) { return entry.value().hasExpired(); });
}

} // namespace BackupDash
