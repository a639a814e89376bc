// backupdash-sim's CloudAlly API over HTTP: sign-in forms, bearer and client headers, refresh,
// paging by number and nextPageToken, the error body, the scenario's mixture and determinism.
#include "simulator/cloudally/simcloudallyroutes.h"
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;

namespace {

constexpr int TimeoutMs = 5'000;
const QByteArray ClientId = SimCloudAllyRoutes::ClientId;
const QByteArray ClientSecret = SimCloudAllyRoutes::ClientSecret;
const QString Email = QStringLiteral("demo@backupdash.local");
const QString Password = QStringLiteral("demo-password");

SimulatorOptions optionsAt(const QDateTime &start, int jobs = 24, quint32 seed = 1)
{
    SimulatorOptions options;
    options.vendors = QStringList { QStringLiteral("cloudally") };
    options.jobs = jobs;
    options.seed = seed;
    options.speed = 0;
    options.startTime = start;
    return options;
}

SimulatorOptions defaultOptions(int jobs = 24, quint32 seed = 1)
{
    return optionsAt(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC), jobs, seed);
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(QLatin1String("message")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray credentials()
{
    return jsonBody({ { QStringLiteral("email"), Email }, { QStringLiteral("password"), Password } });
}

} // namespace

class TestSimCloudAlly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void partnerSignInWithClientHeaders()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Answer a = post(sim, "/auth/partner", credentials(), partnerHeaders());
        QCOMPARE(a.status, 200);
        const QJsonObject grant = a.json();
        QVERIFY(!grant.value(u"accessToken").toString().isEmpty());
        QVERIFY(!grant.value(u"refreshToken").toString().isEmpty());
        QCOMPARE(grant.value(u"expiresIn").toInt(), 3600);
        QCOMPARE(grant.value(u"tokenType").toString(), QStringLiteral("Bearer"));
        QCOMPARE(sim.stats().value(u"tokenGrants").toObject().value(u"partner").toInt(), 1);
    }

    void partnerSignInInTheSeedsBodyFormAndUnderV1()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        QJsonObject body { { QStringLiteral("clientId"), QString::fromLatin1(ClientId) },
                           { QStringLiteral("clientSecret"), QString::fromLatin1(ClientSecret) },
                           { QStringLiteral("email"), Email },
                           { QStringLiteral("password"), Password } };
        QCOMPARE(post(sim, "/auth/partner", jsonBody(body)).status, 200);
        QCOMPARE(post(sim, "/v1/auth/partner", credentials(), partnerHeaders()).status, 200);
        QCOMPARE(post(sim, "/v1/auth", credentials()).status, 200);
        const QJsonObject requests = sim.stats().value(u"requests").toObject();
        QCOMPARE(requests.value(u"POST /cloudally/v1/auth/partner").toInt(), 1);
        QCOMPARE(requests.value(u"POST /cloudally/auth/partner").toInt(), 1);
    }

    void signInFailuresInTheVendorsErrorBody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withClientHeaders");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << QByteArray("/auth/partner") << credentials() << true << QByteArray("nope")
                                      << 401 << QStringLiteral("Invalid client credentials");
        QTest::newRow("no client") << QByteArray("/auth/partner") << credentials() << false << QByteArray() << 401
                                   << QStringLiteral("Partner sign-in needs the client-id and client-secret headers");
        QTest::newRow("wrong password") << QByteArray("/auth/partner")
                                        << jsonBody({ { QStringLiteral("email"), Email },
                                                      { QStringLiteral("password"), QStringLiteral("x") } })
                                        << true << ClientSecret << 401 << QStringLiteral("Invalid email or password");
        QTest::newRow("user wrong email")
            << QByteArray("/auth")
            << jsonBody({ { QStringLiteral("email"), QStringLiteral("eve@example.com") },
                          { QStringLiteral("password"), Password } })
            << false << QByteArray() << 401 << QStringLiteral("Invalid email or password");
        QTest::newRow("not JSON") << QByteArray("/auth") << QByteArray("email=a&password=b") << false << QByteArray()
                                  << 400
                                  << QStringLiteral("The request body must be a JSON object with email and password");
        QTest::newRow("no password") << QByteArray("/auth") << jsonBody({ { QStringLiteral("email"), Email } }) << false
                                     << QByteArray() << 400 << QStringLiteral("email and password are required");
    }

    void signInFailuresInTheVendorsErrorBody()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withClientHeaders);
        QFETCH(QByteArray, secret);
        QFETCH(int, status);
        QFETCH(QString, message);
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Answer a = post(sim, path, body, withClientHeaders ? partnerHeaders(secret) : Headers {});
        QCOMPARE(a.status, status);
        QCOMPARE(a.json().value(u"status").toInt(), status);
        QCOMPARE(a.message(), message);
        QVERIFY(a.json().value(u"accessToken").isUndefined());
    }

    void everyV1CallNeedsAToken()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Answer none = get(sim, "/v1/backup-tasks", {});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.message(), QStringLiteral("Missing bearer token"));
        QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
        const Answer bogus = get(sim, "/v1/backup-tasks", { { "Authorization", "Bearer made-up" } });
        QCOMPARE(bogus.status, 401);
        QCOMPARE(bogus.message(), QStringLiteral("The access token is invalid or has expired"));
        QCOMPARE(get(sim, "/v1/nothing-here", {}).status, 401); // auth first, as the vendor does
    }

    void partnerTokenNeedsTheClientHeaders()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const QByteArray token = partnerToken(sim);
        const Answer bare = get(sim, "/v1/backup-tasks", { { "Authorization", "Bearer " + token } });
        QCOMPARE(bare.status, 401);
        QCOMPARE(bare.message(), QStringLiteral("A partner token needs the client-id and client-secret headers"));
        Headers wrong = partnerHeaders("wrong");
        wrong.append({ "Authorization", "Bearer " + token });
        QCOMPARE(get(sim, "/v1/backup-tasks", wrong).message(), QStringLiteral("Invalid client credentials"));
        QCOMPARE(get(sim, "/v1/backup-tasks", authorized(token)).status, 200);
    }

    void userTokenNeedsNoClientHeaders()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Answer grant = post(sim, "/auth", credentials());
        QCOMPARE(grant.status, 200);
        const QByteArray token = grant.json().value(u"accessToken").toString().toLatin1();
        QCOMPARE(get(sim, "/v1/backup-tasks", { { "Authorization", "Bearer " + token } }).status, 200);
        QCOMPARE(sim.stats().value(u"tokenGrants").toObject().value(u"user").toInt(), 1);
    }

    void refreshTokenIsUsedUpOnUse()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const QJsonObject first = post(sim, "/auth/partner", credentials(), partnerHeaders()).json();
        const QByteArray refresh =
            jsonBody({ { QStringLiteral("refreshToken"), first.value(u"refreshToken").toString() } });
        const Answer renewed = post(sim, "/auth/refresh", refresh, partnerHeaders());
        QCOMPARE(renewed.status, 200);
        QVERIFY(renewed.json().value(u"accessToken").toString() != first.value(u"accessToken").toString());
        QVERIFY(renewed.json().value(u"refreshToken").toString() != first.value(u"refreshToken").toString());
        const QByteArray token = renewed.json().value(u"accessToken").toString().toLatin1();
        QCOMPARE(get(sim, "/v1/backup-tasks", authorized(token)).status, 200); // still a partner token

        const Answer again = post(sim, "/auth/refresh", refresh, partnerHeaders());
        QCOMPARE(again.status, 401);
        QCOMPARE(again.message(), QStringLiteral("Invalid or expired refresh token"));
        QCOMPARE(post(sim, "/auth/refresh", QByteArray("{}")).status, 400);
        QCOMPARE(sim.stats().value(u"tokenGrants").toObject().value(u"refresh_token").toInt(), 1);
    }

    void expireTokenFaultKeepsRefreshWorking()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const QJsonObject grant = post(sim, "/auth/partner", credentials(), partnerHeaders()).json();
        const QByteArray token = grant.value(u"accessToken").toString().toLatin1();
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"cloudally\",\"kind\":\"expire-token\"}]", &error));
        QCOMPARE(get(sim, "/v1/backup-tasks", authorized(token)).status, 401);
        const QByteArray refresh =
            jsonBody({ { QStringLiteral("refreshToken"), grant.value(u"refreshToken").toString() } });
        QCOMPARE(post(sim, "/auth/refresh", refresh, partnerHeaders()).status, 200);
    }

    void pagingByNumberAndTokenToTheEnd()
    {
        Simulator sim(defaultOptions(23));
        QVERIFY(sim.listen(0));
        const Headers auth = authorized(partnerToken(sim));
        QSet<QString> ids;
        QString token;
        int page = 1;
        for (; page <= 10; ++page) {
            QString path = QStringLiteral("/v1/backup-tasks?pageSize=5&page=%1").arg(page);
            if (!token.isEmpty())
                path += QStringLiteral("&nextPageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
            const Answer a = get(sim, path.toLatin1(), auth);
            QCOMPARE(a.status, 200);
            const QJsonObject envelope = a.json();
            QCOMPARE(envelope.value(u"totalPages").toInt(), 5);
            const QJsonArray data = envelope.value(u"data").toArray();
            QCOMPARE(data.size(), page < 5 ? 5 : 3);
            for (const QJsonValue &task : data)
                ids.insert(task.toObject().value(u"id").toString());
            QVERIFY(envelope.contains(u"nextPageToken"));
            if (envelope.value(u"nextPageToken").isNull())
                break;
            token = envelope.value(u"nextPageToken").toString();
            QVERIFY(!token.isEmpty());
        }
        QCOMPARE(page, 5);
        QCOMPARE(ids.size(), 23);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /cloudally/v1/backup-tasks").toInt(), 5);
    }

    void badPagingIs400InTheErrorBody_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("made-up token") << QByteArray("pageSize=5&page=2&nextPageToken=abc")
                                       << QStringLiteral("Invalid nextPageToken for page 2");
        QTest::newRow("pageSize zero") << QByteArray("pageSize=0")
                                       << QStringLiteral("pageSize must be a whole number from 1 to 500");
        QTest::newRow("pageSize huge") << QByteArray("pageSize=100000")
                                       << QStringLiteral("pageSize must be a whole number from 1 to 500");
        QTest::newRow("page text") << QByteArray("page=two") << QStringLiteral("page must be a whole number from 1");
    }

    void badPagingIs400InTheErrorBody()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Answer a = get(sim, "/v1/backup-tasks?" + query, authorized(partnerToken(sim)));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json().value(u"status").toInt(), 400);
        QCOMPARE(a.message(), message);
    }

    void aTokenOpensOnlyItsOwnPage()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Headers auth = authorized(partnerToken(sim));
        const QString token = get(sim, "/v1/backup-tasks?pageSize=5", auth).json().value(u"nextPageToken").toString();
        const QByteArray encoded = QUrl::toPercentEncoding(token);
        QCOMPARE(get(sim, "/v1/backup-tasks?pageSize=5&page=2&nextPageToken=" + encoded, auth).status, 200);
        QCOMPARE(get(sim, "/v1/backup-tasks?pageSize=5&page=3&nextPageToken=" + encoded, auth).status, 400);
        QCOMPARE(get(sim, "/v1/backup-tasks?pageSize=6&page=2&nextPageToken=" + encoded, auth).status, 400);
    }

    void laterPagesKeepTheFirstPagesMoment()
    {
        SimulatorOptions options = defaultOptions(10);
        options.speed = 3600; // an hour a second: statuses change between pages
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const Headers auth = authorized(partnerToken(sim));
        const QJsonObject first = get(sim, "/v1/backup-tasks?pageSize=5", auth).json();
        const QByteArray token = QUrl::toPercentEncoding(first.value(u"nextPageToken").toString());
        QTest::qWait(300);
        const QByteArray second = get(sim, "/v1/backup-tasks?pageSize=5&page=2&nextPageToken=" + token, auth).body;
        QTest::qWait(300);
        QCOMPARE(get(sim, "/v1/backup-tasks?pageSize=5&page=2&nextPageToken=" + token, auth).body, second);
    }

    void oneTaskByIdAndUnknownIds()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const Headers auth = authorized(partnerToken(sim));
        const QJsonObject listed =
            get(sim, "/v1/backup-tasks?pageSize=3", auth).json().value(u"data").toArray().at(2).toObject();
        const QString id = listed.value(u"id").toString();
        const Answer one = get(sim, "/v1/backup-tasks/" + id.toLatin1(), auth);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), listed);
        const Answer missing = get(sim, "/v1/backup-tasks/ffffffffffffffffffffffff", auth);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.message(), QStringLiteral("Backup task 'ffffffffffffffffffffffff' was not found"));
        QCOMPARE(get(sim, "/v2/whatever", auth).status, 404);
        const QJsonObject requests = sim.stats().value(u"requests").toObject();
        QCOMPARE(requests.value(u"GET /cloudally/v1/backup-tasks/{id}").toInt(), 2);
        QVERIFY(!requests.contains(QStringLiteral("GET /cloudally/v1/backup-tasks/") + id));
    }

    void wrongMethodIs405()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        QCOMPARE(get(sim, "/auth/partner", partnerHeaders()).status, 405);
        const Answer a = post(sim, "/v1/backup-tasks", "{}", authorized(partnerToken(sim)));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("Allow"), QByteArray("GET"));
    }

    void sameSeedSameBodies()
    {
        Simulator one(defaultOptions(30, 5));
        Simulator two(defaultOptions(30, 5));
        Simulator other(defaultOptions(30, 6));
        QVERIFY(one.listen(0) && two.listen(0) && other.listen(0));
        const QByteArray a = get(one, "/v1/backup-tasks?pageSize=7", authorized(partnerToken(one))).body;
        const QByteArray b = get(two, "/v1/backup-tasks?pageSize=7", authorized(partnerToken(two))).body;
        const QByteArray c = get(other, "/v1/backup-tasks?pageSize=7", authorized(partnerToken(other))).body;
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b); // tokens differ, answers do not (nextPageToken included)
        QVERIFY(a != c);
    }

    void realisticMixtureOfDocumentedValues()
    {
        const QSet<QString> statuses { QStringLiteral("success"), QStringLiteral("failed"),
                                       QStringLiteral("in_progress"), QStringLiteral("paused"),
                                       QStringLiteral("pending") };
        const QSet<QString> types { QStringLiteral("MS365"),      QStringLiteral("GOOGLE_WORKSPACE"),
                                    QStringLiteral("SALESFORCE"), QStringLiteral("BOX"),
                                    QStringLiteral("DROPBOX"),    QStringLiteral("SHAREPOINT"),
                                    QStringLiteral("ONEDRIVE") };
        const QSet<QString> frequencies { QStringLiteral("daily"), QStringLiteral("every_3_hours"),
                                          QStringLiteral("manual") };
        Simulator sim(defaultOptions(240));
        QVERIFY(sim.listen(0));
        const QJsonArray data =
            get(sim, "/v1/backup-tasks?pageSize=500", authorized(partnerToken(sim))).json().value(u"data").toArray();
        QCOMPARE(data.size(), 240);
        QHash<QString, int> byStatus;
        QSet<QString> seenTypes, seenFrequencies, zones;
        int nonAscii = 0, above32Bits = 0, withoutBackup = 0;
        for (const QJsonValue &value : data) {
            const QJsonObject task = value.toObject();
            const QString status = task.value(u"status").toString();
            QVERIFY2(statuses.contains(status), qPrintable(status));
            ++byStatus[status];
            QVERIFY(types.contains(task.value(u"type").toString()));
            seenTypes.insert(task.value(u"type").toString());
            const QJsonObject schedule = task.value(u"schedule").toObject();
            QVERIFY(frequencies.contains(schedule.value(u"frequency").toString()));
            seenFrequencies.insert(schedule.value(u"frequency").toString());
            zones.insert(schedule.value(u"timezone").toString());
            const QString name = task.value(u"name").toString();
            nonAscii += std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }) ? 1 : 0;
            above32Bits += task.value(u"size").toInteger() > (qint64(1) << 32) ? 1 : 0;
            QVERIFY(!task.value(u"createdAt").toString().isEmpty());
            if (task.value(u"lastBackup").isNull()) {
                ++withoutBackup;
                QVERIFY(task.value(u"size").isNull());
            }
        }
        QCOMPARE(seenTypes, types);
        QCOMPARE(seenFrequencies, frequencies);
        QVERIFY(zones.size() >= 5);
        QVERIFY2(byStatus.value(QStringLiteral("success")) > 240 / 2,
                 qPrintable(QString::number(byStatus.value(QStringLiteral("success")))));
        for (const QString &status : statuses)
            QVERIFY2(byStatus.value(status) > 0, qPrintable(status));
        QVERIFY(byStatus.value(QStringLiteral("failed")) < 240 / 4);
        QVERIFY(nonAscii > 10);
        QVERIFY(above32Bits > 10);
        QVERIFY(withoutBackup > 0 && withoutBackup < 240 / 10);
    }

    void statusIsAFunctionOfScenarioTime()
    {
        const QDateTime start(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QSet<QByteArray> bodies;
        for (int hour : { 0, 0, 5, 11 }) {
            Simulator sim(optionsAt(start.addSecs(hour * 3600), 40));
            QVERIFY(sim.listen(0));
            bodies.insert(get(sim, "/v1/backup-tasks?pageSize=40", authorized(partnerToken(sim))).body);
            m_nam.clearConnectionCache();
        }
        QCOMPARE(bodies.size(), 3); // the same moment twice, two other moments
    }

    void sourceEntryIsAPartner()
    {
        Simulator sim(defaultOptions());
        QVERIFY(sim.listen(0));
        const QJsonArray sources = sim.sourcesConfig().value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject entry = sources.first().toObject();
        QCOMPARE(entry.value(u"id").toString(), QStringLiteral("sim-cloudally"));
        QCOMPARE(entry.value(u"vendor").toString(), QStringLiteral("cloudally"));
        QCOMPARE(entry.value(u"baseUrl").toString(), sim.vendorBaseUrl(QStringLiteral("cloudally")).toString());
        const QJsonObject auth = entry.value(u"auth").toObject();
        QCOMPARE(auth.value(u"mode").toString(), QStringLiteral("partner"));
        QCOMPARE(auth.value(u"clientId").toString(), QString::fromLatin1(ClientId));
        QCOMPARE(auth.value(u"clientSecret").toString(), QString::fromLatin1(ClientSecret));
        QCOMPARE(auth.value(u"username").toString(), Email);
        QCOMPARE(auth.value(u"password").toString(), Password);
    }

private:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static Headers partnerHeaders(const QByteArray &secret = ClientSecret)
    {
        return { { "client-id", ClientId }, { "client-secret", secret } };
    }
    static Headers authorized(const QByteArray &token)
    {
        Headers headers = partnerHeaders();
        headers.append({ "Authorization", "Bearer " + token });
        return headers;
    }

    QByteArray partnerToken(const Simulator &sim)
    {
        const Answer a = post(sim, "/auth/partner", credentials(), partnerHeaders());
        if (a.status != 200)
            qFatal("partner sign-in failed: %d", a.status);
        return a.json().value(u"accessToken").toString().toLatin1();
    }

    Answer send(const QByteArray &verb, const Simulator &sim, const QByteArray &pathAndQuery, const QByteArray &body,
                const Headers &headers)
    {
        QNetworkRequest request(
            sim.rootUrl().resolved(QUrl(QStringLiteral("/cloudally") + QString::fromUtf8(pathAndQuery))));
        request.setTransferTimeout(TimeoutMs);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(TimeoutMs))
            qFatal("no answer to %s %s", verb.constData(), pathAndQuery.constData());
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }
    Answer get(const Simulator &sim, const QByteArray &pathAndQuery, const Headers &headers)
    {
        return send("GET", sim, pathAndQuery, {}, headers);
    }
    Answer post(const Simulator &sim, const QByteArray &path, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST", sim, path, body, headers);
    }

    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestSimCloudAlly)
#include "tst_simcloudally.moc"
