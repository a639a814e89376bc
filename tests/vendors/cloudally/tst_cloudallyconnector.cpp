// The CloudAlly connector against backupdash-sim's CloudAlly API over real loopback HTTP.
#include "connectors/apiclient.h"
#include "connectors/cloudally/cloudallyconnector.h"
#include "simulator/cloudally/simcloudallyroutes.h"
#include "simulator/cloudally/simcloudallyscenario.h"
#include "simulator/simscenario.h"
#include "simulator/simulator.h"
#include "tests/common/connectorpoll.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;
using namespace BackupDash::TestSupport;

namespace {

const QString Vendor = QStringLiteral("cloudally");

SimulatorOptions simOptions(int jobs = 24)
{
    SimulatorOptions options;
    options.vendors = QStringList { Vendor };
    options.jobs = jobs;
    options.seed = 7;
    options.speed = 0; // the scenario stands still, so the sim's own answer can be compared
    options.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return options;
}

SourceConfig partnerSource(const Simulator &sim,
                           const QString &clientSecret = QLatin1String(SimCloudAllyRoutes::ClientSecret))
{
    SourceConfig c;
    c.id = QStringLiteral("sim-cloudally");
    c.vendor = Vendor;
    c.baseUrl = sim.vendorBaseUrl(Vendor);
    c.authMode = QStringLiteral("partner");
    c.credentials.clientId = QLatin1String(SimCloudAllyRoutes::ClientId);
    c.credentials.clientSecret = clientSecret;
    c.credentials.username = QStringLiteral("demo@backupdash.local");
    c.credentials.password = QStringLiteral("demo-password");
    return c;
}

SourceConfig userSource(const Simulator &sim, const QString &password = QStringLiteral("demo-password"))
{
    SourceConfig c = partnerSource(sim);
    c.id = QStringLiteral("sim-cloudally-user");
    c.authMode = QStringLiteral("user");
    c.credentials.clientId.clear();
    c.credentials.clientSecret.clear();
    c.credentials.password = password;
    return c;
}

CloudAllyConnector::Options pagesOf(int size)
{
    CloudAllyConnector::Options options;
    options.pageSize = size;
    return options;
}

} // namespace

class TestCloudAllyConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SourceSnapshot>();
        qRegisterMetaType<ApiError>();
    }

    void partnerPollFollowsEveryPage()
    {
        const SimulatorOptions options = simOptions(24);
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim), m_nam, pagesOf(5)); // 24 tasks → 5 pages

        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        const SourceSnapshot &s = *outcome.snapshot;
        QCOMPARE(s.sourceId, QStringLiteral("sim-cloudally"));
        QCOMPARE(s.tasks.size(), size_t(24));
        QVERIFY(s.runs.empty()); // CloudAlly documents no runs endpoint
        QVERIFY(s.restores.empty());

        // Every task is what the scenario says at this (frozen) moment.
        const SimScenario scenario(options);
        const SimCloudAllyScenario estate(scenario, options.jobs);
        QSet<QString> ids;
        bool nonAscii = false;
        for (size_t i = 0; i < s.tasks.size(); ++i) {
            const Task &t = s.tasks[i];
            const SimCloudAllyTask &expected = estate.tasks()[i];
            const SimCloudAllyState state = estate.stateAt(int(i), scenario.now());
            ids.insert(t.id);
            QCOMPARE(t.id, expected.id);
            QCOMPARE(t.name, expected.name);
            QCOMPARE(t.sourceId, QStringLiteral("sim-cloudally"));
            QCOMPARE(t.vendor, Vendor);
            QCOMPARE(t.workload, expected.type);
            QCOMPARE(t.vendorStatus, state.status);
            QVERIFY2(t.status != Status::Unknown, qPrintable(t.vendorStatus)); // documented values only
            QCOMPARE(t.sizeBytes, state.size);
            QCOMPARE(t.lastSuccess.isValid(), state.lastBackupMs.has_value());
            if (state.lastBackupMs)
                QCOMPARE(t.lastSuccess.toMSecsSinceEpoch(), *state.lastBackupMs);
            QCOMPARE(t.lastRun.isValid(), t.status == Status::Success && t.lastSuccess.isValid());
            QVERIFY(!t.schedule.isEmpty());
            nonAscii =
                nonAscii || std::any_of(t.name.cbegin(), t.name.cend(), [](QChar c) { return c.unicode() > 127; });
        }
        QCOMPARE(ids.size(), 24);
        QVERIFY(nonAscii);

        const QJsonObject requests = sim.stats().value(u"requests").toObject();
        QCOMPARE(requests.value(u"GET /cloudally/v1/backup-tasks").toInt(), 5);
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 1);

        // The second poll reuses the token.
        QVERIFY(pollOnce(connector).snapshot);
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 1);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /cloudally/v1/backup-tasks").toInt(), 10);
    }

    void defaultPageSizeIsOneRequest()
    {
        Simulator sim(simOptions(60));
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        QCOMPARE(outcome.snapshot->tasks.size(), size_t(60));
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /cloudally/v1/backup-tasks").toInt(), 1);
    }

    void portalUserSignsInWithoutClientHeaders()
    {
        Simulator sim(simOptions(7));
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(userSource(sim), m_nam, pagesOf(3));
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        QCOMPARE(outcome.snapshot->tasks.size(), size_t(7));
        QCOMPARE(simStat(sim, "tokenGrants", "user"), 1);
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 0);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"POST /cloudally/auth").toInt(), 1);
    }

    void wrongClientSecretIsAuthFailed()
    {
        Simulator sim(simOptions());
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim, QStringLiteral("not-the-secret")), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY(!outcome.snapshot);
        QCOMPARE(outcome.error.kind, ApiError::Kind::AuthFailed);
        QCOMPARE(outcome.error.health(), SourceHealth::AuthFailed);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("Invalid client credentials")),
                 qPrintable(outcome.error.message));
        QVERIFY2(!outcome.error.message.contains(QStringLiteral("not-the-secret")), qPrintable(outcome.error.message));
        QVERIFY(!connector.isPolling());
    }

    void wrongPasswordIsAuthFailed()
    {
        Simulator sim(simOptions());
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(userSource(sim, QStringLiteral("wrong")), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::AuthFailed);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("Invalid email or password")),
                 qPrintable(outcome.error.message));
    }

    void refreshesBeforeTheTokenExpires()
    {
        SimulatorOptions options = simOptions(6);
        options.tokenLifetimeSeconds = 2;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 1);

        // Real expiry needs real time: wait until the two-second token is past its life.
        const QDateTime expired = QDateTime::currentDateTimeUtc().addMSecs(2100);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired, 5000);

        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(simStat(sim, "tokenGrants", "refresh_token"), 1); // refreshed, not a new sign-in
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 1);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"POST /cloudally/auth/refresh").toInt(), 1);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 0); // ahead of expiry: no failed request
    }

    void revokedTokenIsRefreshedOnceOn401()
    {
        Simulator sim(simOptions(8));
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"cloudally\",\"kind\":\"expire-token\"}]", &error));
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(second.snapshot->tasks.size(), size_t(8));
        QCOMPARE(simStat(sim, "tokenGrants", "refresh_token"), 1);
        QCOMPARE(simStat(sim, "tokenGrants", "partner"), 1);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 1);
        QCOMPARE(connector.client().tokenGrantsIssued(), 2);
    }

    void malformedPageIsABadPayloadInWords()
    {
        Simulator sim(simOptions());
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(
            sim.setFaults("[{\"vendor\":\"cloudally\",\"path\":\"/v1/backup-tasks\",\"kind\":\"malformed\"}]", &error));
        CloudAllyConnector connector(partnerSource(sim), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadPayload);
        QVERIFY2(outcome.error.message.startsWith(QStringLiteral("backup tasks: not valid JSON")),
                 qPrintable(outcome.error.message));
    }

    void serverErrorCarriesTheVendorMessage()
    {
        Simulator sim(simOptions());
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(sim.setFaults(
            "[{\"vendor\":\"cloudally\",\"path\":\"/v1/backup-tasks\",\"kind\":\"status\",\"value\":503}]", &error));
        CloudAllyConnector connector(partnerSource(sim), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(outcome.error.httpStatus, 503);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("/cloudally/v1/backup-tasks")),
                 qPrintable(outcome.error.message));
    }

    void serverGoneIsUnreachable()
    {
        auto sim = std::make_unique<Simulator>(simOptions());
        QVERIFY(sim->listen(0));
        CloudAllyConnector connector(partnerSource(*sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        sim.reset();
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unreachable);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error.message));
    }

    void pollsNeverOverlap()
    {
        Simulator sim(simOptions());
        QVERIFY(sim.listen(0));
        CloudAllyConnector connector(partnerSource(sim), m_nam, pagesOf(4));
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

QTEST_GUILESS_MAIN(TestCloudAllyConnector)
#include "tst_cloudallyconnector.moc"
