#pragma once

#include "models/journalresult.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace BackupDash {

// What the restore journal and the history store share about their SQLite files.

// Brings an open database to schema version steps.size() (PRAGMA user_version) in one
// BEGIN IMMEDIATE transaction, running steps[v] for each version v it is behind; refuses a
// file of a newer version. `what` names the file in the errors ("the restore journal").
JournalDone migrateSqliteSchema(QSqlDatabase &db, const QList<QStringList> &steps, const QString &what);

// Scoped BEGIN IMMEDIATE … COMMIT: the write lock is taken before anything is read, so a
// check and its change never interleave with another writer. Rolls back unless committed.
class SqlWriteTransaction
{
public:
    explicit SqlWriteTransaction(const QSqlDatabase &db);
    ~SqlWriteTransaction();
    Q_DISABLE_COPY_MOVE(SqlWriteTransaction)

    bool isOpen() const { return m_open; }
    QString error() const;
    bool commit();

private:
    QSqlQuery m_query;
    bool m_open = false;
};

} // namespace BackupDash
