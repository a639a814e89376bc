#include "simulator/clumio/simclumioroutes.h"

#include "simulator/clumio/simclumiofilter.h"
#include "simulator/clumio/simclumiojson.h"
#include "simulator/simscenario.h"
#include "simulator/simstats.h"
#include "simulator/simtime.h"
#include "simulator/simulatoroptions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace BackupDash {

namespace {

const QByteArray TasksMediaType = QByteArrayLiteral("application/api.clumio.tasks=v1+json");
constexpr qsizetype MaxKeptPages = 4'000; // per tenant: 400,000 tasks at the 100-item limit
const QByteArray EbsRestoreMediaType = QByteArrayLiteral("application/api.clumio.restored-aws-ebs-volumes=v1+json");
const QString EbsRestorePath = QStringLiteral("/restores/aws/ebs-volumes");
const QByteArray EbsBackupsMediaType = QByteArrayLiteral("application/api.clumio.backup-aws-ebs-volumes=v1+json");
const QString EbsBackupsPath = QStringLiteral("/backups/aws/ebs-volumes");

// Clumio's error codes are not catalogued publicly; these are the simulator's own.
enum ErrorCode : quint32 {
    BadRequest = 14000,
    Unauthorized = 14010,
    NotFound = 14040,
    MethodNotAllowed = 14050,
    NotAcceptable = 14060,
    NotAbortable = 14091,
};

bool accepts(const QByteArray &accept, const QByteArray &mediaType)
{
    for (const QByteArray &part : accept.split(',')) {
        const QByteArray type = part.split(';').first().trimmed();
        if (type.compare(mediaType, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isPath(const QString &path, const QString &resource)
{
    QString trimmed = path;
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    return trimmed == resource;
}

bool isEbsRestorePath(const QString &path)
{
    return isPath(path, EbsRestorePath);
}

// The documented filter of GET /backups/aws/ebs-volumes: volume_id $eq, start_timestamp $lte / $gt.
struct BackupFilter
{
    QString volumeId;
    std::optional<qint64> startAtMost;
    std::optional<qint64> startAfter;

    bool matches(const SimClumioBackup &b) const
    {
        return (volumeId.isEmpty() || b.volumeId == volumeId) && (!startAtMost || b.startSecs <= *startAtMost)
            && (!startAfter || b.startSecs > *startAfter);
    }
};

std::optional<BackupFilter> parseBackupFilter(const QString &text, QString *error)
{
    BackupFilter filter;
    if (text.isEmpty())
        return filter;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        *error = QStringLiteral("The filter must be a JSON object, such as {\"volume_id\":{\"$eq\":\"…\"}}.");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject conditions = it.value().toObject();
        if (conditions.isEmpty()) {
            *error = QStringLiteral("The filter on '%1' must name a condition.").arg(it.key());
            return std::nullopt;
        }
        for (auto c = conditions.begin(); c != conditions.end(); ++c) {
            const QString field = it.key();
            const QString op = c.key();
            if (field == QLatin1String("volume_id") && op == QLatin1String("$eq") && c.value().isString()) {
                filter.volumeId = c.value().toString();
            } else if (field == QLatin1String("start_timestamp")
                       && (op == QLatin1String("$lte") || op == QLatin1String("$gt"))) {
                const QDateTime when = QDateTime::fromString(c.value().toString(), Qt::ISODateWithMs);
                if (!when.isValid()) {
                    *error = QStringLiteral("'%1' is not an RFC-3339 time.").arg(c.value().toString());
                    return std::nullopt;
                }
                (op == QLatin1String("$lte") ? filter.startAtMost : filter.startAfter) = SimTime::secs(when);
            } else {
                *error = QStringLiteral("Filtering on '%1' with '%2' is not supported.").arg(field, op);
                return std::nullopt;
            }
        }
    }
    return filter;
}

// "/tasks" or "/tasks/{id}"; the id when there is one.
struct Match
{
    bool tasks = false;
    QString id;
};

Match match(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match m;
    if (segments.isEmpty() || segments.first() != QLatin1String("tasks") || segments.size() > 2)
        return m;
    m.tasks = true;
    if (segments.size() == 2)
        m.id = segments.at(1);
    return m;
}

std::optional<qint64> positive(const SimRequest &request, const char *name, qint64 fallback, QString *error)
{
    const QString key = QLatin1String(name);
    if (!request.query.hasQueryItem(key))
        return fallback;
    const QString text = request.query.queryItemValue(key, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1) {
        *error = QStringLiteral("The value '%1' is not valid for '%2': it must be a whole number of at least 1.")
                     .arg(text, key);
        return std::nullopt;
    }
    return value;
}

} // namespace

SimClumioRoutes::SimClumioRoutes(const SimVendorContext &context)
    : m_context(context)
    , m_scenario(context.scenario, context.options.jobsFor(id()))
{
}

SimClumioRoutes::~SimClumioRoutes() = default;

QString SimClumioRoutes::id() const
{
    return QStringLiteral("clumio");
}

QString SimClumioRoutes::pathPrefix() const
{
    return QStringLiteral("/clumio");
}

QString SimClumioRoutes::demoToken(int tenant)
{
    return QStringLiteral("sim-clumio-api-token-tenant-%1").arg(QLatin1Char(char('a' + tenant)));
}

QString SimClumioRoutes::routePattern(const QByteArray &, const QString &path) const
{
    const Match m = match(path);
    if (m.tasks)
        return m.id.isEmpty() ? QStringLiteral("/tasks") : QStringLiteral("/tasks/{id}");
    if (isEbsRestorePath(path))
        return EbsRestorePath;
    if (isPath(path, EbsBackupsPath))
        return EbsBackupsPath;
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        bool number = false;
        segment.toLongLong(&number);
        if (number)
            segment = QStringLiteral("{id}");
    }
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

std::optional<int> SimClumioRoutes::tenantOf(const SimRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString token = QString::fromLatin1(header.mid(space + 1).trimmed());
    for (int tenant = 0; tenant < SimClumioScenario::TenantCount; ++tenant) {
        if (token == demoToken(tenant))
            return tenant;
    }
    return std::nullopt;
}

SimResponse SimClumioRoutes::handle(const SimRequest &request, const QString &path)
{
    // Each resource has its own versioned media type.
    const bool restore = isEbsRestorePath(path);
    const bool backups = isPath(path, EbsBackupsPath);
    const QByteArray mediaType = restore ? EbsRestoreMediaType : backups ? EbsBackupsMediaType : TasksMediaType;
    if (!accepts(request.header(QByteArrayLiteral("Accept")), mediaType)) {
        return SimClumioJson::error(
            406, NotAcceptable,
            QStringLiteral("The Accept header must name the resource version: %1.").arg(QLatin1String(mediaType)));
    }
    const std::optional<int> tenant = tenantOf(request);
    if (!tenant) {
        SimResponse response =
            SimClumioJson::error(401, Unauthorized, QStringLiteral("The API token is missing, invalid or expired."));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return response;
    }
    if (restore) {
        if (request.method != "POST")
            return SimClumioJson::error(405, MethodNotAllowed,
                                        QStringLiteral("Method %1 is not allowed on %2.")
                                            .arg(QString::fromLatin1(request.method), EbsRestorePath));
        return restoreEbsVolume(*tenant, request);
    }
    if (backups) {
        if (request.method != "GET")
            return SimClumioJson::error(405, MethodNotAllowed,
                                        QStringLiteral("Method %1 is not allowed on %2.")
                                            .arg(QString::fromLatin1(request.method), EbsBackupsPath));
        return listEbsBackups(*tenant, request);
    }
    const Match m = match(path);
    if (!m.tasks)
        return SimClumioJson::error(404, NotFound, QStringLiteral("No resource at '%1'.").arg(request.path));
    if (m.id.isEmpty()) {
        if (request.method != "GET")
            return SimClumioJson::error(
                405, MethodNotAllowed,
                QStringLiteral("Method %1 is not allowed on /tasks.").arg(QString::fromLatin1(request.method)));
        return list(*tenant, request);
    }
    if (request.method == "GET")
        return read(*tenant, m.id);
    if (request.method == "PATCH" || request.method == "PUT")
        return update(*tenant, m.id, request);
    return SimClumioJson::error(
        405, MethodNotAllowed,
        QStringLiteral("Method %1 is not allowed on /tasks/{task_id}.").arg(QString::fromLatin1(request.method)));
}

SimClumioRoutes::Memo &SimClumioRoutes::listing(int tenant, qint64 nowSecs, const QString &filterText,
                                                const SimClumioFilter &filter)
{
    Memo &memo = m_memo[tenant];
    if (memo.nowSecs != nowSecs || memo.generation != m_scenario.stateGeneration()) {
        memo.nowSecs = nowSecs;
        memo.generation = m_scenario.stateGeneration();
        memo.tasks = m_scenario.tasks(tenant, nowSecs);
        memo.filterText.reset();
        memo.pages.clear();
    }
    if (memo.filterText != filterText) {
        memo.matching.clear();
        for (qsizetype i = 0; i < qsizetype(memo.tasks.size()); ++i) {
            if (filter.matches(memo.tasks[size_t(i)]))
                memo.matching.push_back(i);
        }
        memo.filterText = filterText;
    }
    return memo;
}

SimResponse SimClumioRoutes::list(int tenant, const SimRequest &request)
{
    QString problem;
    const std::optional<qint64> limit = positive(request, "limit", DefaultLimit, &problem);
    const std::optional<qint64> start = limit ? positive(request, "start", 1, &problem) : std::nullopt;
    if (!limit || !start)
        return SimClumioJson::error(400, BadRequest, problem);
    const QString filterText = request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const std::optional<SimClumioFilter> filter = SimClumioFilter::parse(filterText, &problem);
    if (!filter)
        return SimClumioJson::error(400, BadRequest, problem);

    Memo &memo = listing(tenant, SimTime::secs(m_context.scenario.now()), filterText, *filter);
    const QString pageKey = QStringLiteral("%1\x1f%2\x1f%3").arg(filterText).arg(*limit).arg(*start);
    if (const auto known = memo.pages.constFind(pageKey); known != memo.pages.cend())
        return *known;
    SimClumioJson::ListPage page;
    page.limit = std::min<qint64>(*limit, MaxLimit);
    page.start = *start;
    page.filterText = filterText;
    page.filterApplied = filter->applied();
    page.total = qint64(memo.matching.size());
    const QString unit = m_scenario.tenantUnitId(tenant);
    const qint64 first = std::min((page.start - 1) * page.limit, page.total);
    for (qint64 i = first; i < std::min(first + page.limit, page.total); ++i)
        page.items.append(SimClumioJson::task(memo.tasks[size_t(memo.matching[size_t(i)])], pathPrefix(), unit));
    const SimResponse response = SimResponse::json(200, SimClumioJson::list(page, pathPrefix()));
    if (memo.pages.size() >= MaxKeptPages)
        memo.pages.clear(); // many filters within one scenario second: keep memory bounded
    memo.pages.insert(pageKey, response);
    return response;
}

SimResponse SimClumioRoutes::listEbsBackups(int tenant, const SimRequest &request)
{
    QString problem;
    const std::optional<qint64> limit = positive(request, "limit", DefaultLimit, &problem);
    const std::optional<qint64> start = limit ? positive(request, "start", 1, &problem) : std::nullopt;
    if (!limit || !start)
        return SimClumioJson::error(400, BadRequest, problem);
    const QString sort = request.query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    if (!sort.isEmpty() && sort != QLatin1String("start_timestamp") && sort != QLatin1String("-start_timestamp"))
        return SimClumioJson::error(400, BadRequest,
                                    QStringLiteral("Sorting by '%1' is not supported: use start_timestamp.").arg(sort));
    const QString filterText = request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const std::optional<BackupFilter> filter = parseBackupFilter(filterText, &problem);
    if (!filter)
        return SimClumioJson::error(400, BadRequest, problem);

    std::vector<SimClumioBackup> all = m_scenario.ebsBackups(tenant, SimTime::secs(m_context.scenario.now()));
    if (sort == QLatin1String("start_timestamp")) // documented default: newest first
        std::reverse(all.begin(), all.end());
    SimClumioJson::ListPage page;
    page.resource = EbsBackupsPath.mid(1);
    page.sort = sort;
    page.limit = std::min<qint64>(*limit, MaxLimit);
    page.start = *start;
    page.filterText = filterText;
    page.filterApplied = filterText.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument::fromJson(filterText.toUtf8()).toJson(QJsonDocument::Compact));
    const qint64 first = (page.start - 1) * page.limit;
    for (const SimClumioBackup &backup : all) {
        if (!filter->matches(backup))
            continue;
        if (page.total >= first && page.total < first + page.limit)
            page.items.append(SimClumioJson::ebsBackup(backup, pathPrefix()));
        ++page.total;
    }
    return SimResponse::json(200, SimClumioJson::list(page, pathPrefix()));
}

SimResponse SimClumioRoutes::read(int tenant, const QString &id)
{
    const std::optional<SimClumioTask> task = m_scenario.task(tenant, id, SimTime::secs(m_context.scenario.now()));
    if (!task)
        return SimClumioJson::error(404, NotFound, QStringLiteral("Task %1 was not found.").arg(id));
    return SimResponse::json(200, SimClumioJson::task(*task, pathPrefix(), m_scenario.tenantUnitId(tenant)));
}

SimResponse SimClumioRoutes::update(int tenant, const QString &id, const SimRequest &request)
{
    const qint64 now = SimTime::secs(m_context.scenario.now());
    if (!m_scenario.task(tenant, id, now))
        return SimClumioJson::error(404, NotFound, QStringLiteral("Task %1 was not found.").arg(id));
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return SimClumioJson::error(400, BadRequest,
                                    QStringLiteral("The body must be a JSON object such as "
                                                   "{\"status\": \"aborting\"}."));
    const QString status = body.object().value(QLatin1String("status")).toString();
    if (status != QLatin1String("aborting"))
        return SimClumioJson::error(
            400, BadRequest, QStringLiteral("Invalid status '%1': the only allowed value is 'aborting'.").arg(status));
    const QString refused = m_scenario.abort(tenant, id, now);
    if (!refused.isEmpty())
        return SimClumioJson::error(400, NotAbortable, refused);
    return read(tenant, id);
}

// POST /restores/aws/ebs-volumes {"source":{"backup_id":"…"},"target":{…}} → 202 with the
// task that does the work; the task is listed by GET /tasks from this moment.
SimResponse SimClumioRoutes::restoreEbsVolume(int tenant, const SimRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    const QString backupId =
        body.value(QLatin1String("source")).toObject().value(QLatin1String("backup_id")).toString().trimmed();
    if (!document.isObject() || backupId.isEmpty())
        return SimClumioJson::error(400, BadRequest,
                                    QStringLiteral("The body must be a JSON object with source.backup_id, such as "
                                                   "{\"source\": {\"backup_id\": \"…\"}, \"target\": {…}}."));
    if (!body.value(QLatin1String("target")).isObject())
        return SimClumioJson::error(400, BadRequest,
                                    QStringLiteral("'target' must be an object naming where the volume is restored."));
    const std::optional<SimClumioBackup> backup =
        m_scenario.ebsBackup(tenant, backupId, SimTime::secs(m_context.scenario.now()));
    if (!backup)
        return SimClumioJson::error(
            404, NotFound, QStringLiteral("Backup %1 was not found: it does not exist or has expired.").arg(backupId));
    const SimClumioRef primary {
        backup->id, QStringLiteral("aws_ebs_volume_backup"),
        QStringLiteral("%1 backup of %2").arg(backup->volumeName, SimTime::isoSeconds(backup->startSecs))
    };
    const QString taskId = m_scenario.startRestore(tenant, primary, QStringLiteral("aws_ebs_volume_restore"),
                                                   SimTime::secs(m_context.scenario.now()));
    m_context.stats.countRestoreJobCreated(request.idempotencyKey());
    const QJsonObject readTask { { QStringLiteral("href"), QStringLiteral("%1/tasks/%2").arg(pathPrefix(), taskId) },
                                 { QStringLiteral("templated"), false },
                                 { QStringLiteral("type"), QStringLiteral("get") } };
    return SimResponse::json(
        202,
        QJsonObject {
            { QStringLiteral("task_id"), taskId },
            { QStringLiteral("_links"), QJsonObject { { QStringLiteral("read-task"), readTask } } },
        });
}

QString SimClumioRoutes::redirectLocation(const QString &) const
{
    return pathPrefix() + QStringLiteral("/tasks");
}

SimResponse SimClumioRoutes::errorResponse(int status, const QString &message) const
{
    return SimClumioJson::error(status, quint32(status) * 10, message);
}

QJsonArray SimClumioRoutes::sourceEntries(const QUrl &baseUrl) const
{
    QJsonArray entries;
    for (int tenant = 0; tenant < SimClumioScenario::TenantCount; ++tenant) {
        entries.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("sim-clumio-%1").arg(QLatin1Char(char('a' + tenant))) },
            { QStringLiteral("vendor"), id() },
            { QStringLiteral("baseUrl"), baseUrl.toString() },
            { QStringLiteral("auth"), QJsonObject { { QStringLiteral("token"), demoToken(tenant) } } },
        });
    }
    return entries;
}

void SimClumioRoutes::expireAccessTokens()
{
    // A Clumio API token lives for months and has no refresh: an expired one is a revoked
    // credential, which the wrong-token path already covers. The fault leaves it alone.
}

} // namespace BackupDash
