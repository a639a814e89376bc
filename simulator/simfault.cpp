#include "simulator/simfault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace BackupDash {

namespace {

constexpr int MaxLatencyMs = 600'000;
// Defaults for the size faults: just past ApiClient's default cap, and a gigabyte bomb.
constexpr qint64 DefaultOversizeBytes = 64LL * 1024 * 1024 + 4096;
constexpr qint64 DefaultGzipBombBytes = 1024LL * 1024 * 1024;
constexpr qint64 MaxGzipBombBytes = 2047LL * 1024 * 1024; // `value` is an int
constexpr qint64 MaxOversizeBytes = 1024LL * 1024 * 1024; // held in memory by the simulator

const QStringList &knownFields()
{
    static const QStringList fields { QStringLiteral("vendor"), QStringLiteral("method"), QStringLiteral("path"),
                                      QStringLiteral("kind"),   QStringLiteral("value"),  QStringLiteral("retryAfter"),
                                      QStringLiteral("rate"),   QStringLiteral("after") };
    return fields;
}

const QStringList &contractVendors()
{
    static const QStringList vendors { QStringLiteral("veeam-vb365"), QStringLiteral("clumio"),
                                       QStringLiteral("acronis"), QStringLiteral("cloudally") };
    return vendors;
}

// Error statuses the HTTP transport can write with a reason phrase (QHttpServer 6.4 takes them
// from http_parser's table); anything else is refused up front instead of failing on the wire.
bool isWritableErrorStatus(int status)
{
    static const QSet<int> statuses { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
                                      413, 414, 415, 416, 417, 421, 422, 423, 424, 426, 428, 429, 431,
                                      451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511 };
    return statuses.contains(status);
}

std::optional<SimFault::Kind> implementedKind(const QString &name)
{
    static const QList<std::pair<QString, SimFault::Kind>> kinds {
        { QStringLiteral("status"), SimFault::Kind::Status },
        { QStringLiteral("latency"), SimFault::Kind::Latency },
        { QStringLiteral("hang"), SimFault::Kind::Hang },
        { QStringLiteral("expire-token"), SimFault::Kind::ExpireToken },
        { QStringLiteral("malformed"), SimFault::Kind::Malformed },
        { QStringLiteral("truncated"), SimFault::Kind::Truncated },
        { QStringLiteral("close-after-request"), SimFault::Kind::CloseAfterRequest },
        { QStringLiteral("redirect-302"), SimFault::Kind::Redirect302 },
        { QStringLiteral("wrong-shape"), SimFault::Kind::WrongShape },
        { QStringLiteral("oversize"), SimFault::Kind::Oversize },
        { QStringLiteral("gzip-bomb"), SimFault::Kind::GzipBomb },
        { QStringLiteral("reset-mid-body"), SimFault::Kind::ResetMidBody },
        { QStringLiteral("refresh-401"), SimFault::Kind::Refresh401 },
        { QStringLiteral("early-expiry"), SimFault::Kind::EarlyExpiry },
    };
    for (const auto &[kindName, kind] : kinds) {
        if (kindName == name)
            return kind;
    }
    return std::nullopt;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && std::floor(value.toDouble()) == value.toDouble();
}

// Parses one element; returns an error text or fills `fault`.
QString parseOne(const QJsonValue &element, int index, SimFault &fault)
{
    const QString where = QStringLiteral("fault [%1]").arg(index);
    if (!element.isObject())
        return QStringLiteral("%1 must be an object").arg(where);
    const QJsonObject object = element.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownFields().contains(it.key()))
            return QStringLiteral("%1: unknown field '%2' (known: %3)")
                .arg(where, it.key(), knownFields().join(QLatin1String(", ")));
    }

    const QJsonValue kindValue = object.value(QLatin1String("kind"));
    if (kindValue.isUndefined())
        return QStringLiteral("%1: 'kind' is required").arg(where);
    if (!kindValue.isString())
        return QStringLiteral("%1: 'kind' must be a string").arg(where);
    const QString kindName = kindValue.toString();
    const std::optional<SimFault::Kind> kind = implementedKind(kindName);
    if (!kind)
        return QStringLiteral("%1: unknown fault kind '%2'").arg(where, kindName);
    fault.kind = *kind;

    const QJsonValue vendor = object.value(QLatin1String("vendor"));
    if (!vendor.isUndefined()) {
        if (!vendor.isString())
            return QStringLiteral("%1: 'vendor' must be a string").arg(where);
        if (!contractVendors().contains(vendor.toString()))
            return QStringLiteral("%1: unknown vendor '%2' (known: %3)")
                .arg(where, vendor.toString(), contractVendors().join(QLatin1String(", ")));
        fault.vendor = vendor.toString();
    }

    const QJsonValue method = object.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        static const QRegularExpression token(QStringLiteral("^[A-Za-z]+$"));
        if (!method.isString() || !token.match(method.toString()).hasMatch())
            return QStringLiteral("%1: 'method' must be an HTTP method such as GET or POST").arg(where);
        fault.method = method.toString().toUpper().toLatin1();
    }

    const QJsonValue path = object.value(QLatin1String("path"));
    if (!path.isUndefined()) {
        if (!path.isString() || !path.toString().startsWith(QLatin1Char('/')))
            return QStringLiteral("%1: 'path' must be a string starting with '/' (a prefix of the path below the "
                                  "vendor prefix, e.g. /v8/Jobs)")
                .arg(where);
        fault.path = path.toString();
    }

    const QJsonValue value = object.value(QLatin1String("value"));
    if (!value.isUndefined() && !isWholeNumber(value))
        return QStringLiteral("%1: 'value' must be a whole number").arg(where);
    if (fault.kind == SimFault::Kind::Status) {
        if (value.isUndefined())
            return QStringLiteral("%1: kind 'status' needs 'value', an HTTP status code from 400 to 599").arg(where);
        if (!isWritableErrorStatus(int(value.toDouble())))
            return QStringLiteral("%1: HTTP status %2 is not supported (use a standard 4xx or 5xx code)")
                .arg(where)
                .arg(value.toDouble());
        fault.value = int(value.toDouble());
    } else if (fault.kind == SimFault::Kind::Latency) {
        if (value.isUndefined() || value.toDouble() < 0 || value.toDouble() > MaxLatencyMs)
            return QStringLiteral("%1: kind 'latency' needs 'value', a delay in milliseconds from 0 to %2")
                .arg(where)
                .arg(MaxLatencyMs);
        fault.value = int(value.toDouble());
    } else if (fault.kind == SimFault::Kind::Oversize || fault.kind == SimFault::Kind::GzipBomb) {
        const qint64 max = fault.kind == SimFault::Kind::Oversize ? MaxOversizeBytes : MaxGzipBombBytes;
        if (value.isUndefined())
            fault.value = int(fault.kind == SimFault::Kind::Oversize ? DefaultOversizeBytes : DefaultGzipBombBytes);
        else if (value.toDouble() < 1 || value.toDouble() > double(max))
            return QStringLiteral("%1: kind '%2' takes 'value', a size in bytes from 1 to %3")
                .arg(where, kindName)
                .arg(max);
        else
            fault.value = int(value.toDouble());
    } else if (fault.kind == SimFault::Kind::EarlyExpiry) {
        if (!value.isUndefined() && (value.toDouble() < 0 || value.toDouble() > 86'400))
            return QStringLiteral("%1: kind 'early-expiry' takes 'value', the seconds a token really works, from 0 "
                                  "to 86400")
                .arg(where);
        fault.value = value.isUndefined() ? 0 : int(value.toDouble());
    }

    const QJsonValue retryAfter = object.value(QLatin1String("retryAfter"));
    if (!retryAfter.isUndefined()) {
        const bool seconds = isWholeNumber(retryAfter) && retryAfter.toDouble() >= 0;
        const bool date = retryAfter.isString() && !retryAfter.toString().trimmed().isEmpty();
        if (!seconds && !date)
            return QStringLiteral("%1: 'retryAfter' must be a number of seconds or an HTTP-date string").arg(where);
        fault.retryAfter = retryAfter;
    }

    const QJsonValue after = object.value(QLatin1String("after"));
    if (!after.isUndefined()) {
        if (!after.isBool())
            return QStringLiteral("%1: 'after' must be true or false").arg(where);
        if (fault.kind != SimFault::Kind::Status)
            return QStringLiteral("%1: 'after' belongs to kind 'status' only").arg(where);
        fault.after = after.toBool();
    }

    const QJsonValue rate = object.value(QLatin1String("rate"));
    if (!rate.isUndefined()) {
        if (!rate.isDouble() || !(rate.toDouble() >= 0.0 && rate.toDouble() <= 1.0))
            return QStringLiteral("%1: 'rate' must be a number from 0 to 1").arg(where);
        fault.rate = rate.toDouble();
    }
    return {};
}

} // namespace

bool SimFault::appliesTo(const QString &vendorId, const QByteArray &requestMethod, const QString &vendorPath) const
{
    if (!vendor.isEmpty() && vendor != vendorId)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (path.isEmpty())
        return true;
    // A prefix by whole segments: "/v8/Jobs" covers "/v8/Jobs/{id}" but not "/v8/JobSessions".
    if (!vendorPath.startsWith(path, Qt::CaseInsensitive))
        return false;
    return path.endsWith(QLatin1Char('/')) || vendorPath.size() == path.size()
        || vendorPath.at(path.size()) == QLatin1Char('/');
}

QByteArray SimFault::retryAfterHeader() const
{
    if (retryAfter.isString())
        return retryAfter.toString().toLatin1();
    if (retryAfter.isDouble())
        return QByteArray::number(qint64(retryAfter.toDouble()));
    return {};
}

QJsonObject SimFault::toJson() const
{
    QJsonObject object { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("rate"), rate } };
    if (!vendor.isEmpty())
        object.insert(QStringLiteral("vendor"), vendor);
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    if (kind == Kind::Status || kind == Kind::Latency || kind == Kind::Oversize || kind == Kind::GzipBomb
        || kind == Kind::EarlyExpiry)
        object.insert(QStringLiteral("value"), value);
    if (!retryAfter.isUndefined())
        object.insert(QStringLiteral("retryAfter"), retryAfter);
    if (after)
        object.insert(QStringLiteral("after"), true);
    return object;
}

QString SimFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Hang:
        return QStringLiteral("hang");
    case Kind::ExpireToken:
        return QStringLiteral("expire-token");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::CloseAfterRequest:
        return QStringLiteral("close-after-request");
    case Kind::Redirect302:
        return QStringLiteral("redirect-302");
    case Kind::WrongShape:
        return QStringLiteral("wrong-shape");
    case Kind::Oversize:
        return QStringLiteral("oversize");
    case Kind::GzipBomb:
        return QStringLiteral("gzip-bomb");
    case Kind::ResetMidBody:
        return QStringLiteral("reset-mid-body");
    case Kind::Refresh401:
        return QStringLiteral("refresh-401");
    case Kind::EarlyExpiry:
        return QStringLiteral("early-expiry");
    }
    return {};
}

std::optional<QList<SimFault>> SimFault::parseList(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("fault specification is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isArray())
        return fail(QStringLiteral("fault specification must be a JSON array of fault objects"));
    const QJsonArray array = document.array();
    QList<SimFault> faults;
    faults.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        SimFault fault;
        const QString problem = parseOne(array.at(i), i, fault);
        if (!problem.isEmpty())
            return fail(problem);
        faults.append(fault);
    }
    return faults;
}

} // namespace BackupDash
