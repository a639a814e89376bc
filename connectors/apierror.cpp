#include "connectors/apierror.h"

namespace BackupDash {

SourceHealth ApiError::health() const
{
    switch (kind) {
    case Kind::None:
        return SourceHealth::Ok;
    case Kind::AuthFailed:
        return SourceHealth::AuthFailed;
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Cancelled:
        return SourceHealth::Unreachable;
    case Kind::HttpStatus:
    case Kind::BadPayload:
    case Kind::TooLarge:
        break;
    }
    // The vendor answered, but not with usable data: what we show is older than this poll.
    return SourceHealth::Stale;
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

} // namespace BackupDash
