#pragma once

#include "connectors/authenticator.h"

namespace BackupDash {

// CloudAlly sign-in: partners POST /auth/partner with client-id/client-secret headers and
// {email, password}; portal users POST /auth with {email, password}; both refresh with
// POST /auth/refresh {refreshToken}. Partners send the client headers on every request.
class CloudAllyAuthenticator final : public Authenticator
{
public:
    enum class Mode { Partner, User };

    CloudAllyAuthenticator(Mode mode, QString email, QString password, QString clientId = {},
                           QString clientSecret = {});

    ApiRequest grantRequest(const QString &refreshToken) const override;
    Parsed<TokenGrant> parseGrant(const QByteArray &body, const QDateTime &now) const override;
    void decorate(QNetworkRequest &request) const override;

private:
    Mode m_mode;
    QString m_email;
    QString m_password;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace BackupDash
