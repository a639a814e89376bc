#pragma once

#include "models/journalresult.h"

class QSqlDatabase;

namespace BackupDash {

// The history store's schema version, kept in SQLite's `PRAGMA user_version`.
inline constexpr int HistorySchemaVersion = 1;

// Brings an open history database to HistorySchemaVersion in one transaction: creates it when
// new, migrates an older one step by step, refuses one written by a newer BackupDash.
JournalDone migrateHistorySchema(QSqlDatabase &db);

} // namespace BackupDash
