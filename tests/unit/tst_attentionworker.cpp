// AttentionWorker: small estates judged at once, large ones on the given pool; requests made
// while a worker runs wait for it, and an older answer never replaces a newer one.
#include "app/attentionworker.h"
#include "tests/common/globalpoolblocker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace BackupDash;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

// `count` VB365 jobs, succeeded an hour ago; the first `failed` of them failed instead.
AttentionWorker::SharedTasks jobs(int count, int failed, const QString &sourceId = QStringLiteral("vb"))
{
    auto tasks = std::make_shared<std::vector<Task>>();
    tasks->reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Task task;
        task.sourceId = sourceId;
        task.vendor = QStringLiteral("veeam-vb365");
        task.id = QStringLiteral("job-%1").arg(i);
        task.name = QStringLiteral("Job %1").arg(i);
        task.status = i < failed ? Status::Failed : Status::Success;
        task.lastRun = Now.addSecs(-3600);
        task.lastSuccess = i < failed ? Now.addDays(-3) : task.lastRun;
        tasks->push_back(std::move(task));
    }
    return tasks;
}

AttentionWorker::Input inputOf(std::vector<AttentionWorker::SharedTasks> tasks)
{
    SourceState source;
    source.id = QStringLiteral("vb");
    source.vendor = QStringLiteral("veeam-vb365");
    source.health = SourceHealth::Ok;
    return { std::move(tasks), { source }, {}, Now, { source.id } };
}

// How many items of each kind, the way a test can read them at a glance.
int countOf(const std::vector<AttentionItem> &items, AttentionKind kind)
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const AttentionItem &i) { return i.kind == kind; }));
}

constexpr int Large = int(AttentionWorker::WorkerRows) + 500;

} // namespace

class TestAttentionWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallEstateIsJudgedAtOnce()
    {
        QThreadPool pool;
        AttentionWorker worker(pool);
        QSignalSpy judged(&worker, &AttentionWorker::judged);
        worker.request(inputOf({ jobs(20, 3) }));
        QCOMPARE(judged.count(), 1); // before request() returned
        QVERIFY(!worker.isWorking());
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 3);
        QCOMPARE(countOf(worker.result().items, AttentionKind::RpoBreached), 3);
        QCOMPARE(worker.result().polledSources, QSet<QString> { QStringLiteral("vb") });
    }

    void largeEstateIsJudgedOnThePoolGiven()
    {
        // Qt's global pool fully taken: the worker must not need it.
        TestSupport::GlobalPoolBlocker blocker;
        QVERIFY(blocker.holdsAll());

        QThreadPool pool;
        AttentionWorker worker(pool);
        QSignalSpy judged(&worker, &AttentionWorker::judged);
        const AttentionWorker::Input input = inputOf({ jobs(Large / 2, 5), jobs(Large / 2, 2, QStringLiteral("vb2")) });
        worker.request(input);
        QCOMPARE(judged.count(), 0); // not on this thread
        QVERIFY(worker.isWorking());
        QVERIFY(judged.wait(10'000));
        QVERIFY(!worker.isWorking());
        QCOMPARE(judged.count(), 1);
        QCOMPARE(worker.result().items, AttentionWorker::judge(input).items);
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 7);
    }

    void requestsWhileWorkingWaitAndOnlyTheNewestRuns()
    {
        QThreadPool pool;
        AttentionWorker worker(pool);
        QSignalSpy judged(&worker, &AttentionWorker::judged);
        worker.request(inputOf({ jobs(Large, 1) }));
        worker.request(inputOf({ jobs(Large, 2) }));
        worker.request(inputOf({ jobs(Large, 3) }));
        QCOMPARE(judged.count(), 0);
        QVERIFY(judged.wait(10'000));
        // The first answer shows (it is newer than none); the third request runs next.
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 1);
        QVERIFY(worker.isWorking());
        QVERIFY(judged.wait(10'000));
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 3);
        QVERIFY(!worker.isWorking());
        QTest::qWait(50);
        QCOMPARE(judged.count(), 2); // the second request never ran
    }

    void anAnswerAtOnceIsNotReplacedByAnOlderWorker()
    {
        QThreadPool pool;
        AttentionWorker worker(pool);
        QSignalSpy judged(&worker, &AttentionWorker::judged);
        worker.request(inputOf({ jobs(Large, 4) }));
        worker.request(inputOf({ jobs(10, 1) })); // a source left: few rows remain
        QCOMPARE(judged.count(), 1);
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 1);
        QTRY_VERIFY(!worker.isWorking());
        QTest::qWait(50);
        QCOMPARE(judged.count(), 1);
        QCOMPARE(countOf(worker.result().items, AttentionKind::Failed), 1);
    }

    void destroyedWhileWorkingDropsTheAnswer()
    {
        QThreadPool pool;
        {
            AttentionWorker worker(pool);
            worker.request(inputOf({ jobs(Large, 4) }));
            QVERIFY(worker.isWorking());
        } // the task keeps its own input
        QVERIFY(pool.waitForDone(10'000));
    }
};

QTEST_GUILESS_MAIN(TestAttentionWorker)
#include "tst_attentionworker.moc"
