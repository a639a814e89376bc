// Dashboard wiring end to end (no widgets): simulator → connector → models, and what the
// operator sees when a source disappears: last data kept, marked stale, the reason in words.
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"

#include <QAbstractItemModelTester>
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
        auto sim = std::make_unique<Simulator>(options);
        QVERIFY(sim->listen(0));

        // The simulator's own configuration, plus two sources that cannot be polled.
        QJsonObject config = sim->sourcesConfig(30);
        QJsonArray sources = config.value(u"sources").toArray();
        sources.append(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("clumio-prod") },
                          { QStringLiteral("vendor"), QStringLiteral("clumio") },
                          { QStringLiteral("baseUrl"), QStringLiteral("https://us-west-2.api.clumio.com") } });
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
        QVERIFY(firstRound.wait(15'000));

        TaskTableModel &tasks = dashboard.tasks();
        SourceTableModel &states = dashboard.sources();
        QCOMPARE(tasks.rowCount(), 12);
        QCOMPARE(states.rowCount(), 3);
        const SourceState *sim365 = states.source(QStringLiteral("sim-vb365"));
        QVERIFY(sim365);
        QCOMPARE(sim365->health, SourceHealth::Ok);
        QCOMPARE(sim365->taskCount, 12);
        QVERIFY(sim365->lastSuccessAt.isValid());
        QVERIFY(sim365->nextPollAt.isValid()); // scheduled again
        const SourceState *clumio = states.source(QStringLiteral("clumio-prod"));
        QCOMPARE(clumio->health, SourceHealth::Unreachable);
        QVERIFY(clumio->lastError.contains(QStringLiteral("not supported yet")));
        const SourceState *nopass = states.source(QStringLiteral("vb-nopass"));
        QCOMPARE(nopass->health, SourceHealth::AuthFailed);
        QVERIFY(nopass->lastError.contains(QStringLiteral("BACKUPDASH_TEST_UNSET_VARIABLE")));
        for (int row = 0; row < tasks.rowCount(); ++row)
            QVERIFY(!tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());

        // The server goes away: the next poll fails, the rows stay, marked stale.
        const std::vector<Task> before([&] {
            std::vector<Task> v;
            for (int r = 0; r < tasks.rowCount(); ++r)
                v.push_back(tasks.taskAt(r));
            return v;
        }());
        sim.reset();
        QSignalSpy completed(&dashboard, &Dashboard::pollCompleted);
        dashboard.pollNow();
        QVERIFY(completed.wait(15'000));
        QCOMPARE(completed.first().at(1).toBool(), false);
        QCOMPARE(tasks.rowCount(), 12);
        for (int row = 0; row < tasks.rowCount(); ++row) {
            QVERIFY(tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());
            QCOMPARE(tasks.taskAt(row), before[size_t(row)]); // last known status kept exactly
        }
        sim365 = states.source(QStringLiteral("sim-vb365"));
        QCOMPARE(sim365->health, SourceHealth::Unreachable);
        QVERIFY2(sim365->lastError.contains(QStringLiteral("connection refused")), qPrintable(sim365->lastError));
        QVERIFY(dashboard.lastSnapshot(QStringLiteral("sim-vb365"))); // the last good data is still there
        QCOMPARE(taskResets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
