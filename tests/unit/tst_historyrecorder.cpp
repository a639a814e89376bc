// The history recorder: polls handed over on the GUI thread are written by a thread of its own,
// and the file then holds exactly what a store recording on the caller's thread writes (counts,
// transitions, runs, the offline cache), in the order handed over; a file that cannot be opened
// is reported per poll and never blocks the caller.
#include "models/historyrecorder.h"
#include "models/historystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace BackupDash;

namespace {

QDateTime utc(int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, 20), QTime(h, min), Qt::UTC);
}

std::shared_ptr<const SourceSnapshot> poll(const QDateTime &at, std::initializer_list<std::pair<QString, Status>> tasks)
{
    auto snapshot = std::make_shared<SourceSnapshot>();
    snapshot->sourceId = QStringLiteral("vb-hq");
    snapshot->polledAt = at;
    for (const auto &[id, status] : tasks) {
        Task t;
        t.sourceId = snapshot->sourceId;
        t.vendor = QStringLiteral("veeam-vb365");
        t.id = id;
        t.name = QStringLiteral("Job ") + id;
        t.status = status;
        snapshot->tasks.push_back(t);
        TaskRun run;
        run.taskId = id;
        run.id = id + QStringLiteral("-run-") + QString::number(at.time().hour());
        run.status = status;
        run.started = at.addSecs(-600);
        run.ended = at.addSecs(-60);
        snapshot->runs.push_back(run);
    }
    return snapshot;
}

std::unique_ptr<HistoryStore> openStore(const QString &path)
{
    auto opened = HistoryStore::open(path);
    if (!opened)
        return nullptr;
    return std::move(*opened.value);
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnItsOwnThreadWhatTheStoreWouldWrite()
    {
        QTemporaryDir dir;
        const QString onThread = dir.filePath(QStringLiteral("thread.sqlite"));
        const QString here = dir.filePath(QStringLiteral("here.sqlite"));
        const std::vector<std::shared_ptr<const SourceSnapshot>> polls {
            poll(utc(8), { { QStringLiteral("a"), Status::Success }, { QStringLiteral("b"), Status::Failed } }),
            poll(utc(9), { { QStringLiteral("a"), Status::Failed }, { QStringLiteral("b"), Status::Failed } }),
            poll(utc(10), { { QStringLiteral("a"), Status::Failed }, { QStringLiteral("c"), Status::Warning } }),
        };
        std::unique_ptr<HistoryStore> reference = openStore(here);
        QVERIFY(reference);
        for (const auto &p : polls)
            QVERIFY(reference->record(*p, QStringLiteral("veeam-vb365")));

        QStringList recorded;
        {
            std::unique_ptr<HistoryStore> reader = openStore(onThread); // creates the file, as main.cpp does
            QVERIFY(reader);
            HistoryRecorder recorder(onThread);
            connect(&recorder, &HistoryRecorder::recorded, this,
                    [&recorded](const QString &sourceId) { recorded << sourceId; });
            QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
            for (const auto &p : polls)
                recorder.record(p, QStringLiteral("veeam-vb365"));
            QCOMPARE(recorder.pending(), 3); // handed over, not written by the caller
            QTRY_COMPARE(recorded.size(), 3);
            QCOMPARE(failed.count(), 0);
            QCOMPARE(recorder.pending(), 0);
            // The reader's own connection sees the rows the thread wrote.
            const auto counts = reader->counts(utc(0), utc(23));
            QVERIFY2(counts, qPrintable(counts.error));
            QCOMPARE(counts.value->size(), 3);
        }
        QCOMPARE(recorded, QStringList(3, QStringLiteral("vb-hq")));

        std::unique_ptr<HistoryStore> written = openStore(onThread);
        QVERIFY(written);
        const auto expectedCounts = reference->counts(utc(0), utc(23));
        const auto actualCounts = written->counts(utc(0), utc(23));
        QVERIFY(expectedCounts && actualCounts);
        QCOMPARE(*actualCounts.value, *expectedCounts.value);
        for (const QString &id : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
            const auto expected = reference->transitions(QStringLiteral("vb-hq"), id);
            const auto actual = written->transitions(QStringLiteral("vb-hq"), id);
            QVERIFY(expected && actual);
            QCOMPARE(*actual.value, *expected.value);
            const auto expectedRuns = reference->runs(QStringLiteral("vb-hq"), id);
            const auto actualRuns = written->runs(QStringLiteral("vb-hq"), id);
            QVERIFY(expectedRuns && actualRuns);
            QCOMPARE(*actualRuns.value, *expectedRuns.value);
        }
        const auto cached = written->lastKnown();
        QVERIFY(cached);
        QCOMPARE(cached.value->size(), size_t(1));
        QCOMPARE(cached.value->front().snapshot.tasks.size(), size_t(2)); // a and c: b went
    }

    void waitForIdleReturnsWithEveryPollWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryRecorder recorder(path);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(poll(utc(8), { { QStringLiteral("a"), Status::Success } }), QStringLiteral("veeam-vb365"));
        recorder.record(poll(utc(9), { { QStringLiteral("a"), Status::Warning } }), QStringLiteral("veeam-vb365"));
        recorder.waitForIdle();
        QCOMPARE(recorded.count(), 2);
        QCOMPARE(recorder.pending(), 0);
        std::unique_ptr<HistoryStore> store = openStore(path);
        QVERIFY(store);
        const auto transitions = store->transitions(QStringLiteral("vb-hq"), QStringLiteral("a"));
        QVERIFY(transitions);
        QCOMPARE(transitions.value->size(), 2); // unknown → success → warning
    }

    void anUnchangedPollRecordsTheSameSnapshotAtItsOwnTime()
    {
        // The Dashboard keeps one snapshot per source and hands it over again when a poll found
        // nothing changed: the counts are recorded at that later poll's time, and the offline
        // cache says the data was current then.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryRecorder recorder(path);
        const auto snapshot = poll(utc(8), { { QStringLiteral("a"), Status::Success } });
        recorder.record(snapshot, QStringLiteral("veeam-vb365"));
        recorder.record(snapshot, QStringLiteral("veeam-vb365"), utc(9));
        recorder.waitForIdle();
        QCOMPARE(snapshot->polledAt, utc(8)); // handed over, never changed
        std::unique_ptr<HistoryStore> store = openStore(path);
        QVERIFY(store);
        const auto counts = store->counts(utc(0), utc(23));
        QVERIFY2(counts, qPrintable(counts.error));
        QCOMPARE(counts.value->size(), 2);
        QCOMPARE(counts.value->at(0).polledAt, utc(8));
        QCOMPARE(counts.value->at(1).polledAt, utc(9));
        const auto cached = store->lastKnown();
        QVERIFY(cached);
        QCOMPARE(cached.value->size(), size_t(1));
        QCOMPARE(cached.value->front().snapshot.polledAt, utc(9));
    }

    void aFileThatCannotBeOpenedIsReportedPerPoll()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryRecorder recorder(dir.filePath(QStringLiteral("not-a-folder/h.sqlite")));
        QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(poll(utc(8), { { QStringLiteral("a"), Status::Success } }), QStringLiteral("veeam-vb365"));
        recorder.record(poll(utc(9), { { QStringLiteral("a"), Status::Success } }), QStringLiteral("veeam-vb365"));
        recorder.waitForIdle();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("vb-hq"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void aPollWithoutTimeIsRefusedAndTheNextIsWritten()
    {
        QTemporaryDir dir;
        HistoryRecorder recorder(dir.filePath(QStringLiteral("h.sqlite")));
        QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(poll(QDateTime(), { { QStringLiteral("a"), Status::Success } }), QStringLiteral("veeam-vb365"));
        recorder.record(poll(utc(9), { { QStringLiteral("a"), Status::Success } }), QStringLiteral("veeam-vb365"));
        recorder.waitForIdle();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(recorded.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
