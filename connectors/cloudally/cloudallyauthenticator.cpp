#include "connectors/cloudally/cloudallyauthenticator.h"

#include "connectors/cloudally/cloudallyparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace BackupDash {

CloudAllyAuthenticator::CloudAllyAuthenticator(Mode mode, QString email, QString password, QString clientId,
                                               QString clientSecret)
    : m_mode(mode)
    , m_email(std::move(email))
    , m_password(std::move(password))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
}

ApiRequest CloudAllyAuthenticator::grantRequest(const QString &refreshToken) const
{
    ApiRequest request;
    request.method = "POST";
    request.contentType = "application/json";
    QJsonObject body;
    if (!refreshToken.isEmpty()) {
        request.path = QStringLiteral("/auth/refresh");
        body.insert(QStringLiteral("refreshToken"), refreshToken);
    } else {
        request.path = m_mode == Mode::Partner ? QStringLiteral("/auth/partner") : QStringLiteral("/auth");
        body.insert(QStringLiteral("email"), m_email);
        body.insert(QStringLiteral("password"), m_password);
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

Parsed<TokenGrant> CloudAllyAuthenticator::parseGrant(const QByteArray &body, const QDateTime &now) const
{
    return CloudAlly::parseToken(body, now);
}

void CloudAllyAuthenticator::decorate(QNetworkRequest &request) const
{
    if (m_mode != Mode::Partner)
        return;
    request.setRawHeader("client-id", m_clientId.toUtf8());
    request.setRawHeader("client-secret", m_clientSecret.toUtf8());
}

} // namespace BackupDash
