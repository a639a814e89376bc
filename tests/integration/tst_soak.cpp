// The soak test (issue 7): an accelerated run of at least 10,000 polls against backupdash-sim in
// its own process, with every fault the app must survive switched on and off in a fixed
// rotation, through what the operator's window runs: the Dashboard and its models, the
// attention refresh, the Overview recording into a history file, the tray and notifications,
// the restore journal and the MainWindow's views (offscreen). The app's resident memory at the
// end must be within 5 % of what it was right after the warm-up; the models stay consistent
// (no reset, the model testers alive) and every source is Ok once the last fault is off.
// docs/reliability.md ("Soak") holds the figures of a run.
#include "../simulator/simtestclient.h"
#include "app/dashboard.h"
#include "app/desktoppresence.h"
#include "app/overviewfeed.h"
#include "app/restoreui.h"
#include "app/sourcesconfig.h"
#include "app/windowwiring.h"
#include "connectors/pollscheduler.h"
#include "models/attentionmodel.h"
#include "models/historystore.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <malloc.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace BackupDash;

namespace {

const QString SimExecutable = QStringLiteral(BACKUPDASH_SIM_EXECUTABLE);
constexpr int SimStartMs = 10'000;

// The estate: every vendor (five sources), 2 jobs or protected items each (about 160 task rows:
// Clumio and Acronis list every execution), and a scenario clock an hour per real second, so
// runs start and end between two polls of a source: every poll brings a diff, not the same rows
// again. Small, so that 10,000 polls take minutes: the soak is about time, not size.
constexpr int SimJobs = 2;
constexpr int SimSpeed = 3600;

// Short, so that hang and latency faults end quickly; the cap as the fault matrix has it.
constexpr int ClientTimeoutMs = 500;
constexpr qint64 ClientCapBytes = 1024 * 1024;

// The rotation: each kind on for PhasePolls completed polls (of all sources together), then
// off for as many. One cycle runs every kind once (1,024 polls); the first fifth of the cycles is
// the warm-up (20 % of the polls), the cycle after it gives the RSS right after the warm-up, the
// last cycle the RSS at the end. RSS is sampled after every second kind.
constexpr int PhasePolls = 32;
constexpr int DefaultCycles = 10;
constexpr int SamplesPerCycle = 8;
constexpr double MaxGrowth = 0.05;
constexpr int StallMs = 30'000; // no poll at all completing for this long is a failure

// BACKUPDASH_SOAK_CYCLES=N runs a longer soak (N at least 10).
int cycleCount()
{
    bool ok = false;
    const int cycles = qEnvironmentVariableIntValue("BACKUPDASH_SOAK_CYCLES", &ok);
    return ok && cycles >= DefaultCycles ? cycles : DefaultCycles;
}

struct Sample
{
    qint64 polls = 0;
    qint64 rss = 0;
    qint64 heap = 0; // bytes malloc has handed out and not got back: not asserted, it tells RSS apart
};

struct FaultKind
{
    QString name;
    QJsonArray faults; // every vendor (no "vendor" narrows them)
};

QJsonObject fault(const QString &kind, const QJsonValue &value = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject object { { QStringLiteral("kind"), kind } };
    if (!value.isUndefined())
        object.insert(QStringLiteral("value"), value);
    return object;
}

QJsonObject status(int code, int retryAfterSeconds = -1)
{
    QJsonObject object = fault(QStringLiteral("status"), code);
    if (retryAfterSeconds >= 0) // tiny; the driven polls do not wait for it anyway
        object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    return object;
}

// Every kind the simulator offers that the app must survive (simulator/README.md).
QList<FaultKind> rotation()
{
    const QJsonObject expire = fault(QStringLiteral("expire-token"));
    return {
        { QStringLiteral("status-500"), { status(500) } },
        { QStringLiteral("status-503"), { status(503, 1) } },
        { QStringLiteral("status-429"), { status(429, 1) } },
        { QStringLiteral("hang"), { fault(QStringLiteral("hang")) } },
        { QStringLiteral("latency"), { fault(QStringLiteral("latency"), ClientTimeoutMs * 3 / 5) } }, // slow, in time
        { QStringLiteral("malformed"), { fault(QStringLiteral("malformed")) } },
        { QStringLiteral("truncated"), { fault(QStringLiteral("truncated")) } },
        { QStringLiteral("wrong-shape"), { fault(QStringLiteral("wrong-shape")) } },
        { QStringLiteral("oversize"), { fault(QStringLiteral("oversize"), double(2 * ClientCapBytes)) } },
        { QStringLiteral("gzip-bomb"), { fault(QStringLiteral("gzip-bomb"), double(4 * ClientCapBytes)) } },
        { QStringLiteral("reset-mid-body"), { fault(QStringLiteral("reset-mid-body")) } },
        { QStringLiteral("expire-token"), { expire } },
        { QStringLiteral("refresh-401"), { fault(QStringLiteral("refresh-401")), expire } },
        { QStringLiteral("early-expiry"), { fault(QStringLiteral("early-expiry")), expire } },
        { QStringLiteral("close-after-request"), { fault(QStringLiteral("close-after-request")) } },
        { QStringLiteral("redirect-302"), { fault(QStringLiteral("redirect-302")) } },
    };
}

// glibc keeps freed memory resident at its discretion: after a large block is freed its mmap
// threshold grows to that size (up to 32 MiB) and the trim threshold to twice that, and the
// top of a thread's arena is never trimmed below it. The oversize and gzip-bomb faults allocate
// megabyte buffers on Qt's HTTP thread, so RSS moved by 2 MiB steps either way at random, as
// much as the 5 % asserted. Fixed thresholds (which also switch the adjustment off) give every
// large block back when it is freed; then RSS follows live memory and fragmentation, where a
// leak shows.
void keepAllocatorHonest()
{
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
}

// Resident set size of this process: resident pages (the second field of /proc/self/statm)
// times the page size, after the main arena's free pages went back (malloc_trim).
qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

// CPU seconds (user + system) a process has used so far, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces: the fields counted here start after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2(); // every arena
    return qint64(info.uordblks + info.hblkhd);
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tenThousandPollsWithFaultsKeepMemoryFlat();

private:
    bool setFaults(const QJsonArray &faults);
    bool waitForPolls(qint64 target);

    QTemporaryDir m_dir;
    QProcess m_sim;
    QUrl m_simRoot;
    QNetworkAccessManager m_control; // /_sim/faults only
    qint64 m_polls = 0; // Dashboard::pollCompleted, every source
    qint64 m_goodPolls = 0;
};

void TestSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    keepAllocatorHonest(); // before Qt's HTTP thread and its arena exist
    // DesktopPresence keeps its switches in QSettings: a folder of the test's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("BackupDashTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_soak"));
    qRegisterMetaType<ApiError>();
    // Ten thousand polls' worth of per-request debug lines would drown the table.
    QLoggingCategory::setFilterRules(QStringLiteral("backupdash.*.debug=false"));

    // The simulator in its own process, so that the memory measured here is the app's alone.
    m_sim.setStandardErrorFile(m_dir.filePath(QStringLiteral("sim-stderr.log")));
    // Should this test die (a timeout kills it), the simulator goes with it instead of staying behind.
    m_sim.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_sim.start(SimExecutable,
                { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7"),
                  QStringLiteral("--jobs"), QString::number(SimJobs), QStringLiteral("--speed"),
                  QString::number(SimSpeed), QStringLiteral("--write-config"),
                  m_dir.filePath(QStringLiteral("sources.json")) });
    QVERIFY2(m_sim.waitForStarted(SimStartMs), qPrintable(m_sim.errorString()));
    QVERIFY(
        QTest::qWaitFor([this] { return m_sim.canReadLine() || m_sim.state() == QProcess::NotRunning; }, SimStartMs));
    const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^backupdash-sim listening on (http://127\\.0\\.0\\.1:\\d+)$")).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    m_simRoot = QUrl(match.captured(1));
}

void TestSoak::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate(); // SIGTERM: the simulator exits 0
        if (!m_sim.waitForFinished(SimStartMs))
            m_sim.kill();
        QCOMPARE(m_sim.exitCode(), 0);
    }
}

bool TestSoak::setFaults(const QJsonArray &faults)
{
    const SimTest::Answer answer =
        SimTest::send(m_control, "PUT", SimTest::urlOf(m_simRoot, QStringLiteral("/_sim/faults")),
                      QJsonDocument(faults).toJson(QJsonDocument::Compact));
    if (answer.status != 200)
        qWarning("PUT /_sim/faults: %d %s", answer.status, answer.body.constData());
    return answer.status == 200;
}

// Waits until `target` polls have completed in all; false when none completes for StallMs.
bool TestSoak::waitForPolls(qint64 target)
{
    while (m_polls < target) {
        const qint64 before = m_polls;
        if (!QTest::qWaitFor([&] { return m_polls >= target || m_polls > before; }, StallMs))
            return false;
    }
    return true;
}

void TestSoak::tenThousandPollsWithFaultsKeepMemoryFlat()
{
    auto config = loadSourcesConfig(m_dir.filePath(QStringLiteral("sources.json")));
    QVERIFY2(config, qPrintable(config.error));
    std::vector<SourceConfig> &sources = config.value->sources;
    QCOMPARE(int(sources.size()), 5); // every vendor, Clumio with two tenants
    for (SourceConfig &source : sources)
        source.pollIntervalSeconds = 3600; // the test starts each poll; see "driven" below

    // The app as main() wires it (app/main.cpp), offscreen, with its files in the test's folder.
    auto opened = HistoryStore::open(m_dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY2(opened, qPrintable(opened.error));
    const std::unique_ptr<HistoryStore> history = std::move(*opened.value);
    QNetworkAccessManager nam;
    Dashboard dashboard(nam);
    dashboard.setConnectorLimits({ ClientTimeoutMs, ClientCapBytes });
    // Fatal: a broken model contract still ends the test at once, but the QtTest mode reports
    // every single check through QtTest, which over 10,000 polls was a fifth of the CPU.
    QAbstractItemModelTester taskTester(&dashboard.tasks(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sourceTester(&dashboard.sources(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester restoreTester(&dashboard.restores(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attentionTester(&dashboard.attention(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    dashboard.setSources(sources); // structural: the one reset of the source model, before the spies
    QSignalSpy taskResets(&dashboard.tasks(), &QAbstractItemModel::modelReset);
    QSignalSpy sourceResets(&dashboard.sources(), &QAbstractItemModel::modelReset);
    QSignalSpy restoreResets(&dashboard.restores(), &QAbstractItemModel::modelReset);
    QSignalSpy attentionResets(&dashboard.attention(), &QAbstractItemModel::modelReset);
    QSignalSpy attentionUpdates(&dashboard, &Dashboard::attentionUpdated);

    MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
    wireWindow(window, dashboard);
    OverviewFeed overview(dashboard, *window.overviewTab(), history.get());
    QSignalSpy historyProblems(&overview, &OverviewFeed::historyProblem);
    QSignalSpy overviewRefreshes(&overview, &OverviewFeed::estateChanged);
    DesktopPresence presence(window, dashboard, overview);
    RestoreUi restoreUi(window, dashboard, m_dir.filePath(QStringLiteral("restore-journal.sqlite")));
    QVERIFY2(restoreUi.journal(), qPrintable(restoreUi.problem()));
    window.setCurrentTab(MainWindow::Tab::Overview);
    window.resize(1280, 800);
    window.show();

    // Driven: each source's next poll starts as soon as its last one completed (queued, so that
    // every other receiver of pollCompleted has run first), through the scheduler's own
    // "poll now". The scheduler's timing is whole seconds (intervals of 5 s at least, Retry-After
    // in seconds) and unit-tested on its own; here only throughput matters.
    bool driving = true;
    QHash<QString, bool> lastResult;
    connect(&dashboard, &Dashboard::pollCompleted, this, [&](const QString &sourceId, bool ok) {
        ++m_polls;
        m_goodPolls += ok ? 1 : 0;
        lastResult.insert(sourceId, ok);
        if (driving)
            QMetaObject::invokeMethod(
                &dashboard, [&dashboard, sourceId] { dashboard.scheduler().pollNow(sourceId); }, Qt::QueuedConnection);
    });

    QVERIFY(setFaults({}));
    QElapsedTimer clock;
    clock.start();
    dashboard.start(); // the first round comes from the scheduler, every later poll is driven

    const QList<FaultKind> kinds = rotation();
    const qint64 cyclePolls = qint64(kinds.size()) * 2 * PhasePolls;
    const int kindsPerSample = int(kinds.size()) / SamplesPerCycle;
    const int cycles = cycleCount();
    const int warmUpCycles = cycles / 5;
    QList<QList<Sample>> samples(cycles); // SamplesPerCycle each
    qint64 target = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        for (int k = 0; k < kinds.size(); ++k) {
            QVERIFY2(setFaults(kinds.at(k).faults), qPrintable(kinds.at(k).name));
            target += PhasePolls;
            QVERIFY2(waitForPolls(target), qPrintable(QStringLiteral("stalled with %1 on").arg(kinds.at(k).name)));
            QVERIFY(setFaults({}));
            target += PhasePolls;
            QVERIFY2(waitForPolls(target), qPrintable(QStringLiteral("stalled after %1").arg(kinds.at(k).name)));
            if ((k + 1) % kindsPerSample == 0) {
                const qint64 rss = residentBytes();
                QVERIFY(rss > 0);
                samples[cycle].append({ m_polls, rss, heapInUse() });
            }
        }
    }
    const qint64 elapsedMs = clock.elapsed();
    const double appCpu = cpuSeconds(QCoreApplication::applicationPid());
    const double simCpu = cpuSeconds(m_sim.processId());

    // The last fault is off: every source, polled once more, is Ok.
    driving = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const SourceConfig &source : sources) {
                if (dashboard.scheduler().isInFlight(source.id))
                    return false;
            }
            return true;
        },
        StallMs));
    lastResult.clear();
    dashboard.pollNow();
    QVERIFY(QTest::qWaitFor([&] { return lastResult.size() == qsizetype(sources.size()); }, StallMs));
    for (const SourceConfig &source : sources) {
        const SourceState *state = dashboard.sources().source(source.id);
        QVERIFY(state);
        QVERIFY2(lastResult.value(source.id), qPrintable(source.id + QStringLiteral(": ") + state->lastError));
        QCOMPARE(state->health, SourceHealth::Ok);
    }

    // The high-water mark of a whole cycle, each of which runs every fault kind once: a
    // transient buffer (a capped body, a bomb inflating) weighs the same in both, and a single
    // sample that glibc happened to trim cannot decide alone.
    const auto cycleMax = [&samples](int cycle, qint64 Sample::*value) {
        qint64 highest = 0;
        for (const Sample &sample : std::as_const(samples[cycle]))
            highest = std::max(highest, sample.*value);
        return highest;
    };
    const qint64 afterWarmUp = cycleMax(warmUpCycles, &Sample::rss);
    const qint64 atEnd = cycleMax(cycles - 1, &Sample::rss);
    const double growth = double(atEnd - afterWarmUp) / double(afterWarmUp);
    qInfo("soak: %lld polls (%lld good) in %.1f s, %d sources, %lld polls per cycle of %d fault kinds", m_polls,
          m_goodPolls, double(elapsedMs) / 1000.0, int(sources.size()), cyclePolls, int(kinds.size()));
    qInfo("soak: CPU %.1f s in the app (this process), %.1f s in backupdash-sim", appCpu, simCpu);
    qInfo("soak: %d task rows, %d restore rows at the end; %lld attention and %lld overview refreshes; history "
          "file %.1f MiB",
          dashboard.tasks().rowCount(), dashboard.restores().rowCount(), qint64(attentionUpdates.count()),
          qint64(overviewRefreshes.count()), mib(QFileInfo(history->path()).size()));
    qInfo("soak: cycle | polls at its end | RSS MiB at its %d samples | RSS max | heap in use max", SamplesPerCycle);
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QStringList values;
        for (const Sample &sample : std::as_const(samples[cycle]))
            values << QString::number(mib(sample.rss), 'f', 1);
        qInfo("soak: %5d%s | %6lld | %s | %.1f | %.1f", cycle + 1, cycle < warmUpCycles ? " (warm-up)" : "",
              samples[cycle].constLast().polls, qPrintable(values.join(QLatin1String("  "))),
              mib(cycleMax(cycle, &Sample::rss)), mib(cycleMax(cycle, &Sample::heap)));
    }
    qInfo("soak: RSS after warm-up %.1f MiB, at the end %.1f MiB, growth %+.2f %% (limit %.0f %%)", mib(afterWarmUp),
          mib(atEnd), growth * 100.0, MaxGrowth * 100.0);

    QVERIFY(m_polls >= 10'000);
    QVERIFY2(atEnd <= qint64(double(afterWarmUp) * (1.0 + MaxGrowth)),
             qPrintable(QStringLiteral("RSS grew %1 %").arg(growth * 100.0, 0, 'f', 2)));
    QCOMPARE(taskResets.count(), 0);
    QCOMPARE(sourceResets.count(), 0);
    QCOMPARE(restoreResets.count(), 0);
    QCOMPARE(attentionResets.count(), 0);
    QVERIFY(attentionUpdates.count() > 0);
    QVERIFY(overviewRefreshes.count() > 0);
    QCOMPARE(historyProblems.count(), 0);
    QVERIFY(m_goodPolls > 0 && m_goodPolls < m_polls); // the faults did fail polls, and polls recovered
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
