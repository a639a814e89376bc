#pragma once

#include "connectors/apierror.h"
#include "connectors/apirequest.h"
#include "connectors/authenticator.h"
#include "connectors/sourceconfig.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QThreadPool>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace BackupDash {

struct ApiResult
{
    ApiError error;
    ApiResponse response;
    bool ok() const { return !error.isError(); }
};

// The one way connectors talk HTTP: over the injected QNetworkAccessManager, with a transfer
// timeout on every request (Qt 6.4 has none by default), a response-size cap, bearer auth with
// single-flight token acquisition and refresh (before expiry, and once on a 401 even when many
// requests fail together), and errors as values in words.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Options
    {
        QUrl baseUrl;
        int transferTimeoutMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
        QList<QSslCertificate> caCertificates; // trusted in addition to the system's
        // Sent with every request, next pages included: a vendor's versioned Accept header, or a
        // long-lived API token ("Authorization: Bearer …") for vendors without a token endpoint.
        QList<QPair<QByteArray, QByteArray>> defaultHeaders;

        // A source's base URL and extra CA certificates (its caCertificates PEM file).
        static Options forSource(const SourceConfig &source, int transferTimeoutMs, qint64 maxResponseBytes);
    };
    using Callback = std::function<void(const ApiResult &)>;

    // `auth` may be null for vendors without a token endpoint.
    ApiClient(QNetworkAccessManager &nam, Options options, std::unique_ptr<Authenticator> auth,
              QObject *parent = nullptr);
    ~ApiClient() override;

    // Sends `request`; `done` runs on this object's thread unless the client is destroyed first.
    void send(const ApiRequest &request, Callback done);
    void abortAll();

    QUrl urlFor(const ApiRequest &request) const;
    const Options &options() const { return m_options; }
    int tokenGrantsIssued() const { return m_grantsIssued; }
    // Where bodies are unpacked and pages parsed (Connector::setWorkerPool); Qt's global pool
    // when not set.
    void setWorkerPool(QThreadPool *pool) { m_workerPool = pool; }
    QThreadPool &workerPool() const { return m_workerPool ? *m_workerPool : *QThreadPool::globalInstance(); }

Q_SIGNALS:
    void tokenAcquired(bool viaRefresh);

private:
    struct Pending
    {
        ApiRequest request;
        Callback done;
        bool retriedAfter401 = false;
    };

    bool tokenUsable() const;
    void enqueueForToken(Pending pending);
    void startGrant();
    void handleGrant(const ApiResult &result, bool wasRefresh);
    void failWaiting(const ApiError &error);
    void dispatch(Pending pending);
    QNetworkReply *startReply(const ApiRequest &request, bool withToken);
    // Reads a finished reply into a result (unpacking a compressed body on a worker first)
    // and hands it to `then`; deletes the reply.
    void collect(QNetworkReply *reply, std::function<void(const ApiResult &)> then);
    void handleReply(ApiResult result, Pending pending, int tokenGeneration);
    ApiResult resultOf(QNetworkReply *reply, const QByteArray &body) const;
    ApiError tooLargeError(const QString &where, bool unpacked) const;

    QNetworkAccessManager &m_nam;
    Options m_options;
    std::unique_ptr<Authenticator> m_auth;
    std::optional<TokenGrant> m_grant;
    QDateTime m_refreshAt; // refresh proactively from here on
    int m_generation = 0; // bumps with every new token
    bool m_grantInFlight = false;
    int m_grantsIssued = 0;
    QThreadPool *m_workerPool = nullptr;
    std::vector<Pending> m_waiting;
    QSet<QNetworkReply *> m_inFlight;
    QSet<QNetworkReply *> m_unpacking; // finished; their bodies are on a worker
};

} // namespace BackupDash
