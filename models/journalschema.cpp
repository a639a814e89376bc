#include "models/journalschema.h"

#include "models/sqlitesupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>

namespace BackupDash {

namespace {

// journalMigrations()[i] takes the schema from version i to version i + 1. Never edit a shipped
// step: add the next one.
const std::array<QStringList, JournalSchemaVersion> &journalMigrations()
{
    static const std::array<QStringList, JournalSchemaVersion> steps {
        QStringList {
            // One row per journal id. No credential ever lives here (asserted by a test).
            QStringLiteral("CREATE TABLE requests ("
                           " journal_id TEXT PRIMARY KEY NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('restore', 'abort')),"
                           " source_id TEXT NOT NULL,"
                           " vendor TEXT NOT NULL,"
                           " task_id TEXT NOT NULL,"
                           " task_name TEXT,"
                           " destination TEXT NOT NULL CHECK (destination IN ('original', 'alternate', 'download')),"
                           " alternate_target TEXT,"
                           " overwrite INTEGER NOT NULL,"
                           " point_in_time TEXT,"
                           " item_scope TEXT,"
                           " abort_job_id TEXT,"
                           " operator_name TEXT,"
                           " state TEXT NOT NULL"
                           "  CHECK (state IN ('queued', 'sending', 'accepted', 'rejected', 'unknown')),"
                           " vendor_job_id TEXT,"
                           " http_status INTEGER,"
                           " reason TEXT,"
                           " send_count INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX requests_by_state ON requests (state)"),
            QStringLiteral("CREATE TABLE audit ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " os_user TEXT NOT NULL,"
                           " operator_name TEXT,"
                           " action TEXT NOT NULL,"
                           " source_id TEXT,"
                           " task_id TEXT,"
                           " destination TEXT,"
                           " journal_id TEXT,"
                           " vendor_job_id TEXT,"
                           " http_status INTEGER,"
                           " outcome TEXT)"),
            // Append-only: SQLite itself refuses to change or remove what was logged.
            QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
        QStringList {
            // Version 2: item-level restores (one VB365 mailbox inside a restore session). The item
            // step is a request of its own, tied to the request whose session it works in.
            QStringLiteral("ALTER TABLE requests ADD COLUMN item_id TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN item_name TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN parent_journal_id TEXT"),
            QStringLiteral("CREATE INDEX requests_by_parent ON requests (parent_journal_id)"),
        }
    };
    return steps;
}

} // namespace

JournalDone migrateJournalSchema(QSqlDatabase &db)
{
    const auto &steps = journalMigrations();
    return migrateSqliteSchema(db, QList<QStringList>(steps.cbegin(), steps.cend()),
                               QCoreApplication::translate("BackupDash::RestoreJournal", "the restore journal"));
}

} // namespace BackupDash
