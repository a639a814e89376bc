// The VB365 connector against backupdash-sim's VB365 API over real loopback HTTP.
#include "connectors/vb365/vb365connector.h"
#include "simulator/simulator.h"
#include "tests/common/connectorpoll.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;
using namespace BackupDash::TestSupport;

namespace {

SourceConfig sourceFor(const Simulator &sim, const QString &password = QStringLiteral("demo-password"))
{
    SourceConfig c;
    c.id = QStringLiteral("sim-vb365");
    c.vendor = QStringLiteral("veeam-vb365");
    c.baseUrl = sim.vendorBaseUrl(QStringLiteral("veeam-vb365"));
    c.apiVersion = QStringLiteral("v8");
    c.credentials.username = QStringLiteral("demo@backupdash.local");
    c.credentials.password = password;
    return c;
}

} // namespace

class TestVb365Connector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SourceSnapshot>();
        qRegisterMetaType<ApiError>();
    }

    void pollsEveryPageJobsSessionsAndWindows()
    {
        SimulatorOptions options;
        options.jobs = 24;
        options.seed = 11;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        Vb365Connector::Options small;
        small.pageSize = 5; // 24 jobs → 5 pages
        Vb365Connector connector(sourceFor(sim), m_nam, small);

        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        const SourceSnapshot &s = *outcome.snapshot;
        QCOMPARE(s.sourceId, QStringLiteral("sim-vb365"));
        QCOMPARE(s.tasks.size(), size_t(24));
        QSet<QString> ids;
        for (const Task &t : s.tasks) {
            ids.insert(t.id);
            QCOMPARE(t.sourceId, QStringLiteral("sim-vb365"));
            QVERIFY(!t.name.isEmpty());
            if (!t.enabled)
                QCOMPARE(t.status, Status::Paused);
        }
        QCOMPARE(ids.size(), 24);
        QVERIFY(!s.runs.empty());
        QVERIFY(!s.windows.empty());
        for (const BackupWindow &w : s.windows) {
            QVERIFY2(w.isValid(), qPrintable(w.error));
            QCOMPARE(w.vendorAllowed.size(), 168);
        }
        // Runs fill what the job list leaves out: some job must have a last run and a duration.
        QVERIFY(std::any_of(s.tasks.begin(), s.tasks.end(),
                            [](const Task &t) { return t.lastRun.isValid() && t.lastRunSeconds; }));

        const QJsonObject requests = sim.stats().value(u"requests").toObject();
        QCOMPARE(requests.value(u"GET /vb365/v8/Jobs").toInt(), 5);
        QCOMPARE(requests.value(u"GET /vb365/v8/Jobs/{id}/JobSessions").toInt(), 24);
        QCOMPARE(simStat(sim, "tokenGrants", "password"), 1);

        // The second poll reuses the token.
        QVERIFY(pollOnce(connector).snapshot);
        QCOMPARE(simStat(sim, "tokenGrants", "password"), 1);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /vb365/v8/Jobs").toInt(), 10);
    }

    void refreshesTheTokenAfterItExpires()
    {
        SimulatorOptions options;
        options.jobs = 3;
        options.tokenLifetimeSeconds = 2;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        Vb365Connector connector(sourceFor(sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        QCOMPARE(simStat(sim, "tokenGrants", "password"), 1);

        // Real expiry needs real time: wait until the two-second token is past its life.
        const QDateTime expired = QDateTime::currentDateTimeUtc().addMSecs(2100);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired, 5000);

        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(simStat(sim, "tokenGrants", "refresh_token"), 1); // refreshed, not a new sign-in
        QCOMPARE(simStat(sim, "tokenGrants", "password"), 1);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 0); // ahead of expiry: no failed request
    }

    void revokedTokenIsRefreshedOnceOn401()
    {
        SimulatorOptions options;
        options.jobs = 8;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        Vb365Connector connector(sourceFor(sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"veeam-vb365\",\"kind\":\"expire-token\"}]", &error));
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(second.snapshot->tasks.size(), size_t(8));
        QCOMPARE(simStat(sim, "tokenGrants", "refresh_token"), 1);
    }

    void wrongPasswordIsAuthFailed()
    {
        Simulator sim(SimulatorOptions {});
        QVERIFY(sim.listen(0));
        Vb365Connector connector(sourceFor(sim, QStringLiteral("wrong")), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY(!outcome.snapshot);
        QCOMPARE(outcome.error.kind, ApiError::Kind::AuthFailed);
        QCOMPARE(outcome.error.health(), SourceHealth::AuthFailed);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("user name or password is incorrect")),
                 qPrintable(outcome.error.message));
        QVERIFY(!connector.isPolling());
    }

    void malformedAnswerIsABadPayloadInWords()
    {
        Simulator sim(SimulatorOptions {});
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"veeam-vb365\",\"path\":\"/v8/Jobs\",\"kind\":\"malformed\"}]", &error));
        Vb365Connector connector(sourceFor(sim), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadPayload);
        QVERIFY2(outcome.error.message.startsWith(QStringLiteral("jobs: not valid JSON")),
                 qPrintable(outcome.error.message));
    }

    void serverGoneIsUnreachable()
    {
        auto sim = std::make_unique<Simulator>(SimulatorOptions {});
        QVERIFY(sim->listen(0));
        Vb365Connector connector(sourceFor(*sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        sim.reset();
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unreachable);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error.message));
    }

    void pollsNeverOverlap()
    {
        Simulator sim(SimulatorOptions {});
        QVERIFY(sim.listen(0));
        Vb365Connector connector(sourceFor(sim), m_nam);
        QSignalSpy done(&connector, &Connector::polled);
        QVERIFY(connector.poll());
        QVERIFY(!connector.poll()); // refused while the first runs
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.count(), 1);
        QTest::qWait(200);
        QCOMPARE(done.count(), 1);
    }

private:
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestVb365Connector)
#include "tst_vb365connector.moc"
