#include "simulator/simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;

namespace {

constexpr int TimeoutMs = 5'000;

SimulatorOptions defaultOptions()
{
    SimulatorOptions options;
    options.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return options;
}

// What came back for one request, kept after the reply is gone.
struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(QLatin1String("message")).toString(); }
};

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &[name, value] : fields)
        parts << name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    return parts.join('&');
}

} // namespace

class TestSimHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void passwordGrantIssuesTokens();
    void wrongPasswordIsInvalidGrant();
    void otherGrantTypesAreUnsupported();
    void refreshGrantRotatesTheRefreshToken();
    void missingOrInvalidTokenIs401();
    void tokenExpiresInRealTime();
    void pagingFollowsNextToTheEnd();
    void givenSetIdIsEchoed();
    void badPagingParametersAre400();
    void unsupportedVersionAndUnknownIdsAre404();
    void jobSessionsOfOneJobAreNewestFirst();
    void statsCountPerRoutePattern();
    void statusFaultWithRetryAfterAndClearing();
    void expireTokenFaultKeepsRefreshWorking();
    void hangLeavesTheRequestUnanswered();
    void hungRequestEndsWithTheSimulator();
    void latencyDelaysTheAnswer();
    void malformedAndTruncatedBodies();
    void badFaultSpecificationsAre400();
    void listensOnLoopbackOnly();

private:
    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QByteArray &token = {},
                int timeoutMs = TimeoutMs);
    Answer get(const Simulator &simulator, const QString &pathAndQuery, const QByteArray &token = {},
               int timeoutMs = TimeoutMs);
    QJsonObject passwordGrant(const Simulator &simulator);
    static QUrl urlOf(const Simulator &simulator, const QString &pathAndQuery);

    QNetworkAccessManager m_nam;
};

QUrl TestSimHttp::urlOf(const Simulator &simulator, const QString &pathAndQuery)
{
    return simulator.rootUrl().resolved(QUrl(pathAndQuery));
}

Answer TestSimHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &token,
                         int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2'000);
    Answer answer;
    answer.finished = reply->isFinished();
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return answer;
}

Answer TestSimHttp::get(const Simulator &simulator, const QString &pathAndQuery, const QByteArray &token, int timeoutMs)
{
    return send("GET", urlOf(simulator, pathAndQuery), {}, token, timeoutMs);
}

QJsonObject TestSimHttp::passwordGrant(const Simulator &simulator)
{
    const Answer answer = send("POST", urlOf(simulator, QStringLiteral("/vb365/v8/Token")),
                               form({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                                      { QStringLiteral("username"), QStringLiteral("demo@backupdash.local") },
                                      { QStringLiteral("password"), QStringLiteral("demo-password") },
                                      { QStringLiteral("disable_antiforgery_token"), QStringLiteral("true") } }));
    return answer.status == 200 ? answer.json() : QJsonObject();
}

void TestSimHttp::passwordGrantIssuesTokens()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QJsonObject grant = passwordGrant(simulator);
    QVERIFY(!grant.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(!grant.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(grant.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(grant.value(QLatin1String("expires_in")).isDouble());
    QCOMPARE(grant.value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(grant.value(QLatin1String("username")).toString(), QStringLiteral("demo@backupdash.local"));
    QVERIFY(grant.value(QLatin1String(".issued")).toString().endsWith(QLatin1String(" GMT")));
    QVERIFY(grant.value(QLatin1String(".expires")).toString().endsWith(QLatin1String(" GMT")));

    const Answer jobs = get(simulator, QStringLiteral("/vb365/v8/Jobs"),
                            grant.value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(jobs.status, 200);
    QCOMPARE(jobs.json().value(QLatin1String("results")).toArray().size(), 24);
}

void TestSimHttp::wrongPasswordIsInvalidGrant()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const Answer answer = send("POST", urlOf(simulator, QStringLiteral("/vb365/v8/Token")),
                               form({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                                      { QStringLiteral("username"), QStringLiteral("demo@backupdash.local") },
                                      { QStringLiteral("password"), QStringLiteral("guess") } }));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(answer.json().value(QLatin1String("error_description")).toString(),
             QStringLiteral("The user name or password is incorrect."));
}

void TestSimHttp::otherGrantTypesAreUnsupported()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const Answer answer = send("POST", urlOf(simulator, QStringLiteral("/vb365/v8/Token")),
                               form({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
}

void TestSimHttp::refreshGrantRotatesTheRefreshToken()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QJsonObject first = passwordGrant(simulator);
    const QString oldRefresh = first.value(QLatin1String("refresh_token")).toString();
    const auto refresh = [&](const QString &token) {
        return send("POST", urlOf(simulator, QStringLiteral("/vb365/v8/Token")),
                    form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                           { QStringLiteral("refresh_token"), token } }));
    };
    const Answer renewed = refresh(oldRefresh);
    QCOMPARE(renewed.status, 200);
    const QString access = renewed.json().value(QLatin1String("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != first.value(QLatin1String("access_token")).toString());
    QVERIFY(renewed.json().value(QLatin1String("refresh_token")).toString() != oldRefresh);
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs"), access.toLatin1()).status, 200);

    const Answer reused = refresh(oldRefresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(QStringLiteral("made-up")).status, 400);
}

void TestSimHttp::missingOrInvalidTokenIs401()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    for (const QByteArray &token : { QByteArray(), QByteArray("not-a-token") }) {
        const Answer answer = get(simulator, QStringLiteral("/vb365/v8/Jobs"), token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(answer.message(), QStringLiteral("Authorization has been denied for this request."));
    }
}

void TestSimHttp::tokenExpiresInRealTime()
{
    SimulatorOptions options = defaultOptions();
    options.tokenLifetimeSeconds = 1;
    Simulator simulator(options);
    QVERIFY(simulator.listen() != 0);
    const QJsonObject grant = passwordGrant(simulator);
    QCOMPARE(grant.value(QLatin1String("expires_in")).toInt(), 1);
    const QByteArray token = grant.value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Organizations"), token).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(get(simulator, QStringLiteral("/vb365/v8/Organizations"), token).status, 401, 4'000);
}

void TestSimHttp::pagingFollowsNextToTheEnd()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    QString next = QStringLiteral("/vb365/v8/Jobs?offset=0&limit=5");
    QSet<QString> ids;
    QSet<QString> setIds;
    int pages = 0;
    while (!next.isEmpty() && pages < 20) {
        const Answer page = get(simulator, next, token);
        QCOMPARE(page.status, 200);
        const QJsonObject envelope = page.json();
        QCOMPARE(envelope.value(QLatin1String("limit")).toInt(), 5);
        QCOMPARE(envelope.value(QLatin1String("offset")).toInt(), pages * 5);
        setIds.insert(envelope.value(QLatin1String("setId")).toString());
        for (const QJsonValue job : envelope.value(QLatin1String("results")).toArray())
            ids.insert(job.toObject().value(QLatin1String("id")).toString());
        next = envelope.value(QLatin1String("_links"))
                   .toObject()
                   .value(QLatin1String("next"))
                   .toObject()
                   .value(QLatin1String("href"))
                   .toString();
        if (!next.isEmpty())
            QVERIFY2(next.startsWith(QLatin1String("/vb365/v8/Jobs?")), qPrintable(next));
        ++pages;
    }
    QCOMPARE(pages, 5);
    QCOMPARE(ids.size(), 24);
    QCOMPARE(setIds.size(), 1);
    QVERIFY(!setIds.values().constFirst().isEmpty());
}

void TestSimHttp::givenSetIdIsEchoed()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const Answer page = get(simulator, QStringLiteral("/vb365/v8/JobSessions?limit=3&setId=my-set"), token);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value(QLatin1String("setId")).toString(), QStringLiteral("my-set"));
    QVERIFY(page.json()
                .value(QLatin1String("_links"))
                .toObject()
                .value(QLatin1String("next"))
                .toObject()
                .value(QLatin1String("href"))
                .toString()
                .contains(QLatin1String("setId=my-set")));
}

void TestSimHttp::badPagingParametersAre400()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const Answer text = get(simulator, QStringLiteral("/vb365/v8/Jobs?limit=abc"), token);
    QCOMPARE(text.status, 400);
    QVERIFY2(text.message().contains(QLatin1String("limit")), qPrintable(text.message()));
    const Answer negative = get(simulator, QStringLiteral("/vb365/v8/Jobs?offset=-1"), token);
    QCOMPARE(negative.status, 400);
    QVERIFY2(negative.message().contains(QLatin1String("offset")), qPrintable(negative.message()));
    const Answer huge = get(simulator, QStringLiteral("/vb365/v8/JobSessions?limit=20000"), token);
    QCOMPARE(huge.status, 200);
    QCOMPARE(huge.json().value(QLatin1String("limit")).toInt(), 10'000);
    const Answer plain = get(simulator, QStringLiteral("/vb365/v8/JobSessions"), token);
    QCOMPARE(plain.json().value(QLatin1String("limit")).toInt(), 30);
    QCOMPARE(plain.json().value(QLatin1String("results")).toArray().size(), 30);
}

void TestSimHttp::unsupportedVersionAndUnknownIdsAre404()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const Answer old = get(simulator, QStringLiteral("/vb365/v5/Jobs"), token);
    QCOMPARE(old.status, 404);
    QCOMPARE(old.message(), QStringLiteral("API version v5 is not supported"));
    const Answer unknown = get(simulator, QStringLiteral("/vb365/v7/Jobs/00000000-0000-0000-0000-000000000001"), token);
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.message().isEmpty());
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v6/Nothing"), token).status, 404);
}

void TestSimHttp::jobSessionsOfOneJobAreNewestFirst()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const QJsonArray jobs =
        get(simulator, QStringLiteral("/vb365/v8/Jobs"), token).json().value(QLatin1String("results")).toArray();
    const QJsonObject job = jobs.at(0).toObject();
    const QString href = job.value(QLatin1String("_links"))
                             .toObject()
                             .value(QLatin1String("jobsessions"))
                             .toObject()
                             .value(QLatin1String("href"))
                             .toString();
    const Answer page = get(simulator, href + QStringLiteral("?limit=100"), token);
    QCOMPARE(page.status, 200);
    const QJsonArray sessions = page.json().value(QLatin1String("results")).toArray();
    QVERIFY(!sessions.isEmpty());
    QString previous;
    for (const QJsonValue value : sessions) {
        const QJsonObject session = value.toObject();
        QCOMPARE(session.value(QLatin1String("jobId")), job.value(QLatin1String("id")));
        const QString created = session.value(QLatin1String("creationTime")).toString();
        QVERIFY(previous.isEmpty() || created <= previous);
        previous = created;
    }
    QCOMPARE(sessions.at(0).toObject().value(QLatin1String("creationTime")), job.value(QLatin1String("lastRun")));
}

void TestSimHttp::statsCountPerRoutePattern()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const QJsonArray jobs =
        get(simulator, QStringLiteral("/vb365/v8/Jobs"), token).json().value(QLatin1String("results")).toArray();
    for (int i = 0; i < 2; ++i) {
        const QString id = jobs.at(i).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs/%1/JobSessions").arg(id), token).status, 200);
    }
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs")).status, 401);
    QCOMPARE(get(simulator, QStringLiteral("/_sim/stats")).status, 200);

    const Answer answer = get(simulator, QStringLiteral("/_sim/stats"));
    QCOMPARE(answer.status, 200);
    const QJsonObject stats = answer.json();
    const QJsonObject requests = stats.value(QLatin1String("requests")).toObject();
    QCOMPARE(requests.value(QLatin1String("POST /vb365/v8/Token")).toInt(), 1);
    QCOMPARE(requests.value(QLatin1String("GET /vb365/v8/Jobs")).toInt(), 2);
    QCOMPARE(requests.value(QLatin1String("GET /vb365/v8/Jobs/{id}/JobSessions")).toInt(), 2);
    QCOMPARE(requests.size(), 3); // the stats requests themselves are not counted
    QCOMPARE(stats.value(QLatin1String("rejected401")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("tokenGrants")).toObject().value(QLatin1String("password")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("tokenGrants")).toObject().value(QLatin1String("refresh_token")).toInt(), 0);
    QVERIFY(stats.value(QLatin1String("postsByIdempotencyKey")).isObject());
    QCOMPARE(stats.value(QLatin1String("restoreJobsCreated")).toInt(), 0);
    QCOMPARE(simulator.stats(), stats);
}

void TestSimHttp::statusFaultWithRetryAfterAndClearing()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    const Answer put =
        send("PUT", urlOf(simulator, QStringLiteral("/_sim/faults")),
             R"([{"vendor":"veeam-vb365","path":"/v8/Jobs","kind":"status","value":503,"retryAfter":7}])");
    QCOMPARE(put.status, 200);

    const Answer faulted = get(simulator, QStringLiteral("/vb365/v8/Jobs"), token);
    QCOMPARE(faulted.status, 503);
    QCOMPARE(faulted.header("Retry-After"), QByteArray("7"));
    QCOMPARE(faulted.message(), QStringLiteral("simulated fault: HTTP 503"));
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/JobSessions"), token).status, 200);
    QCOMPARE(QJsonDocument::fromJson(get(simulator, QStringLiteral("/_sim/faults")).body).array().size(), 1);

    QCOMPARE(send("PUT", urlOf(simulator, QStringLiteral("/_sim/faults")), "[]").status, 200);
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs"), token).status, 200);
    QCOMPARE(QJsonDocument::fromJson(get(simulator, QStringLiteral("/_sim/faults")).body).array().size(), 0);
}

void TestSimHttp::expireTokenFaultKeepsRefreshWorking()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QJsonObject grant = passwordGrant(simulator);
    const QByteArray token = grant.value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs"), token).status, 200);
    QCOMPARE(send("PUT", urlOf(simulator, QStringLiteral("/_sim/faults")), R"([{"kind":"expire-token"}])").status, 200);

    const Answer expired = get(simulator, QStringLiteral("/vb365/v8/Jobs"), token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.header("WWW-Authenticate"), QByteArray("Bearer"));

    const Answer renewed =
        send("POST", urlOf(simulator, QStringLiteral("/vb365/v8/Token")),
             form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                    { QStringLiteral("refresh_token"), grant.value(QLatin1String("refresh_token")).toString() } }));
    QCOMPARE(renewed.status, 200);
    const QByteArray fresh = renewed.json().value(QLatin1String("access_token")).toString().toLatin1();
    // Tokens issued after the fault was set are not touched by it.
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs"), fresh).status, 200);
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs"), fresh).status, 200);
}

void TestSimHttp::hangLeavesTheRequestUnanswered()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    QString error;
    QVERIFY(simulator.setFaults(R"([{"path":"/v8/Jobs","kind":"hang"}])", &error));
    const Answer hung = get(simulator, QStringLiteral("/vb365/v8/Jobs"), {}, 300);
    QVERIFY(hung.finished);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout fired
    QCOMPARE(hung.status, 0);
    QVERIFY(hung.elapsedMs >= 250);
    // The server itself is not stuck.
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Organizations")).status, 401);
    QVERIFY(simulator.setFaults("[]", &error));
    QCOMPARE(get(simulator, QStringLiteral("/vb365/v8/Jobs")).status, 401);
}

void TestSimHttp::hungRequestEndsWithTheSimulator()
{
    auto simulator = std::make_unique<Simulator>(defaultOptions());
    QVERIFY(simulator->listen() != 0);
    QString error;
    QVERIFY(simulator->setFaults(R"([{"kind":"hang"}])", &error));
    QNetworkRequest request(urlOf(*simulator, QStringLiteral("/vb365/v8/Jobs")));
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const auto counted = [&] {
        return simulator->stats()
            .value(QLatin1String("requests"))
            .toObject()
            .value(QLatin1String("GET /vb365/v8/Jobs"))
            .toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(counted(), 1, TimeoutMs);
    simulator.reset(); // the held answer goes with it; the client sees the connection end
    QVERIFY(finished.wait(TimeoutMs));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(reply->error() != QNetworkReply::OperationCanceledError);
    reply->deleteLater();
}

void TestSimHttp::latencyDelaysTheAnswer()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    QString error;
    QVERIFY(simulator.setFaults(R"([{"vendor":"veeam-vb365","kind":"latency","value":400}])", &error));
    const Answer slow = get(simulator, QStringLiteral("/vb365/v8/Jobs"));
    QCOMPARE(slow.status, 401);
    QVERIFY2(slow.elapsedMs >= 380, qPrintable(QString::number(slow.elapsedMs)));
    const Answer timedOut = get(simulator, QStringLiteral("/vb365/v8/Jobs"), {}, 150);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
}

void TestSimHttp::malformedAndTruncatedBodies()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QByteArray token = passwordGrant(simulator).value(QLatin1String("access_token")).toString().toLatin1();
    QString error;
    QVERIFY(simulator.setFaults(R"([{"path":"/v8/Jobs","kind":"malformed"}])", &error));
    const Answer malformed = get(simulator, QStringLiteral("/vb365/v8/Jobs"), token);
    QCOMPARE(malformed.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(malformed.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    QVERIFY(simulator.setFaults(R"([{"path":"/v8/Jobs","kind":"truncated"}])", &error));
    const Answer truncated = get(simulator, QStringLiteral("/vb365/v8/Jobs"), token);
    QVERIFY(truncated.finished);
    QVERIFY(truncated.error != QNetworkReply::NoError);
    const qint64 promised = truncated.header("Content-Length").toLongLong();
    QVERIFY(promised > 0);
    QVERIFY(truncated.body.size() < promised);
}

void TestSimHttp::badFaultSpecificationsAre400()
{
    Simulator simulator(defaultOptions());
    QVERIFY(simulator.listen() != 0);
    const QUrl faults = urlOf(simulator, QStringLiteral("/_sim/faults"));
    const Answer reset = send("PUT", faults, R"([{"kind":"reset"}])");
    QCOMPARE(reset.status, 400);
    QCOMPARE(reset.message(), QStringLiteral("fault [0]: unknown fault kind 'reset'"));
    const Answer unknown = send("PUT", faults, R"([{"kind":"teleport"}])");
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.message().contains(QLatin1String("teleport")));
    const Answer broken = send("PUT", faults, "[{");
    QCOMPARE(broken.status, 400);
    QVERIFY(broken.message().contains(QLatin1String("JSON")));
    const Answer wrongType = send("PUT", faults, R"([{"kind":"status","value":"503"}])");
    QCOMPARE(wrongType.status, 400);
    QVERIFY(wrongType.message().contains(QLatin1String("'value'")));
    QCOMPARE(send("DELETE", faults).status, 405);
}

void TestSimHttp::listensOnLoopbackOnly()
{
    Simulator simulator(defaultOptions());
    const quint16 port = simulator.listen();
    QVERIFY(port != 0);
    QCOMPARE(simulator.rootUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(simulator.vendorBaseUrl(QStringLiteral("veeam-vb365")),
             QUrl(QStringLiteral("http://127.0.0.1:%1/vb365").arg(port)));

    QTcpSocket loopback;
    QSignalSpy connected(&loopback, &QAbstractSocket::connected);
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(connected.wait(TimeoutMs));

    QList<QHostAddress> others { QHostAddress(QHostAddress::LocalHostIPv6) };
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all) {
        if (!address.isLoopback() && !address.isLinkLocal())
            others.append(address);
    }
    for (const QHostAddress &address : others) {
        QTcpSocket socket;
        QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
        socket.connectToHost(address, port);
        QVERIFY2(failed.wait(TimeoutMs), qPrintable(address.toString()));
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
    }
}

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
