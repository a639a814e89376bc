#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace BackupDash {

// One HTTP request as a connector describes it; ApiClient adds timeout, auth and headers.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // appended to the base URL's path ("/v8/Jobs")
    QString hostPath; // or: a path relative to the host root, as vendors' next links give it
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    // Not idempotent (a restore, an abort): the body can be sent once only; Qt fails the
    // request instead of re-sending it, and the answer says how often it went out.
    bool atMostOnce = false;
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QUrl url;
    int timesSent = 0; // how often Qt reported the request sent (QNetworkReply::requestSent)
};

} // namespace BackupDash
