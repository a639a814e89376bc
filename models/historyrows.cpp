#include "models/historyrows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <limits>

namespace BackupDash::HistoryRows {

namespace {

// The messages' translation context: lupdate reads HistoryStoreMsg::tr(), a wrapper would hide them.
struct HistoryStoreMsg
{
    Q_DECLARE_TR_FUNCTIONS(BackupDash::HistoryStore)
};

// What a bad value looked like, short enough for a log line.
QString shown(const QVariant &value)
{
    const QString text = value.toString();
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant keyText(const QString &text)
{
    // A null QString would be bound as NULL, which a NOT NULL key column refuses.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant int64OrNull(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant intOrNull(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

Batch::Batch(int columns)
    : m_columns(size_t(columns))
{
}

void Batch::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(row.size() == m_columns.size());
    size_t column = 0;
    for (const QVariant &value : row)
        m_columns[column++].append(value);
    ++m_size;
}

bool Batch::exec(QSqlQuery &query) const
{
    if (m_size == 0)
        return true;
    for (const QVariantList &column : m_columns)
        query.addBindValue(column);
    return query.execBatch();
}

void RowReader::fail(int column, const QString &expected)
{
    if (isBad())
        return; // the first problem is the one worth telling
    m_problem = HistoryStoreMsg::tr("column %1 holds \"%2\" where %3 belongs")
                    .arg(m_query.record().fieldName(column), shown(m_query.value(column)), expected);
}

QString RowReader::text(int column)
{
    if (m_query.isNull(column))
        return {};
    const QVariant value = m_query.value(column);
    if (value.typeId() != QMetaType::QString) {
        fail(column, HistoryStoreMsg::tr("text"));
        return {};
    }
    return value.toString();
}

std::optional<qint64> RowReader::integer(int column)
{
    if (m_query.isNull(column))
        return std::nullopt;
    const QVariant value = m_query.value(column);
    if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int) {
        fail(column, HistoryStoreMsg::tr("a whole number"));
        return std::nullopt;
    }
    return value.toLongLong();
}

qint64 RowReader::requiredInteger(int column)
{
    const std::optional<qint64> value = integer(column);
    if (!value && !isBad())
        fail(column, HistoryStoreMsg::tr("a whole number"));
    return value.value_or(0);
}

QDateTime RowReader::time(int column)
{
    const std::optional<qint64> ms = integer(column);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

std::optional<int> RowReader::smallInteger(int column)
{
    const std::optional<qint64> value = integer(column);
    if (value && (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())) {
        fail(column, HistoryStoreMsg::tr("a small whole number"));
        return std::nullopt;
    }
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

int RowReader::count(int column)
{
    const qint64 value = requiredInteger(column);
    if (value < 0 || value > std::numeric_limits<int>::max()) {
        fail(column, HistoryStoreMsg::tr("a count"));
        return 0;
    }
    return int(value);
}

Status RowReader::status(int column)
{
    const std::optional<Status> status = statusFromKey(text(column));
    if (!status) {
        fail(column, HistoryStoreMsg::tr("a status"));
        return Status::Unknown;
    }
    return *status;
}

QString countsColumns()
{
    QStringList columns { QStringLiteral("source_id"), QStringLiteral("vendor"), QStringLiteral("polled_at") };
    for (int i = 0; i < StatusCount; ++i)
        columns.append(statusKey(static_cast<Status>(i)));
    return columns.join(QStringLiteral(", "));
}

QString transitionColumns()
{
    return QStringLiteral("source_id, task_id, at, from_status, to_status");
}

QString runColumns()
{
    return QStringLiteral(
        "source_id, task_id, run_id, status, vendor_status, started, ended, transferred_bytes, processed_objects");
}

QString taskColumns()
{
    return QStringLiteral("source_id, task_id, vendor, name, workload, status, vendor_status, last_run,"
                          " last_success, next_run, size_bytes, progress, enabled, last_run_seconds, schedule,"
                          " restore_scope");
}

namespace {

template<typename T> std::optional<T> checked(const RowReader &reader, T value, QString *problem)
{
    if (!reader.isBad())
        return value;
    *problem = reader.problem();
    return std::nullopt;
}

} // namespace

std::optional<StatusCounts> countsFrom(const QSqlQuery &query, QString *problem)
{
    RowReader row(query);
    StatusCounts c;
    c.sourceId = row.text(0);
    c.vendor = row.text(1);
    c.polledAt = QDateTime::fromMSecsSinceEpoch(row.requiredInteger(2), Qt::UTC);
    for (int i = 0; i < StatusCount; ++i)
        c.counts[size_t(i)] = row.count(3 + i);
    return checked(row, c, problem);
}

std::optional<StatusTransition> transitionFrom(const QSqlQuery &query, QString *problem)
{
    RowReader row(query);
    StatusTransition t;
    t.sourceId = row.text(0);
    t.taskId = row.text(1);
    t.at = QDateTime::fromMSecsSinceEpoch(row.requiredInteger(2), Qt::UTC);
    t.from = row.status(3);
    t.to = row.status(4);
    return checked(row, t, problem);
}

std::optional<TaskRun> runFrom(const QSqlQuery &query, QString *problem)
{
    RowReader row(query);
    TaskRun r;
    r.sourceId = row.text(0);
    r.taskId = row.text(1);
    r.id = row.text(2);
    r.status = row.status(3);
    r.vendorStatus = row.text(4);
    r.started = row.time(5);
    r.ended = row.time(6);
    r.transferredBytes = row.integer(7);
    r.processedObjects = row.integer(8);
    return checked(row, r, problem);
}

std::optional<Task> taskFrom(const QSqlQuery &query, QString *problem)
{
    RowReader row(query);
    Task t;
    t.sourceId = row.text(0);
    t.id = row.text(1);
    t.vendor = row.text(2);
    t.name = row.text(3);
    t.workload = row.text(4);
    t.status = row.status(5);
    t.vendorStatus = row.text(6);
    t.lastRun = row.time(7);
    t.lastSuccess = row.time(8);
    t.nextRun = row.time(9);
    t.sizeBytes = row.integer(10);
    t.progress = row.smallInteger(11);
    t.enabled = row.requiredInteger(12) != 0;
    t.lastRunSeconds = row.integer(13);
    t.schedule = row.text(14);
    t.restoreScope = row.text(15);
    return checked(row, t, problem);
}

void addTask(Batch &batch, const QString &sourceId, const Task &task)
{
    batch.add({ keyText(sourceId), keyText(task.id), textOrNull(task.vendor), textOrNull(task.name),
                textOrNull(task.workload), statusKey(task.status), textOrNull(task.vendorStatus),
                msOrNull(task.lastRun), msOrNull(task.lastSuccess), msOrNull(task.nextRun), int64OrNull(task.sizeBytes),
                intOrNull(task.progress), task.enabled ? 1 : 0, int64OrNull(task.lastRunSeconds),
                textOrNull(task.schedule), textOrNull(task.restoreScope) });
}

void addRun(Batch &batch, const QString &sourceId, const TaskRun &run, const QDateTime &firstSeen)
{
    batch.add({ keyText(sourceId), keyText(run.taskId), keyText(run.id), statusKey(run.status),
                textOrNull(run.vendorStatus), msOrNull(run.started), msOrNull(run.ended),
                int64OrNull(run.transferredBytes), int64OrNull(run.processedObjects), firstSeen.toMSecsSinceEpoch() });
}

} // namespace BackupDash::HistoryRows
