#include "simtestclient.h"
#include "simulator/simfault.h"
#include "simulator/simrequest.h"
#include "simulator/simresponse.h"
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>
#include <zlib.h>

using namespace BackupDash;

namespace {

SimulatorOptions options(quint32 seed = 1)
{
    SimulatorOptions result;
    result.seed = seed;
    result.speed = 0;
    result.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return result;
}

SimRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    SimRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    return r;
}

SimRequest vb365Token(const SimulatorOptions &o, const QString &grant, const QString &refreshToken = {})
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), grant);
    if (grant == QLatin1String("password")) {
        form.addQueryItem(QStringLiteral("username"), o.username);
        form.addQueryItem(QStringLiteral("password"), o.password);
    } else {
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    }
    return request("POST", QStringLiteral("/vb365/v8/Token"), form.toString(QUrl::FullyEncoded).toUtf8());
}

SimRequest vb365Jobs(const QString &accessToken)
{
    SimRequest r = request("GET", QStringLiteral("/vb365/v8/Jobs"));
    r.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8() });
    return r;
}

// Bytes a gzip member inflates to, streamed (never holding them).
qint64 inflatedSize(const QByteArray &gzip)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return -1;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 total = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        status = inflate(&stream, Z_NO_FLUSH);
        total += buffer.size() - qsizetype(stream.avail_out);
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? total : -1;
}

QString errorOf(const QByteArray &spec)
{
    QString error;
    const std::optional<QList<SimFault>> faults = SimFault::parseList(spec, &error);
    return faults ? QString() : error;
}

} // namespace

// The fault specification and its effect, through Simulator::handle (no sockets).
class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheContractExample();
    void rejectsBadSpecifications_data();
    void rejectsBadSpecifications();
    void reliabilityKindsParseAndRoundTrip();
    void wrongShapeKeepsKeysButNotTypes();
    void oversizeAndGzipBombBodies();
    void refresh401HitsOnlyTheRefresh();
    void earlyExpiryHoldsWhileListed();
    void resetMidBodyOverLoopback();
    void gzipBombOverLoopbackIsInflatedByQt();
    void restoreFlowKindsParseAndRoundTrip();
    void restoreFlowKindsWithoutSockets();
    void rejectedSpecificationChangesNothing();
    void pathIsAPrefixOfWholeSegments();
    void methodAndVendorNarrowTheFault();
    void rateDrawsAreSeededAndRepeatable();
    void introspectionIsNotCounted();
};

void TestSimFaults::acceptsTheContractExample()
{
    const QByteArray spec = R"([
        {"vendor": "clumio", "method": "POST", "path": "/restores", "kind": "status", "value": 500, "rate": 1.0},
        {"vendor": "veeam-vb365", "path": "/v8/Jobs", "kind": "status", "value": 503, "retryAfter": 7},
        {"vendor": "acronis", "kind": "latency", "value": 2500},
        {"kind": "status", "value": 429, "retryAfter": "Wed, 21 Oct 2026 07:28:00 GMT"}])";
    QString error;
    const std::optional<QList<SimFault>> faults = SimFault::parseList(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    QCOMPARE(faults->size(), 4);
    QCOMPARE(faults->at(1).retryAfterHeader(), QByteArray("7"));
    QCOMPARE(faults->at(3).retryAfterHeader(), QByteArray("Wed, 21 Oct 2026 07:28:00 GMT"));
    QCOMPARE(faults->at(2).rate, 1.0);
    QCOMPARE(errorOf("[]"), QString());
}

void TestSimFaults::rejectsBadSpecifications_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("[{") << QStringLiteral("not valid JSON");
    QTest::newRow("object") << QByteArray(R"({"kind":"hang"})") << QStringLiteral("JSON array");
    QTest::newRow("element") << QByteArray(R"([3])") << QStringLiteral("must be an object");
    QTest::newRow("no kind") << QByteArray(R"([{"path":"/v8"}])") << QStringLiteral("'kind' is required");
    QTest::newRow("unknown kind") << QByteArray(R"([{"kind":"explode"}])")
                                  << QStringLiteral("unknown fault kind 'explode'");
    QTest::newRow("kind type") << QByteArray(R"([{"kind":5}])") << QStringLiteral("'kind' must be a string");
    QTest::newRow("status value") << QByteArray(R"([{"kind":"status"}])") << QStringLiteral("needs 'value'");
    QTest::newRow("status text") << QByteArray(R"([{"kind":"status","value":"503"}])") << QStringLiteral("'value'");
    QTest::newRow("status odd") << QByteArray(R"([{"kind":"status","value":299}])") << QStringLiteral("299");
    QTest::newRow("latency") << QByteArray(R"([{"kind":"latency","value":-5}])") << QStringLiteral("milliseconds");
    QTest::newRow("rate") << QByteArray(R"([{"kind":"hang","rate":1.5}])") << QStringLiteral("'rate'");
    QTest::newRow("rate type") << QByteArray(R"([{"kind":"hang","rate":"all"}])") << QStringLiteral("'rate'");
    QTest::newRow("path") << QByteArray(R"([{"kind":"hang","path":"v8/Jobs"}])") << QStringLiteral("'path'");
    QTest::newRow("method") << QByteArray(R"([{"kind":"hang","method":7}])") << QStringLiteral("'method'");
    QTest::newRow("vendor") << QByteArray(R"([{"kind":"hang","vendor":"veeam"}])")
                            << QStringLiteral("unknown vendor 'veeam'");
    QTest::newRow("retryAfter") << QByteArray(R"([{"kind":"status","value":503,"retryAfter":true}])")
                                << QStringLiteral("'retryAfter'");
    QTest::newRow("typo") << QByteArray(R"([{"kind":"hang","rat":1}])") << QStringLiteral("unknown field 'rat'");
    QTest::newRow("after type") << QByteArray("[{\"kind\":\"status\",\"value\":500,\"after\":1}]")
                                << QStringLiteral("'after' must be true or false");
    QTest::newRow("after kind") << QByteArray("[{\"kind\":\"close-after-request\",\"after\":true}]")
                                << QStringLiteral("'after' belongs to kind 'status' only");
    QTest::newRow("oversize zero") << QByteArray("[{\"kind\":\"oversize\",\"value\":0}]")
                                   << QStringLiteral("a size in bytes");
    QTest::newRow("oversize huge") << QByteArray("[{\"kind\":\"oversize\",\"value\":4294967296}]")
                                   << QStringLiteral("a size in bytes");
    QTest::newRow("gzip-bomb text") << QByteArray("[{\"kind\":\"gzip-bomb\",\"value\":\"big\"}]")
                                    << QStringLiteral("'value' must be a whole number");
    QTest::newRow("early-expiry negative")
        << QByteArray("[{\"kind\":\"early-expiry\",\"value\":-1}]") << QStringLiteral("seconds a token really works");
    QTest::newRow("old reset name") << QByteArray("[{\"kind\":\"reset\"}]")
                                    << QStringLiteral("unknown fault kind 'reset'");
    QTest::newRow("second") << QByteArray(R"([{"kind":"hang"},{"kind":"nope"}])") << QStringLiteral("fault [1]");
}

void TestSimFaults::rejectsBadSpecifications()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, mentions);
    const QString error = errorOf(spec);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSimFaults::reliabilityKindsParseAndRoundTrip()
{
    const QByteArray spec = "[{\"vendor\":\"clumio\",\"kind\":\"wrong-shape\"},"
                            "{\"kind\":\"oversize\"},{\"kind\":\"oversize\",\"value\":2048},"
                            "{\"kind\":\"gzip-bomb\"},{\"kind\":\"reset-mid-body\",\"rate\":0.5},"
                            "{\"vendor\":\"cloudally\",\"kind\":\"refresh-401\"},"
                            "{\"kind\":\"early-expiry\"},{\"kind\":\"early-expiry\",\"value\":5}]";
    QString error;
    const auto faults = SimFault::parseList(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    QCOMPARE(faults->size(), 8);
    QCOMPARE(faults->at(0).kind, SimFault::Kind::WrongShape);
    QCOMPARE(faults->at(1).kind, SimFault::Kind::Oversize);
    QVERIFY(faults->at(1).value > 64 * 1024 * 1024); // past ApiClient's default cap
    QCOMPARE(faults->at(2).value, 2048);
    QCOMPARE(faults->at(3).kind, SimFault::Kind::GzipBomb);
    QCOMPARE(faults->at(3).value, 1024 * 1024 * 1024);
    QCOMPARE(faults->at(4).kind, SimFault::Kind::ResetMidBody);
    QCOMPARE(faults->at(5).kind, SimFault::Kind::Refresh401);
    QCOMPARE(faults->at(6).kind, SimFault::Kind::EarlyExpiry);
    QCOMPARE(faults->at(6).value, 0);
    QCOMPARE(faults->at(7).value, 5);

    Simulator simulator(options());
    QVERIFY2(simulator.setFaults(spec, &error), qPrintable(error));
    const QJsonArray shown = simulator.faults();
    const QStringList kinds { QStringLiteral("wrong-shape"),    QStringLiteral("oversize"),
                              QStringLiteral("oversize"),       QStringLiteral("gzip-bomb"),
                              QStringLiteral("reset-mid-body"), QStringLiteral("refresh-401"),
                              QStringLiteral("early-expiry"),   QStringLiteral("early-expiry") };
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(shown.at(i).toObject().value(QLatin1String("kind")).toString(), kinds.at(i));
    QCOMPARE(shown.at(2).toObject().value(QLatin1String("value")).toInt(), 2048);
    // What GET /_sim/faults shows parses back to the same list.
    const auto again = SimFault::parseList(QJsonDocument(shown).toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->at(7).value, 5);
}

void TestSimFaults::wrongShapeKeepsKeysButNotTypes()
{
    const SimulatorOptions o = options();
    Simulator simulator(o);
    const QJsonObject good =
        QJsonDocument::fromJson(simulator.handle(vb365Token(o, QStringLiteral("password"))).body).object();
    QString error;
    QVERIFY(simulator.setFaults("[{\"vendor\":\"veeam-vb365\",\"kind\":\"wrong-shape\"}]", &error));
    const SimResponse shaped = simulator.handle(vb365Token(o, QStringLiteral("password")));
    QCOMPARE(shaped.status, 200);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(shaped.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError); // valid JSON
    const QJsonObject bad = document.object();
    QCOMPARE(bad.keys(), good.keys());
    for (const QString &key : good.keys())
        QVERIFY2(bad.value(key).type() != good.value(key).type(), qPrintable(key));

    // A list answer becomes an object of wrong types; an error keeps its shape.
    QVERIFY(simulator.setFaults("[{\"kind\":\"wrong-shape\"}]", &error));
    const SimResponse refused = simulator.handle(vb365Jobs(QStringLiteral("no-such-token")));
    QCOMPARE(refused.status, 401);
    QVERIFY(QJsonDocument::fromJson(refused.body).object().value(QLatin1String("message")).isString());
}

void TestSimFaults::oversizeAndGzipBombBodies()
{
    Simulator simulator(options());
    QString error;
    QVERIFY(simulator.setFaults("[{\"kind\":\"oversize\",\"value\":100000}]", &error));
    const SimResponse big = simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs")));
    QCOMPARE(big.status, 200);
    QCOMPARE(big.body.size(), 100000);
    QVERIFY(QJsonDocument::fromJson(big.body).isObject()); // only its size is wrong

    QVERIFY(simulator.setFaults("[{\"kind\":\"gzip-bomb\",\"value\":33554432}]", &error));
    const SimResponse bomb = simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs")));
    QCOMPARE(bomb.status, 200);
    QCOMPARE(bomb.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY2(bomb.body.size() < 33554432 / 500, qPrintable(QString::number(bomb.body.size())));
    QCOMPARE(inflatedSize(bomb.body), qint64(33554432));
}

void TestSimFaults::refresh401HitsOnlyTheRefresh()
{
    const SimulatorOptions o = options();
    Simulator simulator(o);
    QString error;
    QVERIFY(simulator.setFaults("[{\"kind\":\"refresh-401\"}]", &error));
    const SimResponse signIn = simulator.handle(vb365Token(o, QStringLiteral("password")));
    QCOMPARE(signIn.status, 200); // a password grant is no refresh
    const QJsonObject grant = QJsonDocument::fromJson(signIn.body).object();
    QCOMPARE(simulator.handle(vb365Jobs(grant.value(QLatin1String("access_token")).toString())).status, 200);
    const SimResponse refreshed = simulator.handle(
        vb365Token(o, QStringLiteral("refresh_token"), grant.value(QLatin1String("refresh_token")).toString()));
    QCOMPARE(refreshed.status, 401);
    QCOMPARE(simulator.stats().value(QLatin1String("rejected401")).toInt(), 1);

    // Neither refresh-401 nor early-expiry shadows a fault listed after it for other requests.
    QVERIFY(simulator.setFaults("[{\"kind\":\"refresh-401\"},{\"kind\":\"early-expiry\",\"value\":60},"
                                "{\"kind\":\"status\",\"value\":502}]",
                                &error));
    QCOMPARE(simulator.handle(vb365Jobs(grant.value(QLatin1String("access_token")).toString())).status, 502);

    // CloudAlly's refresh route is hit; its sign-in is not.
    SimulatorOptions all = options();
    all.vendors = Simulator::knownVendors();
    Simulator everyVendor(all);
    QVERIFY(everyVendor.setFaults("[{\"kind\":\"refresh-401\"}]", &error));
    const SimResponse cloudAlly = everyVendor.handle(
        request("POST", QStringLiteral("/cloudally/auth/refresh"), "{\"refreshToken\":\"anything\"}"));
    QCOMPARE(cloudAlly.status, 401);
    const SimResponse cloudAllySignIn = everyVendor.handle(
        request("POST", QStringLiteral("/cloudally/auth"), "{\"email\":\"nobody\",\"password\":\"x\"}"));
    QVERIFY(cloudAllySignIn.status != 401 || !cloudAllySignIn.body.contains("simulated fault"));
}

void TestSimFaults::earlyExpiryHoldsWhileListed()
{
    const SimulatorOptions o = options();
    Simulator simulator(o);
    QString error;
    QVERIFY(simulator.setFaults("[{\"vendor\":\"veeam-vb365\",\"kind\":\"early-expiry\"}]", &error));
    const QJsonObject grant =
        QJsonDocument::fromJson(simulator.handle(vb365Token(o, QStringLiteral("password"))).body).object();
    // It announces the full lifetime, and does not work.
    QCOMPARE(grant.value(QLatin1String("expires_in")).toInt(), o.tokenLifetimeSeconds);
    QCOMPARE(simulator.handle(vb365Jobs(grant.value(QLatin1String("access_token")).toString())).status, 401);

    QVERIFY(simulator.setFaults("[]", &error));
    const QJsonObject healed =
        QJsonDocument::fromJson(simulator.handle(vb365Token(o, QStringLiteral("password"))).body).object();
    QCOMPARE(simulator.handle(vb365Jobs(healed.value(QLatin1String("access_token")).toString())).status, 200);
}

void TestSimFaults::resetMidBodyOverLoopback()
{
    Simulator simulator(options());
    QVERIFY(simulator.listen(0));
    QString error;
    QVERIFY(simulator.setFaults("[{\"kind\":\"reset-mid-body\"}]", &error));
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs"))).delivery, SimResponse::Delivery::Reset);
    QNetworkAccessManager nam;
    const SimTest::Answer answer =
        SimTest::send(nam, "GET", SimTest::urlOf(simulator.rootUrl(), QStringLiteral("/vb365/v8/Jobs")));
    QVERIFY(answer.finished);
    QVERIFY2(answer.error != QNetworkReply::NoError, "the body never arrives whole");
}

void TestSimFaults::gzipBombOverLoopbackIsInflatedByQt()
{
    // What a client faces: Qt inflates the body on its own, so a cap must count inflated bytes.
    Simulator simulator(options());
    QVERIFY(simulator.listen(0));
    QString error;
    QVERIFY(simulator.setFaults("[{\"kind\":\"gzip-bomb\",\"value\":4194304}]", &error));
    QNetworkAccessManager nam;
    const SimTest::Answer answer =
        SimTest::send(nam, "GET", SimTest::urlOf(simulator.rootUrl(), QStringLiteral("/vb365/v8/Jobs")));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.size(), 4194304);
}

void TestSimFaults::restoreFlowKindsParseAndRoundTrip()
{
    const QByteArray spec = "[{\"vendor\":\"clumio\",\"method\":\"POST\",\"path\":\"/restores\","
                            "\"kind\":\"close-after-request\",\"rate\":1.0},"
                            "{\"kind\":\"redirect-302\",\"rate\":0.5},"
                            "{\"kind\":\"status\",\"value\":500,\"after\":true},"
                            "{\"kind\":\"status\",\"value\":502,\"after\":false}]";
    QString error;
    const std::optional<QList<SimFault>> faults = SimFault::parseList(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    QCOMPARE(faults->at(0).kind, SimFault::Kind::CloseAfterRequest);
    QCOMPARE(faults->at(1).kind, SimFault::Kind::Redirect302);
    QVERIFY(faults->at(2).after);
    QVERIFY(!faults->at(3).after);
    Simulator simulator(options());
    QVERIFY(simulator.setFaults(spec, &error));
    const QJsonArray shown = simulator.faults();
    QCOMPARE(shown.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("close-after-request"));
    QCOMPARE(shown.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("redirect-302"));
    QCOMPARE(shown.at(2).toObject().value(QLatin1String("after")), QJsonValue(true));
    QVERIFY(!shown.at(3).toObject().contains(QLatin1String("after")));
    // What GET /_sim/faults shows can be PUT back as it is.
    QVERIFY2(simulator.setFaults(QJsonDocument(shown).toJson(), &error), qPrintable(error));
    QCOMPARE(simulator.faults(), shown);
}

void TestSimFaults::restoreFlowKindsWithoutSockets()
{
    Simulator simulator(options());
    QString error;
    QVERIFY(simulator.setFaults("[{\"method\":\"GET\",\"kind\":\"redirect-302\"},"
                                "{\"method\":\"POST\",\"kind\":\"close-after-request\"}]",
                                &error));
    const SimResponse redirected = simulator.handle(request("GET", QStringLiteral("/vb365/v6/Jobs")));
    QCOMPARE(redirected.status, 302);
    QCOMPARE(redirected.header("Location"), QByteArray("/vb365/v6/RestoreSessions"));
    QCOMPARE(simulator.stats().value(QLatin1String("rejected401")).toInt(), 0); // the handler did not run
    const SimResponse closed = simulator.handle(request("POST", QStringLiteral("/vb365/v8/Token")));
    QCOMPARE(closed.delivery, SimResponse::Delivery::Close);
    QCOMPARE(closed.status, 400); // the handler ran; its answer is what the transport drops

    QVERIFY(simulator.setFaults("[{\"kind\":\"status\",\"value\":503,\"after\":true,\"retryAfter\":2}]", &error));
    const SimResponse after = simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs")));
    QCOMPARE(after.status, 503);
    QCOMPARE(after.header("Retry-After"), QByteArray("2"));
    QCOMPARE(simulator.stats().value(QLatin1String("rejected401")).toInt(), 1); // it did run this time
}

void TestSimFaults::rejectedSpecificationChangesNothing()
{
    Simulator simulator(options());
    QString error;
    QVERIFY(simulator.setFaults(R"([{"kind":"status","value":503}])", &error));
    const SimResponse refused =
        simulator.handle(request("PUT", QStringLiteral("/_sim/faults"), R"([{"kind":"reset"}])"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QLatin1String("message")).toString(),
             QStringLiteral("fault [0]: unknown fault kind 'reset'"));
    QCOMPARE(simulator.faults().size(), 1);
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs"))).status, 503);
}

void TestSimFaults::pathIsAPrefixOfWholeSegments()
{
    Simulator simulator(options());
    QString error;
    QVERIFY(simulator.setFaults(R"([{"vendor":"veeam-vb365","path":"/v8/Jobs","kind":"status","value":502}])", &error));
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs"))).status, 502);
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs/abc/JobSessions"))).status, 502);
    // Not a fault: no token, so the API's own 401.
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/JobSessions"))).status, 401);
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v7/Jobs"))).status, 401);
}

void TestSimFaults::methodAndVendorNarrowTheFault()
{
    Simulator simulator(options());
    QString error;
    QVERIFY(simulator.setFaults(R"([{"method":"POST","kind":"status","value":500},
                                    {"vendor":"clumio","kind":"status","value":503}])",
                                &error));
    QCOMPARE(simulator.handle(request("POST", QStringLiteral("/vb365/v8/Token"))).status, 500);
    QCOMPARE(simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs"))).status, 401);
}

void TestSimFaults::rateDrawsAreSeededAndRepeatable()
{
    const auto pattern = [](quint32 seed) {
        Simulator simulator(options(seed));
        QString error;
        if (!simulator.setFaults(R"([{"kind":"status","value":503,"rate":0.5}])", &error))
            return QString();
        QString hits;
        for (int i = 0; i < 60; ++i)
            hits += simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs"))).status == 503 ? u'x' : u'.';
        return hits;
    };
    const QString first = pattern(1);
    QCOMPARE(pattern(1), first);
    QVERIFY(pattern(2) != first);
    const qsizetype hits = first.count(u'x');
    QVERIFY2(hits > 15 && hits < 45, qPrintable(first));
}

void TestSimFaults::introspectionIsNotCounted()
{
    Simulator simulator(options());
    simulator.handle(request("GET", QStringLiteral("/_sim/stats")));
    simulator.handle(request("GET", QStringLiteral("/_sim/faults")));
    simulator.handle(request("GET", QStringLiteral("/vb365/v8/Jobs")));
    const QJsonObject requests = simulator.stats().value(QLatin1String("requests")).toObject();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.value(QLatin1String("GET /vb365/v8/Jobs")).toInt(), 1);
    QCOMPARE(simulator.stats().value(QLatin1String("rejected401")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
