// The window an operator sees, offscreen: the simulator's jobs arrive in the Backup tasks
// table; and `backupdash --demo --screenshot` renders a picture and exits 0.
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"
#include "views/mainwindow.h"

#include <QAbstractProxyModel>
#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

class TestGuiWithSimulator : public QObject
{
    Q_OBJECT

private:
    static QTableView *tableShowing(QWidget &window, QAbstractItemModel *sourceModel)
    {
        for (QTableView *view : window.findChildren<QTableView *>()) {
            QAbstractItemModel *model = view->model();
            while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
                if (proxy->sourceModel() == sourceModel)
                    return view;
                model = proxy->sourceModel();
            }
            if (view->model() == sourceModel)
                return view;
        }
        return nullptr;
    }

private Q_SLOTS:
    void simulatorJobsAppearInTheTasksTable()
    {
        SimulatorOptions options;
        options.jobs = 15;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const auto config = parseSourcesConfig(QJsonDocument(sim.sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY(config);

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        dashboard.setSources(config.value->sources);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        window.setCurrentTab(MainWindow::Tab::Tasks);
        window.resize(1280, 800);
        window.show();
        QSignalSpy resets(&dashboard.tasks(), &QAbstractItemModel::modelReset);
        dashboard.start();

        QTableView *table = tableShowing(window, &dashboard.tasks());
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 15, 15'000);

        // Every simulated job is a row, by name.
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << table->model()->index(row, TaskTableModel::NameColumn).data().toString();
        const SourceSnapshot *snapshot = dashboard.lastSnapshot(QStringLiteral("sim-vb365"));
        QVERIFY(snapshot);
        for (const Task &task : snapshot->tasks)
            QVERIFY2(shown.contains(task.name), qPrintable(task.name));

        // The Sources tab shows the source as OK.
        QTableView *sources = tableShowing(window, &dashboard.sources());
        QVERIFY(sources);
        QCOMPARE(sources->model()->rowCount(), 1);
        QCOMPARE(dashboard.sources().index(0, SourceTableModel::StateColumn).data().toString(), QStringLiteral("OK"));
        QCOMPARE(resets.count(), 0);
    }

    void demoScreenshotRendersAndExits_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::newRow("tasks") << QStringLiteral("tasks");
        QTest::newRow("windows") << QStringLiteral("windows");
    }
    void demoScreenshotRendersAndExits()
    {
        QFETCH(QString, tab);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        QProcess app;
        app.start(qEnvironmentVariable("BACKUPDASH_APP"),
                  { QStringLiteral("--demo"), QStringLiteral("--tab"), tab, QStringLiteral("--screenshot"), png });
        QVERIFY(app.waitForFinished(90'000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
    }

    void badCommandLinesSayWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bad tab") << QStringList { QStringLiteral("--tab"), QStringLiteral("charts") }
                                 << QByteArray("unknown tab 'charts'");
        QTest::newRow("missing config") << QStringList { QStringLiteral("--config"),
                                                         QStringLiteral("/nonexistent/x.json") }
                                        << QByteArray("cannot read /nonexistent/x.json");
        QTest::newRow("demo and config") << QStringList { QStringLiteral("--demo"), QStringLiteral("--config"),
                                                          QStringLiteral("x") }
                                         << QByteArray("--demo and --config exclude each other");
    }
    void badCommandLinesSayWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        QProcess app;
        app.start(qEnvironmentVariable("BACKUPDASH_APP"), args);
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 2);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(err.contains(expected), err.constData());
    }
};

QTEST_MAIN(TestGuiWithSimulator)
#include "tst_guiwithsimulator.moc"
