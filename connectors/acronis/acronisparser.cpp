#include "connectors/acronis/acronisparser.h"

#include "connectors/acronis/acronispagereader.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace BackupDash::Acronis {

namespace {

// "the token expiration time is set to two hours" (Acronis authentication docs).
constexpr qint64 DefaultTokenLifetimeSeconds = 2 * 3600;

// The messages' translation context: lupdate reads AcronisParserMsg::tr(), a free tr() would leave it guessing.
struct AcronisParserMsg
{
    Q_DECLARE_TR_FUNCTIONS(AcronisParser)
};

// expires_on: Unix seconds, floored when sent with a fraction. A number beyond qint64 (or not
// finite) is no time at all, so the lifetime or the default applies; casting it would be
// undefined behaviour (found by fuzz_acronis).
std::optional<qint64> epochSeconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return int64Value(value);
    const double d = std::floor(value.toDouble());
    if (!std::isfinite(d) || std::abs(d) >= 9.2e18)
        return std::nullopt;
    return qint64(d);
}

QString quoted(const char *key)
{
    return QLatin1Char('"') + QLatin1String(key) + QLatin1Char('"');
}

bool absent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// A string member into `out`: absent or null leave it empty; any other type is a wrong shape.
bool readString(const QJsonObject &o, const char *key, QString &out, QString &problem)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (absent(value))
        return true;
    if (!value.isString()) {
        problem = AcronisParserMsg::tr("%1 is not a string").arg(quoted(key));
        return false;
    }
    out = value.toString();
    return true;
}

// The id as the docs promise it: idString, or the integer id read exactly (it exceeds 2^53,
// so a double would change it); when both are there they must agree.
bool readId(const QJsonObject &task, QString &id, QString &problem)
{
    QString fromString;
    if (!readString(task, "idString", fromString, problem))
        return false;
    QString fromNumber;
    const QJsonValue number = task.value(QLatin1String("id"));
    if (number.isString()) {
        fromNumber = number.toString(); // the seed's shape: a string id
    } else if (number.isDouble()) {
        const std::optional<qint64> exact = int64Value(number);
        if (!exact) {
            problem = AcronisParserMsg::tr("%1 is not a 64-bit integer").arg(quoted("id"));
            return false;
        }
        fromNumber = QString::number(*exact);
    } else if (!absent(number)) {
        problem = AcronisParserMsg::tr("%1 is neither a number nor a string").arg(quoted("id"));
        return false;
    }
    if (!fromString.isEmpty() && !fromNumber.isEmpty() && fromString != fromNumber) {
        problem = AcronisParserMsg::tr("%1 %2 and %3 %4 disagree")
                      .arg(quoted("id"), fromNumber, quoted("idString"), fromString);
        return false;
    }
    id = fromString.isEmpty() ? fromNumber : fromString;
    if (id.isEmpty()) {
        problem = AcronisParserMsg::tr("no id (neither %1 nor %2)").arg(quoted("id"), quoted("idString"));
        return false;
    }
    return true;
}

// result.code (the documented nested object), else resultCode, else the seed's flat result_code.
bool readResultCode(const QJsonObject &task, QString &code, QString &problem)
{
    const QJsonValue result = task.value(QLatin1String("result"));
    if (result.isObject()) {
        if (!readString(result.toObject(), "code", code, problem)) {
            problem = AcronisParserMsg::tr("result: %1").arg(problem);
            return false;
        }
    } else if (result.isString()) {
        code = result.toString();
    } else if (!absent(result)) {
        problem = AcronisParserMsg::tr("%1 is not an object").arg(quoted("result"));
        return false;
    }
    if (code.isEmpty() && !readString(task, "resultCode", code, problem))
        return false;
    if (code.isEmpty() && !readString(task, "result_code", code, problem))
        return false;
    return true;
}

bool readResource(const QJsonObject &task, TaskRecord &record, QString &problem)
{
    const QJsonValue resource = task.value(QLatin1String("resource"));
    if (resource.isObject()) {
        const QJsonObject r = resource.toObject();
        record.resourceId = stringValue(r.value(QLatin1String("id")));
        record.resourceName = stringValue(r.value(QLatin1String("name")));
        record.resourceType = stringValue(r.value(QLatin1String("type")));
    } else if (!absent(resource)) {
        problem = AcronisParserMsg::tr("%1 is not an object").arg(quoted("resource"));
        return false;
    }
    if (record.resourceId.isEmpty())
        record.resourceId = stringValue(task.value(QLatin1String("resource_id"))); // the seed's flat form
    return true;
}

bool startsWith(const QString &type, const char *prefix)
{
    return type.startsWith(QLatin1String(prefix));
}

} // namespace

Parsed<TaskRecord> parseTask(const QJsonObject &task)
{
    TaskRecord record;
    QString problem;
    if (!readId(task, record.id, problem) || !readString(task, "type", record.type, problem)
        || !readString(task, "state", record.state, problem) || !readResultCode(task, record.resultCode, problem)
        || !readResource(task, record, problem))
        return Parsed<TaskRecord>::fail(problem);
    record.cancellable = boolValue(task.value(QLatin1String("cancellable"))).value_or(false);
    record.cancelRequested = boolValue(task.value(QLatin1String("cancelRequested"))).value_or(false);
    record.enqueuedAt = timestampValue(task.value(QLatin1String("enqueuedAt")));
    record.startedAt = timestampValue(task.value(QLatin1String("startedAt")));
    record.completedAt = timestampValue(task.value(QLatin1String("completedAt")));
    record.updatedAt = timestampValue(task.value(QLatin1String("updatedAt")));
    // context is free-form; only its title is shown.
    record.title = stringValue(task.value(QLatin1String("context")).toObject().value(QLatin1String("title")));
    return Parsed<TaskRecord>::ok(std::move(record));
}

Parsed<TasksPage> parseTasksPage(const QByteArray &body)
{
    // The pages vendors send take the fast path; anything else is read (and refused) in words.
    if (std::optional<TasksPage> page = readTasksPageFast(body))
        return Parsed<TasksPage>::ok(std::move(*page));
    return parseTasksPageReference(body);
}

Parsed<TasksPage> parseTasksPageReference(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<TasksPage>::fail(AcronisParserMsg::tr("tasks page: %1").arg(jsonErrorText(error)));
    const QJsonObject envelope = doc.object();
    const QJsonValue items = envelope.value(QLatin1String("items"));
    if (!doc.isObject() || !items.isArray()) {
        const QString got = doc.isArray() ? AcronisParserMsg::tr("an array")
            : envelope.isEmpty()
            ? AcronisParserMsg::tr("an empty object")
            : AcronisParserMsg::tr("an object with keys %1").arg(envelope.keys().join(QLatin1String(", ")));
        return Parsed<TasksPage>::fail(
            AcronisParserMsg::tr("tasks page: expected an object with an \"items\" array, got %1").arg(got));
    }
    TasksPage page;
    const QJsonArray elements = items.toArray();
    page.items.reserve(size_t(elements.size()));
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonValue element = elements.at(i);
        if (!element.isObject())
            return Parsed<TasksPage>::fail(AcronisParserMsg::tr("tasks page: element %1 is not an object").arg(i));
        Parsed<TaskRecord> record = parseTask(element.toObject());
        if (!record)
            return Parsed<TasksPage>::fail(AcronisParserMsg::tr("tasks page: element %1: %2").arg(i).arg(record.error));
        page.items.push_back(std::move(*record.value));
    }
    const QJsonValue after = envelope.value(QLatin1String("paging"))
                                 .toObject()
                                 .value(QLatin1String("cursors"))
                                 .toObject()
                                 .value(QLatin1String("after"));
    // An empty page ends the listing whatever its cursor says: it cannot make progress.
    if (after.isString() && !page.items.empty())
        page.after = after.toString();
    return Parsed<TasksPage>::ok(std::move(page));
}

Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<TokenGrant>::fail(jsonErrorText(error));
    const QJsonObject o = doc.object();
    TokenGrant grant;
    grant.accessToken = stringValue(o.value(QLatin1String("access_token")));
    if (grant.accessToken.isEmpty())
        return Parsed<TokenGrant>::fail(AcronisParserMsg::tr("no access_token in the answer"));
    const std::optional<qint64> onSecs = epochSeconds(o.value(QLatin1String("expires_on")));
    const std::optional<qint64> inSecs = int64Value(o.value(QLatin1String("expires_in")));
    const QDateTime absolute = onSecs ? QDateTime::fromSecsSinceEpoch(*onSecs, Qt::UTC) : QDateTime();
    // An absolute time already past means our clock is ahead of the vendor's: trust the lifetime
    // instead (a token that truly expired earns a 401, and a 401 asks for a new one).
    if (absolute.isValid() && absolute > now)
        grant.expiresAt = absolute;
    else if (inSecs && *inSecs > 0)
        grant.expiresAt = now.addSecs(*inSecs);
    else
        grant.expiresAt = now.addSecs(DefaultTokenLifetimeSeconds);
    return Parsed<TokenGrant>::ok(std::move(grant));
}

bool isRestoreType(const QString &type)
{
    return type.contains(QLatin1String("Restore"), Qt::CaseInsensitive);
}

QString workloadOf(const TaskRecord &record)
{
    const QString &type = record.type;
    if (startsWith(type, "UserMailbox"))
        return QStringLiteral("microsoft365_mailbox");
    if (startsWith(type, "OD"))
        return QStringLiteral("ONEDRIVE");
    if (startsWith(type, "SP"))
        return QStringLiteral("SHAREPOINT");
    if (type == QLatin1String("GSBackupGMail") || type == QLatin1String("GSRestoreGMail"))
        return QStringLiteral("google_gmail");
    if (type == QLatin1String("GSBackupGDrive") || type == QLatin1String("GSRestoreGDrive"))
        return QStringLiteral("google_drive");
    return record.resourceType;
}

QString typeText(const QString &type)
{
    struct Entry
    {
        const char *type;
        const char *words;
    };
    static constexpr Entry Words[] = {
        { "UserMailboxBackup", QT_TRANSLATE_NOOP("AcronisParser", "Mailbox backup") },
        { "UserMailboxRestore", QT_TRANSLATE_NOOP("AcronisParser", "Mailbox restore") },
        { "ODBackup", QT_TRANSLATE_NOOP("AcronisParser", "OneDrive backup") },
        { "ODRestore", QT_TRANSLATE_NOOP("AcronisParser", "OneDrive restore") },
        { "SPBackup", QT_TRANSLATE_NOOP("AcronisParser", "SharePoint backup") },
        { "SPRestore", QT_TRANSLATE_NOOP("AcronisParser", "SharePoint restore") },
        { "GSBackupGMail", QT_TRANSLATE_NOOP("AcronisParser", "Gmail backup") },
        { "GSRestoreGMail", QT_TRANSLATE_NOOP("AcronisParser", "Gmail restore") },
        { "GSBackupGDrive", QT_TRANSLATE_NOOP("AcronisParser", "Google Drive backup") },
        { "GSRestoreGDrive", QT_TRANSLATE_NOOP("AcronisParser", "Google Drive restore") },
    };
    for (const Entry &e : Words) {
        if (type.compare(QLatin1String(e.type), Qt::CaseInsensitive) == 0)
            return AcronisParserMsg::tr(e.words);
    }
    if (type.isEmpty())
        return AcronisParserMsg::tr("Task");
    if (!QUuid::fromString(type).isNull()) // management tasks are typed by a GUID
        return AcronisParserMsg::tr("Management task");
    return type;
}

SourceSnapshot buildSnapshot(const QString &sourceId, const std::vector<TaskRecord> &records, const QDateTime &polledAt)
{
    SourceSnapshot snapshot;
    snapshot.sourceId = sourceId;
    snapshot.polledAt = polledAt;
    for (const TaskRecord &r : records) {
        const Status status = mapAcronisStatus(r.state, r.resultCode);
        const QString vendorStatus = r.resultCode.isEmpty() ? r.state : r.state + QLatin1Char('/') + r.resultCode;
        const QString resource = !r.resourceName.isEmpty() ? r.resourceName
            : !r.resourceId.isEmpty()                      ? AcronisParserMsg::tr("resource %1").arg(r.resourceId)
                                                           : QString();
        if (isRestoreType(r.type)) {
            RestoreJob job;
            job.sourceId = sourceId;
            job.id = r.id;
            job.target = !resource.isEmpty() ? resource : !r.title.isEmpty() ? r.title : typeText(r.type);
            job.status = status;
            job.vendorStatus = vendorStatus;
            job.createdAt = r.enqueuedAt;
            job.startedAt = r.startedAt;
            job.endedAt = r.completedAt;
            job.abortable = r.cancellable && !r.cancelRequested
                && r.state.compare(QLatin1String("completed"), Qt::CaseInsensitive) != 0;
            snapshot.restores.push_back(std::move(job));
            continue;
        }
        Task task;
        task.sourceId = sourceId;
        task.vendor = QStringLiteral("acronis");
        task.id = r.id;
        if (!r.title.isEmpty())
            task.name = r.title;
        else if (!resource.isEmpty())
            task.name = typeText(r.type) + QStringLiteral(" \u2014 ") + resource;
        else
            task.name = typeText(r.type);
        task.workload = workloadOf(r);
        task.status = status;
        task.vendorStatus = vendorStatus;
        task.lastRun = r.startedAt.isValid() ? r.startedAt : r.enqueuedAt;
        if (status == Status::Success || status == Status::Warning)
            task.lastSuccess = r.completedAt;
        if (r.startedAt.isValid()) {
            if (r.completedAt.isValid())
                task.lastRunSeconds = std::max<qint64>(0, r.startedAt.secsTo(r.completedAt));
            else if (status == Status::Running || status == Status::Paused)
                task.lastRunSeconds = std::max<qint64>(0, r.startedAt.secsTo(polledAt));
        }
        task.enabled = true; // a paused task is shown paused through its state

        TaskRun run;
        run.sourceId = sourceId;
        run.taskId = r.id;
        run.id = r.id;
        run.status = status;
        run.vendorStatus = vendorStatus;
        run.started = r.startedAt;
        run.ended = r.completedAt;
        snapshot.tasks.push_back(std::move(task));
        snapshot.runs.push_back(std::move(run));
    }
    return snapshot;
}

} // namespace BackupDash::Acronis
