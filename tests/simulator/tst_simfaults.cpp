#include "simulator/simfault.h"
#include "simulator/simrequest.h"
#include "simulator/simresponse.h"
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
    void pendingKindsAreRefusedByName();
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
    QTest::newRow("second") << QByteArray(R"([{"kind":"hang"},{"kind":"nope"}])") << QStringLiteral("fault [1]");
}

void TestSimFaults::rejectsBadSpecifications()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, mentions);
    const QString error = errorOf(spec);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSimFaults::pendingKindsAreRefusedByName()
{
    for (const char *kind : { "wrong-shape", "oversize", "gzip-bomb", "reset" }) {
        const QString error = errorOf(QStringLiteral(R"([{"kind":"%1"}])").arg(QLatin1String(kind)).toUtf8());
        QCOMPARE(error, QStringLiteral("fault kind '%1' is not implemented yet").arg(QLatin1String(kind)));
    }
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
             QStringLiteral("fault kind 'reset' is not implemented yet"));
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
