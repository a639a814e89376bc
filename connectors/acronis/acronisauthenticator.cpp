#include "connectors/acronis/acronisauthenticator.h"

#include "connectors/acronis/acronisparser.h"

namespace BackupDash {

AcronisAuthenticator::AcronisAuthenticator(QString clientId, QString clientSecret)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
}

ApiRequest AcronisAuthenticator::grantRequest(const QString &) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/2/idp/token");
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "grant_type=client_credentials";
    const QByteArray basic = (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8().toBase64();
    request.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + basic });
    return request;
}

Parsed<TokenGrant> AcronisAuthenticator::parseGrant(const QByteArray &body, const QDateTime &now) const
{
    return Acronis::parseToken(body, now);
}

} // namespace BackupDash
