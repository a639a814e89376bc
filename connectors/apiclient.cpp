#include "connectors/apiclient.h"

#include "connectors/bodyinflater.h"
#include "connectors/connectorlog.h"
#include "connectors/oneshotbody.h"
#include "connectors/tlserrortext.h"
#include "connectors/vendorerrortext.h"
#include "connectors/workerrun.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimeZone>
#include <algorithm>

namespace BackupDash {

namespace {

constexpr const char *AbortReasonProperty = "backupdashAbortReason";
constexpr const char *SslErrorsProperty = "backupdashSslErrors";
constexpr const char *TimesSentProperty = "backupdashTimesSent";
constexpr int MaxRetryAfterSeconds = 15 * 60;

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::clamp(seconds, 0, MaxRetryAfterSeconds);
    const QString text = QString::fromLatin1(value.trimmed());
    // HTTP-date is IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT"); read it in the C locale so
    // the day and month names do not depend on the user's language, RFC 2822 as a fallback.
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp(int(QDateTime::currentDateTimeUtc().secsTo(when)), 0, MaxRetryAfterSeconds);
}

QString networkErrorText(QNetworkReply *reply)
{
    const QUrl url = reply->url();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiClient::tr("connection refused by %1 (is the service running?)").arg(hostOf(url));
    case QNetworkReply::HostNotFoundError:
        return ApiClient::tr("host not found: %1").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return ApiClient::tr("%1 closed the connection before answering").arg(hostOf(url));
    case QNetworkReply::ContentReSendError:
        // Only a request sent at most once ends here: Qt wanted to send it again.
        return ApiClient::tr("%1 closed the connection after the request was sent; it was not sent again, so "
                             "whether it took effect is unknown")
            .arg(hostOf(url));
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return ApiClient::tr("the network is down (%1)").arg(reply->errorString());
    default:
        return ApiClient::tr("cannot reach %1: %2").arg(hostOf(url), reply->errorString());
    }
}

} // namespace

ApiClient::Options ApiClient::Options::forSource(const SourceConfig &source, int transferTimeoutMs,
                                                 qint64 maxResponseBytes)
{
    Options options;
    options.baseUrl = source.baseUrl;
    options.transferTimeoutMs = transferTimeoutMs;
    options.maxResponseBytes = maxResponseBytes;
    if (!source.caCertificatesPath.isEmpty())
        options.caCertificates = QSslCertificate::fromPath(source.caCertificatesPath);
    return options;
}

ApiClient::ApiClient(QNetworkAccessManager &nam, Options options, std::unique_ptr<Authenticator> auth, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(std::move(options))
    , m_auth(std::move(auth))
{
}

ApiClient::~ApiClient()
{
    // Replies belong to the shared manager: detach them from us before they finish.
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    // Finished, their bodies being unpacked on a worker: the result will find nobody.
    for (QNetworkReply *reply : std::as_const(m_unpacking))
        reply->deleteLater();
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_options.baseUrl;
    if (!request.hostPath.isEmpty()) {
        // Vendors' next links are relative to the host root (or absolute on the same host).
        url = m_options.baseUrl.resolved(QUrl(request.hostPath));
    } else {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + request.path);
    }
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void ApiClient::send(const ApiRequest &request, Callback done)
{
    Pending pending { request, std::move(done), false };
    if (!request.authenticated || !m_auth || tokenUsable())
        dispatch(std::move(pending));
    else
        enqueueForToken(std::move(pending));
}

void ApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (QNetworkReply *reply : replies) {
        reply->setProperty(AbortReasonProperty, QStringLiteral("cancelled"));
        reply->abort();
    }
    failWaiting(ApiError::make(ApiError::Kind::Cancelled, tr("cancelled")));
}

bool ApiClient::tokenUsable() const
{
    return m_grant && !m_grant->accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt;
}

void ApiClient::enqueueForToken(Pending pending)
{
    m_waiting.push_back(std::move(pending));
    startGrant();
}

void ApiClient::startGrant()
{
    if (m_grantInFlight)
        return; // single flight: everyone waits for the one grant under way
    m_grantInFlight = true;
    const bool refresh = m_grant && !m_grant->refreshToken.isEmpty();
    ApiRequest request = m_auth->grantRequest(refresh ? m_grant->refreshToken : QString());
    request.authenticated = false;
    QNetworkReply *reply = startReply(request, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, refresh] {
        m_inFlight.remove(reply);
        collect(reply, [this, refresh](const ApiResult &result) { handleGrant(result, refresh); });
    });
}

void ApiClient::handleGrant(const ApiResult &result, bool wasRefresh)
{
    m_grantInFlight = false;
    if (result.ok()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Parsed<TokenGrant> grant = m_auth->parseGrant(result.response.body, now);
        if (grant) {
            m_grant = std::move(*grant.value);
            // Refresh a little before the vendor's expiry so requests never race it.
            const qint64 lifetimeMs = std::max<qint64>(1000, now.msecsTo(m_grant->expiresAt));
            m_refreshAt = now.addMSecs(lifetimeMs - std::min<qint64>(60'000, lifetimeMs / 10));
            ++m_generation;
            ++m_grantsIssued;
            Q_EMIT tokenAcquired(wasRefresh);
            std::vector<Pending> waiting;
            waiting.swap(m_waiting);
            for (Pending &p : waiting)
                dispatch(std::move(p));
            return;
        }
        failWaiting(ApiError::make(ApiError::Kind::BadPayload,
                                   tr("the token endpoint answered without a usable token: %1").arg(grant.error)));
        return;
    }
    const bool rejected = result.error.kind == ApiError::Kind::AuthFailed
        || (result.error.kind == ApiError::Kind::HttpStatus && result.error.httpStatus == 400);
    if (wasRefresh && rejected) {
        m_grant.reset(); // the refresh token is spent or revoked: sign in again
        startGrant();
        return;
    }
    ApiError error = result.error;
    if (rejected) {
        error.kind = ApiError::Kind::AuthFailed;
        error.message = tr("sign-in rejected: %1").arg(result.error.message);
    }
    failWaiting(error);
}

void ApiClient::failWaiting(const ApiError &error)
{
    std::vector<Pending> waiting;
    waiting.swap(m_waiting);
    for (Pending &p : waiting)
        p.done(ApiResult { error, {} });
}

void ApiClient::dispatch(Pending pending)
{
    const bool withToken = pending.request.authenticated && m_auth;
    QNetworkReply *reply = startReply(pending.request, withToken);
    const int generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, p = std::move(pending)]() mutable {
        m_inFlight.remove(reply);
        // Where and what came back, never a header or a query: those may carry credentials.
        qCDebug(lcConnector, "%s %s%s: HTTP %d%s%s", p.request.method.constData(), qUtf8Printable(hostOf(reply->url())),
                qUtf8Printable(reply->url().path()), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->error() == QNetworkReply::NoError ? "" : ", ",
                reply->error() == QNetworkReply::NoError ? "" : qUtf8Printable(reply->errorString()));
        collect(reply, [this, generation, p = std::move(p)](const ApiResult &result) mutable {
            handleReply(result, std::move(p), generation);
        });
    });
}

QNetworkReply *ApiClient::startReply(const ApiRequest &request, bool withToken)
{
    QNetworkRequest req(urlFor(request));
    req.setTransferTimeout(m_options.transferTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("BackupDash/" BACKUPDASH_VERSION));
    req.setRawHeader("Accept", "application/json");
    // Asked for by us, so Qt hands the body over as it came and does not inflate it on this
    // (the GUI) thread: collect() unpacks it on a worker, under the cap.
    req.setRawHeader("Accept-Encoding", "gzip, deflate");
    // A token must never follow a redirect to another origin; a POST must never be re-issued as a GET.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     request.method == "GET" ? QNetworkRequest::SameOriginRedirectPolicy
                                             : QNetworkRequest::ManualRedirectPolicy);
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : m_options.defaultHeaders)
        req.setRawHeader(name, value);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (withToken)
        req.setRawHeader("Authorization", "Bearer " + m_grant->accessToken.toUtf8());
    if (m_auth)
        m_auth->decorate(req);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        req.setSslConfiguration(tls);
    }

    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_nam.get(req);
    } else if (request.atMostOnce) {
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_nam.sendCustomRequest(req, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_nam.sendCustomRequest(req, request.method, request.body);
    }
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::requestSent, reply,
            [reply] { reply->setProperty(TimesSentProperty, reply->property(TimesSentProperty).toInt() + 1); });

    const qint64 cap = m_options.maxResponseBytes;
    const auto tooLarge = [reply] {
        reply->setProperty(AbortReasonProperty, QStringLiteral("too-large"));
        reply->abort();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, [cap, tooLarge](qint64 received, qint64 total) {
        if (received > cap || total > cap)
            tooLarge();
    });
    // The bytes as they travel count here; what they unpack to is capped in collect().
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake fails and nothing is sent.
        reply->setProperty(SslErrorsProperty, tlsErrorText(errors));
    });
    return reply;
}

void ApiClient::collect(QNetworkReply *reply, std::function<void(const ApiResult &)> then)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray encoding = reply->rawHeader("Content-Encoding");
    // An HTTP answer came whole: a 2xx without a transport error, or an error status with its body.
    const bool answered = (status > 0 && reply->error() == QNetworkReply::NoError)
        || (status >= 300 && reply->error() != QNetworkReply::OperationCanceledError);
    if (!answered || !isEncoded(encoding) || reply->property(AbortReasonProperty).isValid()) {
        const ApiResult result = resultOf(reply, reply->readAll());
        reply->deleteLater();
        then(result);
        return;
    }
    // A compressed body may unpack to anything: off the GUI thread, and never past the cap.
    m_unpacking.insert(reply);
    runOnWorker(
        workerPool(), this,
        [encoded = reply->readAll(), encoding, cap = m_options.maxResponseBytes] {
            return inflateBody(encoded, encoding, cap);
        },
        [this, reply, then = std::move(then)](const InflatedBody &inflated) {
            m_unpacking.remove(reply);
            ApiResult result;
            const QString where = hostOf(reply->url()) + reply->url().path();
            switch (inflated.outcome) {
            case InflatedBody::Outcome::Ok:
                result = resultOf(reply, inflated.body);
                break;
            case InflatedBody::Outcome::TooLarge:
                result.error = tooLargeError(where, true);
                break;
            case InflatedBody::Outcome::Corrupt:
                result.error = ApiError::make(
                    ApiError::Kind::BadPayload,
                    tr("the compressed answer from %1 could not be unpacked (corrupt or cut short)").arg(where));
                break;
            case InflatedBody::Outcome::Unsupported:
                result.error =
                    ApiError::make(ApiError::Kind::BadPayload,
                                   tr("the answer from %1 came in an encoding BackupDash did not ask for (%2)")
                                       .arg(where, QString::fromLatin1(reply->rawHeader("Content-Encoding"))));
                break;
            }
            if (result.error.isError())
                result.response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            then(result);
        });
}

ApiError ApiClient::tooLargeError(const QString &where, bool unpacked) const
{
    const double mib = double(m_options.maxResponseBytes) / (1024 * 1024);
    return ApiError::make(
        ApiError::Kind::TooLarge,
        unpacked
            ? tr("the answer from %1 unpacks to more than the %2 MiB response limit").arg(where).arg(mib, 0, 'f', 1)
            : tr("the answer from %1 exceeded the %2 MiB response limit").arg(where).arg(mib, 0, 'f', 1));
}

void ApiClient::handleReply(ApiResult result, Pending pending, int tokenGeneration)
{
    const bool unauthorized = result.response.httpStatus == 401 && pending.request.authenticated && m_auth;
    if (!unauthorized) {
        pending.done(result);
        return;
    }
    if (pending.retriedAfter401) {
        result.error.message = tr("the server rejected a freshly issued token (HTTP 401)");
        pending.done(result);
        return;
    }
    // Expired or revoked before its announced time: one refresh serves every request that
    // failed with the same token; a request whose token was already replaced just goes again.
    pending.retriedAfter401 = true;
    if (tokenGeneration == m_generation)
        m_refreshAt = QDateTime();
    if (tokenUsable())
        dispatch(std::move(pending));
    else
        enqueueForToken(std::move(pending));
}

ApiResult ApiClient::resultOf(QNetworkReply *reply, const QByteArray &body) const
{
    ApiResult r;
    r.response.url = reply->url();
    r.response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.response.timesSent = reply->property(TimesSentProperty).toInt();
    const QString abortReason = reply->property(AbortReasonProperty).toString();
    const QString where = hostOf(reply->url()) + reply->url().path();

    if (abortReason == QLatin1String("too-large")) {
        r.error = tooLargeError(where, false);
        return r;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        if (abortReason == QLatin1String("cancelled"))
            r.error = ApiError::make(ApiError::Kind::Cancelled, tr("cancelled"));
        else // Qt 6.4 reports its transfer timeout as a cancel
            r.error = ApiError::make(
                ApiError::Kind::Timeout,
                tr("no answer from %1 within %2 s (timed out)").arg(where).arg(m_options.transferTimeoutMs / 1000.0));
        return r;
    }
    if (reply->error() == QNetworkReply::TimeoutError) {
        r.error = ApiError::make(ApiError::Kind::Timeout, tr("connecting to %1 timed out").arg(hostOf(reply->url())));
        return r;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        const QString details = reply->property(SslErrorsProperty).toString();
        r.error = ApiError::make(ApiError::Kind::Tls,
                                 tr("not connected to %1: %2. To trust it, set the source's caCertificates to the "
                                    "PEM file of its CA (for a self-signed certificate, the certificate itself)")
                                     .arg(hostOf(reply->url()), details.isEmpty() ? reply->errorString() : details));
        return r;
    }

    const int status = r.response.httpStatus;
    if (status == 0 || (status < 300 && reply->error() != QNetworkReply::NoError)) {
        // No HTTP answer at all, or the connection broke in the middle of one.
        r.error = ApiError::make(ApiError::Kind::Unreachable, networkErrorText(reply));
        return r;
    }

    r.response.body = body;
    if (status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString vendorText = vendorErrorText(r.response.body);
        QString message =
            tr("HTTP %1%2 from %3").arg(status).arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, where);
        if (!vendorText.isEmpty())
            message += QStringLiteral(": ") + vendorText;
        const bool auth = status == 401 || status == 403;
        r.error = ApiError::make(auth ? ApiError::Kind::AuthFailed : ApiError::Kind::HttpStatus, message, status);
        if (status == 429 || status == 503)
            r.error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    }
    return r;
}

} // namespace BackupDash
