#include "simulator/vb365/simvb365paging.h"

namespace BackupDash {

namespace {

// ASP.NET binds query parameters by name without regard to case.
std::optional<QString> parameter(const QUrlQuery &query, const QString &name)
{
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<qint64> number(const QUrlQuery &query, const QString &name, qint64 fallback, QString *error)
{
    const std::optional<QString> text = parameter(query, name);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("The value '%1' is not valid for %2.").arg(*text, name);
        return std::nullopt;
    }
    if (value < 0) {
        *error = QStringLiteral("The value '%1' is not valid for %2: it must not be negative.").arg(*text, name);
        return std::nullopt;
    }
    return value;
}

QString pageHref(const QString &listPath, qint64 offset, int limit, const QString &setId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("setId"), setId);
    return listPath + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

} // namespace

std::optional<SimVb365Paging> SimVb365Paging::fromQuery(const QUrlQuery &query, QString *error)
{
    QString problem;
    SimVb365Paging paging;
    const std::optional<qint64> offset = number(query, QStringLiteral("offset"), 0, &problem);
    const std::optional<qint64> limit =
        offset ? number(query, QStringLiteral("limit"), DefaultLimit, &problem) : std::nullopt;
    if (!offset || !limit) {
        *error = problem;
        return std::nullopt;
    }
    // A zero limit would make every "next" page the same page.
    if (*limit == 0) {
        *error = QStringLiteral("The value '0' is not valid for limit: it must be at least 1.");
        return std::nullopt;
    }
    paging.offset = *offset;
    paging.limit = int(qMin<qint64>(*limit, MaxLimit));
    paging.setId = parameter(query, QStringLiteral("setId")).value_or(QString());
    return paging;
}

QJsonObject SimVb365Paging::envelope(const QString &listPath, const QJsonArray &results, qsizetype total,
                                     const QString &usedSetId) const
{
    QJsonObject links { { QStringLiteral("self"),
                          QJsonObject { { QStringLiteral("href"), pageHref(listPath, offset, limit, usedSetId) } } } };
    if (offset + limit < total) {
        links.insert(QStringLiteral("next"),
                     QJsonObject { { QStringLiteral("href"), pageHref(listPath, offset + limit, limit, usedSetId) } });
    }
    return {
        { QStringLiteral("offset"), offset },   { QStringLiteral("limit"), limit },
        { QStringLiteral("setId"), usedSetId }, { QStringLiteral("_links"), links },
        { QStringLiteral("results"), results },
    };
}

} // namespace BackupDash
