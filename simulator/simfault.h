#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace BackupDash {

// One entry of the fault specification (contract): where it applies and what it does.
struct SimFault
{
    enum class Kind {
        Status, // answer with HTTP `value` (+ Retry-After)
        Latency, // answer `value` ms late
        Hang, // never answer
        ExpireToken, // when the list is set: access tokens issued so far stop working (once; no rate)
        Malformed, // 200 with a body that is not JSON
        Truncated, // 200, full Content-Length, half the body, connection closed
        CloseAfterRequest, // the handler runs, then the connection closes without an answer
        Redirect302, // 302 to a GET-able path of the vendor; the handler does not run
        WrongShape, // 200, the real answer as valid JSON with every value of another type
        Oversize, // 200, a JSON body of `value` bytes (default: just over the client's 64 MiB cap)
        GzipBomb, // 200, Content-Encoding: gzip, a small body that inflates to `value` bytes (default 1 GiB)
        ResetMidBody, // the real answer's headers and half its body, then a TCP reset
        Refresh401, // 401 on the vendor's token refresh request (vendors that have one); others pass
        EarlyExpiry, // while set: tokens issued work `value` s (default 0), whatever expiry they announce
    };

    QString vendor; // empty = every vendor
    QByteArray method; // empty = every method
    QString path; // empty = every path; else a prefix of the path below the vendor prefix
    Kind kind = Kind::Status;
    int value = 0; // also: oversize/gzip-bomb bytes, early-expiry seconds
    QJsonValue retryAfter { QJsonValue::Undefined }; // seconds or an HTTP-date; Undefined = none
    double rate = 1.0;
    bool after = false; // status only: run the handler first (its job exists), then answer `value`

    bool appliesTo(const QString &vendorId, const QByteArray &requestMethod, const QString &vendorPath) const;
    QByteArray retryAfterHeader() const;
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    // Parses the contract's JSON list; on error returns nothing and says why in `error`.
    static std::optional<QList<SimFault>> parseList(const QByteArray &json, QString *error);
};

} // namespace BackupDash
