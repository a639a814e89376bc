#include "connectors/cloudally/cloudallyparser.h"

#include "connectors/cloudally/cloudallypagereader.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace BackupDash::CloudAlly {

namespace {

constexpr qint64 DefaultTokenLifetimeSeconds = 3600;

// The messages' translation context: lupdate reads CloudAllyParserMsg::tr(), a free tr() would leave it guessing.
struct CloudAllyParserMsg
{
    Q_DECLARE_TR_FUNCTIONS(CloudAllyParser)
};

// A documented string field: absent or null is empty (`present` false); any other type is a problem.
struct Text
{
    QString value;
    bool present = false;
    QString problem;
};

Text textField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return { {},
                 true,
                 CloudAllyParserMsg::tr("\"%1\" is %2, not a string").arg(QLatin1String(key), jsonKindText(v)) };
    return { v.toString(), true, {} };
}

// A documented date-time: absent or null is invalid; an unreadable one is a problem in words.
QString readTime(const QJsonObject &o, const char *key, QDateTime *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    *out = timestampValue(v);
    if (out->isValid())
        return {};
    return v.isString()
        ? CloudAllyParserMsg::tr("\"%1\" is not a date-time: '%2'").arg(QLatin1String(key), v.toString())
        : CloudAllyParserMsg::tr("\"%1\" is %2, not a date-time").arg(QLatin1String(key), jsonKindText(v));
}

} // namespace

QString scheduleWords(const QString &frequency, const QString &timezone)
{
    if (frequency.compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0)
        return timezone.isEmpty() ? CloudAllyParserMsg::tr("Daily")
                                  : CloudAllyParserMsg::tr("Daily (%1)").arg(timezone);
    if (frequency.compare(QLatin1String("every_3_hours"), Qt::CaseInsensitive) == 0)
        return CloudAllyParserMsg::tr("Every 3 hours");
    if (frequency.compare(QLatin1String("manual"), Qt::CaseInsensitive) == 0)
        return CloudAllyParserMsg::tr("Manual only");
    return frequency; // a frequency this version does not know: shown as sent
}

QString scheduleText(const QJsonObject &schedule)
{
    return scheduleWords(schedule.value(QLatin1String("frequency")).toString(),
                         schedule.value(QLatin1String("timezone")).toString());
}

Parsed<Task> parseTask(const QJsonObject &o)
{
    Task task;
    task.vendor = QStringLiteral("cloudally");
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isUndefined() || id.isNull() || (id.isString() && id.toString().isEmpty()))
        return Parsed<Task>::fail(CloudAllyParserMsg::tr("no id"));
    if (!id.isString())
        return Parsed<Task>::fail(CloudAllyParserMsg::tr("\"id\" is %1, not a string").arg(jsonKindText(id)));
    task.id = id.toString();

    for (const char *key : { "name", "type", "status" }) {
        const Text text = textField(o, key);
        if (!text.problem.isEmpty())
            return Parsed<Task>::fail(CloudAllyParserMsg::tr("task %1: %2").arg(task.id, text.problem));
    }
    task.name = o.value(QLatin1String("name")).toString();
    if (task.name.isEmpty())
        task.name = task.id; // required by the schema, but a row needs words
    task.workload = o.value(QLatin1String("type")).toString(); // unknown types kept as sent
    task.vendorStatus = o.value(QLatin1String("status")).toString(); // absent → "" → unknown
    task.status = mapCloudAllyStatus(task.vendorStatus);

    QString problem = readTime(o, "lastBackup", &task.lastSuccess);
    QDateTime createdAt;
    if (problem.isEmpty())
        problem = readTime(o, "createdAt", &createdAt);
    if (!problem.isEmpty())
        return Parsed<Task>::fail(CloudAllyParserMsg::tr("task %1: %2").arg(task.id, problem));
    // CloudAlly reports only the last successful backup; it is the last run only when that run succeeded.
    if (task.status == Status::Success)
        task.lastRun = task.lastSuccess;

    const QJsonValue size = o.value(QLatin1String("size"));
    if (!size.isUndefined() && !size.isNull()) {
        task.sizeBytes = int64Value(size);
        if (!task.sizeBytes || *task.sizeBytes < 0)
            return Parsed<Task>::fail(CloudAllyParserMsg::tr("task %1: \"size\" is not a byte count: %2")
                                          .arg(task.id, size.isString() ? size.toString() : jsonKindText(size)));
    }

    const QJsonValue schedule = o.value(QLatin1String("schedule"));
    if (!schedule.isUndefined() && !schedule.isNull()) {
        if (!schedule.isObject())
            return Parsed<Task>::fail(CloudAllyParserMsg::tr("task %1: \"schedule\" is %2, not an object")
                                          .arg(task.id, jsonKindText(schedule)));
        for (const char *key : { "frequency", "timezone" }) {
            const Text text = textField(schedule.toObject(), key);
            if (!text.problem.isEmpty())
                return Parsed<Task>::fail(CloudAllyParserMsg::tr("task %1: schedule: %2").arg(task.id, text.problem));
        }
        task.schedule = scheduleText(schedule.toObject());
    }
    task.enabled = true; // CloudAlly has no enable flag; a paused task says so in its status
    return Parsed<Task>::ok(std::move(task));
}

Parsed<TasksPage> parseTasksPageReference(const QByteArray &body)
{
    using Result = Parsed<TasksPage>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result::fail(CloudAllyParserMsg::tr("backup tasks: %1").arg(jsonErrorText(error)));
    if (!doc.isObject())
        return Result::fail(
            CloudAllyParserMsg::tr("backup tasks: expected an object with \"data\", got %1")
                .arg(doc.isArray() ? CloudAllyParserMsg::tr("an array") : CloudAllyParserMsg::tr("something else")));
    const QJsonObject envelope = doc.object();
    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (!data.isArray())
        return Result::fail(
            CloudAllyParserMsg::tr("backup tasks: \"data\" is %1, not an array").arg(jsonKindText(data)));

    TasksPage page;
    const QJsonValue token = envelope.value(QLatin1String("nextPageToken"));
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return Result::fail(
            CloudAllyParserMsg::tr("backup tasks: \"nextPageToken\" is %1, not a string").arg(jsonKindText(token)));
    page.nextPageToken = token.toString();
    const QJsonValue total = envelope.value(QLatin1String("totalPages"));
    if (!total.isUndefined() && !total.isNull()) {
        page.totalPages = int64Value(total);
        if (!page.totalPages)
            return Result::fail(CloudAllyParserMsg::tr("backup tasks: \"totalPages\" is not a whole number"));
    }

    const QJsonArray elements = data.toArray();
    page.tasks.reserve(size_t(elements.size()));
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (!elements.at(i).isObject())
            return Result::fail(CloudAllyParserMsg::tr("backup tasks: element %1 is %2, not an object")
                                    .arg(i)
                                    .arg(jsonKindText(elements.at(i))));
        Parsed<Task> task = parseTask(elements.at(i).toObject());
        if (!task)
            return Result::fail(CloudAllyParserMsg::tr("backup tasks: element %1: %2").arg(i).arg(task.error));
        page.tasks.push_back(std::move(*task.value));
    }
    return Result::ok(std::move(page));
}

Parsed<TasksPage> parseTasksPage(const QByteArray &body)
{
    // The pages vendors send take the fast path; anything else is read (and refused) in words.
    if (std::optional<TasksPage> page = readTasksPageFast(body))
        return Parsed<TasksPage>::ok(std::move(*page));
    return parseTasksPageReference(body);
}

Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<TokenGrant>::fail(jsonErrorText(error));
    if (!doc.isObject())
        return Parsed<TokenGrant>::fail(CloudAllyParserMsg::tr("the answer is not an object"));
    const QJsonObject o = doc.object();
    TokenGrant grant;
    grant.accessToken = o.value(QLatin1String("accessToken")).toString();
    if (grant.accessToken.isEmpty())
        return Parsed<TokenGrant>::fail(CloudAllyParserMsg::tr("no accessToken in the answer"));
    grant.refreshToken = o.value(QLatin1String("refreshToken")).toString();
    const qint64 lifetime = int64Value(o.value(QLatin1String("expiresIn"))).value_or(DefaultTokenLifetimeSeconds);
    grant.expiresAt = now.addSecs(lifetime > 0 ? lifetime : DefaultTokenLifetimeSeconds);
    return Parsed<TokenGrant>::ok(std::move(grant));
}

SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<Task> tasks, const QDateTime &polledAt)
{
    SourceSnapshot snapshot;
    snapshot.sourceId = sourceId;
    snapshot.polledAt = polledAt;
    for (Task &task : tasks)
        task.sourceId = sourceId;
    snapshot.tasks = std::move(tasks); // no runs or restores: CloudAlly lists neither with its tasks
    return snapshot;
}

} // namespace BackupDash::CloudAlly
