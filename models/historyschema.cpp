#include "models/historyschema.h"

#include "models/sqlitesupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>

namespace BackupDash {

namespace {

// historyMigrations()[i] takes the schema from version i to version i + 1. Never edit a shipped
// step: add the next one. Times are UTC milliseconds since the epoch (integers, NULL = the vendor
// did not say); statuses are the contract keys ("success", …).
const std::array<QStringList, HistorySchemaVersion> &historyMigrations()
{
    static const std::array<QStringList, HistorySchemaVersion> steps { QStringList {
        // One row per recorded poll of a source: how many of its tasks were in each status.
        QStringLiteral("CREATE TABLE polls ("
                       " source_id TEXT NOT NULL,"
                       " vendor TEXT NOT NULL,"
                       " polled_at INTEGER NOT NULL,"
                       " success INTEGER NOT NULL, warning INTEGER NOT NULL, failed INTEGER NOT NULL,"
                       " running INTEGER NOT NULL, queued INTEGER NOT NULL, paused INTEGER NOT NULL,"
                       " cancelled INTEGER NOT NULL, unknown INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX polls_by_time ON polls (polled_at)"),
        // A task's status as it changed, seen by a poll at `at`.
        QStringLiteral("CREATE TABLE transitions ("
                       " source_id TEXT NOT NULL,"
                       " task_id TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " from_status TEXT NOT NULL,"
                       " to_status TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX transitions_by_task ON transitions (source_id, task_id, at)"),
        QStringLiteral("CREATE INDEX transitions_by_time ON transitions (at)"),
        // Every run a poll listed, one row per vendor run id; first_seen dates a run that carries
        // no time of its own, for pruning.
        QStringLiteral("CREATE TABLE runs ("
                       " source_id TEXT NOT NULL,"
                       " task_id TEXT NOT NULL,"
                       " run_id TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " vendor_status TEXT,"
                       " started INTEGER,"
                       " ended INTEGER,"
                       " transferred_bytes INTEGER,"
                       " processed_objects INTEGER,"
                       " first_seen INTEGER NOT NULL,"
                       " UNIQUE (source_id, task_id, run_id))"),
        // The same expression as the pruning query's, so pruning needs no full scan.
        QStringLiteral("CREATE INDEX runs_by_age ON runs (COALESCE(ended, started, first_seen))"),
        // The offline cache: each source's tasks as its last recorded poll saw them.
        QStringLiteral("CREATE TABLE cached_sources ("
                       " source_id TEXT PRIMARY KEY NOT NULL,"
                       " vendor TEXT NOT NULL,"
                       " polled_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE cached_tasks ("
                       " source_id TEXT NOT NULL,"
                       " task_id TEXT NOT NULL,"
                       " vendor TEXT,"
                       " name TEXT,"
                       " workload TEXT,"
                       " status TEXT NOT NULL,"
                       " vendor_status TEXT,"
                       " last_run INTEGER,"
                       " last_success INTEGER,"
                       " next_run INTEGER,"
                       " size_bytes INTEGER,"
                       " progress INTEGER,"
                       " enabled INTEGER NOT NULL,"
                       " last_run_seconds INTEGER,"
                       " schedule TEXT,"
                       " restore_scope TEXT,"
                       " PRIMARY KEY (source_id, task_id))"),
    } };
    return steps;
}

} // namespace

JournalDone migrateHistorySchema(QSqlDatabase &db)
{
    const auto &steps = historyMigrations();
    return migrateSqliteSchema(db, QList<QStringList>(steps.cbegin(), steps.cend()),
                               QCoreApplication::translate("BackupDash::HistoryStore", "the history"));
}

} // namespace BackupDash
