#pragma once

#include "connectors/authenticator.h"

namespace BackupDash {

// Acronis' OAuth2 client-credentials grant at POST /api/2/idp/token (Basic auth with the API
// client's id and secret). There is no refresh token: every new token is a new grant.
class AcronisAuthenticator final : public Authenticator
{
public:
    AcronisAuthenticator(QString clientId, QString clientSecret);

    ApiRequest grantRequest(const QString &refreshToken) const override;
    Parsed<TokenGrant> parseGrant(const QByteArray &body, const QDateTime &now) const override;

private:
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace BackupDash
