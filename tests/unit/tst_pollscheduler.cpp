#include "connectors/pollscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

class TestPollScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successDelayIsTheIntervalWithTenPercentJitter()
    {
        const PollScheduler::Policy p;
        QCOMPARE(PollScheduler::delayAfterSuccess(60'000, p, 0.0), 54'000);
        QCOMPARE(PollScheduler::delayAfterSuccess(60'000, p, 0.5), 60'000);
        QCOMPARE(PollScheduler::delayAfterSuccess(60'000, p, 0.999999), 66'000);
        QCOMPARE(PollScheduler::delayAfterSuccess(10, p, 0.5), p.minimumDelayMs);
    }

    void failureDelayIsExponentialWithFullJitter()
    {
        const PollScheduler::Policy p; // base 2 s, cap 5 min
        // The ceiling doubles per failure: 2, 4, 8, 16 s …
        QCOMPARE(PollScheduler::delayAfterFailure(1, std::nullopt, p, 0.999), 1998);
        QCOMPARE(PollScheduler::delayAfterFailure(2, std::nullopt, p, 0.999), 3996);
        QCOMPARE(PollScheduler::delayAfterFailure(4, std::nullopt, p, 0.5), 8000);
        // … up to the cap, however many failures.
        QCOMPARE(PollScheduler::delayAfterFailure(60, std::nullopt, p, 0.999), 299'700);
        // Full jitter reaches down to the floor.
        QCOMPARE(PollScheduler::delayAfterFailure(5, std::nullopt, p, 0.0), p.minimumDelayMs);
        // Retry-After is a lower bound.
        QCOMPARE(PollScheduler::delayAfterFailure(1, 7, p, 0.1), 7000);
        QCOMPARE(PollScheduler::delayAfterFailure(10, 1, p, 0.5), 150'000);
    }

    void pollsNeverOverlapAndFollowTheInterval()
    {
        PollScheduler scheduler;
        scheduler.setRandomSeed(7);
        PollScheduler::Policy policy;
        policy.minimumDelayMs = 50;
        policy.firstPollSpreadMs = 20;
        scheduler.setPolicy(policy);
        QSignalSpy due(&scheduler, &PollScheduler::pollDue);
        scheduler.addSource(QStringLiteral("a"), 150);
        scheduler.start();

        QVERIFY(due.wait(2000));
        QCOMPARE(due.first().first().toString(), QStringLiteral("a"));
        QVERIFY(scheduler.isInFlight(QStringLiteral("a")));
        QVERIFY(!scheduler.nextPollAt(QStringLiteral("a")).isValid());

        // While the poll runs, neither the timer nor "poll now" starts another.
        scheduler.pollNow(QStringLiteral("a"));
        QVERIFY(!due.wait(400));
        QCOMPARE(due.count(), 1);

        QElapsedTimer clock;
        clock.start();
        scheduler.reportFinished(QStringLiteral("a"), true);
        const QDateTime next = scheduler.nextPollAt(QStringLiteral("a"));
        QVERIFY(next.isValid());
        const qint64 planned = QDateTime::currentDateTimeUtc().msecsTo(next);
        QVERIFY2(planned >= 125 && planned <= 170, qPrintable(QString::number(planned)));
        QVERIFY(due.wait(2000));
        QVERIFY(clock.elapsed() >= 120);
        QCOMPARE(due.count(), 2);

        // "Poll now" on an idle source polls at once.
        scheduler.reportFinished(QStringLiteral("a"), true);
        scheduler.pollNow(QStringLiteral("a"));
        QCOMPARE(due.count(), 3);
    }

    void failuresBackOffAndSuccessResets()
    {
        PollScheduler scheduler;
        scheduler.setRandomSeed(3);
        PollScheduler::Policy policy;
        policy.backoffBaseMs = 10'000;
        policy.firstPollSpreadMs = 0;
        scheduler.setPolicy(policy);
        QSignalSpy due(&scheduler, &PollScheduler::pollDue);
        scheduler.addSource(QStringLiteral("a"), 3'600'000);
        scheduler.start();
        QVERIFY(due.wait(1000));
        scheduler.reportFinished(QStringLiteral("a"), false, 120);
        QCOMPARE(scheduler.consecutiveFailures(QStringLiteral("a")), 1);
        const qint64 planned = QDateTime::currentDateTimeUtc().msecsTo(scheduler.nextPollAt(QStringLiteral("a")));
        QVERIFY2(planned >= 119'000 && planned <= 120'100,
                 qPrintable(QString::number(planned))); // Retry-After honoured

        scheduler.pollNow(QStringLiteral("a"));
        scheduler.reportFinished(QStringLiteral("a"), false);
        QCOMPARE(scheduler.consecutiveFailures(QStringLiteral("a")), 2);
        const qint64 second = QDateTime::currentDateTimeUtc().msecsTo(scheduler.nextPollAt(QStringLiteral("a")));
        QVERIFY2(second <= 20'000, qPrintable(QString::number(second))); // ≤ base · 2

        scheduler.pollNow(QStringLiteral("a"));
        scheduler.reportFinished(QStringLiteral("a"), true);
        QCOMPARE(scheduler.consecutiveFailures(QStringLiteral("a")), 0);
        scheduler.stop();
        QVERIFY(!scheduler.nextPollAt(QStringLiteral("a")).isValid());
    }

    void backoffIsCappedAtFiveIntervals()
    {
        PollScheduler scheduler;
        PollScheduler::Policy policy;
        policy.firstPollSpreadMs = 0;
        scheduler.setPolicy(policy);
        QSignalSpy due(&scheduler, &PollScheduler::pollDue);
        scheduler.addSource(QStringLiteral("a"), 10'000);
        scheduler.start();
        QVERIFY(due.wait(1000));
        for (int i = 0; i < 20; ++i) {
            scheduler.reportFinished(QStringLiteral("a"), false);
            const qint64 planned = QDateTime::currentDateTimeUtc().msecsTo(scheduler.nextPollAt(QStringLiteral("a")));
            QVERIFY2(planned <= 50'000, qPrintable(QString::number(planned)));
            scheduler.pollNow(QStringLiteral("a"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
