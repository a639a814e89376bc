#include "models/notificationtracker.h"

#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

AttentionItem condition(AttentionKind kind, const char *taskId, const char *source = "vb")
{
    AttentionItem i;
    i.kind = kind;
    i.sourceId = QString::fromLatin1(source);
    i.vendor = QStringLiteral("veeam-vb365");
    i.taskId = QString::fromLatin1(taskId);
    i.taskName = i.taskId.isEmpty() ? QString() : QStringLiteral("Mailboxes ") + i.taskId;
    i.detail = QStringLiteral("the last run failed");
    i.since = T0;
    return i;
}

AttentionItem failure(const char *taskId, const char *source = "vb")
{
    return condition(AttentionKind::Failed, taskId, source);
}

RestoreJob restore(const char *id, Status status, const char *source = "cl")
{
    RestoreJob j;
    j.sourceId = QString::fromLatin1(source);
    j.vendor = QStringLiteral("clumio");
    j.id = QString::fromLatin1(id);
    j.target = QStringLiteral("vol-0abc");
    j.status = status;
    return j;
}

QSet<QString> polled(std::initializer_list<const char *> ids)
{
    QSet<QString> set;
    for (const char *id : ids)
        set.insert(QString::fromLatin1(id));
    return set;
}

} // namespace

class TestNotificationTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineIsSilent()
    {
        NotificationTracker tracker;
        // Failures that were already there at start are not new.
        QVERIFY(tracker.updateConditions({ failure("1"), condition(AttentionKind::RpoBreached, "2") }, polled({ "vb" }))
                    .isEmpty());
        QVERIFY(tracker.updateConditions({ failure("1"), condition(AttentionKind::RpoBreached, "2") }, polled({ "vb" }))
                    .isEmpty());
        QVERIFY(tracker.updateConditions({ failure("1") }, {}).isEmpty());
    }

    void cachedRowsBeforeTheFirstPollSayNothing()
    {
        NotificationTracker tracker;
        // Items from the offline cache: the source has not been polled yet.
        QVERIFY(tracker.updateConditions({ failure("1") }, {}).isEmpty());
        QVERIFY(tracker.updateConditions({ failure("1"), failure("2") }, {}).isEmpty());
        // Its first poll sets the baseline, silently, whatever it finds.
        QVERIFY(tracker.updateConditions({ failure("1"), failure("2"), failure("3") }, polled({ "vb" })).isEmpty());
        // From then on a new failure is new.
        QCOMPARE(tracker.updateConditions({ failure("1"), failure("2"), failure("3"), failure("4") }, polled({ "vb" }))
                     .size(),
                 1);
    }

    void newFailureNotifiesOnceAcrossPolls()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "vb" }));
        const QList<Notice> notices = tracker.updateConditions({ failure("1") }, polled({ "vb" }));
        QCOMPARE(notices.size(), 1);
        const Notice &n = notices.first();
        QCOMPARE(n.kind, NoticeKind::NewFailure);
        QCOMPARE(n.sourceId, QStringLiteral("vb"));
        QCOMPARE(n.taskId, QStringLiteral("1"));
        QVERIFY(n.title.contains(QStringLiteral("Mailboxes 1")));
        QVERIFY(n.body.contains(QStringLiteral("Mailboxes 1")));
        QVERIFY(n.body.contains(QStringLiteral("vb")));
        QVERIFY(n.body.contains(QStringLiteral("Veeam")));
        QVERIFY(!n.key.isEmpty());
        for (int poll = 0; poll < 5; ++poll)
            QVERIFY(tracker.updateConditions({ failure("1") }, polled({ "vb" })).isEmpty());
        // Updates between polls (the clock moved) do not repeat it either.
        QVERIFY(tracker.updateConditions({ failure("1") }, {}).isEmpty());
    }

    void clearedConditionNotifiesAgainWhenItReturns()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "vb" }));
        QCOMPARE(tracker.updateConditions({ failure("1") }, polled({ "vb" })).size(), 1);
        QVERIFY(tracker.updateConditions({}, polled({ "vb" })).isEmpty()); // succeeded: cleared
        QCOMPARE(tracker.updateConditions({ failure("1") }, polled({ "vb" })).size(), 1);
    }

    void baselineConditionThatClearsAndReturnsIsNew()
    {
        NotificationTracker tracker;
        tracker.updateConditions({ failure("1") }, polled({ "vb" }));
        tracker.updateConditions({}, polled({ "vb" }));
        QCOMPARE(tracker.updateConditions({ failure("1") }, polled({ "vb" })).size(), 1);
    }

    void eachSourceHasItsOwnBaseline()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "vb" }));
        // cl answers for the first time, with a failure: baseline. vb has a new failure: notice.
        const QList<Notice> notices = tracker.updateConditions({ failure("1", "cl"), failure("9") }, polled({ "cl" }));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().sourceId, QStringLiteral("vb"));
    }

    void kindsMapToNotices()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "vb", "down" }));
        const std::vector<AttentionItem> items {
            failure("1"),
            condition(AttentionKind::RpoBreached, "2"),
            condition(AttentionKind::Warning, "3"),
            condition(AttentionKind::MissedRun, "4"),
            condition(AttentionKind::SourceStale, ""),
            condition(AttentionKind::SourceUnreachable, "", "down"),
        };
        const QList<Notice> notices = tracker.updateConditions(items, polled({ "vb", "down" }));
        QCOMPARE(notices.size(), 3);
        QCOMPARE(notices[0].kind, NoticeKind::NewFailure);
        QCOMPARE(notices[1].kind, NoticeKind::RpoBreach);
        QVERIFY(notices[1].title.contains(QStringLiteral("RPO")));
        QCOMPARE(notices[2].kind, NoticeKind::SourceUnreachable);
        QCOMPARE(notices[2].sourceId, QStringLiteral("down"));
        QVERIFY(notices[2].taskId.isEmpty());
        QVERIFY(notices[2].title.contains(QStringLiteral("down")));
    }

    void unreachableThenAuthFailedIsOneCondition()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "down" }));
        const QList<Notice> first =
            tracker.updateConditions({ condition(AttentionKind::SourceAuthFailed, "", "down") }, polled({ "down" }));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().kind, NoticeKind::SourceUnreachable);
        QVERIFY(first.first().title.contains(QStringLiteral("sign-in")));
        QVERIFY(
            tracker.updateConditions({ condition(AttentionKind::SourceUnreachable, "", "down") }, polled({ "down" }))
                .isEmpty());
    }

    void anotherFailedExecutionOfAFailingItemIsNotNew()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "cl" }));
        AttentionItem a = failure("exec-1", "cl");
        a.scope = QStringLiteral("vol-a");
        QCOMPARE(tracker.updateConditions({ a }, polled({ "cl" })).size(), 1);
        a.taskId = QStringLiteral("exec-2"); // the next execution failed too
        QVERIFY(tracker.updateConditions({ a }, polled({ "cl" })).isEmpty());
    }

    void mutedSourceNotifiesNothingAndUnmutingDoesNotReplay()
    {
        NotificationTracker tracker;
        NoticeSettings settings;
        settings.mutedSources.insert(QStringLiteral("vb"));
        tracker.setSettings(settings);
        tracker.updateConditions({}, polled({ "vb", "cl" }));
        const QList<Notice> notices = tracker.updateConditions({ failure("1"), failure("1", "cl") }, polled({ "vb" }));
        QCOMPARE(notices.size(), 1); // cl only
        QCOMPARE(notices.first().sourceId, QStringLiteral("cl"));

        tracker.setSettings({}); // unmuted while the failure persists: no replay
        QVERIFY(tracker.updateConditions({ failure("1"), failure("1", "cl") }, polled({ "vb" })).isEmpty());
        // A condition that begins after unmuting notifies; so does the old one once it returns.
        QCOMPARE(tracker.updateConditions({ failure("1"), failure("1", "cl"), failure("2") }, polled({ "vb" })).size(),
                 1);
        tracker.updateConditions({ failure("2"), failure("1", "cl") }, polled({ "vb" }));
        QCOMPARE(tracker.updateConditions({ failure("1"), failure("2"), failure("1", "cl") }, polled({ "vb" })).size(),
                 1);
    }

    void disabledKindNotifiesNothing()
    {
        NotificationTracker tracker;
        NoticeSettings settings;
        settings.enabled.remove(NoticeKind::NewFailure);
        tracker.setSettings(settings);
        QVERIFY(!tracker.settings().enabled.contains(NoticeKind::NewFailure));
        tracker.updateConditions({}, polled({ "vb" }));
        const QList<Notice> notices =
            tracker.updateConditions({ failure("1"), condition(AttentionKind::RpoBreached, "2") }, polled({ "vb" }));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().kind, NoticeKind::RpoBreach);

        tracker.setSettings({}); // switched back on: the persisting failure stays quiet
        QVERIFY(tracker.updateConditions({ failure("1"), condition(AttentionKind::RpoBreached, "2") }, polled({ "vb" }))
                    .isEmpty());
        QCOMPARE(tracker.updateConditions({ failure("1"), failure("3") }, polled({ "vb" })).size(), 1);
    }

    void everyKindIsOnByDefault()
    {
        const NoticeSettings settings;
        for (NoticeKind kind : { NoticeKind::NewFailure, NoticeKind::RpoBreach, NoticeKind::SourceUnreachable,
                                 NoticeKind::RestoreFinished })
            QVERIFY(settings.enabled.contains(kind));
        QVERIFY(settings.mutedSources.isEmpty());
    }

    void conditionListedTwiceNotifiesOnce()
    {
        NotificationTracker tracker;
        tracker.updateConditions({}, polled({ "vb" }));
        QCOMPARE(tracker.updateConditions({ failure("1"), failure("1") }, polled({ "vb" })).size(), 1);
    }

    void restoreFinishingNotifiesOnce()
    {
        NotificationTracker tracker;
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Queued) }).isEmpty());
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Running) }).isEmpty());
        const QList<Notice> notices = tracker.updateRestores({ restore("r1", Status::Success) });
        QCOMPARE(notices.size(), 1);
        const Notice &n = notices.first();
        QCOMPARE(n.kind, NoticeKind::RestoreFinished);
        QCOMPARE(n.sourceId, QStringLiteral("cl"));
        QCOMPARE(n.taskId, QStringLiteral("r1"));
        QVERIFY(n.title.contains(QStringLiteral("vol-0abc")));
        QVERIFY(n.body.contains(QStringLiteral("cl")));
        QVERIFY(n.body.contains(QStringLiteral("Clumio")));
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Success) }).isEmpty());
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Success) }).isEmpty());
    }

    void restoreFirstSeenFinalIsSilent()
    {
        NotificationTracker tracker;
        QVERIFY(tracker
                    .updateRestores({ restore("r1", Status::Failed), restore("r2", Status::Success),
                                      restore("r3", Status::Cancelled), restore("r4", Status::Warning) })
                    .isEmpty());
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Failed) }).isEmpty());
    }

    void everyFinalStatusFinishes_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<Status>("to");
        QTest::addColumn<QString>("title");
        QTest::newRow("success") << Status::Running << Status::Success << QStringLiteral("Restore finished: vol-0abc");
        QTest::newRow("warning") << Status::Running << Status::Warning
                                 << QStringLiteral("Restore finished with warnings: vol-0abc");
        QTest::newRow("failed") << Status::Queued << Status::Failed << QStringLiteral("Restore failed: vol-0abc");
        QTest::newRow("cancelled") << Status::Paused << Status::Cancelled
                                   << QStringLiteral("Restore cancelled: vol-0abc");
        QTest::newRow("unknown is not final")
            << Status::Unknown << Status::Failed << QStringLiteral("Restore failed: vol-0abc");
    }

    void everyFinalStatusFinishes()
    {
        QFETCH(Status, from);
        QFETCH(Status, to);
        QFETCH(QString, title);
        NotificationTracker tracker;
        tracker.updateRestores({ restore("r", from) });
        const QList<Notice> notices = tracker.updateRestores({ restore("r", to) });
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().title, title);
    }

    void restoreOfAMutedSourceOrDisabledKindIsSilent()
    {
        NotificationTracker tracker;
        NoticeSettings settings;
        settings.mutedSources.insert(QStringLiteral("cl"));
        tracker.setSettings(settings);
        tracker.updateRestores({ restore("r1", Status::Running), restore("r2", Status::Running, "vb") });
        QCOMPARE(
            tracker.updateRestores({ restore("r1", Status::Success), restore("r2", Status::Success, "vb") }).size(), 1);

        settings = {};
        settings.enabled.remove(NoticeKind::RestoreFinished);
        tracker.setSettings(settings);
        tracker.updateRestores({ restore("r3", Status::Running) });
        QVERIFY(tracker.updateRestores({ restore("r3", Status::Failed) }).isEmpty());
    }

    void restoreThatVanishesIsForgotten()
    {
        NotificationTracker tracker;
        tracker.updateRestores({ restore("r1", Status::Running) });
        tracker.updateRestores({});
        // Seen again, already final: first seen again, so silent.
        QVERIFY(tracker.updateRestores({ restore("r1", Status::Success) }).isEmpty());
    }

    void restoreListedTwiceCountsOnce()
    {
        NotificationTracker tracker;
        tracker.updateRestores({ restore("r1", Status::Running) });
        QCOMPARE(tracker.updateRestores({ restore("r1", Status::Success), restore("r1", Status::Success) }).size(), 1);
        // Same id on another source is another job.
        tracker.updateRestores({ restore("r1", Status::Running, "vb") });
        QCOMPARE(tracker.updateRestores({ restore("r1", Status::Failed, "vb") }).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotificationTracker)
#include "tst_notificationtracker.moc"
