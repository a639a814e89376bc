// The Overview with the simulator's mixed estate, offscreen: polls go into the history, the
// charts and the needs-attention list show them, the success rate is read back; then, with
// the simulator gone, a new start opens on the last known state from the history at once,
// every row stale, counted as stale and never as success, and stays so when the polls fail.
#include "app/dashboard.h"
#include "app/overviewfeed.h"
#include "app/sourcesconfig.h"
#include "models/attentionmodel.h"
#include "models/historystore.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"
#include "simulator/simvendorregistry.h"
#include "views/chartstyle.h"
#include "views/mainwindow.h"
#include "views/overviewtab.h"
#include "views/sourcestatusbars.h"
#include "views/statusdonut.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

class TestOverviewOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiError>(); }

    void overviewFromPollsThenFromTheHistoryWhenOffline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        SimulatorOptions options;
        options.jobs = 12;
        options.vendors = simVendorIds();
        auto sim = std::make_unique<Simulator>(options);
        QVERIFY(sim->listen(0));
        const auto config = parseSourcesConfig(QJsonDocument(sim->sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY2(config, qPrintable(config.error));
        const int sourceCount = int(config.value->sources.size());

        int rowsOnline = 0;
        {
            auto opened = HistoryStore::open(historyPath);
            QVERIFY2(opened, qPrintable(opened.error));
            std::unique_ptr<HistoryStore> history = std::move(*opened.value);
            QNetworkAccessManager nam;
            Dashboard dashboard(nam);
            QAbstractItemModelTester attentionTester(&dashboard.attention(),
                                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy attentionResets(&dashboard.attention(), &QAbstractItemModel::modelReset);
            dashboard.setSources(config.value->sources);
            MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
            OverviewFeed feed(dashboard, *window.overviewTab(), history.get());
            window.setCurrentTab(MainWindow::Tab::Overview);
            window.resize(1280, 800);
            window.show();
            QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
            dashboard.start();
            QVERIFY(firstRound.wait(30'000));
            feed.waitForHistory(); // written on the recorder's thread
            dashboard.refreshAttention();
            feed.refreshNow();
            feed.refreshRateNow();

            rowsOnline = dashboard.tasks().rowCount();
            QVERIFY(rowsOnline > 0);
            OverviewTab &tab = *window.overviewTab();
            QCOMPARE(tab.donut()->tally().total(), rowsOnline);
            QCOMPARE(tab.donut()->tally().stale, 0);
            QVERIFY(tab.donut()->tally().current(Status::Success) > 0);
            QCOMPARE(tab.bars()->sourceIds().size(), sourceCount);
            QVERIFY2(tab.headline().startsWith(QStringLiteral("%1 tasks").arg(rowsOnline)), qPrintable(tab.headline()));
            // The simulated estate has failures: they need attention, worst first.
            QVERIFY(dashboard.attention().rowCount() > 0);
            QCOMPARE(attentionResets.count(), 0);
            // Every good poll went into the history, and the success rate comes back from it.
            const auto counts = history->counts(QDateTime::currentDateTimeUtc().addSecs(-600),
                                                QDateTime::currentDateTimeUtc().addSecs(60));
            QVERIFY2(counts, qPrintable(counts.error));
            QSet<QString> recorded;
            for (const StatusCounts &c : *counts.value)
                recorded << c.sourceId;
            QCOMPARE(recorded.size(), sourceCount);
            QVERIFY2(tab.rateChart()->hasData(), qPrintable(tab.rateChart()->summary()));

            // Rendered: the failures' red is drawn (donut and bars), the tab is what shows.
            const QImage image = window.grab().toImage();
            QVERIFY(image.width() >= 1280);
            const QColor red = ChartStyle::brushFor(Status::Failed).color();
            int redPixels = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    redPixels += image.pixelColor(x, y) == red ? 1 : 0;
            }
            QVERIFY2(redPixels > 100, qPrintable(QString::number(redPixels)));
        }

        sim.reset(); // the vendors are gone: nothing answers on that port any more

        auto reopened = HistoryStore::open(historyPath);
        QVERIFY2(reopened, qPrintable(reopened.error));
        std::unique_ptr<HistoryStore> history = std::move(*reopened.value);
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        QAbstractItemModelTester taskTester(&dashboard.tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.setSources(config.value->sources);
        QSignalSpy taskResets(&dashboard.tasks(), &QAbstractItemModel::modelReset);
        const auto cached = history->lastKnown();
        QVERIFY2(cached, qPrintable(cached.error));
        QCOMPARE(int(cached.value->size()), sourceCount);
        for (const CachedSource &source : *cached.value)
            dashboard.showLastKnown(source.snapshot);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), history.get());

        // At once, before any poll: the last known rows, every one stale, with its age.
        TaskTableModel &tasks = dashboard.tasks();
        QCOMPARE(tasks.rowCount(), rowsOnline);
        for (int row = 0; row < tasks.rowCount(); ++row)
            QVERIFY(tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());
        for (const SourceState &s : dashboard.sources().sources()) {
            QCOMPARE(s.health, SourceHealth::Stale);
            QVERIFY2(s.lastError.startsWith(QStringLiteral("Showing the last known state")), qPrintable(s.lastError));
        }
        dashboard.refreshAttention();
        feed.refreshNow();
        const StatusTally shown = window.overviewTab()->donut()->tally();
        QCOMPARE(shown.stale, rowsOnline);
        QCOMPARE(shown.current(Status::Success), 0); // stale is never success

        // The polls fail: the rows stay, stale, and each source says why.
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(30'000));
        dashboard.refreshAttention();
        feed.refreshNow();
        QCOMPARE(tasks.rowCount(), rowsOnline);
        for (int row = 0; row < tasks.rowCount(); ++row)
            QVERIFY(tasks.index(row, 0).data(TaskTableModel::StaleRole).toBool());
        int unreachableRows = 0;
        for (int row = 0; row < dashboard.attention().rowCount(); ++row) {
            if (dashboard.attention().itemAt(row).kind == AttentionKind::SourceUnreachable)
                ++unreachableRows;
        }
        QCOMPARE(unreachableRows, sourceCount);
        QCOMPARE(window.overviewTab()->donut()->tally().current(Status::Success), 0);
        QVERIFY2(window.overviewTab()->headline().contains(QStringLiteral("%1 sources not answering").arg(sourceCount)),
                 qPrintable(window.overviewTab()->headline()));
        QCOMPARE(taskResets.count(), 0);
    }

    // A large estate is judged on a worker, after its poll has landed: the notices' baseline
    // pairs the items with the sources they were judged with, so the failures already there at
    // start are a baseline, not a burst of "new failure" notices when the worker answers.
    void firstPollOfALargeEstateNotifiesNothing()
    {
        SimulatorOptions options;
        options.vendors = { QStringLiteral("clumio") };
        options.jobsByVendor.insert(QStringLiteral("clumio"), 250); // over 14,000 rows
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const auto config = parseSourcesConfig(QJsonDocument(sim.sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY2(config, qPrintable(config.error));

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), nullptr);
        QSignalSpy notices(&feed, &OverviewFeed::notice);
        bool feedCurrent = false; // the feed read the newest items
        connect(&dashboard, &Dashboard::attentionUpdated, this, [&feedCurrent] { feedCurrent = false; });
        connect(&feed, &OverviewFeed::estateChanged, this, [&feedCurrent] { feedCurrent = true; });
        dashboard.setSources(config.value->sources);
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(60'000));
        QVERIFY(size_t(dashboard.tasks().rowCount()) >= AttentionWorker::WorkerRows);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.attentionPolledSources(), dashboard.polledSources(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(feedCurrent, 10'000);
        QVERIFY2(dashboard.attention().rowCount() > 0, "the estate has failures");
        QCOMPARE(notices.count(), 0);
    }
};

QTEST_MAIN(TestOverviewOffline)
#include "tst_overviewoffline.moc"
