#pragma once

#include "connectors/apirequest.h"
#include "connectors/parsed.h"

#include <QDateTime>
#include <QString>

class QNetworkRequest;

namespace BackupDash {

struct TokenGrant
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC
};

// How one vendor obtains and presents its bearer token. ApiClient drives it: it asks for the
// grant request when it needs a token, and parses the answer with parseGrant (pure).
class Authenticator
{
public:
    virtual ~Authenticator() = default;

    // The request that obtains a token; `refreshToken` is empty for the primary grant.
    virtual ApiRequest grantRequest(const QString &refreshToken) const = 0;
    virtual Parsed<TokenGrant> parseGrant(const QByteArray &body, const QDateTime &now) const = 0;
    // Vendor headers that go with every request (e.g. CloudAlly's client-id).
    virtual void decorate(QNetworkRequest &request) const;
};

} // namespace BackupDash
