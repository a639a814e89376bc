#include "connectors/clumio/clumioparser.h"

#include "connectors/clumio/clumiopagereader.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace BackupDash::Clumio {

namespace {

// The messages' translation context: lupdate reads ClumioParserMsg::tr(), a free tr() would leave it guessing.
struct ClumioParserMsg
{
    Q_DECLARE_TR_FUNCTIONS(ClumioParser)
};

bool absent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

// An optional string field: absent/null → empty; another type is a wrong shape.
std::optional<QString> optionalString(const QJsonObject &o, const char *key, QString *error)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (absent(value))
        return QString();
    if (!value.isString()) {
        *error = ClumioParserMsg::tr("\"%1\" is %2, not a string").arg(QLatin1String(key), jsonKindText(value));
        return std::nullopt;
    }
    return value.toString();
}

// An optional timestamp (null until the task started/ended). Unreadable text counts as absent,
// as jsonvalues.h reads it; a number or an object is a wrong shape.
std::optional<QDateTime> optionalTime(const QJsonObject &o, const char *key, QString *error)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (absent(value))
        return QDateTime();
    if (!value.isString()) {
        *error = ClumioParserMsg::tr("\"%1\" is %2, not a timestamp").arg(QLatin1String(key), jsonKindText(value));
        return std::nullopt;
    }
    return timestampValue(value);
}

struct Entity
{
    QString id;
    QString type;
    QString value;
};

std::optional<Entity> optionalEntity(const QJsonObject &o, const char *key, QString *error)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (absent(value))
        return Entity {};
    if (!value.isObject()) {
        *error = ClumioParserMsg::tr("\"%1\" is %2, not an object").arg(QLatin1String(key), jsonKindText(value));
        return std::nullopt;
    }
    const QJsonObject e = value.toObject();
    QString why;
    Entity entity;
    const std::optional<QString> type = optionalString(e, "type", &why);
    const std::optional<QString> name = type ? optionalString(e, "value", &why) : std::nullopt;
    if (!type || !name) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(key), why);
        return std::nullopt;
    }
    entity.id = stringValue(e.value(QLatin1String("id")));
    entity.type = *type;
    entity.value = *name;
    return entity;
}

bool is(const QString &value, const char *word)
{
    return value.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// Task-type endings (after the workload) and their words; the longest match wins.
struct TypeWords
{
    const char *suffix;
    const char *words;
};
constexpr TypeWords KnownTypeWords[] = {
    { "incremental_backup", QT_TRANSLATE_NOOP("ClumioParser", "incremental backup") },
    { "backup_seeding", QT_TRANSLATE_NOOP("ClumioParser", "initial backup") },
    { "seeding", QT_TRANSLATE_NOOP("ClumioParser", "initial backup") },
    { "backup_indexing", QT_TRANSLATE_NOOP("ClumioParser", "indexing") },
    { "file_restore", QT_TRANSLATE_NOOP("ClumioParser", "file restore") },
    { "mail_restore", QT_TRANSLATE_NOOP("ClumioParser", "mail restore") },
    { "restore", QT_TRANSLATE_NOOP("ClumioParser", "restore") },
    { "inventory_sync", QT_TRANSLATE_NOOP("ClumioParser", "inventory sync") },
    { "snapshot", QT_TRANSLATE_NOOP("ClumioParser", "snapshot") },
    { "backup", QT_TRANSLATE_NOOP("ClumioParser", "backup") },
};

// Types whose workload is not simply what precedes their ending.
constexpr std::pair<const char *, const char *> WorkloadAliases[] = {
    { "microsoft365_mail_restore", "microsoft365_mailbox" },
};

} // namespace

Parsed<TaskRecord> parseTask(const QJsonObject &o)
{
    TaskRecord r;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (absent(id))
        return Parsed<TaskRecord>::fail(ClumioParserMsg::tr("no id"));
    if (!id.isString())
        return Parsed<TaskRecord>::fail(ClumioParserMsg::tr("\"id\" is %1, not a string").arg(jsonKindText(id)));
    r.id = id.toString();
    if (r.id.isEmpty())
        return Parsed<TaskRecord>::fail(ClumioParserMsg::tr("an empty id"));

    QString error;
    const auto fail = [&r, &error] {
        return Parsed<TaskRecord>::fail(ClumioParserMsg::tr("task %1: %2").arg(r.id, error));
    };
    const std::optional<QString> type = optionalString(o, "type", &error);
    if (!type)
        return fail();
    const std::optional<QString> category = optionalString(o, "category", &error);
    if (!category)
        return fail();
    const std::optional<QString> genre = optionalString(o, "genre", &error);
    if (!genre)
        return fail();
    const std::optional<QString> status = optionalString(o, "status", &error);
    if (!status)
        return fail();
    r.type = *type;
    r.category = *category;
    r.genre = *genre;
    r.vendorStatus = *status;
    r.status = mapClumioStatus(r.vendorStatus);

    const std::optional<QDateTime> created = optionalTime(o, "created_timestamp", &error);
    if (!created)
        return fail();
    const std::optional<QDateTime> started = optionalTime(o, "start_timestamp", &error);
    if (!started)
        return fail();
    const std::optional<QDateTime> ended = optionalTime(o, "end_timestamp", &error);
    if (!ended)
        return fail();
    r.created = *created;
    r.started = *started;
    r.ended = *ended;

    const QJsonValue progress = o.value(QLatin1String("progress_percentage"));
    if (!absent(progress) && !progress.isDouble() && !progress.isString()) {
        error = ClumioParserMsg::tr("\"progress_percentage\" is %1, not a number").arg(jsonKindText(progress));
        return fail();
    }
    if (const std::optional<qint64> p = int64Value(progress); p && *p >= 0 && *p <= 100)
        r.progress = int(*p);
    r.abortable = boolValue(o.value(QLatin1String("is_abortable"))).value_or(false);

    const std::optional<Entity> primary = optionalEntity(o, "primary_entity", &error);
    if (!primary)
        return fail();
    const std::optional<Entity> parent = optionalEntity(o, "parent_entity", &error);
    if (!parent)
        return fail();
    r.entityId = primary->id;
    r.entityType = primary->type;
    r.entityValue = primary->value;
    r.parentType = parent->type;
    r.parentValue = parent->value;
    return Parsed<TaskRecord>::ok(std::move(r));
}

Parsed<Page<TaskRecord>> parseTasksPage(const QByteArray &body)
{
    // The pages vendors send take the fast path; anything else is read (and refused) in words.
    if (std::optional<Page<TaskRecord>> page = readTasksPageFast(body))
        return Parsed<Page<TaskRecord>>::ok(std::move(*page));
    return parseTasksPageReference(body);
}

Parsed<Page<TaskRecord>> parseTasksPageReference(const QByteArray &body)
{
    using Result = Parsed<Page<TaskRecord>>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::fail(ClumioParserMsg::tr("tasks page: %1").arg(jsonErrorText(parseError)));
    if (!doc.isObject())
        return Result::fail(
            ClumioParserMsg::tr("tasks page: expected an object with _embedded.items, got %1")
                .arg(doc.isArray() ? ClumioParserMsg::tr("an array") : ClumioParserMsg::tr("something else")));
    const QJsonObject envelope = doc.object();
    const QJsonValue embedded = envelope.value(QLatin1String("_embedded"));
    QJsonArray items;
    if (absent(embedded)) {
        // An empty listing may leave _embedded out; anything that says it has items may not.
        if (int64Value(envelope.value(QLatin1String("total_count"))).value_or(0) > 0
            || int64Value(envelope.value(QLatin1String("current_count"))).value_or(0) > 0)
            return Result::fail(ClumioParserMsg::tr("tasks page: no _embedded.items although total_count is not 0"));
    } else {
        const QJsonValue list = embedded.toObject().value(QLatin1String("items"));
        if (!embedded.isObject() || (!list.isArray() && !absent(list)))
            return Result::fail(ClumioParserMsg::tr("tasks page: _embedded.items is not a list"));
        items = list.toArray();
    }

    Page<TaskRecord> page;
    page.items.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue element = items.at(i);
        if (!element.isObject())
            return Result::fail(
                ClumioParserMsg::tr("tasks page: element %1 is %2, not an object").arg(i).arg(jsonKindText(element)));
        Parsed<TaskRecord> task = parseTask(element.toObject());
        if (!task)
            return Result::fail(ClumioParserMsg::tr("tasks page: element %1: %2").arg(i).arg(task.error));
        page.items.push_back(std::move(*task.value));
    }
    const QJsonValue next = envelope.value(QLatin1String("_links")).toObject().value(QLatin1String("_next"));
    if (!items.isEmpty())
        page.nextLink = next.toObject().value(QLatin1String("href")).toString();
    return Result::ok(std::move(page));
}

bool isRestore(const TaskRecord &record)
{
    return is(record.category, "restore") || is(record.category, "snapshot_restore");
}

bool isUnfinished(const TaskRecord &record)
{
    return is(record.vendorStatus, "queued") || is(record.vendorStatus, "in_progress")
        || is(record.vendorStatus, "aborting");
}

QString workloadOf(const TaskRecord &record)
{
    if (!record.entityType.isEmpty())
        return record.entityType;
    for (const auto &[type, workload] : WorkloadAliases) {
        if (record.type == QLatin1String(type))
            return QLatin1String(workload);
    }
    // No primary entity: the type names it before its ending (aws_ebs_volume_incremental_backup).
    const TypeWords *best = nullptr;
    for (const TypeWords &w : KnownTypeWords) {
        const QLatin1String suffix(w.suffix);
        if (record.type.size() > suffix.size() + 1 && record.type.endsWith(QLatin1Char('_') + suffix)
            && (!best || suffix.size() > qsizetype(qstrlen(best->suffix))))
            best = &w;
    }
    if (!best)
        return {};
    return record.type.left(record.type.size() - qsizetype(qstrlen(best->suffix)) - 1);
}

QString typeText(const TaskRecord &record)
{
    const TypeWords *best = nullptr;
    for (const TypeWords &w : KnownTypeWords) {
        const QLatin1String suffix(w.suffix);
        const bool whole = record.type == suffix;
        if ((whole || record.type.endsWith(QLatin1Char('_') + suffix))
            && (!best || suffix.size() > qsizetype(qstrlen(best->suffix))))
            best = &w;
    }
    if (best)
        return QCoreApplication::translate("ClumioParser", best->words);
    // An unknown type: its own words, without the workload it starts with.
    QString rest = record.type;
    const QString workload = workloadOf(record);
    if (!workload.isEmpty() && rest.startsWith(workload + QLatin1Char('_')))
        rest = rest.mid(workload.size() + 1);
    return rest.replace(QLatin1Char('_'), QLatin1Char(' '));
}

Task toTask(const TaskRecord &r, const QDateTime &polledAt)
{
    Task task;
    task.vendor = QStringLiteral("clumio");
    task.id = r.id;
    task.restoreScope = r.entityId;
    const QString what = typeText(r);
    const QString subject = r.entityValue.isEmpty() ? r.entityId : r.entityValue;
    if (!subject.isEmpty() && !what.isEmpty())
        task.name = QStringLiteral("%1 — %2").arg(subject, what);
    else if (!subject.isEmpty())
        task.name = subject;
    else if (!what.isEmpty())
        task.name = QStringLiteral("%1 — %2").arg(what, r.id);
    else
        task.name = r.id;
    task.workload = workloadOf(r);
    task.status = r.status;
    task.vendorStatus = r.vendorStatus;
    task.lastRun = r.started.isValid() ? r.started : r.created;
    if (is(r.vendorStatus, "completed"))
        task.lastSuccess = r.ended;
    task.progress = r.progress;
    if (r.started.isValid()) {
        const QDateTime end = r.ended.isValid() ? r.ended : polledAt;
        task.lastRunSeconds = std::max<qint64>(0, r.started.secsTo(end));
    }
    return task;
}

TaskRun toRun(const TaskRecord &r)
{
    TaskRun run;
    run.taskId = r.id;
    run.id = r.id; // a Clumio task is one execution: the run shares its id
    run.status = r.status;
    run.vendorStatus = r.vendorStatus;
    run.started = r.started.isValid() ? r.started : r.created; // queued: when it was asked for
    run.ended = r.ended;
    return run;
}

RestoreJob toRestore(const TaskRecord &r)
{
    RestoreJob job;
    job.id = r.id;
    job.target = !r.entityValue.isEmpty() ? r.entityValue : !r.entityId.isEmpty() ? r.entityId : typeText(r);
    job.status = r.status;
    job.vendorStatus = r.vendorStatus;
    job.progress = r.progress;
    job.createdAt = r.created;
    job.startedAt = r.started;
    job.endedAt = r.ended;
    // Clumio aborts only queued or running tasks; an aborting one cannot be aborted again.
    job.abortable = r.abortable && (is(r.vendorStatus, "queued") || is(r.vendorStatus, "in_progress"));
    return job;
}

SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<TaskRecord> records, const QDateTime &polledAt)
{
    std::sort(records.begin(), records.end(), [](const TaskRecord &a, const TaskRecord &b) {
        return a.created != b.created ? a.created > b.created : a.id < b.id;
    });
    SourceSnapshot snapshot;
    snapshot.sourceId = sourceId;
    snapshot.polledAt = polledAt;
    for (const TaskRecord &r : records) {
        if (isRestore(r)) {
            RestoreJob job = toRestore(r);
            job.sourceId = sourceId;
            snapshot.restores.push_back(std::move(job));
            continue;
        }
        Task task = toTask(r, polledAt);
        task.sourceId = sourceId;
        snapshot.tasks.push_back(std::move(task));
        TaskRun run = toRun(r);
        run.sourceId = sourceId;
        snapshot.runs.push_back(std::move(run));
    }
    return snapshot;
}

} // namespace BackupDash::Clumio
