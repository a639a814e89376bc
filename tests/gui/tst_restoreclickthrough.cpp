// The whole restore as an operator does it, offscreen, against the simulator: select a task,
// Restore…, Next…, Restore; the row appears in the Restores tab at once and follows the
// vendor to the end; the vendor holds one job for the one decision.
#include "app/dashboard.h"
#include "app/restoreui.h"
#include "app/sourcesconfig.h"
#include "models/restorejournal.h"
#include "models/restoretablemodel.h"
#include "simulator/simulator.h"
#include "views/mainwindow.h"
#include "views/restoredialog.h"
#include "views/restorestab.h"
#include "views/taskstab.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace BackupDash;

class TestRestoreClickThrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreInFourClicksAndWatchItFinish()
    {
        SimulatorOptions options;
        options.jobs = 4;
        options.speed = 600; // a restore session runs minutes of scenario time: seconds here
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        const auto config = parseSourcesConfig(QJsonDocument(sim.sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY(config);
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        dashboard.setSources(config.value->sources);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        QTemporaryDir dir;
        RestoreUi restoreUi(window, dashboard, dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(restoreUi.service(), qPrintable(restoreUi.problem()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(firstRound.wait(15'000));

        // 1. Select a task.  2. Restore…  3. Next…  4. Restore.
        window.setCurrentTab(MainWindow::Tab::Tasks);
        window.tasksTab()->view()->selectRow(0);
        bool clicked = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
            if (!dialog || clicked)
                return;
            // Next… once what the dialog lists from the vendor (a restore point) is in.
            auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
            if (!dialog->onConfirmationPage() && next->isEnabled())
                QTest::mouseClick(next, Qt::LeftButton);
            auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
            if (dialog->onConfirmationPage() && restore->isEnabled()) {
                clicked = true;
                QTest::mouseClick(restore, Qt::LeftButton);
            }
        });
        driver.start(50);
        window.restoreAction()->trigger(); // runs the modal dialog; the driver clicks through it
        driver.stop();
        QVERIFY(clicked);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Restores);

        // The row is there at once, started here; then it is the vendor's, to the end.
        const auto entries = restoreUi.journal()->entries();
        QVERIFY(entries && entries.value->size() == 1);
        const QString journalId = entries.value->first().journalId();
        RestoreTableModel &rows = dashboard.restores();
        const auto row = [&]() -> int {
            for (int r = 0; r < rows.rowCount(); ++r) {
                if (rows.restoreAt(r).journalId == journalId)
                    return r;
            }
            return -1;
        };
        QVERIFY(row() >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dashboard.pollNow();
                if (row() < 0 || !rows.restoreAt(row()).note.isEmpty())
                    return false;
                const Status s = rows.restoreAt(row()).status;
                return s == Status::Success || s == Status::Warning || s == Status::Failed;
            }(),
            20'000);
        QCOMPARE(restoreUi.journal()->entry(journalId).value->state, JournalState::Accepted);
        QCOMPARE(sim.stats().value(u"restoreJobsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
        QVERIFY(!window.grab().isNull());
    }
};

QTEST_MAIN(TestRestoreClickThrough)
#include "tst_restoreclickthrough.moc"
