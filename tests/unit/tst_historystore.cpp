// The history store: per-poll counts, transitions only on change, runs upserted, the offline
// cache (every Task field, across a reopen, unchanged rows never rewritten), success-rate buckets
// at their edges, pruning (now and in the background), bad files and bad rows.
#include "models/historystore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <utility>

using namespace BackupDash;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

Task task(const QString &id, Status status)
{
    Task t;
    t.id = id;
    t.name = QStringLiteral("Task ") + id;
    t.status = status;
    return t;
}

// One task per status occurrence: {{Success, 3}, {Failed, 1}} → s0 s1 s2 f0.
std::vector<Task> tasksWith(std::initializer_list<std::pair<Status, int>> counts)
{
    std::vector<Task> tasks;
    for (const auto &[status, n] : counts) {
        for (int i = 0; i < n; ++i)
            tasks.push_back(task(statusKey(status) + QString::number(i), status));
    }
    return tasks;
}

SourceSnapshot snapshotOf(const QString &sourceId, const QDateTime &polledAt, std::vector<Task> tasks,
                          std::vector<TaskRun> runs = {})
{
    SourceSnapshot s;
    s.sourceId = sourceId;
    s.polledAt = polledAt;
    for (Task &t : tasks)
        t.sourceId = sourceId;
    s.tasks = std::move(tasks);
    s.runs = std::move(runs);
    return s;
}

TaskRun run(const QString &taskId, const QString &id, Status status, const QDateTime &started,
            const QDateTime &ended = {})
{
    TaskRun r;
    r.taskId = taskId;
    r.id = id;
    r.status = status;
    r.vendorStatus = statusKey(status).toUpper();
    r.started = started;
    r.ended = ended;
    return r;
}

std::unique_ptr<HistoryStore> openOrNull(const QString &path)
{
    JournalResult<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    return std::move(*opened.value);
}

// A raw connection of the test's own, for what the store's API deliberately cannot do.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q = query();
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    qint64 number(const QString &sql) const
    {
        QSqlQuery q = query();
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QString m_name;
};

std::vector<Task> sortedById(std::vector<Task> tasks)
{
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    return tasks;
}

// Every field set, none to its default; the sizes do not fit in 32 bits.
Task fullTask()
{
    Task t;
    t.sourceId = QStringLiteral("clumio-prod");
    t.vendor = QStringLiteral("clumio");
    t.id = QStringLiteral("a-full");
    t.name = QStringLiteral("Mailbox of Ana Lima — ünïcode");
    t.workload = QStringLiteral("aws_ebs_volume");
    t.status = Status::Warning;
    t.vendorStatus = QStringLiteral("completed_with_warnings");
    t.lastRun = utc(2026, 11, 21, 22, 30, 5, 123);
    t.lastSuccess = QDateTime(QDate(2026, 11, 20), QTime(23, 0, 0, 7), Qt::OffsetFromUTC, 3600); // not UTC
    t.nextRun = utc(2026, 11, 22, 22, 30);
    t.sizeBytes = 5'000'000'000'000;
    t.progress = 40;
    t.enabled = false;
    t.lastRunSeconds = 3'000'000'000;
    t.schedule = QStringLiteral("Daily at 22:30");
    t.restoreScope = QStringLiteral("vol-0123");
    return t;
}

// Zero is a value, not an absence.
Task zeroTask()
{
    Task t;
    t.sourceId = QStringLiteral("clumio-prod");
    t.id = QStringLiteral("b-zero");
    t.status = Status::Running;
    t.sizeBytes = 0;
    t.progress = 0;
    t.lastRunSeconds = 0;
    t.lastRun = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return t;
}

// Nothing but the key: every optional absent, every time invalid, every text empty.
Task emptyTask()
{
    Task t;
    t.sourceId = QStringLiteral("clumio-prod");
    t.id = QStringLiteral("c-empty");
    return t;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensNewFileWithItsPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/er/history.sqlite"));
        auto store = openOrNull(path);
        QVERIFY(store);
        QVERIFY(QFile::exists(path));
        QCOMPARE(store->path(), path);
        const auto settings = store->settings();
        QVERIFY2(settings, qPrintable(settings.error));
        QCOMPARE(settings.value->journalMode, QStringLiteral("wal"));
        QCOMPARE(settings.value->synchronous, 1); // NORMAL: history is not a journal
        QCOMPARE(settings.value->schemaVersion, 1);
        QVERIFY(store->lastKnown().value->empty());
        QCOMPARE(HistoryStore::DefaultRetentionDays, 90);
    }

    void countsAreWrittenAndRead()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QDateTime t0 = utc(2026, 11, 22, 10);
        const QDateTime t1 = t0.addSecs(60);
        QVERIFY(store->record(
            snapshotOf(
                QStringLiteral("vb365-hq"), t0,
                tasksWith(
                    { { Status::Success, 3 }, { Status::Failed, 1 }, { Status::Running, 2 }, { Status::Unknown, 1 } })),
            QStringLiteral("veeam-vb365")));
        QVERIFY(store->record(snapshotOf(QStringLiteral("clumio-prod"), t1,
                                         tasksWith({ { Status::Warning, 2 },
                                                     { Status::Cancelled, 1 },
                                                     { Status::Queued, 1 },
                                                     { Status::Paused, 4 } })),
                              QStringLiteral("clumio")));
        QVERIFY(store->record(snapshotOf(QStringLiteral("empty"), t1, {}), QStringLiteral("cloudally")));

        const auto all = store->counts(t0, t1.addMSecs(1));
        QVERIFY2(all, qPrintable(all.error));
        QCOMPARE(all.value->size(), 3);
        StatusCounts vb;
        vb.sourceId = QStringLiteral("vb365-hq");
        vb.vendor = QStringLiteral("veeam-vb365");
        vb.polledAt = t0;
        vb.counts = { 3, 0, 1, 2, 0, 0, 0, 1 };
        QCOMPARE(all.value->at(0), vb);
        QCOMPARE(all.value->at(1).sourceId, QStringLiteral("clumio-prod"));
        QCOMPARE(all.value->at(1).count(Status::Warning), 2);
        QCOMPARE(all.value->at(1).count(Status::Cancelled), 1);
        QCOMPARE(all.value->at(1).count(Status::Queued), 1);
        QCOMPARE(all.value->at(1).count(Status::Paused), 4);
        QCOMPARE(all.value->at(1).count(Status::Success), 0);
        QCOMPARE(all.value->at(2).counts, (std::array<int, StatusCount> {}));

        // [from, to): the start is in, the end is out.
        QCOMPARE(store->counts(t0, t1).value->size(), 1);
        QCOMPARE(store->counts(t1, t1.addSecs(1)).value->size(), 2);
        QVERIFY(store->counts(t1.addSecs(1), t1.addSecs(2)).value->isEmpty());
        QVERIFY(!store->counts(QDateTime(), t1));
    }

    void recordRefusesAPollWithoutSourceOrTime()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const JournalDone noSource = store->record(snapshotOf({}, utc(2026, 11, 22, 10), {}), {});
        QVERIFY(!noSource);
        QCOMPARE(noSource.error, QStringLiteral("a poll without its source cannot be recorded in the history"));
        const JournalDone noTime = store->record(snapshotOf(QStringLiteral("a"), QDateTime(), {}), {});
        QVERIFY(!noTime);
        QCOMPARE(noTime.error, QStringLiteral("the poll of a has no time, so the history cannot record it"));
        QVERIFY(store->counts(utc(2000, 1, 1, 0), utc(2100, 1, 1, 0)).value->isEmpty());
    }

    void transitionsOnlyOnChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        auto store = openOrNull(path);
        QVERIFY(store);
        const QString src = QStringLiteral("vb365-hq");
        const QString vendor = QStringLiteral("veeam-vb365");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        const auto at = [&](int minute) {
            return t0.addSecs(60 * minute);
        };
        const auto poll = [&](int minute, std::vector<Task> tasks) {
            return bool(store->record(snapshotOf(src, at(minute), std::move(tasks)), vendor));
        };
        const auto changes = [&](const QString &taskId) {
            return *store->transitions(src, taskId).value;
        };

        // First sighting: from Unknown, except a task that is itself Unknown.
        QVERIFY(poll(0, { task(QStringLiteral("a"), Status::Success), task(QStringLiteral("b"), Status::Unknown) }));
        QCOMPARE(changes(QStringLiteral("a")),
                 (QList<StatusTransition> { { src, QStringLiteral("a"), at(0), Status::Unknown, Status::Success } }));
        QVERIFY(changes(QStringLiteral("b")).isEmpty());

        // Nothing changed (even with another field changed): nothing recorded.
        Task renamed = task(QStringLiteral("a"), Status::Success);
        renamed.name = QStringLiteral("renamed");
        QVERIFY(poll(1, { renamed, task(QStringLiteral("b"), Status::Unknown) }));
        QCOMPARE(changes(QStringLiteral("a")).size(), 1);
        QVERIFY(changes(QStringLiteral("b")).isEmpty());

        QVERIFY(poll(2, { task(QStringLiteral("a"), Status::Failed), task(QStringLiteral("b"), Status::Running) }));
        QCOMPARE(changes(QStringLiteral("a")).size(), 2);
        QCOMPARE(changes(QStringLiteral("a")).at(1),
                 (StatusTransition { src, QStringLiteral("a"), at(2), Status::Success, Status::Failed }));
        QCOMPARE(changes(QStringLiteral("b")),
                 (QList<StatusTransition> { { src, QStringLiteral("b"), at(2), Status::Unknown, Status::Running } }));

        // The store remembers across a reopen: the same status again is no change.
        store.reset();
        store = openOrNull(path);
        QVERIFY(store);
        QVERIFY(poll(3, { task(QStringLiteral("a"), Status::Failed), task(QStringLiteral("b"), Status::Success) }));
        QCOMPARE(changes(QStringLiteral("a")).size(), 2);
        QCOMPARE(changes(QStringLiteral("b")).size(), 2);
        QCOMPARE(changes(QStringLiteral("b")).at(1).from, Status::Running);

        // A task missing from a poll and back later is seen first again.
        QVERIFY(poll(4, { task(QStringLiteral("b"), Status::Success) }));
        QVERIFY(poll(5, { task(QStringLiteral("a"), Status::Failed), task(QStringLiteral("b"), Status::Success) }));
        QCOMPARE(changes(QStringLiteral("a")).size(), 3);
        QCOMPARE(changes(QStringLiteral("a")).at(2),
                 (StatusTransition { src, QStringLiteral("a"), at(5), Status::Unknown, Status::Failed }));

        // Another source's task of the same id is another task.
        QVERIFY(store->record(
            snapshotOf(QStringLiteral("other"), at(6), { task(QStringLiteral("a"), Status::Success) }), vendor));
        QCOMPARE(changes(QStringLiteral("a")).size(), 3);
        QCOMPARE(store->transitions(QStringLiteral("other"), QStringLiteral("a")).value->size(), 1);

        RawDatabase raw(path);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM transitions")), 6);
    }

    void runsAreUpserted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        auto store = openOrNull(path);
        QVERIFY(store);
        const QString src = QStringLiteral("clumio-prod");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        TaskRun first = run(QStringLiteral("t1"), QStringLiteral("r1"), Status::Running, t0.addSecs(-600));
        first.transferredBytes = 10;
        const TaskRun older = run(QStringLiteral("t1"), QStringLiteral("r0"), Status::Success, t0.addDays(-1),
                                  t0.addDays(-1).addSecs(60));
        const TaskRun otherTask = run(QStringLiteral("t2"), QStringLiteral("r1"), Status::Failed, t0.addSecs(-60));
        QVERIFY(store->record(snapshotOf(src, t0, {}, { first, older, otherTask }), QStringLiteral("clumio")));

        auto runs = store->runs(src, QStringLiteral("t1"));
        QVERIFY2(runs, qPrintable(runs.error));
        TaskRun firstStored = first;
        firstStored.sourceId = src;
        TaskRun olderStored = older;
        olderStored.sourceId = src;
        QCOMPARE(*runs.value, (QList<TaskRun> { olderStored, firstStored })); // oldest first

        // The same run finished: one row, updated.
        TaskRun finished = first;
        finished.status = Status::Warning;
        finished.vendorStatus = QStringLiteral("completed_with_warnings");
        finished.ended = t0.addSecs(30);
        finished.transferredBytes = 9'000'000'000;
        finished.processedObjects = 12;
        QVERIFY(store->record(snapshotOf(src, t0.addSecs(60), {}, { finished }), QStringLiteral("clumio")));
        runs = store->runs(src, QStringLiteral("t1"));
        finished.sourceId = src;
        QCOMPARE(*runs.value, (QList<TaskRun> { olderStored, finished }));
        QCOMPARE(store->runs(src, QStringLiteral("t2")).value->size(), 1);
        QVERIFY(store->runs(src, QStringLiteral("nope")).value->isEmpty());
        RawDatabase raw(path);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM runs")), 3);
    }

    void cacheRoundTripsEveryTaskField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const std::vector<Task> tasks { fullTask(), zeroTask(), emptyTask() };
        const QDateTime polledAt = utc(2026, 11, 22, 10, 0, 0, 250);
        {
            auto store = openOrNull(path);
            QVERIFY(store);
            QVERIFY(
                store->record(snapshotOf(QStringLiteral("clumio-prod"), polledAt, tasks), QStringLiteral("clumio")));
            const auto known = store->lastKnown();
            QVERIFY2(known, qPrintable(known.error));
            QCOMPARE(known.value->size(), size_t(1));
            QCOMPARE(known.value->at(0).snapshot.tasks, tasks);
        }
        auto store = openOrNull(path);
        QVERIFY(store);
        const auto known = store->lastKnown();
        QVERIFY2(known, qPrintable(known.error));
        QCOMPARE(known.value->size(), size_t(1));
        const CachedSource &cached = known.value->at(0);
        QCOMPARE(cached.vendor, QStringLiteral("clumio"));
        QCOMPARE(cached.snapshot.sourceId, QStringLiteral("clumio-prod"));
        QCOMPARE(cached.snapshot.polledAt, polledAt);
        QCOMPARE(cached.snapshot.polledAt.timeSpec(), Qt::UTC);
        const std::vector<Task> read = sortedById(cached.snapshot.tasks);
        QCOMPARE(read.size(), tasks.size());
        for (size_t i = 0; i < tasks.size(); ++i) {
            const Task &want = tasks[i];
            const Task &got = read[i];
            QCOMPARE(got.sourceId, want.sourceId);
            QCOMPARE(got.vendor, want.vendor);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.workload, want.workload);
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.vendorStatus, want.vendorStatus);
            QCOMPARE(got.lastRun, want.lastRun);
            QCOMPARE(got.lastRun.isValid(), want.lastRun.isValid());
            QCOMPARE(got.lastSuccess, want.lastSuccess);
            QCOMPARE(got.lastSuccess.isValid(), want.lastSuccess.isValid());
            QCOMPARE(got.nextRun, want.nextRun);
            QCOMPARE(got.nextRun.isValid(), want.nextRun.isValid());
            QCOMPARE(got.sizeBytes, want.sizeBytes);
            QCOMPARE(got.progress, want.progress);
            QCOMPARE(got.enabled, want.enabled);
            QCOMPARE(got.lastRunSeconds, want.lastRunSeconds);
            QCOMPARE(got.schedule, want.schedule);
            QCOMPARE(got.restoreScope, want.restoreScope);
            QVERIFY(got == want); // and nothing the list above forgot
        }
        QVERIFY(!read[2].sizeBytes && !read[2].progress && !read[2].lastRunSeconds);
        QVERIFY(read[1].sizeBytes && read[1].progress && read[1].lastRunSeconds); // zero is not absent
    }

    void lastKnownAfterReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime t0 = utc(2026, 11, 22, 10);
        {
            auto store = openOrNull(path);
            QVERIFY(store);
            QVERIFY(store->record(
                snapshotOf(QStringLiteral("vb365-hq"), t0,
                           { task(QStringLiteral("x"), Status::Success), task(QStringLiteral("y"), Status::Failed) }),
                QStringLiteral("veeam-vb365")));
            QVERIFY(store->record(
                snapshotOf(QStringLiteral("acronis-eu"), t0, { task(QStringLiteral("k"), Status::Queued) }),
                QStringLiteral("acronis")));
            // The newer poll replaces the source's tasks: y went, z came, x changed.
            QVERIFY(store->record(
                snapshotOf(QStringLiteral("vb365-hq"), t0.addSecs(60),
                           { task(QStringLiteral("z"), Status::Running), task(QStringLiteral("x"), Status::Warning) }),
                QStringLiteral("veeam-vb365")));
            const auto known = *store->lastKnown().value;
            QCOMPARE(known.size(), size_t(2));
            QCOMPARE(known.at(1).snapshot.tasks.at(0).id, QStringLiteral("z")); // in the order recorded
        }
        auto store = openOrNull(path);
        QVERIFY(store);
        const auto known = *store->lastKnown().value;
        QCOMPARE(known.size(), size_t(2));
        QCOMPARE(known.at(0).snapshot.sourceId, QStringLiteral("acronis-eu")); // by source id
        QCOMPARE(known.at(0).vendor, QStringLiteral("acronis"));
        QCOMPARE(known.at(0).snapshot.polledAt, t0);
        QCOMPARE(known.at(0).snapshot.tasks.size(), size_t(1));
        QCOMPARE(known.at(1).snapshot.sourceId, QStringLiteral("vb365-hq"));
        QCOMPARE(known.at(1).vendor, QStringLiteral("veeam-vb365"));
        QCOMPARE(known.at(1).snapshot.polledAt, t0.addSecs(60));
        const std::vector<Task> &tasks = known.at(1).snapshot.tasks;
        QCOMPARE(tasks.size(), size_t(2));
        QCOMPARE(tasks.at(0).id, QStringLiteral("x")); // by task id after a reopen
        QCOMPARE(tasks.at(0).status, Status::Warning);
        QCOMPARE(tasks.at(1).id, QStringLiteral("z"));
        QVERIFY(known.at(1).snapshot.runs.empty());
    }

    void anIdListedTwiceIsOneTaskItsLastRow()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral("clumio-prod");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        const auto poll = [&](HistoryStore &store, int minute, std::vector<Task> tasks) {
            return bool(
                store.record(snapshotOf(source, t0.addSecs(60 * minute), std::move(tasks)), QStringLiteral("clumio")));
        };
        const auto a = [](Status status) {
            return task(QStringLiteral("a"), status);
        };
        {
            auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
            QVERIFY(store);
            QVERIFY(
                poll(*store, 0, { a(Status::Success), task(QStringLiteral("b"), Status::Running), a(Status::Failed) }));
            const auto counts = store->counts(t0, t0.addSecs(1));
            QVERIFY2(counts, qPrintable(counts.error));
            QCOMPARE(counts.value->size(), 1);
            QCOMPARE(counts.value->at(0).count(Status::Failed), 1);
            QCOMPARE(counts.value->at(0).count(Status::Success), 0);
            QCOMPARE(counts.value->at(0).count(Status::Running), 1);
            const std::vector<Task> known = store->lastKnown().value->at(0).snapshot.tasks;
            QCOMPARE(known.size(), size_t(2));
            QCOMPARE(known.at(0).id, QStringLiteral("b"));
            QCOMPARE(known.at(1).status, Status::Failed);
            // The next poll lists it once: compared with the row that was recorded, b gone.
            QVERIFY(poll(*store, 1, { a(Status::Failed) }));
        }
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const std::vector<Task> known = store->lastKnown().value->at(0).snapshot.tasks;
        QCOMPARE(known.size(), size_t(1));
        QCOMPARE(known.at(0).id, QStringLiteral("a"));
        QCOMPARE(known.at(0).status, Status::Failed);
        // After the reopen the loaded tasks are indexed again: a change is found against them.
        QVERIFY(poll(*store, 2, { a(Status::Success) }));
        QCOMPARE(store->lastKnown().value->at(0).snapshot.tasks.at(0).status, Status::Success);
        const QList<StatusTransition> changes = *store->transitions(source, QStringLiteral("a")).value;
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().from, Status::Failed);
        QCOMPARE(changes.last().to, Status::Success);
    }

    void unchangedRowsAreNotRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        auto store = openOrNull(path);
        QVERIFY(store);
        RawDatabase raw(path);
        // Triggers of the file count every write the store makes to the cache and the runs.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE writes (what TEXT)")));
        for (const char *table : { "cached_tasks", "runs" }) {
            for (const char *event : { "INSERT", "UPDATE", "DELETE" }) {
                QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER count_%1_%2 AFTER %2 ON %1"
                                                " BEGIN INSERT INTO writes VALUES ('%1 %2'); END")
                                     .arg(QLatin1String(table), QLatin1String(event))));
            }
        }
        const auto writes = [&] {
            return raw.number(QStringLiteral("SELECT COUNT(*) FROM writes"));
        };
        const QString src = QStringLiteral("vb365-hq");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        std::vector<Task> tasks = tasksWith({ { Status::Success, 50 }, { Status::Failed, 10 } });
        const std::vector<TaskRun> runs { run(QStringLiteral("success0"), QStringLiteral("r1"), Status::Success, t0),
                                          run(QStringLiteral("failed0"), QStringLiteral("r2"), Status::Failed, t0) };
        QVERIFY(store->record(snapshotOf(src, t0, tasks, runs), QStringLiteral("veeam-vb365")));
        QCOMPARE(writes(), 62);

        QVERIFY(store->record(snapshotOf(src, t0.addSecs(60), tasks, runs), QStringLiteral("veeam-vb365")));
        QCOMPARE(writes(), 62); // the same poll again: not one row rewritten

        // One task changed, one went, one run changed: exactly those rows are written.
        tasks[3].lastRun = t0.addSecs(90);
        tasks.pop_back();
        std::vector<TaskRun> changedRuns = runs;
        changedRuns[0].ended = t0.addSecs(100);
        QVERIFY(store->record(snapshotOf(src, t0.addSecs(120), tasks, changedRuns), QStringLiteral("veeam-vb365")));
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM writes WHERE rowid > 62")), 3);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM writes WHERE rowid > 62 AND what = 'runs UPDATE'")),
                 1);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM writes WHERE rowid > 62"
                                           " AND what = 'cached_tasks DELETE'")),
                 1);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM cached_tasks")), 59);
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM polls")), 3); // counts go in every poll
    }

    // A shared snapshot's tasks are kept as the ones last recorded, not copied: the store holds
    // that snapshot until the next record of its source, and its answers are the same.
    void sharedSnapshotIsKeptUntilTheNextRecord()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QString src = QStringLiteral("clumio-prod");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        std::vector<Task> tasks = tasksWith({ { Status::Success, 2 }, { Status::Failed, 1 } });
        auto first = std::make_shared<const SourceSnapshot>(snapshotOf(src, t0, tasks));
        const std::weak_ptr<const SourceSnapshot> firstAlive = first;
        QVERIFY(store->record(first, QStringLiteral("clumio"), t0));
        first.reset();
        QVERIFY(!firstAlive.expired());

        tasks[0].status = Status::Failed; // one transition against the kept tasks
        auto second = std::make_shared<const SourceSnapshot>(snapshotOf(src, t0.addSecs(60), tasks));
        QVERIFY(store->record(second, QStringLiteral("clumio"), t0.addSecs(60)));
        QVERIFY(firstAlive.expired());
        RawDatabase raw(dir.filePath(QStringLiteral("h.sqlite")));
        QCOMPARE(raw.number(QStringLiteral("SELECT COUNT(*) FROM transitions WHERE to_status = 'failed'")), 2);
        const auto known = store->lastKnown();
        QVERIFY(known);
        QCOMPARE(known.value->size(), size_t(1));
        QCOMPARE(known.value->at(0).snapshot.tasks, second->tasks);
    }

    void successRateBucketsPerVendorAndAll()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QDateTime from = utc(2026, 11, 1, 0);
        const QDateTime to = from.addSecs(4 * 3600);
        const QString clumio = QStringLiteral("clumio");
        const QString veeam = QStringLiteral("veeam-vb365");
        const auto poll = [&](const QString &source, const QString &vendor, const QDateTime &at,
                              std::initializer_list<std::pair<Status, int>> counts) {
            return bool(store->record(snapshotOf(source, at, tasksWith(counts)), vendor));
        };
        // Bucket 0 [from, from + 1 h): its first and last millisecond, two Clumio sources, one Veeam.
        QVERIFY(poll(QStringLiteral("clumio-a"), clumio, from,
                     { { Status::Success, 3 }, { Status::Warning, 1 }, { Status::Running, 5 } }));
        QVERIFY(poll(QStringLiteral("clumio-b"), clumio, from.addMSecs(3600 * 1000 - 1),
                     { { Status::Success, 1 }, { Status::Failed, 1 } }));
        QVERIFY(
            poll(QStringLiteral("vb"), veeam, from.addSecs(1800), { { Status::Success, 2 }, { Status::Failed, 2 } }));
        // Bucket 1 starts exactly at from + 1 h.
        QVERIFY(poll(QStringLiteral("clumio-a"), clumio, from.addSecs(3600), { { Status::Success, 5 } }));
        // Bucket 2: only running, queued, cancelled… tasks: left out entirely.
        QVERIFY(poll(QStringLiteral("clumio-a"), clumio, from.addSecs(2 * 3600),
                     { { Status::Running, 3 }, { Status::Queued, 1 }, { Status::Cancelled, 2 } }));
        // Bucket 3: Veeam failed; Clumio only running, so Clumio is left out of this bucket.
        QVERIFY(poll(QStringLiteral("vb"), veeam, from.addSecs(3 * 3600), { { Status::Failed, 1 } }));
        QVERIFY(poll(QStringLiteral("clumio-a"), clumio, from.addSecs(3 * 3600 + 60), { { Status::Running, 2 } }));
        // Outside [from, to): a millisecond early, and exactly at the end.
        QVERIFY(poll(QStringLiteral("clumio-a"), clumio, from.addMSecs(-1), { { Status::Success, 9 } }));
        QVERIFY(poll(QStringLiteral("vb"), veeam, to, { { Status::Failed, 9 } }));

        const auto rate = store->successRate(from, to, 3600);
        QVERIFY2(rate, qPrintable(rate.error));
        const QList<RatePoint> expected {
            { from, {}, 6.0 / 10.0, 10 },
            { from, clumio, 4.0 / 6.0, 6 },
            { from, veeam, 0.5, 4 },
            { from.addSecs(3600), {}, 1.0, 5 },
            { from.addSecs(3600), clumio, 1.0, 5 },
            { from.addSecs(3 * 3600), {}, 0.0, 1 },
            { from.addSecs(3 * 3600), veeam, 0.0, 1 },
        };
        QCOMPARE(rate.value->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const RatePoint &got = rate.value->at(i);
            QCOMPARE(got.bucketStart, expected[i].bucketStart);
            QCOMPARE(got.vendor, expected[i].vendor);
            QCOMPARE(got.finished, expected[i].finished);
            QCOMPARE(got.rate, expected[i].rate);
        }
        QCOMPARE(rate.value->at(0).bucketStart.timeSpec(), Qt::UTC);

        // One bucket over everything; a range with nothing in it.
        const auto whole = store->successRate(from, to, 4 * 3600);
        QCOMPARE(whole.value->size(), 3);
        QCOMPARE(whole.value->at(0).finished, 16);
        QCOMPARE(whole.value->at(0).rate, 11.0 / 16.0);
        QVERIFY(store->successRate(to.addDays(1), to.addDays(2), 3600).value->isEmpty());
    }

    void successRateRefusesBadArguments()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QDateTime t0 = utc(2026, 11, 1, 0);
        const auto noBuckets = store->successRate(t0, t0.addDays(1), 0);
        QVERIFY(!noBuckets);
        QCOMPARE(noBuckets.error, QStringLiteral("a success rate needs buckets of at least one second"));
        QVERIFY(!store->successRate(t0, t0.addDays(1), -60));
        const auto noRange = store->successRate(QDateTime(), t0, 60);
        QVERIFY(!noRange);
        QCOMPARE(noRange.error, QStringLiteral("the history needs a valid time range"));
    }

    void pruneNowRemovesOldKeepsNewAndTheCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        auto store = openOrNull(path);
        QVERIFY(store);
        const QDateTime fresh = utc(2026, 11, 22, 10);
        fillForPruning(*store, fresh);
        QVERIFY(!QTest::currentTestFailed());

        const auto removed = store->pruneNow(fresh.addDays(-HistoryStore::DefaultRetentionDays));
        QVERIFY2(removed, qPrintable(removed.error));
        QCOMPARE(*removed.value, 6);
        checkPruned(*store, fresh);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(*store->pruneNow(fresh.addDays(-HistoryStore::DefaultRetentionDays)).value, 0); // nothing left
        store.reset();
        store = openOrNull(path);
        QVERIFY(store);
        checkPruned(*store, fresh); // the cache survives the prune on file, too
        QVERIFY(!store->pruneNow(QDateTime()));
    }

    void pruneInBackgroundSignalsTheRowCount()
    {
        QTemporaryDir dir;
        auto store = openOrNull(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QDateTime fresh = utc(2026, 11, 22, 10);
        fillForPruning(*store, fresh);
        QVERIFY(!QTest::currentTestFailed());
        QSignalSpy pruned(store.get(), &HistoryStore::pruned);
        QSignalSpy failed(store.get(), &HistoryStore::pruneFailed);
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        store->pruneInBackground(fresh.addDays(-HistoryStore::DefaultRetentionDays));
        QVERIFY(pruned.wait(10000));
        QCOMPARE(pruned.size(), 1);
        QCOMPARE(pruned.at(0).at(0).toInt(), 6);
        QCOMPARE(failed.size(), 0);
        checkPruned(*store, fresh); // the store's own connection sees the worker's deletes
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore); // the worker's connection is gone

        store->pruneInBackground(QDateTime());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the history cannot be pruned before an invalid time"));
    }

    void closingWhilePruningWaitsForIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        {
            auto store = openOrNull(path);
            QVERIFY(store);
            fillForPruning(*store, utc(2026, 11, 22, 10));
            QVERIFY(!QTest::currentTestFailed());
            QSignalSpy pruned(store.get(), &HistoryStore::pruned);
            store->pruneInBackground(utc(2026, 11, 22, 10).addDays(-90));
            store.reset(); // must not crash, nor leave the worker's connection behind
            QCOMPARE(pruned.size(), 0);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        auto store = openOrNull(path);
        QVERIFY(store);
        QCOMPARE(store->counts(utc(2000, 1, 1, 0), utc(2100, 1, 1, 0)).value->size(), 1); // it did finish
    }

    void badDatabaseFilesAreErrorsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a database") << "garbage"
                                        << "file is not a database";
        QTest::newRow("newer schema") << "newer"
                                      << "the history was written by a newer BackupDash "
                                         "(schema 7; this version knows schema 1 at most)";
        QTest::newRow("folder is a file") << "notAFolder"
                                          << "cannot create the folder";
        QTest::newRow("path is a folder") << "folder"
                                          << "cannot open the history at";
        QTest::newRow("someone else's tables") << "foreign"
                                               << "table polls already exists";
        QTest::newRow("no path") << "empty"
                                 << "no path was given for the history";
    }
    void badDatabaseFilesAreErrorsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("h.sqlite"));
        if (kind == u"garbage") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else if (kind == u"notAFolder") {
            QFile file(dir.filePath(QStringLiteral("file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            path = dir.filePath(QStringLiteral("file/h.sqlite"));
        } else if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("h.sqlite")));
        } else if (kind == u"newer" || kind == u"foreign") {
            RawDatabase raw(path);
            QVERIFY(raw.exec(kind == u"newer" ? QStringLiteral("PRAGMA user_version = 7")
                                              : QStringLiteral("CREATE TABLE polls (what TEXT)")));
        } else if (kind == u"empty") {
            path.clear();
        }
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        const auto opened = HistoryStore::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(error), qPrintable(opened.error));
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore); // nothing left behind
    }

    void badRowsAreSkippedAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QString src = QStringLiteral("acme");
        const QDateTime t0 = utc(2026, 11, 22, 10);
        const qint64 ms = t0.toMSecsSinceEpoch();
        {
            auto store = openOrNull(path);
            QVERIFY(store);
            TaskRun good = run(QStringLiteral("t1"), QStringLiteral("r1"), Status::Success, t0.addSecs(-60));
            QVERIFY(store->record(
                snapshotOf(src, t0,
                           { task(QStringLiteral("t1"), Status::Success), task(QStringLiteral("t2"), Status::Failed) },
                           { good }),
                QStringLiteral("clumio")));
            QVERIFY(
                store->record(snapshotOf(QStringLiteral("ghost"), t0, { task(QStringLiteral("g1"), Status::Failed) }),
                              QStringLiteral("clumio")));
        }
        {
            // What a hand-edited or damaged file might hold, written with plain SQL.
            RawDatabase raw(path);
            const QString at = QString::number(ms + 1000);
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO polls VALUES ('acme', 'clumio', %1, 'lots', 0, 0, 0, 0, 0, 0, 0)")
                             .arg(at)));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO polls VALUES ('acme', 'clumio', %1, 1, 0, -4, 0, 0, 0, 0, 0)").arg(at)));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO transitions VALUES ('acme', 't1', %1, 'exploded', 'success')").arg(at)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO runs VALUES ('acme', 't1', 'r9', 'success', NULL,"
                                            " 'yesterday', NULL, NULL, NULL, %1)")
                                 .arg(at)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO cached_tasks (source_id, task_id, status, enabled)"
                                            " VALUES ('acme', 't3', 'on fire', 1)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO cached_tasks (source_id, task_id, status, enabled, name)"
                                            " VALUES ('acme', 't4', 'success', 1, X'00ff')")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE cached_tasks SET last_run = 'soon' WHERE task_id = 't2'")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE cached_sources SET polled_at = 'noon' WHERE source_id = 'ghost'")));
        }

        const QRegularExpression skipped(QStringLiteral("skipped: column "));
        for (int i = 0; i < 4; ++i) // t2, t3, t4 and the ghost source, at open
            QTest::ignoreMessage(QtWarningMsg, skipped);
        auto store = openOrNull(path);
        QVERIFY(store);
        QCOMPARE(store->skippedRows().size(), 4);
        QVERIFY2(store->skippedRows().at(0).contains(QStringLiteral("the cached source ghost skipped: column polled_at"
                                                                    " holds \"noon\" where a whole number belongs")),
                 qPrintable(store->skippedRows().at(0)));
        const QString all = store->skippedRows().join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("the cached task t2 of acme skipped: column last_run holds \"soon\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the cached task t3 of acme skipped: column status holds \"on fire\""
                                             " where a status belongs")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the cached task t4 of acme skipped: column name")), qPrintable(all));

        auto known = *store->lastKnown().value;
        QCOMPARE(known.size(), size_t(1)); // the ghost's source row is unreadable
        QCOMPARE(known.at(0).snapshot.tasks.size(), size_t(1));
        QCOMPARE(known.at(0).snapshot.tasks.at(0).id, QStringLiteral("t1"));

        QTest::ignoreMessage(QtWarningMsg, skipped);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        const auto counts = store->counts(t0, t0.addDays(1));
        QVERIFY2(counts, qPrintable(counts.error));
        QCOMPARE(counts.value->size(), 2); // acme's and ghost's good rows
        QVERIFY(
            store->skippedRows().last().contains(QStringLiteral("column failed holds \"-4\" where a count belongs")));

        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("polls of vendor clumio in the success rate skipped: 2 of them")));
        const auto rate = store->successRate(t0, t0.addDays(1), 86400);
        QVERIFY2(rate, qPrintable(rate.error));
        QCOMPARE(rate.value->size(), 2); // all and clumio, from the good rows only
        QCOMPARE(rate.value->at(0).finished, 3);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("holds \"exploded\" where a status")));
        QCOMPARE(store->transitions(src, QStringLiteral("t1")).value->size(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("run r9 .*holds \"yesterday\"")));
        const auto runs = store->runs(src, QStringLiteral("t1"));
        QCOMPARE(runs.value->size(), 1);
        QCOMPARE(runs.value->at(0).id, QStringLiteral("r1"));

        // The next poll of each source replaces what could not be read; the file reads clean again.
        QVERIFY(store->record(
            snapshotOf(src, t0.addSecs(60),
                       { task(QStringLiteral("t1"), Status::Success), task(QStringLiteral("t2"), Status::Failed) }),
            QStringLiteral("clumio")));
        QVERIFY(store->record(
            snapshotOf(QStringLiteral("ghost"), t0.addSecs(60), { task(QStringLiteral("g2"), Status::Success) }),
            QStringLiteral("clumio")));
        store.reset();
        store = openOrNull(path);
        QVERIFY(store);
        QVERIFY2(store->skippedRows().isEmpty(), qPrintable(store->skippedRows().join(u'\n')));
        known = *store->lastKnown().value;
        QCOMPARE(known.size(), size_t(2));
        QCOMPARE(known.at(0).snapshot.tasks.size(), size_t(2)); // t1, t2; t3 and t4 are gone
        QCOMPARE(known.at(1).snapshot.tasks.size(), size_t(1)); // g2 only: g1 went with its source row
        QCOMPARE(known.at(1).snapshot.tasks.at(0).id, QStringLiteral("g2"));
    }

    void twoStoresInOneProcess()
    {
        QTemporaryDir dir;
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        auto a = openOrNull(dir.filePath(QStringLiteral("a.sqlite")));
        auto b = openOrNull(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a && b);
        QVERIFY(a->record(snapshotOf(QStringLiteral("s"), utc(2026, 11, 22, 10), {}), QStringLiteral("clumio")));
        QCOMPARE(a->lastKnown().value->size(), size_t(1));
        QVERIFY(b->lastKnown().value->empty());
        a.reset();
        b.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

private:
    // Fresh polls at `fresh`; polls, transitions and runs 100 days before it; one source polled
    // only then, whose cached tasks must survive any prune. Six rows are old enough to prune.
    static void fillForPruning(HistoryStore &store, const QDateTime &fresh)
    {
        const QDateTime old = fresh.addDays(-100);
        const QString src = QStringLiteral("vb365-hq");
        const QString vendor = QStringLiteral("veeam-vb365");
        // Old: 1 poll, 2 transitions (first sightings), 2 runs (one dated only by when it was seen).
        QVERIFY(store.record(
            snapshotOf(src, old,
                       { task(QStringLiteral("a"), Status::Success), task(QStringLiteral("b"), Status::Failed) },
                       { run(QStringLiteral("a"), QStringLiteral("r-old"), Status::Success, old.addSecs(-3600),
                             old.addSecs(-60)),
                         run(QStringLiteral("a"), QStringLiteral("r-undated"), Status::Unknown, {}) }),
            vendor));
        // Old: 1 poll, no transition (its only task is Unknown).
        QVERIFY(store.record(snapshotOf(QStringLiteral("dormant"), old, { task(QStringLiteral("d"), Status::Unknown) }),
                             QStringLiteral("cloudally")));
        // Fresh: 1 poll, 1 transition, 1 run; a run that started long ago but ended recently stays.
        QVERIFY(store.record(
            snapshotOf(src, fresh,
                       { task(QStringLiteral("a"), Status::Failed), task(QStringLiteral("b"), Status::Failed) },
                       { run(QStringLiteral("a"), QStringLiteral("r-new"), Status::Failed, old.addSecs(-7200),
                             fresh.addSecs(-60)) }),
            vendor));
    }

    static void checkPruned(const HistoryStore &store, const QDateTime &fresh)
    {
        const QString src = QStringLiteral("vb365-hq");
        const auto counts = *store.counts(fresh.addYears(-1), fresh.addYears(1)).value;
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).polledAt, fresh);
        const auto changes = *store.transitions(src, QStringLiteral("a")).value;
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).to, Status::Failed);
        QVERIFY(store.transitions(src, QStringLiteral("b")).value->isEmpty());
        const auto runs = *store.runs(src, QStringLiteral("a")).value;
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).id, QStringLiteral("r-new"));
        // The offline cache is never pruned, not even a source not polled for 100 days.
        const auto known = *store.lastKnown().value;
        QCOMPARE(known.size(), size_t(2));
        QCOMPARE(known.at(0).snapshot.sourceId, QStringLiteral("dormant"));
        QCOMPARE(known.at(0).snapshot.polledAt, fresh.addDays(-100));
        QCOMPARE(known.at(0).snapshot.tasks.size(), size_t(1));
        QCOMPARE(known.at(1).snapshot.tasks.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
