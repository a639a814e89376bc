// Dashboard wiring end to end (no widgets): simulator → connector → models, and what the
// operator sees when a source disappears: last data kept, marked stale, the reason in words.
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "connectors/connector.h"
#include "models/attentionmodel.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"
#include "simulator/simvendorregistry.h"
#include "tests/common/globalpoolblocker.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiError>(); }

    void pollsIntoModelsAndKeepsLastDataWhenTheServerGoes()
    {
        SimulatorOptions options;
        options.jobs = 12;
        options.vendors = simVendorIds(); // every vendor this build has
        auto sim = std::make_unique<Simulator>(options);
        QVERIFY(sim->listen(0));

        // The simulator's own sources, plus three that cannot be polled: a tenant whose token the
        // vendor refuses, one whose secret is not set, and one with nothing to reach.
        QJsonObject config = sim->sourcesConfig(30);
        QJsonArray sources = config.value(u"sources").toArray();
        const qsizetype simulated = sources.size();
        QVERIFY2(simulated >= 5, "four vendors, two accounts of one");
        sources.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("clumio-revoked") },
            { QStringLiteral("vendor"), QStringLiteral("clumio") },
            { QStringLiteral("baseUrl"), sim->vendorBaseUrl(QStringLiteral("clumio")).toString() },
            { QStringLiteral("auth"), QJsonObject { { QStringLiteral("token"), QStringLiteral("revoked-token") } } } });
        sources.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("vb-nopass") },
            { QStringLiteral("vendor"), QStringLiteral("veeam-vb365") },
            { QStringLiteral("baseUrl"), QStringLiteral("https://vbo.example.com:4443") },
            { QStringLiteral("auth"),
              QJsonObject { { QStringLiteral("username"), QStringLiteral("u") },
                            { QStringLiteral("passwordEnv"), QStringLiteral("BACKUPDASH_TEST_UNSET_VARIABLE") } } } });
        config.insert(QStringLiteral("sources"), sources);
        const auto parsed =
            parseSourcesConfig(QJsonDocument(config).toJson(), [](const QString &) { return QString(); });
        QVERIFY2(parsed, qPrintable(parsed.error));

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        QAbstractItemModelTester taskTester(&dashboard.tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(&dashboard.sources(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy taskResets(&dashboard.tasks(), &QAbstractItemModel::modelReset);
        dashboard.setSources(parsed.value->sources);
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(30'000));

        TaskTableModel &tasks = dashboard.tasks();
        SourceTableModel &states = dashboard.sources();
        QCOMPARE(states.rowCount(), int(simulated) + 2);
        // Every simulated source is ok with its own tasks, side by side; the refused one never
        // blanks its sibling tenants of the same vendor.
        int expectedRows = 0;
        QSet<QString> vendorsSeen;
        for (const QJsonValue &entry : std::as_const(config).value(u"sources").toArray()) {
            const QString id = entry.toObject().value(u"id").toString();
            if (id == QLatin1String("clumio-revoked") || id == QLatin1String("vb-nopass"))
                continue;
            const SourceState *state = states.source(id);
            QVERIFY2(state, qPrintable(id));
            QVERIFY2(state->health == SourceHealth::Ok, qPrintable(id + QLatin1String(": ") + state->lastError));
            QVERIFY2(state->taskCount > 0, qPrintable(id));
            QVERIFY(state->lastSuccessAt.isValid());
            QVERIFY(state->nextPollAt.isValid()); // scheduled again
            expectedRows += state->taskCount;
            vendorsSeen << state->vendor;
        }
        QCOMPARE(vendorsSeen, QSet<QString>(options.vendors.cbegin(), options.vendors.cend()));
        QCOMPARE(tasks.rowCount(), expectedRows);
        QSet<QString> vendorsInRows;
        for (int row = 0; row < tasks.rowCount(); ++row) {
            QVERIFY(!tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());
            vendorsInRows << tasks.index(row, 0).data(TaskTableModel::VendorRole).toString();
        }
        QCOMPARE(vendorsInRows, vendorsSeen);

        // The Backup windows tab's jobs: Veeam jobs with their grid (or any time), the other
        // vendors' tasks as activity only.
        const std::vector<WindowJob> windowJobs = dashboard.windowJobs();
        QCOMPARE(int(windowJobs.size()), expectedRows);
        int withGrid = 0;
        for (const WindowJob &job : windowJobs) {
            if (job.vendor == QLatin1String("veeam-vb365")) {
                QVERIFY(job.kind != WindowJob::Kind::NoGrid);
                withGrid += job.kind == WindowJob::Kind::Window ? 1 : 0;
            } else {
                QCOMPARE(job.kind, WindowJob::Kind::NoGrid);
            }
        }
        QVERIFY2(withGrid > 0, "the simulated Veeam estate has jobs with backup windows");

        const SourceState *revoked = states.source(QStringLiteral("clumio-revoked"));
        QCOMPARE(revoked->health, SourceHealth::AuthFailed);
        QVERIFY2(!revoked->lastError.isEmpty(), "the refusal is stated in words");
        const SourceState *nopass = states.source(QStringLiteral("vb-nopass"));
        QCOMPARE(nopass->health, SourceHealth::AuthFailed);
        QVERIFY(nopass->lastError.contains(QStringLiteral("BACKUPDASH_TEST_UNSET_VARIABLE")));

        // The server goes away: the next polls fail, the rows stay, marked stale.
        std::vector<Task> before;
        for (int r = 0; r < tasks.rowCount(); ++r)
            before.push_back(tasks.taskAt(r));
        sim.reset();
        QSignalSpy completed(&dashboard, &Dashboard::pollCompleted);
        dashboard.pollNow();
        QVERIFY(QTest::qWaitFor([&] { return completed.count() >= simulated + 1; }, 30'000));
        for (const QList<QVariant> &call : std::as_const(completed))
            QCOMPARE(call.at(1).toBool(), false);
        QCOMPARE(tasks.rowCount(), expectedRows);
        for (int row = 0; row < tasks.rowCount(); ++row) {
            QVERIFY(tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());
            QCOMPARE(tasks.taskAt(row), before[size_t(row)]); // last known status kept exactly
        }
        const SourceState *sim365 = states.source(QStringLiteral("sim-vb365"));
        QCOMPARE(sim365->health, SourceHealth::Unreachable);
        QVERIFY2(sim365->lastError.contains(QStringLiteral("connection refused")), qPrintable(sim365->lastError));
        QVERIFY(dashboard.lastSnapshot(QStringLiteral("sim-vb365"))); // the last good data is still there
        QCOMPARE(taskResets.count(), 0);
    }

    // The Sources dialog saved: the running dashboard takes the new list with no restart and no
    // model reset. Unchanged sources keep their connector and state; a dropped or disabled one
    // leaves with its rows; a changed one is polled again with its rows kept, stale, meanwhile.
    void setSourcesAgainAppliesTheDifference()
    {
        SimulatorOptions options;
        options.jobs = 6;
        options.vendors = simVendorIds();
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const QJsonObject config = sim.sourcesConfig(3600);
        const auto parse = [](const QJsonObject &document) {
            return parseSourcesConfig(QJsonDocument(document).toJson(), [](const QString &) { return QString(); });
        };
        const auto first = parse(config);
        QVERIFY2(first, qPrintable(first.error));
        std::vector<SourceConfig> sources = first.value->sources;
        QVERIFY(sources.size() >= 4);

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        QAbstractItemModelTester taskTester(&dashboard.tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(&dashboard.sources(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy taskResets(&dashboard.tasks(), &QAbstractItemModel::modelReset);
        QSignalSpy sourceResets(&dashboard.sources(), &QAbstractItemModel::modelReset);
        QSignalSpy restoreResets(&dashboard.restores(), &QAbstractItemModel::modelReset);
        dashboard.setSources(sources);
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(30'000));

        const QString kept = sources[0].id;
        const QString dropped = sources[1].id;
        const QString disabled = sources[2].id;
        const QString changed = sources[3].id;
        Connector *keptConnector = dashboard.connector(kept);
        const SourceState keptState = *dashboard.sources().source(kept);
        const int changedTasks = dashboard.sources().source(changed)->taskCount;
        QVERIFY(keptConnector && changedTasks > 0);
        const auto rowsOf = [&dashboard](const QString &id) {
            int n = 0;
            for (int row = 0; row < dashboard.tasks().rowCount(); ++row)
                n += dashboard.tasks().taskAt(row).sourceId == id ? 1 : 0;
            return n;
        };

        std::vector<SourceConfig> next;
        next.push_back(sources[0]);
        SourceConfig off = sources[2];
        off.enabled = false;
        next.push_back(off);
        SourceConfig slower = sources[3];
        slower.pollIntervalSeconds = 7200;
        next.push_back(slower);
        SourceConfig added = sources[0];
        added.id = QStringLiteral("added-later");
        next.push_back(added);
        QSignalSpy completed(&dashboard, &Dashboard::pollCompleted);
        dashboard.setSources(next);

        QCOMPARE(dashboard.connector(kept), keptConnector); // untouched
        QCOMPARE(*dashboard.sources().source(kept), keptState);
        QVERIFY(!dashboard.sources().source(dropped));
        QCOMPARE(rowsOf(dropped), 0);
        QCOMPARE(rowsOf(disabled), 0);
        QVERIFY(!dashboard.sources().source(disabled)->enabled);
        QVERIFY(!dashboard.connector(disabled));
        QCOMPARE(rowsOf(changed), changedTasks); // kept, stale, until the new connector answers
        QCOMPARE(dashboard.sources().source(changed)->health, SourceHealth::Stale);
        QCOMPARE(dashboard.sources().rowCount(), 4);

        // The new and the changed source are polled at once: polling runs.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SourceState *a = dashboard.sources().source(QStringLiteral("added-later"));
                const SourceState *c = dashboard.sources().source(changed);
                return a && c && a->health == SourceHealth::Ok && c->health == SourceHealth::Ok;
            },
            30'000));
        QCOMPARE(rowsOf(QStringLiteral("added-later")), rowsOf(kept));
        QCOMPARE(taskResets.count(), 0);
        QCOMPARE(sourceResets.count(), 0);
        QCOMPARE(restoreResets.count(), 0);
    }

    // Qt 6.4's raster engine splits large fills over Qt's global thread pool and waits for them:
    // a parse or the attention rules there held up painting for hundreds of milliseconds. With
    // every global pool thread blocked, a large estate is still polled, parsed and judged.
    void largeEstateNeedsNoThreadOfQtsGlobalPool()
    {
        SimulatorOptions options;
        options.vendors = { QStringLiteral("clumio") };
        options.jobsByVendor.insert(QStringLiteral("clumio"), 250);
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const auto parsed = parseSourcesConfig(QJsonDocument(sim.sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY2(parsed, qPrintable(parsed.error));

        TestSupport::GlobalPoolBlocker blocker;
        QVERIFY(blocker.holdsAll());

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        QAbstractItemModelTester attentionTester(&dashboard.attention(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy attentionResets(&dashboard.attention(), &QAbstractItemModel::modelReset);
        QSignalSpy judged(&dashboard, &Dashboard::attentionUpdated);
        dashboard.setSources(parsed.value->sources);
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(60'000));
        // The poll that completed the round is not judged yet: the items lag, and say so.
        QVERIFY(dashboard.attentionPolledSources() != dashboard.polledSources());
        const std::vector<SourceState> &states = dashboard.sources().sources();
        for (const SourceState &state : states)
            QVERIFY2(state.health == SourceHealth::Ok, qPrintable(state.id + QLatin1String(": ") + state.lastError));
        QVERIFY2(size_t(dashboard.tasks().rowCount()) >= AttentionWorker::WorkerRows,
                 "large enough to be judged on a worker");

        // The items come from the worker, judged once every source was polled.
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.attentionPolledSources(), dashboard.polledSources(), 30'000);
        QVERIFY(judged.count() >= 2); // once at setSources() (no rows), again after the polls
        AttentionPolicy policy;
        for (const SourceConfig &source : parsed.value->sources)
            policy.rpoHoursBySource.insert(source.id, source.rpoHours);
        const std::vector<AttentionItem> expected =
            attentionItemsOfRows(dashboard.tasks().rowPointers(), QList<SourceState>(states.cbegin(), states.cend()),
                                 policy, QDateTime::currentDateTimeUtc());
        QVERIFY2(!expected.empty(), "the simulated estate has failures");
        QCOMPARE(dashboard.attentionItems().size(), expected.size());
        QCOMPARE(dashboard.attention().rowCount(), int(expected.size()));
        QCOMPARE(attentionResets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
