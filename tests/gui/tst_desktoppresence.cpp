// BackupDash beside its window: the tray's picture of the estate, a notification click that
// brings up its task (or source, or the Restores tab), and the Notifications menu's switches,
// which reach the tracker and are remembered.
#include "app/dashboard.h"
#include "app/desktoppresence.h"
#include "app/overviewfeed.h"
#include "models/estatecounts.h"
#include "models/tasktablemodel.h"
#include "views/desktopnotifier.h"
#include "views/mainwindow.h"
#include "views/trayicon.h"

#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {

SourceState source(const QString &id, SourceHealth health, int minutesAgo)
{
    SourceState s;
    s.id = id;
    s.vendor = QStringLiteral("clumio");
    s.health = health;
    s.lastAttemptAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return s;
}

} // namespace

class TestDesktopPresence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BackupDashTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktoppresence"));
    }

    void traySummaryTellsTheWorstAndTheSourcesDown()
    {
        EstateCounts counts;
        counts.all.byStatus[size_t(Status::Success)] = 10;
        counts.all.byStatus[size_t(Status::Running)] = 2;
        counts.all.stale = 3;
        std::vector<SourceState> sources { source(QStringLiteral("a"), SourceHealth::Ok, 1),
                                           source(QStringLiteral("b"), SourceHealth::Unreachable, 5),
                                           source(QStringLiteral("c"), SourceHealth::Stale, 9) };
        sources.push_back(source(QStringLiteral("off"), SourceHealth::Unreachable, 0));
        sources.back().enabled = false; // a disabled source is nobody's worry
        TraySummary summary = traySummaryOf(counts, sources);
        QCOMPARE(summary.worst, Status::Running); // worse than success, the worst there is
        QCOMPARE(summary.total, 15);
        QCOMPARE(summary.running, 2);
        QCOMPARE(summary.unreachableSources, 1);
        QCOMPARE(summary.staleSources, 1);
        QCOMPARE(summary.asOf, sources[0].lastAttemptAt); // the newest completed poll

        counts.all.byStatus[size_t(Status::Failed)] = 1;
        summary = traySummaryOf(counts, sources);
        QCOMPARE(summary.worst, Status::Failed);
        QCOMPARE(summary.failed, 1);

        QCOMPARE(traySummaryOf(EstateCounts {}, {}).worst, Status::Unknown); // nothing known yet
    }

    void clickingANotificationBringsUpItsSubject()
    {
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), nullptr);
        DesktopPresence presence(window, dashboard, feed);
        Task failed;
        failed.sourceId = QStringLiteral("clumio-a");
        failed.vendor = QStringLiteral("clumio");
        failed.id = QStringLiteral("t1");
        failed.name = QStringLiteral("vol-1 backup");
        failed.status = Status::Failed;
        dashboard.tasks().applySnapshot(failed.sourceId, { failed }, QDateTime::currentDateTimeUtc());
        window.show();
        window.setCurrentTab(MainWindow::Tab::Overview);

        Notice notice;
        notice.kind = NoticeKind::NewFailure;
        notice.sourceId = failed.sourceId;
        notice.taskId = failed.id;
        notice.title = QStringLiteral("Backup failed");
        notice.key = QStringLiteral("failed|clumio-a|t1");
        Q_EMIT feed.notice(notice);
        Q_EMIT presence.notifier().activated(notice.key);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Tasks);
        QVERIFY(window.selectedTask());
        QCOMPARE(window.selectedTask()->id, QStringLiteral("t1"));

        Notice restore = notice;
        restore.kind = NoticeKind::RestoreFinished;
        restore.key = QStringLiteral("restore|clumio-a|r1");
        Q_EMIT feed.notice(restore);
        Q_EMIT presence.notifier().activated(restore.key);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Restores);

        Notice down = notice;
        down.kind = NoticeKind::SourceUnreachable;
        down.taskId.clear();
        down.key = QStringLiteral("down|clumio-a");
        Q_EMIT feed.notice(down);
        Q_EMIT presence.notifier().activated(down.key);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Sources);

        window.setCurrentTab(MainWindow::Tab::Overview);
        Q_EMIT presence.notifier().activated(QStringLiteral("never shown")); // only raises the window
        QCOMPARE(window.currentTab(), MainWindow::Tab::Overview);
    }

    void onlyTheLatestNoticesStayClickable()
    {
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), nullptr);
        DesktopPresence presence(window, dashboard, feed);
        window.show();
        const auto restoreNotice = [](int i) {
            Notice n;
            n.kind = NoticeKind::RestoreFinished;
            n.sourceId = QStringLiteral("clumio-a");
            n.key = QStringLiteral("restore|clumio-a|r%1").arg(i);
            n.title = QStringLiteral("Restore finished");
            return n;
        };
        // Weeks of notices: more than are kept, and the first one again later (it moves up).
        for (int i = 0; i < DesktopPresence::ShownKept + 40; ++i)
            Q_EMIT feed.notice(restoreNotice(i));
        Q_EMIT feed.notice(restoreNotice(0));

        const auto opens = [&](int i) {
            window.setCurrentTab(MainWindow::Tab::Overview);
            Q_EMIT presence.notifier().activated(restoreNotice(i).key);
            return window.currentTab() == MainWindow::Tab::Restores;
        };
        QVERIFY(opens(0)); // shown again last: kept
        QVERIFY(!opens(1)); // among the oldest: let go, the click only raises the window
        QVERIFY(!opens(40)); // 0..39 were let go, then 40 when 0 came back
        QVERIFY(opens(41)); // the oldest kept
        QVERIFY(opens(DesktopPresence::ShownKept + 39));
    }

    void notificationSwitchesReachTheTrackerAndAreRemembered()
    {
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        SourceConfig a;
        a.id = QStringLiteral("clumio-a");
        a.vendor = QStringLiteral("clumio");
        a.problem = QStringLiteral("no token"); // no connector: nothing polls in this test
        dashboard.setSources({ a });
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), nullptr);
        {
            DesktopPresence presence(window, dashboard, feed);
            QMenu *menu = presence.notificationsMenu();
            QAction *failures = nullptr;
            QAction *mute = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->text() == noticeKindText(NoticeKind::NewFailure))
                    failures = action;
                if (action->menu()) {
                    const QList<QAction *> sources = action->menu()->actions();
                    mute = sources.isEmpty() ? nullptr : sources.first();
                }
            }
            QVERIFY(failures && failures->isChecked());
            QVERIFY(mute && !mute->isChecked());
            QCOMPARE(mute->text(), QStringLiteral("clumio-a"));
            failures->setChecked(false);
            mute->setChecked(true);
            QVERIFY(!feed.noticeSettings().enabled.contains(NoticeKind::NewFailure));
            QVERIFY(feed.noticeSettings().mutedSources.contains(QStringLiteral("clumio-a")));
        }
        // A new start reads them back.
        OverviewFeed next(dashboard, *window.overviewTab(), nullptr);
        DesktopPresence again(window, dashboard, next);
        QVERIFY(!next.noticeSettings().enabled.contains(NoticeKind::NewFailure));
        QVERIFY(next.noticeSettings().enabled.contains(NoticeKind::RpoBreach));
        QCOMPARE(next.noticeSettings().mutedSources, QSet<QString> { QStringLiteral("clumio-a") });
    }

    void pausingFromTheTrayStopsPolling()
    {
        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        OverviewFeed feed(dashboard, *window.overviewTab(), nullptr);
        DesktopPresence presence(window, dashboard, feed);
        presence.tray().pausePollingAction()->trigger();
        QVERIFY(dashboard.isPollingPaused());
        QVERIFY(presence.tray().isPollingPaused());
        presence.tray().pausePollingAction()->trigger();
        QVERIFY(!dashboard.isPollingPaused());
    }
};

QTEST_MAIN(TestDesktopPresence)
#include "tst_desktoppresence.moc"
