#include "app/snapshotexport.h"

#include <QJsonArray>

namespace BackupDash {

namespace {

QJsonValue time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    const QDateTime t = utc.toUTC();
    return t.toString(t.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(std::optional<qint64> n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

QJsonObject taskJson(const Task &t)
{
    return QJsonObject {
        { QStringLiteral("source"), t.sourceId },           { QStringLiteral("id"), t.id },
        { QStringLiteral("name"), text(t.name) },           { QStringLiteral("workload"), text(t.workload) },
        { QStringLiteral("status"), statusKey(t.status) },  { QStringLiteral("vendorStatus"), text(t.vendorStatus) },
        { QStringLiteral("lastRun"), time(t.lastRun) },     { QStringLiteral("lastSuccess"), time(t.lastSuccess) },
        { QStringLiteral("nextRun"), time(t.nextRun) },     { QStringLiteral("sizeBytes"), number(t.sizeBytes) },
        { QStringLiteral("progress"), number(t.progress) }, { QStringLiteral("enabled"), t.enabled },
    };
}

QJsonObject restoreJson(const RestoreJob &r)
{
    return QJsonObject {
        { QStringLiteral("source"), r.sourceId },
        { QStringLiteral("id"), r.id },
        { QStringLiteral("target"), text(r.target) },
        { QStringLiteral("status"), statusKey(r.status) },
        { QStringLiteral("vendorStatus"), text(r.vendorStatus) },
        { QStringLiteral("progress"), number(r.progress) },
        { QStringLiteral("createdAt"), time(r.createdAt) },
        { QStringLiteral("startedAt"), time(r.startedAt) },
        { QStringLiteral("endedAt"), time(r.endedAt) },
        { QStringLiteral("abortable"), r.abortable },
    };
}

QString exportedHealth(SourceHealth health)
{
    // The contract knows four states; a source whose first poll never completed did not answer.
    return health == SourceHealth::Pending ? healthKey(SourceHealth::Unreachable) : healthKey(health);
}

QByteArray csvField(const QString &value)
{
    QByteArray field = value.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

} // namespace

QJsonObject snapshotJson(const std::vector<SourceResult> &results, const QDateTime &generatedAt)
{
    QJsonArray sources, tasks, restores, windows;
    for (const SourceResult &result : results) {
        const SourceState &s = result.state;
        sources.append(QJsonObject {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("vendor"), s.vendor },
            { QStringLiteral("state"), exportedHealth(s.health) },
            { QStringLiteral("error"), text(s.lastError) },
            { QStringLiteral("polledAt"), time(s.lastSuccessAt) },
            { QStringLiteral("taskCount"), result.snapshot ? qint64(result.snapshot->tasks.size()) : 0 },
            { QStringLiteral("restoreCount"), result.snapshot ? qint64(result.snapshot->restores.size()) : 0 },
        });
        if (!result.snapshot)
            continue;
        for (const Task &t : result.snapshot->tasks)
            tasks.append(taskJson(t));
        for (const RestoreJob &r : result.snapshot->restores)
            restores.append(restoreJson(r));
        for (const BackupWindow &w : result.snapshot->windows) {
            windows.append(QJsonObject {
                { QStringLiteral("source"), w.sourceId },
                { QStringLiteral("taskId"), w.taskId },
                { QStringLiteral("minuteOffset"), w.minuteOffset },
                { QStringLiteral("allowed"), w.vendorAllowed },
            });
        }
    }
    return QJsonObject {
        { QStringLiteral("generatedAt"), time(generatedAt) },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("tasks"), tasks },
        { QStringLiteral("restores"), restores },
        { QStringLiteral("windows"), windows },
    };
}

namespace {

// RFC 4180 rows of `objects`, one column per key; null → empty field.
QByteArray csvOf(const std::vector<const char *> &keys, const QList<QJsonObject> &objects)
{
    QByteArrayList header;
    for (const char *key : keys)
        header << key;
    QByteArray out = header.join(',') + "\r\n";
    for (const QJsonObject &o : objects) {
        QByteArrayList fields;
        for (const char *key : keys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isNull())
                fields << QByteArray();
            else if (v.isBool())
                fields << (v.toBool() ? "true" : "false");
            else if (v.isDouble())
                fields << QByteArray::number(v.toInteger());
            else
                fields << csvField(v.toString());
        }
        out += fields.join(',') + "\r\n";
    }
    return out;
}

const std::vector<const char *> TaskColumns { "source",  "id",           "name",     "workload",
                                              "status",  "vendorStatus", "lastRun",  "lastSuccess",
                                              "nextRun", "sizeBytes",    "progress", "enabled" };
const std::vector<const char *> RestoreColumns { "source",   "id",        "target",    "status",  "vendorStatus",
                                                 "progress", "createdAt", "startedAt", "endedAt", "abortable" };

std::vector<Task> allTasks(const std::vector<SourceResult> &results)
{
    std::vector<Task> tasks;
    for (const SourceResult &result : results) {
        if (result.snapshot)
            tasks.insert(tasks.end(), result.snapshot->tasks.begin(), result.snapshot->tasks.end());
    }
    return tasks;
}

std::vector<RestoreJob> allRestores(const std::vector<SourceResult> &results)
{
    std::vector<RestoreJob> restores;
    for (const SourceResult &result : results) {
        if (result.snapshot)
            restores.insert(restores.end(), result.snapshot->restores.begin(), result.snapshot->restores.end());
    }
    return restores;
}

} // namespace

QByteArray snapshotCsv(const std::vector<SourceResult> &results)
{
    return tasksCsv(allTasks(results));
}

QJsonArray restoresJson(const std::vector<SourceResult> &results)
{
    return restoresJson(allRestores(results));
}

QByteArray restoresCsv(const std::vector<SourceResult> &results)
{
    return restoresCsv(allRestores(results));
}

QJsonArray tasksJson(const std::vector<Task> &tasks)
{
    QJsonArray array;
    for (const Task &t : tasks)
        array.append(taskJson(t));
    return array;
}

QByteArray tasksCsv(const std::vector<Task> &tasks)
{
    QList<QJsonObject> rows;
    rows.reserve(qsizetype(tasks.size()));
    for (const Task &t : tasks)
        rows << taskJson(t);
    return csvOf(TaskColumns, rows);
}

QJsonArray restoresJson(const std::vector<RestoreJob> &restores)
{
    QJsonArray array;
    for (const RestoreJob &r : restores)
        array.append(restoreJson(r));
    return array;
}

QByteArray restoresCsv(const std::vector<RestoreJob> &restores)
{
    QList<QJsonObject> rows;
    rows.reserve(qsizetype(restores.size()));
    for (const RestoreJob &r : restores)
        rows << restoreJson(r);
    return csvOf(RestoreColumns, rows);
}

} // namespace BackupDash
