#include "connectors/vb365/vb365authenticator.h"

#include "connectors/vb365/vb365parser.h"

#include <QUrl>

namespace BackupDash {

namespace {
QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

Vb365Authenticator::Vb365Authenticator(QString apiVersion, QString username, QString password)
    : m_apiVersion(std::move(apiVersion))
    , m_username(std::move(username))
    , m_password(std::move(password))
{
}

ApiRequest Vb365Authenticator::grantRequest(const QString &refreshToken) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = QLatin1Char('/') + m_apiVersion + QLatin1String("/Token");
    request.contentType = "application/x-www-form-urlencoded";
    QByteArrayList fields;
    if (refreshToken.isEmpty()) {
        fields << "grant_type=password" << formField("username", m_username) << formField("password", m_password);
    } else {
        fields << "grant_type=refresh_token" << formField("refresh_token", refreshToken);
    }
    fields << "disable_antiforgery_token=true";
    request.body = fields.join('&');
    return request;
}

Parsed<TokenGrant> Vb365Authenticator::parseGrant(const QByteArray &body, const QDateTime &now) const
{
    return Vb365::parseToken(body, now);
}

} // namespace BackupDash
