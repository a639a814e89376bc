#pragma once

#include "models/auditrecord.h"
#include "models/journalentry.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace BackupDash::JournalRows {

// How the restore journal's values map to SQLite columns: times as ISO 8601 UTC text with
// milliseconds and Z (sortable as text), absent values as NULL.

QString timeText(const QDateTime &time);
QDateTime timeFromText(const QString &text);
QVariant textOrNull(const QString &text);
QVariant timeOrNull(const QDateTime &time);
QVariant intOrNull(std::optional<int> value);

// The request columns in the order entryFrom() reads them (for SELECT lists).
QString entryColumns();
// An entry from the current row of a query that selected entryColumns(); nullopt when a column
// holds something this version cannot read (the error says which).
std::optional<JournalEntry> entryFrom(const QSqlQuery &query, QString *error);

QString auditColumns();
AuditRecord auditFrom(const QSqlQuery &query);

} // namespace BackupDash::JournalRows
