#pragma once

#include "connectors/authenticator.h"

namespace BackupDash {

// VB365's OAuth2 password grant and refresh_token grant at POST /{v}/Token (form-encoded,
// with disable_antiforgery_token=true, which non-browser clients need from v7 on).
class Vb365Authenticator final : public Authenticator
{
public:
    Vb365Authenticator(QString apiVersion, QString username, QString password);

    ApiRequest grantRequest(const QString &refreshToken) const override;
    Parsed<TokenGrant> parseGrant(const QByteArray &body, const QDateTime &now) const override;

private:
    QString m_apiVersion;
    QString m_username;
    QString m_password;
};

} // namespace BackupDash
