#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace BackupDash {

// VB365 offset/limit paging: the query parameters and the envelope around one page.
struct SimVb365Paging
{
    static constexpr int DefaultLimit = 30;
    static constexpr int MaxLimit = 10'000;

    qint64 offset = 0;
    int limit = DefaultLimit;
    QString setId; // as the client sent it; empty when it sent none

    // Non-numeric or negative values fail, naming the parameter; a limit above the maximum is clamped.
    static std::optional<SimVb365Paging> fromQuery(const QUrlQuery &query, QString *error);

    // `listPath` is host-relative ("/vb365/v8/Jobs"); `results` hold this page only, out of `total`.
    QJsonObject envelope(const QString &listPath, const QJsonArray &results, qsizetype total,
                         const QString &usedSetId) const;
};

} // namespace BackupDash
