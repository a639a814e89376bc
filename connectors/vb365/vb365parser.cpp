#include "connectors/vb365/vb365parser.h"

#include "connectors/jsonvalues.h"
#include "connectors/vb365/vb365pagereader.h"
#include "models/statusmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace BackupDash::Vb365 {

namespace {

constexpr int DefaultTokenLifetimeSeconds = 3600;

// The messages' translation context: lupdate reads Vb365ParserMsg::tr(), a free tr() would leave it guessing.
struct Vb365ParserMsg
{
    Q_DECLARE_TR_FUNCTIONS(Vb365Parser)
};

QString str(const QJsonObject &o, const char *key)
{
    return stringValue(o.value(QLatin1String(key)));
}

// The elements of a list page and its next link, whatever the API version's shape.
struct ListPage
{
    QJsonArray results;
    QString nextLink;
};

Parsed<ListPage> readListPage(const QByteArray &body, const char *what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<ListPage>::fail(QStringLiteral("%1: %2").arg(QLatin1String(what), jsonErrorText(error)));
    if (doc.isArray()) // v3/v4: a bare array, no paging
        return Parsed<ListPage>::ok({ doc.array(), {} });
    const QJsonObject envelope = doc.object();
    const QJsonValue results = envelope.value(QLatin1String("results"));
    if (!results.isArray()) {
        return Parsed<ListPage>::fail(
            Vb365ParserMsg::tr("%1: expected a list (an array, or an object with \"results\"), got %2")
                .arg(
                    QLatin1String(what),
                    envelope.isEmpty()
                        ? Vb365ParserMsg::tr("an empty object")
                        : Vb365ParserMsg::tr("an object with keys %1").arg(envelope.keys().join(QLatin1String(", ")))));
    }
    ListPage page { results.toArray(), {} };
    page.nextLink = envelope.value(QLatin1String("_links"))
                        .toObject()
                        .value(QLatin1String("next"))
                        .toObject()
                        .value(QLatin1String("href"))
                        .toString();
    // A short page is the last one, whatever the links say.
    const std::optional<qint64> limit = int64Value(envelope.value(QLatin1String("limit")));
    if (limit && *limit > 0 && page.results.size() < *limit)
        page.nextLink.clear();
    if (page.results.isEmpty())
        page.nextLink.clear();
    return Parsed<ListPage>::ok(std::move(page));
}

// Applies `parseOne` to every element; the first unreadable element fails the page, in words.
template<typename Item, typename ParseOne>
Parsed<Page<Item>> parseItems(const QByteArray &body, const char *what, ParseOne parseOne)
{
    Parsed<ListPage> list = readListPage(body, what);
    if (!list)
        return Parsed<Page<Item>>::fail(list.error);
    Page<Item> page;
    page.items.reserve(size_t(list.value->results.size()));
    page.nextLink = list.value->nextLink;
    for (qsizetype i = 0; i < list.value->results.size(); ++i) {
        const QJsonValue element = list.value->results.at(i);
        if (!element.isObject())
            return Parsed<Page<Item>>::fail(
                Vb365ParserMsg::tr("%1: element %2 is not an object").arg(QLatin1String(what)).arg(i));
        Parsed<Item> item = parseOne(element.toObject());
        if (!item)
            return Parsed<Page<Item>>::fail(
                Vb365ParserMsg::tr("%1: element %2: %3").arg(QLatin1String(what)).arg(i).arg(item.error));
        page.items.push_back(std::move(*item.value));
    }
    return Parsed<Page<Item>>::ok(std::move(page));
}

std::optional<BackupWindow> readWindow(const QJsonValue &settingsValue)
{
    BackupWindow window;
    if (!settingsValue.isObject()) {
        window.error = Vb365ParserMsg::tr("backup window enabled but its settings are missing");
        return window;
    }
    const QJsonObject settings = settingsValue.toObject();
    window.minuteOffset = int(int64Value(settings.value(QLatin1String("minuteOffset"))).value_or(0));
    const QJsonValue grid = settings.value(QLatin1String("backupWindow"));
    if (!grid.isArray()) {
        window.error = Vb365ParserMsg::tr("backup window unreadable: no 168-element array");
        return window;
    }
    window.vendorAllowed = grid.toArray();
    if (window.vendorAllowed.size() != BackupWindow::Hours) {
        window.error = Vb365ParserMsg::tr("backup window unreadable: %1 elements").arg(window.vendorAllowed.size());
        return window;
    }
    for (int hour = 0; hour < BackupWindow::Hours; ++hour) {
        const QJsonValue cell = window.vendorAllowed.at(hour);
        if (!cell.isBool()) {
            window.error = Vb365ParserMsg::tr("backup window unreadable: element %1 is not true/false").arg(hour);
            return window;
        }
        window.allowed[size_t(hour)] = cell.toBool();
    }
    return window;
}

QString periodText(const QString &every)
{
    // Minutes5 … Minutes30, Hours1 … Hours8
    if (every.startsWith(QLatin1String("Minutes"), Qt::CaseInsensitive))
        return Vb365ParserMsg::tr("Every %1 minutes").arg(every.mid(7));
    if (every.startsWith(QLatin1String("Hours"), Qt::CaseInsensitive)) {
        const QString n = every.mid(5);
        return n == QLatin1String("1") ? Vb365ParserMsg::tr("Every hour") : Vb365ParserMsg::tr("Every %1 hours").arg(n);
    }
    return Vb365ParserMsg::tr("Periodically (%1)").arg(every);
}

} // namespace

std::optional<BackupWindow> windowOf(const QJsonObject &policy)
{
    const bool periodic = str(policy, "type").compare(QLatin1String("Periodically"), Qt::CaseInsensitive) == 0;
    // v6+ periodic jobs carry their own window; older ones (and daily jobs) use backupWindow*.
    if (periodic && policy.contains(QLatin1String("periodicallyWindowEnabled"))) {
        if (!boolValue(policy.value(QLatin1String("periodicallyWindowEnabled"))).value_or(false))
            return std::nullopt;
        return readWindow(policy.value(QLatin1String("periodicallyWindowSettings")));
    }
    if (!boolValue(policy.value(QLatin1String("backupWindowEnabled"))).value_or(false))
        return std::nullopt;
    // The seed's v3 shape nests the grid under backupWindowSettings; tolerate "backupWindow" too.
    if (policy.contains(QLatin1String("backupWindowSettings")))
        return readWindow(policy.value(QLatin1String("backupWindowSettings")));
    return readWindow(policy.value(QLatin1String("backupWindow")));
}

QString scheduleText(const QJsonObject &policy)
{
    if (policy.isEmpty())
        return {};
    if (!boolValue(policy.value(QLatin1String("scheduleEnabled"))).value_or(true))
        return Vb365ParserMsg::tr("Not scheduled");
    const QString type = str(policy, "type");
    if (type.compare(QLatin1String("Periodically"), Qt::CaseInsensitive) == 0)
        return periodText(str(policy, "periodicallyEvery"));
    if (type.compare(QLatin1String("Daily"), Qt::CaseInsensitive) == 0) {
        const QString time = str(policy, "dailyTime").left(5);
        const QString days = str(policy, "dailyType");
        if (days.isEmpty() || days.compare(QLatin1String("Everyday"), Qt::CaseInsensitive) == 0)
            return Vb365ParserMsg::tr("Daily at %1").arg(time);
        if (days.compare(QLatin1String("Workdays"), Qt::CaseInsensitive) == 0)
            return Vb365ParserMsg::tr("Workdays at %1").arg(time);
        if (days.compare(QLatin1String("Weekends"), Qt::CaseInsensitive) == 0)
            return Vb365ParserMsg::tr("Weekends at %1").arg(time);
        return Vb365ParserMsg::tr("%1 at %2").arg(days, time);
    }
    return type;
}

Parsed<JobRecord> parseJob(const QJsonObject &job)
{
    JobRecord record;
    Task &task = record.task;
    task.id = str(job, "id");
    if (task.id.isEmpty())
        return Parsed<JobRecord>::fail(Vb365ParserMsg::tr("a job without an \"id\""));
    task.name = str(job, "name");
    if (task.name.isEmpty())
        task.name = task.id;
    task.workload = QStringLiteral("MS365");
    task.enabled = boolValue(job.value(QLatin1String("isEnabled"))).value_or(true);
    task.vendorStatus = str(job, "lastStatus");
    task.status = task.enabled ? mapVb365Status(task.vendorStatus) : Status::Paused;
    task.lastRun = timestampValue(job.value(QLatin1String("lastRun")));
    task.nextRun = timestampValue(job.value(QLatin1String("nextRun")));
    task.lastSuccess = timestampValue(job.value(QLatin1String("lastBackup")));
    const QJsonObject policy = job.value(QLatin1String("schedulePolicy")).toObject();
    task.schedule = scheduleText(policy);
    record.window = windowOf(policy);
    if (record.window)
        record.window->taskId = task.id;
    record.organizationId = str(job, "organizationId");
    return Parsed<JobRecord>::ok(std::move(record));
}

Parsed<Page<JobRecord>> parseJobsPage(const QByteArray &body)
{
    // The pages vendors send take the fast path; anything else is read (and refused) in words.
    if (std::optional<Page<JobRecord>> page = readJobsPageFast(body))
        return Parsed<Page<JobRecord>>::ok(std::move(*page));
    return parseJobsPageReference(body);
}

Parsed<Page<JobRecord>> parseJobsPageReference(const QByteArray &body)
{
    return parseItems<JobRecord>(body, "jobs", parseJob);
}

Parsed<Page<TaskRun>> parseSessionsPage(const QByteArray &body)
{
    if (std::optional<Page<TaskRun>> page = readSessionsPageFast(body))
        return Parsed<Page<TaskRun>>::ok(std::move(*page));
    return parseSessionsPageReference(body);
}

Parsed<Page<TaskRun>> parseSessionsPageReference(const QByteArray &body)
{
    return parseItems<TaskRun>(body, "job sessions", [](const QJsonObject &s) {
        TaskRun run;
        run.id = str(s, "id");
        if (run.id.isEmpty())
            return Parsed<TaskRun>::fail(Vb365ParserMsg::tr("a job session without an \"id\""));
        run.taskId = str(s, "jobId");
        run.vendorStatus = str(s, "status");
        run.status = mapVb365Status(run.vendorStatus);
        run.started = timestampValue(s.value(QLatin1String("creationTime")));
        run.ended = timestampValue(s.value(QLatin1String("endTime")));
        const QJsonObject stats = s.value(QLatin1String("statistics")).toObject();
        run.transferredBytes = int64Value(stats.value(QLatin1String("transferredDataBytes")));
        run.processedObjects = int64Value(stats.value(QLatin1String("processedObjects")));
        return Parsed<TaskRun>::ok(std::move(run));
    });
}

Parsed<Page<RestoreJob>> parseRestoreSessionsPage(const QByteArray &body)
{
    return parseItems<RestoreJob>(body, "restore sessions", [](const QJsonObject &s) {
        RestoreJob job;
        job.id = str(s, "id");
        if (job.id.isEmpty())
            return Parsed<RestoreJob>::fail(Vb365ParserMsg::tr("a restore session without an \"id\""));
        const QString state = str(s, "state");
        const QString result = str(s, "result");
        job.status = mapVb365RestoreSession(state, result);
        job.vendorStatus = result.isEmpty() ? state : state + QLatin1Char('/') + result;
        const QString type = str(s, "type");
        const QString org = s.value(QLatin1String("organization")).isObject()
            ? str(s.value(QLatin1String("organization")).toObject(), "name")
            : str(s, "organization");
        job.target = str(s, "name");
        if (job.target.isEmpty())
            job.target = org.isEmpty() ? type : QStringLiteral("%1 · %2").arg(type, org);
        job.createdAt = timestampValue(s.value(QLatin1String("creationTime")));
        job.startedAt = job.createdAt;
        job.endedAt = timestampValue(s.value(QLatin1String("endTime")));
        // VB365's `progress` counts objects; the export's progress is a percentage, so none here.
        job.abortable = job.status == Status::Running || job.status == Status::Queued;
        return Parsed<RestoreJob>::ok(std::move(job));
    });
}

Parsed<TokenGrant> parseToken(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<TokenGrant>::fail(jsonErrorText(error));
    const QJsonObject o = doc.object();
    TokenGrant grant;
    grant.accessToken = str(o, "access_token");
    if (grant.accessToken.isEmpty())
        return Parsed<TokenGrant>::fail(Vb365ParserMsg::tr("no access_token in the answer"));
    grant.refreshToken = str(o, "refresh_token");
    const qint64 lifetime = int64Value(o.value(QLatin1String("expires_in"))).value_or(DefaultTokenLifetimeSeconds);
    grant.expiresAt = now.addSecs(lifetime > 0 ? lifetime : DefaultTokenLifetimeSeconds);
    return Parsed<TokenGrant>::ok(std::move(grant));
}

SourceSnapshot buildSnapshot(const QString &sourceId, std::vector<JobRecord> jobs,
                             std::vector<std::vector<TaskRun>> sessionsPerJob, std::vector<RestoreJob> restores,
                             const QDateTime &polledAt)
{
    SourceSnapshot snapshot;
    snapshot.sourceId = sourceId;
    snapshot.polledAt = polledAt;
    snapshot.tasks.reserve(jobs.size());
    for (size_t i = 0; i < jobs.size(); ++i) {
        JobRecord &job = jobs[i];
        Task &task = job.task;
        task.sourceId = sourceId;
        task.vendor = QStringLiteral("veeam-vb365");
        task.restoreScope = job.organizationId;
        std::vector<TaskRun> sessions =
            i < sessionsPerJob.size() ? std::move(sessionsPerJob[i]) : std::vector<TaskRun> {};
        std::sort(sessions.begin(), sessions.end(),
                  [](const TaskRun &a, const TaskRun &b) { return a.started > b.started; });
        if (!sessions.empty()) {
            const TaskRun &newest = sessions.front();
            if (!task.lastRun.isValid())
                task.lastRun = newest.started;
            if (task.vendorStatus.isEmpty()) {
                task.vendorStatus = newest.vendorStatus;
                task.status = task.enabled ? newest.status : Status::Paused;
            }
            if (newest.started.isValid()) {
                const QDateTime end = newest.ended.isValid() ? newest.ended : polledAt;
                task.lastRunSeconds = std::max<qint64>(0, newest.started.secsTo(end));
            }
            if (!task.lastSuccess.isValid()) {
                const auto success = std::find_if(sessions.begin(), sessions.end(), [](const TaskRun &r) {
                    return r.status == Status::Success || r.status == Status::Warning;
                });
                if (success != sessions.end())
                    task.lastSuccess = success->ended.isValid() ? success->ended : success->started;
            }
        }
        for (TaskRun &run : sessions) {
            run.sourceId = sourceId;
            run.taskId = task.id;
            snapshot.runs.push_back(std::move(run));
        }
        if (job.window) {
            job.window->sourceId = sourceId;
            snapshot.windows.push_back(std::move(*job.window));
        }
        snapshot.tasks.push_back(std::move(task));
    }
    for (RestoreJob &restore : restores)
        restore.sourceId = sourceId;
    snapshot.restores = std::move(restores);
    return snapshot;
}

} // namespace BackupDash::Vb365
