#include "models/historystore.h"

#include "models/historylog.h"
#include "models/historyrows.h"
#include "models/historyschema.h"
#include "models/sqlitesupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <array>
#include <map>
#include <memory>

namespace BackupDash {

using namespace HistoryRows;

namespace {

// Rows one pruning statement removes at a time: short transactions keep a poll's record() from
// waiting behind a large prune.
constexpr int PruneChunk = 5000;

QString uniqueConnectionName()
{
    return QStringLiteral("backupdash-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Opens `connection` on `path` with the store's pragmas; empty, or why not.
QString openConnection(const QString &connection, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    // WAL: the Overview's reads and a background prune never block a poll's write. NORMAL, not
    // FULL: history is not a journal; in WAL mode a power cut may lose the last polls, nothing more.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return q.lastError().text();
    if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return HistoryStore::tr("write-ahead logging was refused (journal mode %1)").arg(q.value(0).toString());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return q.lastError().text();
    return {};
}

void closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    } // no handle may outlive the connection's removal
    QSqlDatabase::removeDatabase(connection);
}

JournalResult<int> pruneRows(const QSqlDatabase &db, qint64 beforeMs)
{
    // Each chunk commits on its own: a prune that fails half-way has still removed old rows only.
    static const QStringList statements {
        QStringLiteral("DELETE FROM polls WHERE rowid IN"
                       " (SELECT rowid FROM polls WHERE polled_at < ? LIMIT %1)"),
        QStringLiteral("DELETE FROM transitions WHERE rowid IN"
                       " (SELECT rowid FROM transitions WHERE at < ? LIMIT %1)"),
        QStringLiteral("DELETE FROM runs WHERE rowid IN"
                       " (SELECT rowid FROM runs WHERE COALESCE(ended, started, first_seen) < ? LIMIT %1)"),
    };
    QSqlQuery q(db);
    int removed = 0;
    for (const QString &statement : statements) {
        if (!q.prepare(statement.arg(PruneChunk)))
            return JournalResult<int>::fail(
                HistoryStore::tr("the history could not be pruned: %1").arg(q.lastError().text()));
        for (;;) {
            q.bindValue(0, beforeMs);
            if (!q.exec())
                return JournalResult<int>::fail(
                    HistoryStore::tr("the history could not be pruned: %1").arg(q.lastError().text()));
            const int chunk = q.numRowsAffected();
            removed += std::max(chunk, 0);
            if (chunk < PruneChunk)
                break;
        }
    }
    return JournalResult<int>::ok(removed);
}

QString readFailed(const QSqlQuery &query)
{
    return HistoryStore::tr("the history could not be read: %1").arg(query.lastError().text());
}

QString historyWriteFailed(const QString &what)
{
    return HistoryStore::tr("the history could not be written: %1").arg(what);
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Everything one recorded poll writes, prepared before the transaction opens.
struct PollWrites
{
    QVariantList poll; // the polls row: source, vendor, time, one count per status
    Batch transitions { 5 };
    bool clearSource = false; // the source's cached tasks all go first
    Batch unreadableRows { 1 }; // cached rows the store skipped at open, by rowid
    Batch goneTasks { 2 };
    Batch changedTasks { 16 };
    QVariantList source; // the cached_sources row
    Batch runs { 10 };
};

// Runs `writes` in one transaction; empty, or why it failed (and nothing was written).
QString writePoll(const QSqlDatabase &db, const PollWrites &writes)
{
    SqlWriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery q(db);
    const auto single = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    };
    const auto batch = [&](const QString &sql, const Batch &rows) {
        return rows.size() == 0 || (q.prepare(sql) && rows.exec(q));
    };
    const auto insert = [](const QString &table, const QString &columns, int count) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders(count));
    };
    const bool written =
        single(insert(QStringLiteral("polls"), countsColumns(), 3 + StatusCount), writes.poll)
        && batch(insert(QStringLiteral("transitions"), transitionColumns(), 5), writes.transitions)
        && (!writes.clearSource
            || single(QStringLiteral("DELETE FROM cached_tasks WHERE source_id = ?"), { writes.source.at(0) }))
        && batch(QStringLiteral("DELETE FROM cached_tasks WHERE rowid = ?"), writes.unreadableRows)
        && batch(QStringLiteral("DELETE FROM cached_tasks WHERE source_id = ? AND task_id = ?"), writes.goneTasks)
        && batch(
            QStringLiteral("INSERT OR REPLACE INTO cached_tasks (%1) VALUES (%2)").arg(taskColumns(), placeholders(16)),
            writes.changedTasks)
        && single(QStringLiteral("INSERT OR REPLACE INTO cached_sources (source_id, vendor, polled_at)"
                                 " VALUES (?, ?, ?)"),
                  writes.source)
        // A run seen again is rewritten only when something about it changed.
        && batch(insert(QStringLiteral("runs"), runColumns() + QStringLiteral(", first_seen"), 10)
                     + QStringLiteral(" ON CONFLICT (source_id, task_id, run_id) DO UPDATE SET"
                                      " status = excluded.status, vendor_status = excluded.vendor_status,"
                                      " started = excluded.started, ended = excluded.ended,"
                                      " transferred_bytes = excluded.transferred_bytes,"
                                      " processed_objects = excluded.processed_objects"
                                      " WHERE status IS NOT excluded.status"
                                      " OR vendor_status IS NOT excluded.vendor_status"
                                      " OR started IS NOT excluded.started OR ended IS NOT excluded.ended"
                                      " OR transferred_bytes IS NOT excluded.transferred_bytes"
                                      " OR processed_objects IS NOT excluded.processed_objects"),
                 writes.runs);
    if (!written)
        return q.lastError().text();
    if (!transaction.commit())
        return transaction.error();
    return {};
}

} // namespace

HistoryStore::HistoryStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connection(std::move(connectionName))
{
}

HistoryStore::~HistoryStore()
{
    for (QThread *pruner : std::as_const(m_pruners))
        pruner->wait(); // its connection is its own; its answer is dropped with this object
    closeConnection(m_connection);
}

JournalResult<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString &path)
{
    using Result = JournalResult<std::unique_ptr<HistoryStore>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Result::fail(tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
    if (path.isEmpty())
        return Result::fail(tr("no path was given for the history"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result::fail(tr("cannot create the folder %1 for the history").arg(info.absolutePath()));

    // From here on the destructor removes the connection on every way out.
    std::unique_ptr<HistoryStore> store(new HistoryStore(path, uniqueConnectionName()));
    const auto failed = [&](const QString &why) {
        return Result::fail(tr("cannot open the history at %1: %2").arg(path, why));
    };
    if (const QString why = openConnection(store->m_connection, path); !why.isEmpty())
        return failed(why);
    QSqlDatabase db = QSqlDatabase::database(store->m_connection, false);
    if (const JournalDone migrated = migrateHistorySchema(db); !migrated)
        return failed(migrated.error);
    if (const JournalDone loaded = store->loadCache(); !loaded)
        return failed(loaded.error);
    return Result::ok(std::move(store));
}

JournalResult<HistoryStore::Settings> HistoryStore::settings() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto read = [&](const QString &pragma) -> std::optional<QVariant> {
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return std::nullopt;
        return q.value(0);
    };
    const auto mode = read(QStringLiteral("journal_mode"));
    const auto sync = read(QStringLiteral("synchronous"));
    const auto version = read(QStringLiteral("user_version"));
    if (!mode || !sync || !version)
        return JournalResult<Settings>::fail(readFailed(q));
    Settings s;
    s.journalMode = mode->toString().toLower();
    s.synchronous = sync->toInt();
    s.schemaVersion = version->toInt();
    return JournalResult<Settings>::ok(s);
}

void HistoryStore::skip(const QString &what, const QString &problem) const
{
    const QString line = tr("%1 skipped: %2").arg(what, problem);
    qCWarning(lcHistory).noquote() << m_path << line;
    m_skipped.append(line);
}

JournalDone HistoryStore::loadCache()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source_id, vendor, polled_at FROM cached_sources")))
        return JournalDone::fail(readFailed(q));
    while (q.next()) {
        RowReader row(q);
        KnownSource source;
        const QString id = row.text(0);
        source.vendor = row.text(1);
        source.polledAt = QDateTime::fromMSecsSinceEpoch(row.requiredInteger(2), Qt::UTC);
        if (row.isBad()) {
            // Its tasks are skipped with it; the source's next record rewrites them all.
            skip(tr("the cached source %1").arg(id), row.problem());
            continue;
        }
        m_known[id] = std::move(source);
    }
    if (!q.exec(QStringLiteral("SELECT ") + taskColumns()
                + QStringLiteral(", rowid FROM cached_tasks ORDER BY source_id, task_id")))
        return JournalDone::fail(readFailed(q));
    constexpr int RowidColumn = 16;
    QString problem;
    QHash<QString, std::vector<Task>> loaded;
    while (q.next()) {
        const QString sourceId = q.value(0).toString();
        const auto known = m_known.find(sourceId);
        if (known == m_known.end())
            continue; // its source row was unreadable (reported above)
        std::optional<Task> task = taskFrom(q, &problem);
        if (!task) {
            skip(tr("the cached task %1 of %2").arg(q.value(1).toString(), sourceId), problem);
            known->unreadableRows.append(q.value(RowidColumn).toLongLong());
            continue;
        }
        loaded[sourceId].push_back(std::move(*task));
    }
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        KnownSource &known = m_known[it.key()];
        known.tasks = std::make_shared<const std::vector<Task>>(std::move(it.value()));
        known.indexById.reserve(known.tasks->size());
        for (size_t i = 0; i < known.tasks->size(); ++i)
            known.indexById.insertOrAssign((*known.tasks)[i].id, int(i), known.idOf());
    }
    return JournalDone::ok({});
}

JournalDone HistoryStore::record(const SharedSnapshot &snapshot, const QString &vendor, const QDateTime &polledAt)
{
    return recordTasks(*snapshot, std::shared_ptr<const std::vector<Task>>(snapshot, &snapshot->tasks), vendor,
                       polledAt);
}

JournalDone HistoryStore::record(const SourceSnapshot &snapshot, const QString &vendor, const QDateTime &polledAt)
{
    return recordTasks(snapshot, std::make_shared<const std::vector<Task>>(snapshot.tasks), vendor, polledAt);
}

JournalDone HistoryStore::recordTasks(const SourceSnapshot &snapshot, std::shared_ptr<const std::vector<Task>> tasks,
                                      const QString &vendor, const QDateTime &polledAt)
{
    const QString &sourceId = snapshot.sourceId;
    if (sourceId.isEmpty())
        return JournalDone::fail(tr("a poll without its source cannot be recorded in the history"));
    if (!polledAt.isValid())
        return JournalDone::fail(tr("the poll of %1 has no time, so the history cannot record it").arg(sourceId));
    const QDateTime at = polledAt.toUTC();
    const qint64 atMs = at.toMSecsSinceEpoch();

    const auto previous = m_known.constFind(sourceId);
    const KnownSource *before = previous == m_known.cend() ? nullptr : &*previous;
    KnownSource next;
    next.vendor = vendor;
    next.polledAt = at;
    next.tasks = std::move(tasks);
    const std::vector<Task> &nextTasks = *next.tasks;
    next.indexById.reserve(nextTasks.size());
    for (size_t i = 0; i < nextTasks.size(); ++i)
        next.indexById.insertOrAssign(nextTasks[i].id, int(i), next.idOf()); // a repeated id: the last one stands

    PollWrites writes;
    std::array<int, StatusCount> counts {};
    for (size_t i = 0; i < nextTasks.size(); ++i) {
        const Task &task = nextTasks[i];
        if (next.rowOf(task.id) != int(i))
            continue;
        ++counts[size_t(task.status)];
        const Task *last = nullptr;
        if (before) {
            if (const int found = before->rowOf(task.id); found >= 0)
                last = &(*before->tasks)[size_t(found)];
        }
        const Status from = last ? last->status : Status::Unknown;
        if (from != task.status)
            writes.transitions.add(
                { keyText(sourceId), keyText(task.id), atMs, statusKey(from), statusKey(task.status) });
        if (!last || !(*last == task))
            addTask(writes.changedTasks, sourceId, task);
    }
    writes.poll = { keyText(sourceId), keyText(vendor), atMs };
    for (int count : counts)
        writes.poll.append(count);
    writes.source = { keyText(sourceId), keyText(vendor), atMs };
    if (before) {
        for (const Task &task : *before->tasks) {
            if (next.rowOf(task.id) < 0)
                writes.goneTasks.add({ keyText(sourceId), keyText(task.id) });
        }
        for (qint64 rowid : before->unreadableRows)
            writes.unreadableRows.add({ rowid });
    } else {
        writes.clearSource = true; // a source the store did not know may have left rows it could not read
    }
    for (const TaskRun &run : snapshot.runs)
        addRun(writes.runs, sourceId, run, at);

    if (const QString error = writePoll(QSqlDatabase::database(m_connection, false), writes); !error.isEmpty())
        return JournalDone::fail(historyWriteFailed(error));
    m_known[sourceId] = std::move(next); // only what the file now holds (insert() would copy it: Qt 6.4)
    return JournalDone::ok({});
}

JournalResult<std::vector<CachedSource>> HistoryStore::lastKnown() const
{
    // Served from memory: it is what the file holds, loaded at open and kept by record().
    std::map<QString, const KnownSource *> bySourceId;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        bySourceId.emplace(it.key(), &it.value());
    std::vector<CachedSource> sources;
    sources.reserve(bySourceId.size());
    for (const auto &[id, known] : bySourceId) {
        CachedSource cached;
        cached.vendor = known->vendor;
        cached.snapshot.sourceId = id;
        cached.snapshot.polledAt = known->polledAt;
        cached.snapshot.tasks.reserve(size_t(known->indexById.size()));
        const std::vector<Task> &tasks = *known->tasks;
        for (size_t i = 0; i < tasks.size(); ++i) {
            const Task &task = tasks[i];
            if (known->rowOf(task.id) == int(i)) // as stored: one row per id
                cached.snapshot.tasks.push_back(task);
        }
        sources.push_back(std::move(cached));
    }
    return JournalResult<std::vector<CachedSource>>::ok(std::move(sources));
}

JournalResult<QList<StatusCounts>> HistoryStore::counts(const QDateTime &from, const QDateTime &to) const
{
    using Result = JournalResult<QList<StatusCounts>>;
    if (!from.isValid() || !to.isValid())
        return Result::fail(tr("the history needs a valid time range"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + countsColumns()
              + QStringLiteral(" FROM polls WHERE polled_at >= ? AND polled_at < ? ORDER BY polled_at, rowid"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return Result::fail(readFailed(q));
    QList<StatusCounts> list;
    QString problem;
    while (q.next()) {
        if (std::optional<StatusCounts> c = countsFrom(q, &problem))
            list.append(std::move(*c));
        else
            skip(tr("the counts of a poll of %1").arg(q.value(0).toString()), problem);
    }
    return Result::ok(list);
}

JournalResult<QList<RatePoint>> HistoryStore::successRate(const QDateTime &from, const QDateTime &to,
                                                          qint64 bucketSeconds) const
{
    using Result = JournalResult<QList<RatePoint>>;
    if (!from.isValid() || !to.isValid())
        return Result::fail(tr("the history needs a valid time range"));
    if (bucketSeconds <= 0)
        return Result::fail(tr("a success rate needs buckets of at least one second"));
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 bucketMs = bucketSeconds * 1000;
    // Summed in SQLite: a month of minute polls is too many rows to carry over one by one. A row
    // whose counts are not whole numbers is counted as unreadable instead of summed.
    const QString valid =
        QStringLiteral("(typeof(success) = 'integer' AND success >= 0 AND typeof(warning) = 'integer' AND warning >= 0"
                       " AND typeof(failed) = 'integer' AND failed >= 0)");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (polled_at - ?) / ? AS bucket, vendor,"
                             " SUM(CASE WHEN %1 THEN success ELSE 0 END),"
                             " SUM(CASE WHEN %1 THEN warning ELSE 0 END),"
                             " SUM(CASE WHEN %1 THEN failed ELSE 0 END),"
                             " SUM(CASE WHEN %1 THEN 0 ELSE 1 END)"
                             " FROM polls WHERE typeof(polled_at) = 'integer' AND polled_at >= ? AND polled_at < ?"
                             " GROUP BY bucket, vendor ORDER BY bucket, vendor")
                  .arg(valid));
    q.addBindValue(fromMs);
    q.addBindValue(bucketMs);
    q.addBindValue(fromMs);
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return Result::fail(readFailed(q));

    QList<RatePoint> points;
    qint64 bucket = -1;
    qint64 allSuccess = 0;
    qint64 allFinished = 0;
    qsizetype allAt = 0; // where the bucket's all-vendors point goes: before its vendors
    const auto closeBucket = [&] {
        if (bucket >= 0 && allFinished > 0) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(fromMs + bucket * bucketMs, Qt::UTC);
            points.insert(allAt, RatePoint { start, {}, double(allSuccess) / double(allFinished), int(allFinished) });
        }
        allSuccess = allFinished = 0;
        allAt = points.size();
    };
    while (q.next()) {
        const qint64 rowBucket = q.value(0).toLongLong();
        if (rowBucket != bucket) {
            closeBucket();
            bucket = rowBucket;
        }
        const QString vendor = q.value(1).toString();
        if (const qint64 unreadable = q.value(5).toLongLong(); unreadable > 0) {
            skip(tr("polls of vendor %1 in the success rate").arg(vendor),
                 tr("%1 of them hold counts that cannot be read").arg(unreadable));
        }
        const qint64 success = q.value(2).toLongLong();
        const qint64 finished = success + q.value(3).toLongLong() + q.value(4).toLongLong();
        if (finished <= 0)
            continue;
        allSuccess += success;
        allFinished += finished;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(fromMs + bucket * bucketMs, Qt::UTC);
        points.append(RatePoint { start, vendor, double(success) / double(finished), int(finished) });
    }
    closeBucket();
    return Result::ok(points);
}

JournalResult<QList<StatusTransition>> HistoryStore::transitions(const QString &sourceId, const QString &taskId) const
{
    using Result = JournalResult<QList<StatusTransition>>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + transitionColumns()
              + QStringLiteral(" FROM transitions WHERE source_id = ? AND task_id = ? ORDER BY at, rowid"));
    q.addBindValue(keyText(sourceId));
    q.addBindValue(keyText(taskId));
    if (!q.exec())
        return Result::fail(readFailed(q));
    QList<StatusTransition> list;
    QString problem;
    while (q.next()) {
        if (std::optional<StatusTransition> t = transitionFrom(q, &problem))
            list.append(std::move(*t));
        else
            skip(tr("a status change of task %1 of %2").arg(taskId, sourceId), problem);
    }
    return Result::ok(list);
}

JournalResult<QList<TaskRun>> HistoryStore::runs(const QString &sourceId, const QString &taskId) const
{
    using Result = JournalResult<QList<TaskRun>>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + runColumns()
              + QStringLiteral(" FROM runs WHERE source_id = ? AND task_id = ?"
                               " ORDER BY COALESCE(started, ended, first_seen), run_id"));
    q.addBindValue(keyText(sourceId));
    q.addBindValue(keyText(taskId));
    if (!q.exec())
        return Result::fail(readFailed(q));
    QList<TaskRun> list;
    QString problem;
    while (q.next()) {
        if (std::optional<TaskRun> r = runFrom(q, &problem))
            list.append(std::move(*r));
        else
            skip(tr("run %1 of task %2 of %3").arg(q.value(2).toString(), taskId, sourceId), problem);
    }
    return Result::ok(list);
}

JournalResult<int> HistoryStore::pruneNow(const QDateTime &before)
{
    if (!before.isValid())
        return JournalResult<int>::fail(tr("the history cannot be pruned before an invalid time"));
    return pruneRows(QSqlDatabase::database(m_connection, false), before.toMSecsSinceEpoch());
}

void HistoryStore::pruneInBackground(const QDateTime &before)
{
    if (!before.isValid()) {
        Q_EMIT pruneFailed(tr("the history cannot be pruned before an invalid time"));
        return;
    }
    auto result = std::make_shared<JournalResult<int>>();
    QThread *pruner = QThread::create([path = m_path, beforeMs = before.toMSecsSinceEpoch(), result] {
        const QString connection = uniqueConnectionName();
        if (const QString why = openConnection(connection, path); !why.isEmpty())
            *result = JournalResult<int>::fail(tr("cannot open the history at %1: %2").arg(path, why));
        else
            *result = pruneRows(QSqlDatabase::database(connection, false), beforeMs);
        closeConnection(connection);
    });
    pruner->setParent(this);
    m_pruners.append(pruner);
    // finished comes from the pruner's thread: queued here, after *result was written.
    connect(pruner, &QThread::finished, this, [this, pruner, result] {
        m_pruners.removeOne(pruner);
        pruner->deleteLater();
        if (result->value)
            Q_EMIT pruned(*result->value);
        else
            Q_EMIT pruneFailed(result->error);
    });
    pruner->start(QThread::LowPriority);
}

} // namespace BackupDash
