#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

namespace BackupDash {

// One HTTP request as plain values, so vendor logic never sees the HTTP server's types.
struct SimRequest
{
    QByteArray method; // upper case: "GET", "POST", …
    QString path; // decoded, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header names compare case-insensitively, as HTTP wants.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // The client's Idempotency-Key (empty without one): counted by the stats, never deduplicated.
    QString idempotencyKey() const { return QString::fromUtf8(header(QByteArrayLiteral("Idempotency-Key"))); }
};

} // namespace BackupDash
