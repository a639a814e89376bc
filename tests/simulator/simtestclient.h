#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace BackupDash::SimTest {

// What came back for one request over loopback, kept after the reply is gone.
struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url; // where the reply ended (after redirects Qt followed)
    int requestsSent = 0; // requestSent() emissions: more than one means Qt re-sent it

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One blocking request. Redirects are not followed unless `policy` says so.
inline Answer send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const Headers &headers = {},
                   QNetworkRequest::RedirectPolicy policy = QNetworkRequest::ManualRedirectPolicy,
                   int timeoutMs = 5'000)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, policy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    Answer answer;
    QObject::connect(reply, &QNetworkReply::requestSent, reply, [&answer] { ++answer.requestsSent; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2'000);
    answer.finished = reply->isFinished();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.url = reply->url();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return answer;
}

inline QUrl urlOf(const QUrl &root, const QString &pathAndQuery)
{
    return root.resolved(QUrl(pathAndQuery));
}

inline QJsonObject stats(QNetworkAccessManager &nam, const QUrl &root)
{
    return send(nam, "GET", urlOf(root, QStringLiteral("/_sim/stats"))).json();
}

// {key: n} of one of the stats' per-key maps, e.g. "postsByIdempotencyKey".
inline int countOf(const QJsonObject &stats, const char *map, const QString &key)
{
    return stats.value(QLatin1String(map)).toObject().value(key).toInt();
}

inline QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace BackupDash::SimTest
