// The Backup windows tab on the offscreen platform: what it shows for real jobs (the seed's
// Friday 19:00 window, an unreadable window, any-time jobs, a vendor without windows),
// overruns drawn and counted, keyboard navigation with Enter, zones, and a rendered image.
#include "models/windowgridmodel.h"
#include "views/windowcellpainter.h"
#include "views/windowstab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace BackupDash;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

TaskRun run(const QDateTime &from, const QDateTime &to)
{
    TaskRun r;
    r.started = from;
    r.ended = to;
    r.status = Status::Success;
    return r;
}

// The seed's job: /Jobs/{id} of veeam-vb365-jobs-id.txt, its window as the vendor sent it.
WindowJob seedJob()
{
    QFile file(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/vb365/job-v3-seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("seed fixture missing");
    const QJsonObject settings = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(u"schedulePolicy")
                                     .toObject()
                                     .value(u"backupWindowSettings")
                                     .toObject();
    WindowJob job;
    job.sourceId = QStringLiteral("vb365-hq");
    job.taskId = QStringLiteral("seed");
    job.name = QStringLiteral("test_job");
    job.vendor = QStringLiteral("veeam-vb365");
    job.kind = WindowJob::Kind::Window;
    job.window.minuteOffset = settings.value(u"minuteOffset").toInt();
    job.window.vendorAllowed = settings.value(u"backupWindow").toArray();
    for (int i = 0; i < BackupWindow::Hours; ++i)
        job.window.allowed[size_t(i)] = job.window.vendorAllowed.at(i).toBool();
    // Friday 2026-11-27: one run inside the window, one that runs on into closed Friday 13:00.
    job.runs = { run(utc(2026, 11, 27, 19, 0), utc(2026, 11, 27, 19, 40)),
                 run(utc(2026, 11, 27, 12, 30), utc(2026, 11, 27, 13, 20)) };
    return job;
}

std::vector<WindowJob> estate()
{
    WindowJob broken;
    broken.sourceId = QStringLiteral("vb365-hq");
    broken.taskId = QStringLiteral("broken");
    broken.name = QStringLiteral("Broken window");
    broken.kind = WindowJob::Kind::Window;
    broken.window.error = QStringLiteral("backup window unreadable: 167 elements");
    WindowJob anyTime;
    anyTime.sourceId = QStringLiteral("vb365-eu");
    anyTime.taskId = QStringLiteral("any");
    anyTime.name = QStringLiteral("Zürich Büro");
    anyTime.kind = WindowJob::Kind::AnyTime;
    WindowJob clumio;
    clumio.sourceId = QStringLiteral("clumio-a");
    clumio.taskId = QStringLiteral("c1");
    clumio.name = QStringLiteral("vol-0a1b — incremental backup");
    clumio.kind = WindowJob::Kind::NoGrid;
    clumio.runs = { run(utc(2026, 11, 24, 3, 5), utc(2026, 11, 24, 3, 25)) };
    return { seedJob(), broken, anyTime, clumio };
}

} // namespace

class TestWindowsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tab = std::make_unique<WindowsTab>();
        m_tab->resize(1200, 760);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_tab->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_tab->model(), &QAbstractItemModel::modelReset);
        m_tab->setTimeZoneId("UTC");
        m_tab->showWeekOf(QDate(2026, 11, 25));
        m_tab->setJobs(estate(), utc(2026, 11, 28, 12));
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0);
        m_resets.reset();
        m_tester.reset();
        m_tab.reset();
    }

    // The row of a date in the week shown (the locale decides the first day).
    int rowOf(QDate day) const { return int(m_tab->model()->firstDay().daysTo(day)); }

    void seedWindowInUtcAndInOtherZones()
    {
        WindowGridModel *model = m_tab->model();
        const int friday = rowOf(QDate(2026, 11, 27));
        QVERIFY(friday >= 0 && friday < 7);
        // Aggregate: at Friday 19:00 the seed job and the any-time job may run.
        QCOMPARE(model->index(friday, 19).data(WindowGridModel::AllowedCountRole).toInt(), 2);
        QCOMPARE(model->index(friday, 13).data(WindowGridModel::AllowedCountRole).toInt(), 1); // closed for the seed
        // One job: the seed's own grid.
        m_tab->showJob(QStringLiteral("vb365-hq\x1f") + QStringLiteral("seed"));
        QCOMPARE(model->jobs().size(), size_t(1));
        QCOMPARE(model->index(friday, 19).data(WindowGridModel::AllowedFractionRole).toDouble(), 1.0);
        QCOMPARE(model->index(friday, 13).data(WindowGridModel::AllowedFractionRole).toDouble(), 0.0);
        // Kolkata (UTC+5:30): the seed's Friday opens at 18:00 UTC, which is 23:30 local.
        m_tab->setTimeZoneId("Asia/Kolkata");
        m_tab->showWeekOf(QDate(2026, 11, 25));
        const int saturday = rowOf(QDate(2026, 11, 28));
        QCOMPARE(model->zone().id(), QByteArray("Asia/Kolkata"));
        QCOMPARE(model->index(rowOf(QDate(2026, 11, 27)), 18).data(WindowGridModel::AllowedFractionRole).toDouble(),
                 0.0); // Friday 12:30–13:30 UTC: closed
        QCOMPARE(model->index(saturday, 0).data(WindowGridModel::AllowedFractionRole).toDouble(), 1.0);
        QCOMPARE(model->index(rowOf(QDate(2026, 11, 27)), 23).data(WindowGridModel::AllowedFractionRole).toDouble(),
                 0.5); // 17:30–18:30 UTC: allowed from 18:00 only
    }

    void unreadableWindowIsReportedOnItsJobAlone()
    {
        QTreeWidget *list = m_tab->jobList();
        QTreeWidgetItem *broken = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == QLatin1String("Broken window"))
                broken = list->topLevelItem(i);
        }
        QVERIFY(broken);
        QCOMPARE(broken->text(2), QStringLiteral("backup window unreadable: 167 elements"));
        QVERIFY(m_tab->summaryText().contains(QStringLiteral("1 with an unreadable window")));
        // Every other job is still judged: the seed and the any-time job.
        const int friday = rowOf(QDate(2026, 11, 27));
        QCOMPARE(m_tab->model()->index(friday, 19).data(WindowGridModel::WindowJobCountRole).toInt(), 2);
    }

    void overrunIsDrawnCountedAndListed()
    {
        const int friday = rowOf(QDate(2026, 11, 27));
        const QModelIndex late = m_tab->model()->index(friday, 13);
        QCOMPARE(late.data(WindowGridModel::OverrunCountRole).toInt(), 1);
        QVERIFY(m_tab->summaryText().contains(QStringLiteral("1 run outside its window this week")));
        QTreeWidgetItem *top = m_tab->jobList()->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("test_job"));
        QCOMPARE(top->text(4), QStringLiteral("! 1"));
        QCOMPARE(top->text(3), QStringLiteral("2"));

        // Rendered: the overrun cell carries the overrun colour; a closed cell has no allowed green.
        const QImage image = m_tab->view()->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
        const auto count = [&image](const QRect &rect, const QColor &colour) {
            int n = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x) {
                    const QColor c = image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
                    n += (qAbs(c.red() - colour.red()) < 12 && qAbs(c.green() - colour.green()) < 12
                          && qAbs(c.blue() - colour.blue()) < 12)
                        ? 1
                        : 0;
                }
            }
            return n;
        };
        QVERIFY(count(m_tab->view()->visualRect(late), WindowColors::overrun()) > 20);
        const QModelIndex closedQuiet = m_tab->model()->index(friday, 10);
        QCOMPARE(closedQuiet.data(WindowGridModel::AllowedCountRole).toInt(), 1); // only the any-time job
        m_tab->showJob(QStringLiteral("vb365-hq\x1f") + QStringLiteral("seed"));
        const QImage single = m_tab->view()->viewport()->grab().toImage();
        const QRect closedRect = m_tab->view()->visualRect(closedQuiet);
        int green = 0;
        for (int y = closedRect.top(); y <= closedRect.bottom(); ++y) {
            for (int x = closedRect.left(); x <= closedRect.right(); ++x)
                green += single.pixelColor(x, y) == WindowColors::allowed() ? 1 : 0;
        }
        QCOMPARE(green, 0);
        QVERIFY(single.save(QDir::temp().filePath(QStringLiteral("backupdash-windows-tab.png"))));
    }

    void keyboardNavigationAndEnterListTheHoursJobs()
    {
        QTableView *view = m_tab->view();
        const int friday = rowOf(QDate(2026, 11, 27));
        view->setFocus();
        view->setCurrentIndex(m_tab->model()->index(friday, 18));
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex(), m_tab->model()->index(friday, 19));
        QTest::keyClick(view, Qt::Key_Return);
        const QString details = m_tab->detailsText();
        QVERIFY2(details.contains(QStringLiteral("May run (2):")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("test_job")));
        QVERIFY(details.contains(QStringLiteral("Zürich Büro")));
        QVERIFY(details.contains(QStringLiteral("Ran (1):")));
        QVERIFY(!m_tab->model()->index(friday, 19).data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!view->accessibleName().isEmpty());
    }

    void vendorsWithoutWindowsShowWhenTheyRan()
    {
        const int tuesday = rowOf(QDate(2026, 11, 24));
        const QModelIndex three = m_tab->model()->index(tuesday, 3);
        QCOMPARE(three.data(WindowGridModel::RunningCountRole).toInt(), 1);
        QCOMPARE(three.data(WindowGridModel::OverrunCountRole).toInt(), 0); // no window, no overrun
        QVERIFY(m_tab->summaryText().contains(QStringLiteral("1 task of vendors without windows")));

        // The activity view draws the hour's runs of every vendor, windows aside.
        m_tab->showActivity();
        const QImage image = m_tab->view()->viewport()->grab().toImage();
        const QRect rect = m_tab->view()->visualRect(three);
        int blue = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += (c.blue() > 180 && c.red() < 120) ? 1 : 0;
            }
        }
        QVERIFY2(blue > 20, "the busy hour is drawn in the activity colour");
    }

    void zoneChoiceIsAnnounced()
    {
        QSignalSpy chosen(m_tab.get(), &WindowsTab::timeZoneChanged);
        m_tab->setTimeZoneId("Europe/Berlin");
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toByteArray(), QByteArray("Europe/Berlin"));
        QCOMPARE(m_tab->timeZoneId(), QByteArray("Europe/Berlin"));
        m_tab->setTimeZoneId("Not/AZone");
        QCOMPARE(m_tab->timeZoneId(), QByteArray()); // unknown: back to the system zone
    }

private:
    std::unique_ptr<WindowsTab> m_tab;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_MAIN(TestWindowsTab)
#include "tst_windowstab.moc"
