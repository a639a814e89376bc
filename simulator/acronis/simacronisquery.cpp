#include "simulator/acronis/simacronisquery.h"

#include "simulator/acronis/simacronisscenario.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>

namespace BackupDash {

namespace {

constexpr qint64 NsPerSecond = SimAcronisScenario::NsPerSecond;
const QStringList TimeFields { QStringLiteral("updatedAt"), QStringLiteral("startedAt"), QStringLiteral("completedAt"),
                               QStringLiteral("enqueuedAt") };
const QStringList States { QStringLiteral("enqueued"), QStringLiteral("assigned"), QStringLiteral("started"),
                           QStringLiteral("paused"), QStringLiteral("completed") };
const QStringList ResultCodes { QStringLiteral("ok"),        QStringLiteral("error"),     QStringLiteral("warning"),
                                QStringLiteral("cancelled"), QStringLiteral("abandoned"), QStringLiteral("timedout") };
const QStringList Lods { QStringLiteral("tiny"), QStringLiteral("short"), QStringLiteral("long"),
                         QStringLiteral("full"), QStringLiteral("debug") };

// RFC 3339 with 0–9 fractional digits, Unix seconds, or Unix nanoseconds ("…ns").
std::optional<qint64> parseTime(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^([0-9]+)(ns)?$"));
    static const QRegularExpression rfc3339(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2}[Tt "
                       "][0-9]{2}:[0-9]{2}:[0-9]{2})(?:\\.([0-9]{1,9}))?([Zz]|[+-][0-9]{2}:[0-9]{2})$"));
    const QRegularExpressionMatch number = digits.match(text);
    if (number.hasMatch()) {
        bool ok = false;
        const qint64 value = number.captured(1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return number.captured(2).isEmpty() ? value * NsPerSecond : value;
    }
    const QRegularExpressionMatch m = rfc3339.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString zone = m.captured(3);
    if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) == 0)
        zone = QStringLiteral("Z");
    QString base = m.captured(1);
    base[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(base + zone, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    const qint64 fraction = m.captured(2).leftJustified(9, QLatin1Char('0')).toLongLong();
    return time.toSecsSinceEpoch() * NsPerSecond + fraction;
}

qint64 fieldNs(const SimAcronisTask &task, const QString &field)
{
    if (field == QLatin1String("startedAt"))
        return task.startedNs;
    if (field == QLatin1String("completedAt"))
        return task.completedNs;
    if (field == QLatin1String("enqueuedAt"))
        return task.enqueuedNs;
    return task.updatedNs;
}

bool contains(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

bool parseFilters(const QList<std::pair<QString, QString>> &items, SimAcronisQuery &q, QString *error)
{
    static const QRegularExpression bound(QStringLiteral("^(gt|ge|lt|le)\\((.+)\\)$"));
    static const QRegularExpression order(QStringLiteral("^(asc|desc)\\(([A-Za-z]+)\\)$"));
    QUrlQuery kept;
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("state")) {
            if (!contains(States, value)) {
                *error = QStringLiteral("Invalid value '%1' for 'state': expected one of %2")
                             .arg(value, States.join(QLatin1String(", ")));
                return false;
            }
            q.states << value;
        } else if (key == QLatin1String("resultCode")) {
            if (!contains(ResultCodes, value)) {
                *error = QStringLiteral("Invalid value '%1' for 'resultCode': expected one of %2")
                             .arg(value, ResultCodes.join(QLatin1String(", ")));
                return false;
            }
            q.resultCodes << value;
        } else if (key == QLatin1String("type")) {
            q.types << value;
        } else if (key == QLatin1String("resourceId")) {
            q.resourceIds << value;
        } else if (TimeFields.contains(key)) {
            const QRegularExpressionMatch m = bound.match(value);
            const std::optional<qint64> ns = m.hasMatch() ? parseTime(m.captured(2)) : std::nullopt;
            if (!ns) {
                *error = QStringLiteral("Invalid value '%1' for '%2': expected gt(time), ge(time), lt(time) or "
                                        "le(time) with an RFC 3339 time or Unix seconds")
                             .arg(value, key);
                return false;
            }
            q.times.append({ key, m.captured(1), *ns });
        } else if (key == QLatin1String("order")) {
            const QRegularExpressionMatch m = order.match(value);
            if (!m.hasMatch() || !TimeFields.contains(m.captured(2))) {
                *error = QStringLiteral("Invalid value '%1' for 'order': expected asc(field) or desc(field) with one "
                                        "of %2")
                             .arg(value, TimeFields.join(QLatin1String(", ")));
                return false;
            }
            q.orderField = m.captured(2);
            q.ascending = m.captured(1) == QLatin1String("asc");
        } else {
            continue; // other parameters are not filters the simulator knows; ignored
        }
        kept.addQueryItem(key, value);
    }
    q.filters = kept.toString(QUrl::FullyEncoded);
    return true;
}

} // namespace

std::optional<SimAcronisQuery> SimAcronisQuery::fromQuery(const QUrlQuery &query, QString *error)
{
    SimAcronisQuery q;
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    QList<std::pair<QString, QString>> filters;
    QString after;
    bool hasAfter = false;
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("limit")) {
            bool ok = false;
            const int limit = value.toInt(&ok);
            if (!ok || limit < 1) {
                *error = QStringLiteral("Invalid value '%1' for 'limit': expected a positive integer").arg(value);
                return std::nullopt;
            }
            q.limit = std::min(limit, MaxLimit);
        } else if (key == QLatin1String("lod")) {
            if (!Lods.contains(value)) {
                *error = QStringLiteral("Invalid value '%1' for 'lod': expected one of %2")
                             .arg(value, Lods.join(QLatin1String(", ")));
                return std::nullopt;
            }
            q.lod = value;
        } else if (key == QLatin1String("after")) {
            hasAfter = true;
            after = value;
        } else {
            filters.append({ key, value });
        }
    }
    if (!hasAfter)
        return parseFilters(filters, q, error) ? std::optional(q) : std::nullopt;

    if (!filters.isEmpty()) {
        *error = QStringLiteral("'%1' cannot be combined with 'after': send only limit, lod and after on later pages")
                     .arg(filters.first().first);
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        after.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded ? decoded.decoded.split('|') : QList<QByteArray> {};
    bool timeOk = false, offsetOk = false;
    const qint64 listing = parts.size() == 4 ? parts[1].toLongLong(&timeOk) : 0;
    const qint64 offset = parts.size() == 4 ? parts[2].toLongLong(&offsetOk) : 0;
    QString ignored;
    if (after.isEmpty() || parts.size() != 4 || parts[0] != "c1" || !timeOk || !offsetOk || offset < 0
        || !parseFilters(QUrlQuery(QString::fromUtf8(parts[3])).queryItems(QUrl::FullyDecoded), q, &ignored)) {
        *error = QStringLiteral("Invalid value '%1' for 'after': not a cursor this listing issued").arg(after);
        return std::nullopt;
    }
    q.listingNs = listing;
    q.offset = offset;
    return q;
}

bool SimAcronisQuery::matches(const SimAcronisTask &task, const QString &resourceId) const
{
    for (const TimeBound &b : times) {
        const qint64 value = fieldNs(task, b.field);
        if (value == 0)
            return false;
        const bool ok = b.op == QLatin1String("gt") ? value > b.ns
            : b.op == QLatin1String("ge")           ? value >= b.ns
            : b.op == QLatin1String("lt")           ? value < b.ns
                                                    : value <= b.ns;
        if (!ok)
            return false;
    }
    if (!states.isEmpty() && !contains(states, task.state))
        return false;
    if (!resultCodes.isEmpty() && !contains(resultCodes, task.resultCode))
        return false;
    if (!types.isEmpty() && !contains(types, task.type))
        return false;
    if (!resourceIds.isEmpty() && !contains(resourceIds, resourceId))
        return false;
    return true;
}

void SimAcronisQuery::sort(std::vector<SimAcronisTask> &tasks) const
{
    std::sort(tasks.begin(), tasks.end(), [this](const SimAcronisTask &a, const SimAcronisTask &b) {
        const qint64 x = fieldNs(a, orderField), y = fieldNs(b, orderField);
        if (x != y)
            return ascending ? x < y : x > y;
        return a.id < b.id;
    });
}

QString SimAcronisQuery::cursor(qint64 nextOffset, qint64 listing) const
{
    const QByteArray payload =
        "c1|" + QByteArray::number(listing) + '|' + QByteArray::number(nextOffset) + '|' + filters.toUtf8();
    return QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace BackupDash
