#pragma once

#include "models/historyrecords.h"
#include "models/task.h"
#include "models/taskrun.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <initializer_list>
#include <optional>
#include <vector>

class QSqlQuery;

namespace BackupDash::HistoryRows {

// How the history's values map to SQLite columns: times as UTC milliseconds since the epoch
// (integers), absent values as NULL, statuses as contract keys.

QVariant msOrNull(const QDateTime &time);
QVariant keyText(const QString &text); // never NULL: an empty key stays an empty key
QVariant textOrNull(const QString &text);
QVariant int64OrNull(std::optional<qint64> value);
QVariant intOrNull(std::optional<int> value);

// Rows bound column by column and run as one prepared statement (QSqlQuery::execBatch).
class Batch
{
public:
    explicit Batch(int columns);
    void add(std::initializer_list<QVariant> row); // one value per column
    qsizetype size() const { return m_size; }
    // Binds and runs the batch on a prepared query; nothing to run is a success.
    bool exec(QSqlQuery &query) const;

private:
    std::vector<QVariantList> m_columns;
    qsizetype m_size = 0;
};

// Reads the current row of a query value by value. A value of the wrong kind (text where a time
// belongs, a status this version does not know…) makes the row bad: problem() says which column
// held what. Reading on after that is harmless.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {
    }

    QString text(int column); // TEXT or NULL (empty)
    QDateTime time(int column); // integer or NULL (invalid)
    std::optional<qint64> integer(int column); // integer or NULL
    qint64 requiredInteger(int column); // integer, never NULL
    std::optional<int> smallInteger(int column); // integer in int's range, or NULL
    int count(int column); // an integer from 0 to INT_MAX
    Status status(int column); // a contract key

    bool isBad() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    void fail(int column, const QString &expected);

    const QSqlQuery &m_query;
    QString m_problem;
};

// Column lists in the order the readers below take them (for SELECT and INSERT lists).
QString countsColumns(); // source_id, vendor, polled_at, one count column per Status
QString transitionColumns();
QString runColumns();
QString taskColumns(); // source_id first, then the task's fields

// The current row as a value, or nullopt with *problem saying why it cannot be read.
std::optional<StatusCounts> countsFrom(const QSqlQuery &query, QString *problem);
std::optional<StatusTransition> transitionFrom(const QSqlQuery &query, QString *problem);
std::optional<TaskRun> runFrom(const QSqlQuery &query, QString *problem);
std::optional<Task> taskFrom(const QSqlQuery &query, QString *problem);

// One row for the INSERT lists above: a cached task of `sourceId`; a run first seen at `firstSeen`
// (runColumns() + first_seen).
void addTask(Batch &batch, const QString &sourceId, const Task &task);
void addRun(Batch &batch, const QString &sourceId, const TaskRun &run, const QDateTime &firstSeen);

} // namespace BackupDash::HistoryRows
