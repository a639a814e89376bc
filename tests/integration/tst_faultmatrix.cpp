// The fault matrix (issue 7): every simulator fault × every vendor, through Dashboard and its
// models against one simulator over loopback HTTP. After a good poll the fault goes on through
// /_sim/faults; the poll that follows must keep the last good rows, mark them stale and say
// what is wrong in words (no secret) — or absorb the fault where the client can; with the
// fault off the source recovers by itself, within one backoff period. The simulator runs on a
// thread of its own so that the longest stall of this (the GUI) thread is the client's alone.
// docs/reliability.md lists these rows and their results.
#include "../common/stallmeter.h"
#include "../simulator/simtestclient.h"
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "connectors/pollscheduler.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace BackupDash;

namespace {

// What a fault row expects of the poll made while the fault is on: Stale = the poll fails, the
// last rows are kept and stale, the error is in words; Absorbed = the client copes (a new
// token, a sign-in again) and the poll succeeds.
constexpr bool Stale = false;
constexpr bool Absorbed = true;

constexpr int ClientTimeoutMs = 1'000; // short, so hang and slow answers end quickly
constexpr qint64 ClientCapBytes = 1024 * 1024;
constexpr int RetryAfterSeconds = 3;
constexpr int HttpDateSlackSeconds = 2; // an HTTP date has whole seconds: written this much later
// A poll that holds the GUI thread this long is a frozen window (the figures measured are far
// below; docs/reliability.md has them). Generous, because CI runs tests two at a time.
constexpr qint64 FrozenMs = 1'000;
// Shorter than the product's default so the matrix stays short; the rule is the same.
PollScheduler::Policy testPolicy()
{
    PollScheduler::Policy policy;
    policy.backoffBaseMs = 1'000;
    policy.minimumDelayMs = 250;
    return policy;
}

// One source per vendor is polled; Clumio's second tenant sees the same faults.
const QList<std::pair<QString, QString>> &vendorSources()
{
    static const QList<std::pair<QString, QString>> sources {
        { QStringLiteral("veeam-vb365"), QStringLiteral("sim-vb365") },
        { QStringLiteral("clumio"), QStringLiteral("sim-clumio-a") },
        { QStringLiteral("acronis"), QStringLiteral("sim-acronis") },
        { QStringLiteral("cloudally"), QStringLiteral("sim-cloudally") },
    };
    return sources;
}

bool hasTokenEndpoint(const QString &vendor)
{
    return vendor != QLatin1String("clumio"); // Clumio's API tokens are static
}

bool hasRefresh(const QString &vendor)
{
    return vendor == QLatin1String("veeam-vb365") || vendor == QLatin1String("cloudally");
}

QJsonObject fault(const QString &vendor, const QString &kind)
{
    return { { QStringLiteral("vendor"), vendor }, { QStringLiteral("kind"), kind } };
}

QJsonObject withValue(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

// Every string under a source's "auth" that is a secret (password, token, client secret).
QStringList secretsOf(const QJsonObject &config)
{
    QStringList secrets;
    for (const QJsonValue &source : config.value(u"sources").toArray()) {
        const QJsonObject auth = source.toObject().value(u"auth").toObject();
        for (auto it = auth.constBegin(); it != auth.constEnd(); ++it) {
            const QString key = it.key().toLower();
            if ((key.contains(u"password") || key.contains(u"secret") || key.contains(u"token"))
                && it.value().isString() && !it.value().toString().isEmpty())
                secrets << it.value().toString();
        }
    }
    return secrets;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faultOnThenOff_data();
    void faultOnThenOff();
    void manyConcurrent401sShareOneRefresh();

private:
    bool setFaults(const QJsonArray &faults);
    bool pollOnce(const QString &sourceId, bool *ok);
    bool waitForPoll(QSignalSpy &completed, const QString &sourceId, qint64 timeoutMs, bool *ok);
    QJsonObject simStats();
    int rowsOf(const QString &sourceId, bool *allStale, bool *noneStale) const;
    int tokenGrants(const QString &grantType);

    QThread m_simThread;
    QObject *m_simContext = nullptr; // lives on m_simThread, as does m_sim
    Simulator *m_sim = nullptr;
    QUrl m_simRoot;
    QNetworkAccessManager m_nam; // the dashboard's
    QNetworkAccessManager m_control; // /_sim/faults and /_sim/stats
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QSignalSpy> m_taskResets;
    QStringList m_secrets;
    TestSupport::StallMeter m_stalls;
    QList<std::pair<QByteArray, qint64>> m_longestStalls; // per row
};

void TestFaultMatrix::initTestCase()
{
    qRegisterMetaType<ApiError>();
    SimulatorOptions options;
    options.jobs = 6;
    options.vendors = Simulator::knownVendors();
    QJsonObject config;
    bool listening = false;
    m_simThread.start();
    m_simContext = new QObject;
    m_simContext->moveToThread(&m_simThread);
    QMetaObject::invokeMethod(
        m_simContext,
        [&] {
            m_sim = new Simulator(options);
            listening = m_sim->listen(0);
            m_simRoot = m_sim->rootUrl();
            // An hour's interval: only the test (and the backoff after a failure) starts polls.
            config = m_sim->sourcesConfig(3600);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    m_secrets = secretsOf(config);
    m_secrets << options.password;
    QVERIFY(!m_secrets.isEmpty());
    const auto parsed = parseSourcesConfig(QJsonDocument(config).toJson(), [](const QString &) { return QString(); });
    QVERIFY2(parsed, qPrintable(parsed.error));

    m_dashboard = std::make_unique<Dashboard>(m_nam);
    m_dashboard->setConnectorLimits({ ClientTimeoutMs, ClientCapBytes });
    m_dashboard->scheduler().setPolicy(testPolicy());
    m_taskTester = std::make_unique<QAbstractItemModelTester>(&m_dashboard->tasks(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(&m_dashboard->sources(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dashboard->setSources(parsed.value->sources);
    m_taskResets = std::make_unique<QSignalSpy>(&m_dashboard->tasks(), &QAbstractItemModel::modelReset);
    QSignalSpy firstRound(m_dashboard.get(), &Dashboard::everySourcePolled);
    m_dashboard->start();
    QVERIFY(firstRound.wait(20'000));
    for (const auto &[vendor, sourceId] : vendorSources()) {
        const SourceState *state = m_dashboard->sources().source(sourceId);
        QVERIFY2(state && state->health == SourceHealth::Ok, qPrintable(sourceId));
    }
}

void TestFaultMatrix::cleanupTestCase()
{
    if (m_taskResets)
        QCOMPARE(m_taskResets->count(), 0); // a whole matrix of failures and recoveries, all as diffs
    m_sourceTester.reset();
    m_taskTester.reset();
    m_dashboard.reset();
    if (m_simContext)
        QMetaObject::invokeMethod(
            m_simContext, [this] { delete m_sim; }, Qt::BlockingQueuedConnection);
    m_simThread.quit();
    m_simThread.wait();
    delete m_simContext;
    // The docs' figures: the longest stalls and the rows they happened in.
    std::sort(m_longestStalls.begin(), m_longestStalls.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[row, ms] : m_longestStalls.mid(0, 5))
        qInfo("Longest GUI-thread stall: %lld ms in %s", ms, row.constData());
}

bool TestFaultMatrix::setFaults(const QJsonArray &faults)
{
    const SimTest::Answer answer =
        SimTest::send(m_control, "PUT", SimTest::urlOf(m_simRoot, QStringLiteral("/_sim/faults")),
                      QJsonDocument(faults).toJson(QJsonDocument::Compact));
    if (answer.status != 200)
        qWarning("PUT /_sim/faults: %d %s", answer.status, answer.body.constData());
    return answer.status == 200;
}

QJsonObject TestFaultMatrix::simStats()
{
    return SimTest::stats(m_control, m_simRoot);
}

int TestFaultMatrix::tokenGrants(const QString &grantType)
{
    return simStats().value(u"tokenGrants").toObject().value(grantType).toInt();
}

// Waits in the event loop (no sleeps, so the stall meter keeps ticking) for the source's next
// completed poll recorded by `completed`.
bool TestFaultMatrix::waitForPoll(QSignalSpy &completed, const QString &sourceId, qint64 timeoutMs, bool *ok)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype seen = 0;
    while (true) {
        for (; seen < completed.size(); ++seen) {
            if (completed.at(seen).at(0).toString() == sourceId) {
                *ok = completed.at(seen).at(1).toBool();
                return true;
            }
        }
        if (deadline.hasExpired() || !completed.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
    }
}

// Polls the source now (after any poll the backoff started has ended) and waits for the result.
bool TestFaultMatrix::pollOnce(const QString &sourceId, bool *ok)
{
    PollScheduler &scheduler = m_dashboard->scheduler();
    if (scheduler.isInFlight(sourceId)) {
        QSignalSpy running(m_dashboard.get(), &Dashboard::pollCompleted);
        bool ignored = false;
        if (!waitForPoll(running, sourceId, 10'000, &ignored))
            return false;
    }
    QSignalSpy completed(m_dashboard.get(), &Dashboard::pollCompleted);
    scheduler.pollNow(sourceId);
    return waitForPoll(completed, sourceId, 10'000, ok);
}

int TestFaultMatrix::rowsOf(const QString &sourceId, bool *allStale, bool *noneStale) const
{
    const TaskTableModel &tasks = m_dashboard->tasks();
    int rows = 0;
    *allStale = true;
    *noneStale = true;
    for (int row = 0; row < tasks.rowCount(); ++row) {
        const QModelIndex index = tasks.index(row, 0);
        if (index.data(TaskTableModel::SourceIdRole).toString() != sourceId)
            continue;
        ++rows;
        const bool stale = index.data(TaskTableModel::StaleRole).toBool();
        *allStale = *allStale && stale;
        *noneStale = *noneStale && !stale;
    }
    return rows;
}

void TestFaultMatrix::faultOnThenOff_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QJsonArray>("faults");
    QTest::addColumn<bool>("absorbed");
    QTest::addColumn<int>("retryAfter"); // seconds the next poll must wait at least; 0 = no rule

    for (const auto &entry : vendorSources()) {
        const QString vendor = entry.first;
        const QString sourceId = entry.second;
        const auto row = [&vendor, &sourceId](const char *name, const QJsonArray &faults, bool absorbed,
                                              int retryAfter = 0) {
            QTest::addRow("%s/%s", name, qPrintable(vendor)) << vendor << sourceId << faults << absorbed << retryAfter;
        };
        const QJsonObject status = withValue(fault(vendor, QStringLiteral("status")), QStringLiteral("value"), 500);
        row("status-500", { status }, Stale);
        row("status-503-retry-after-seconds",
            { withValue(withValue(status, QStringLiteral("value"), 503), QStringLiteral("retryAfter"),
                        RetryAfterSeconds) },
            Stale, RetryAfterSeconds);
        row("status-429-retry-after-date",
            { withValue(withValue(status, QStringLiteral("value"), 429), QStringLiteral("retryAfter"),
                        QStringLiteral("http-date")) }, // written when the fault goes on
            Stale, RetryAfterSeconds);
        row("latency-past-timeout",
            { withValue(fault(vendor, QStringLiteral("latency")), QStringLiteral("value"), 3 * ClientTimeoutMs) },
            Stale);
        row("hang", { fault(vendor, QStringLiteral("hang")) }, Stale);
        // A new token (or none needed: Clumio) and the poll goes through.
        row("expire-token", { fault(vendor, QStringLiteral("expire-token")) }, Absorbed);
        row("malformed", { fault(vendor, QStringLiteral("malformed")) }, Stale);
        row("truncated", { fault(vendor, QStringLiteral("truncated")) }, Stale);
        row("close-after-request", { fault(vendor, QStringLiteral("close-after-request")) }, Stale);
        row("redirect-302", { fault(vendor, QStringLiteral("redirect-302")) }, Stale);
        row("wrong-shape", { fault(vendor, QStringLiteral("wrong-shape")) }, Stale);
        row("oversize",
            { withValue(fault(vendor, QStringLiteral("oversize")), QStringLiteral("value"), 2 * ClientCapBytes) },
            Stale);
        row("gzip-bomb",
            { withValue(fault(vendor, QStringLiteral("gzip-bomb")), QStringLiteral("value"), 64 * ClientCapBytes) },
            Stale);
        row("reset-mid-body", { fault(vendor, QStringLiteral("reset-mid-body")) }, Stale);
        // The refresh is refused: the client signs in again (with expire-token to make it refresh).
        row("refresh-401",
            { fault(vendor, QStringLiteral("refresh-401")), fault(vendor, QStringLiteral("expire-token")) }, Absorbed);
        // Tokens issued from now on are dead on issue, and the ones held die too (expire-token):
        // every sign-in fails; Clumio's static token is untouched.
        row("early-expiry",
            { fault(vendor, QStringLiteral("early-expiry")), fault(vendor, QStringLiteral("expire-token")) },
            hasTokenEndpoint(vendor) ? Stale : Absorbed);
    }
}

void TestFaultMatrix::faultOnThenOff()
{
    QFETCH(QString, vendor);
    QFETCH(QString, sourceId);
    QFETCH(QJsonArray, faults);
    QFETCH(bool, absorbed);
    QFETCH(int, retryAfter);

    bool allStale = false;
    bool noneStale = false;
    bool ok = false;
    // A good poll first (the previous row recovered, or this recovers it).
    QVERIFY(setFaults({}));
    QVERIFY(pollOnce(sourceId, &ok));
    QVERIFY(ok);
    const int goodRows = rowsOf(sourceId, &allStale, &noneStale);
    QVERIFY(goodRows > 0);
    QVERIFY(noneStale);
    const int refreshesBefore = tokenGrants(QStringLiteral("refresh_token"));

    // An HTTP-date Retry-After counts from now: slack past the delay asserted below.
    for (qsizetype i = 0; i < faults.size(); ++i) {
        if (faults.at(i).toObject().value(u"retryAfter") == QJsonValue(QStringLiteral("http-date")))
            faults.replace(
                i,
                withValue(faults.at(i).toObject(), QStringLiteral("retryAfter"),
                          httpDate(QDateTime::currentDateTimeUtc().addSecs(RetryAfterSeconds + HttpDateSlackSeconds))));
    }
    m_stalls.start();
    QVERIFY(setFaults(faults));
    QVERIFY2(pollOnce(sourceId, &ok), "the poll ends, whatever the fault");
    const QDateTime polledAt = QDateTime::currentDateTimeUtc();
    const SourceState *state = m_dashboard->sources().source(sourceId);
    QVERIFY(state);
    QCOMPARE(rowsOf(sourceId, &allStale, &noneStale), goodRows); // the last good rows, kept
    if (absorbed) {
        QVERIFY2(ok, qPrintable(state->lastError));
        QCOMPARE(state->health, SourceHealth::Ok);
        QVERIFY(noneStale);
    } else {
        QVERIFY2(!ok, "the fault must not pass as a good poll");
        QVERIFY(allStale);
        QVERIFY(state->health != SourceHealth::Ok);
        QVERIFY2(!state->lastError.trimmed().isEmpty(), "the error is stated in words");
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!state->lastError.contains(secret), qPrintable(state->lastError));
        QVERIFY(m_dashboard->lastSnapshot(sourceId));
    }
    if (retryAfter > 0) {
        const QDateTime next = m_dashboard->scheduler().nextPollAt(sourceId);
        QVERIFY(next.isValid());
        QVERIFY2(polledAt.secsTo(next) >= retryAfter - 1, qPrintable(next.toString(Qt::ISODate)));
    }
    if (QByteArray(QTest::currentDataTag()).startsWith("expire-token") && hasRefresh(vendor))
        QCOMPARE(tokenGrants(QStringLiteral("refresh_token")), refreshesBefore + 1);

    // The fault goes off and nobody touches anything: the backoff's own poll recovers the source.
    QSignalSpy completed(m_dashboard.get(), &Dashboard::pollCompleted);
    QVERIFY(setFaults({}));
    if (!absorbed) {
        PollScheduler &scheduler = m_dashboard->scheduler();
        bool recovered = false;
        // A backoff poll that started while the fault was on may still run; its end belongs to
        // the fault (or, if it saw the fault go, it is the recovery).
        if (scheduler.isInFlight(sourceId))
            QVERIFY(waitForPoll(completed, sourceId, 10'000, &recovered));
        if (!recovered) {
            completed.clear();
            const QDateTime next = scheduler.nextPollAt(sourceId);
            QVERIFY(next.isValid());
            const std::optional<int> announced =
                retryAfter > 0 ? std::optional<int>(retryAfter + HttpDateSlackSeconds) : std::nullopt;
            const qint64 backoffMs =
                PollScheduler::delayAfterFailure(scheduler.consecutiveFailures(sourceId), announced, testPolicy(), 1.0);
            const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(next);
            QVERIFY2(waitMs <= backoffMs, qPrintable(QStringLiteral("%1 ms > %2 ms").arg(waitMs).arg(backoffMs)));
            QVERIFY2(waitForPoll(completed, sourceId, waitMs + 10'000, &recovered), "no poll after the backoff");
        }
        state = m_dashboard->sources().source(sourceId);
        QVERIFY2(recovered, qPrintable(state->lastError));
    }
    m_stalls.stop();
    m_longestStalls.append({ QTest::currentDataTag(), m_stalls.longestStallMs() });
    QVERIFY2(m_stalls.longestStallMs() < FrozenMs, qPrintable(QString::number(m_stalls.longestStallMs())));
    state = m_dashboard->sources().source(sourceId);
    QCOMPARE(state->health, SourceHealth::Ok);
    QVERIFY(rowsOf(sourceId, &allStale, &noneStale) > 0);
    QVERIFY(noneStale);
}

void TestFaultMatrix::manyConcurrent401sShareOneRefresh()
{
    // VB365 reads every job's sessions at once: all of them fail with the expired token together,
    // and one refresh serves them all.
    const QString sourceId = QStringLiteral("sim-vb365");
    bool ok = false;
    QVERIFY(setFaults({}));
    QVERIFY(pollOnce(sourceId, &ok));
    QVERIFY(ok);
    const int refreshes = tokenGrants(QStringLiteral("refresh_token"));
    const int signIns = tokenGrants(QStringLiteral("password"));
    const int rejectedBefore = simStats().value(u"rejected401").toInt();
    // The token dies while the poll's first answer is held back, before the sessions are read.
    QVERIFY(setFaults(
        { withValue(fault(QStringLiteral("veeam-vb365"), QStringLiteral("latency")), QStringLiteral("value"), 300) }));
    const auto requestsServed = [this] {
        int total = 0;
        const QJsonObject requests = simStats().value(u"requests").toObject();
        for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
            total += it.value().toInt();
        return total;
    };
    const int servedBefore = requestsServed();
    QSignalSpy completed(m_dashboard.get(), &Dashboard::pollCompleted);
    m_dashboard->scheduler().pollNow(sourceId);
    QVERIFY(QTest::qWaitFor([&] { return requestsServed() > servedBefore; }, 5'000)); // its answer is held
    QVERIFY(setFaults({ fault(QStringLiteral("veeam-vb365"), QStringLiteral("expire-token")) }));
    QVERIFY(QTest::qWaitFor([&] { return !completed.isEmpty(); }, 10'000));
    QVERIFY2(completed.constFirst().at(1).toBool(), qPrintable(m_dashboard->sources().source(sourceId)->lastError));
    const int rejected = simStats().value(u"rejected401").toInt() - rejectedBefore;
    QVERIFY2(rejected >= 2, qPrintable(QString::number(rejected)));
    QCOMPARE(tokenGrants(QStringLiteral("refresh_token")), refreshes + 1);
    QCOMPARE(tokenGrants(QStringLiteral("password")), signIns);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
