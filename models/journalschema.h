#pragma once

#include "models/journalresult.h"

class QSqlDatabase;

namespace BackupDash {

// The restore journal's schema version, kept in SQLite's `PRAGMA user_version`.
inline constexpr int JournalSchemaVersion = 2;

// Brings an open journal database to JournalSchemaVersion in one transaction: creates it when
// new, migrates an older one step by step, refuses one written by a newer BackupDash.
JournalDone migrateJournalSchema(QSqlDatabase &db);

} // namespace BackupDash
