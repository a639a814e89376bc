#pragma once

#include "models/status.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// What went wrong with a request or a poll, as a value. `message` is in words for the operator
// (the Sources tab, the status bar, the CLI's stderr) and never contains a secret.
struct ApiError
{
    enum class Kind {
        None,
        Unreachable, // no connection: refused, DNS, reset before an answer, network down
        Timeout, // the transfer timeout passed without a byte
        Tls, // the server's certificate was not trusted; never ignored
        AuthFailed, // credentials or token rejected (401/403, invalid_grant)
        HttpStatus, // any other non-2xx answer
        BadPayload, // the answer was not what the vendor documents
        TooLarge, // the answer exceeded the response-size cap
        Cancelled, // we aborted it (shutdown, reconfiguration)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    std::optional<int> retryAfterSeconds; // from Retry-After on 429/503

    bool isError() const { return kind != Kind::None; }
    // The source health an error of this kind means.
    SourceHealth health() const;

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::ApiError)
