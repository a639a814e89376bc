#include "connectors/clumio/clumioincremental.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace BackupDash::Clumio {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool inWindow(const TaskRecord &r, const QDateTime &windowStart)
{
    // A task without a creation time cannot be placed; keep it rather than lose it.
    return !windowStart.isValid() || !r.created.isValid() || r.created >= windowStart;
}

} // namespace

QString createdSinceFilter(const QDateTime &since)
{
    const QString text = since.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    return compact({ { QStringLiteral("created_timestamp"), QJsonObject { { QStringLiteral("$gte"), text } } } });
}

QString idFilter(const QStringList &ids)
{
    return compact(
        { { QStringLiteral("id"), QJsonObject { { QStringLiteral("$in"), QJsonArray::fromStringList(ids) } } } });
}

std::vector<QStringList> unfinishedIdChunks(const TaskCache &cache, int chunkSize)
{
    QStringList ids;
    for (const TaskRecord &r : cache) {
        if (isUnfinished(r))
            ids << r.id;
    }
    ids.sort();
    std::vector<QStringList> chunks;
    const qsizetype size = std::max(1, chunkSize);
    for (qsizetype i = 0; i < ids.size(); i += size)
        chunks.push_back(ids.mid(i, size));
    return chunks;
}

QDateTime newestCreated(const TaskCache &cache)
{
    QDateTime newest;
    for (const TaskRecord &r : cache) {
        if (r.created.isValid() && (!newest.isValid() || r.created > newest))
            newest = r.created;
    }
    return newest;
}

QDateTime oldestCreated(const TaskCache &cache)
{
    QDateTime oldest;
    for (const TaskRecord &r : cache) {
        if (r.created.isValid() && (!oldest.isValid() || r.created < oldest))
            oldest = r.created;
    }
    return oldest;
}

TaskCache replaceAll(std::vector<TaskRecord> fresh, const QDateTime &windowStart)
{
    TaskCache cache;
    cache.reserve(qsizetype(fresh.size()));
    for (TaskRecord &r : fresh) {
        if (inWindow(r, windowStart))
            cache.insert(r.id, std::move(r));
    }
    return cache;
}

TaskCache merge(TaskCache previous, std::vector<TaskRecord> fresh, const QStringList &reread,
                const QDateTime &windowStart)
{
    QSet<QString> seen;
    for (TaskRecord &r : fresh) {
        seen.insert(r.id);
        previous.insert(r.id, std::move(r));
    }
    for (const QString &id : reread) {
        if (!seen.contains(id))
            previous.remove(id);
    }
    for (auto it = previous.begin(); it != previous.end();) {
        if (inWindow(it.value(), windowStart))
            ++it;
        else
            it = previous.erase(it);
    }
    return previous;
}

} // namespace BackupDash::Clumio
