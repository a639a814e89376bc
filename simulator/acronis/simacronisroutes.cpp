#include "simulator/acronis/simacronisroutes.h"

#include "simulator/acronis/simacronisjson.h"
#include "simulator/acronis/simacronisquery.h"
#include "simulator/simscenario.h"
#include "simulator/simstats.h"
#include "simulator/simulatoroptions.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace BackupDash {

const QString SimAcronisRoutes::ClientId = QStringLiteral("8c3e6f0a-5d2b-4a71-9e44-1f2a3b4c5d6e");
const QString SimAcronisRoutes::ClientSecret = QStringLiteral("sim-acronis-demo-secret");

namespace {

const QString TokenPath = QStringLiteral("/api/2/idp/token");
const QString TasksPath = QStringLiteral("/api/task_manager/v2/tasks");

SimResponse error(int status, const QString &domain, const QString &code, const QString &message)
{
    return SimResponse::json(status, SimAcronisJson::error(domain, code, message));
}

SimResponse acronisMethodNotAllowed(const QByteArray &method, const QByteArray &allowed)
{
    SimResponse response = error(405, QStringLiteral("Platform"), QStringLiteral("MethodNotAllowed"),
                                 QStringLiteral("Method %1 is not allowed here").arg(QString::fromLatin1(method)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

QString acronisGenericPattern(const QString &path)
{
    static const QRegularExpression idLike(QStringLiteral("^([0-9]+|\\{?[0-9a-fA-F-]{32,38}\\}?)$"));
    QStringList out;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out << (idLike.match(segment).hasMatch() ? QStringLiteral("{id}") : segment);
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

// The client's id and secret from "Authorization: Basic base64(id:secret)".
std::optional<std::pair<QString, QString>> basicCredentials(const SimRequest &request)
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare(QByteArrayLiteral("Basic"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(decoded.decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    return std::pair { text.left(colon), text.mid(colon + 1) };
}

} // namespace

SimAcronisRoutes::SimAcronisRoutes(const SimVendorContext &context)
    : m_context(context)
    , m_scenario(context.scenario, context.options.jobsFor(id()))
    , m_tokens(context.options.tokenLifetimeSeconds)
{
}

SimAcronisRoutes::~SimAcronisRoutes() = default;

QString SimAcronisRoutes::id() const
{
    return QStringLiteral("acronis");
}

QString SimAcronisRoutes::pathPrefix() const
{
    return QStringLiteral("/acronis");
}

SimAcronisRoutes::Match SimAcronisRoutes::match(const QString &path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    if (trimmed == TokenPath)
        return { Route::Token, TokenPath, {} };
    if (trimmed == TasksPath)
        return { Route::Tasks, TasksPath, {} };
    if (trimmed.startsWith(TasksPath + QLatin1Char('/'))) {
        const QStringList rest = trimmed.mid(TasksPath.size() + 1).split(QLatin1Char('/'));
        if (rest.size() == 1 && !rest.at(0).isEmpty())
            return { Route::Task, TasksPath + QStringLiteral("/{id}"), rest.at(0) };
        if (rest.size() == 2 && !rest.at(0).isEmpty() && rest.at(1) == QLatin1String("cancel"))
            return { Route::Cancel, TasksPath + QStringLiteral("/{id}/cancel"), rest.at(0) };
    }
    return { Route::Unknown, acronisGenericPattern(trimmed), {} };
}

QString SimAcronisRoutes::routePattern(const QByteArray &, const QString &path) const
{
    return match(path).pattern;
}

SimResponse SimAcronisRoutes::handle(const SimRequest &request, const QString &path)
{
    const Match m = match(path);
    if (m.route == Route::Token)
        return request.method == "POST" ? token(request) : acronisMethodNotAllowed(request.method, "POST");
    if (!isAuthorized(request)) {
        SimResponse response = error(401, QStringLiteral("AccountServer"), QStringLiteral("Unauthorized"),
                                     QStringLiteral("The access token is missing, invalid or expired."));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return response;
    }
    if (m.route == Route::Unknown)
        return error(404, QStringLiteral("Platform"), QStringLiteral("NotFound"),
                     QStringLiteral("No resource at '%1'").arg(request.path));
    if (m.route == Route::Cancel)
        return request.method == "PUT" ? cancel(m.id) : acronisMethodNotAllowed(request.method, "PUT");
    if (request.method != "GET")
        return acronisMethodNotAllowed(request.method, "GET");
    return m.route == Route::Tasks ? tasks(request) : task(m.id);
}

SimResponse SimAcronisRoutes::token(const SimRequest &request)
{
    const std::optional<std::pair<QString, QString>> client = basicCredentials(request);
    if (!client || client->first != ClientId || client->second != ClientSecret) {
        SimResponse response = error(401, QStringLiteral("AccountServer"), QStringLiteral("invalid_client"),
                                     QStringLiteral("Client authentication failed: unknown client or wrong secret."));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"idp\""));
        return response;
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType != QLatin1String("client_credentials")) {
        return error(
            400, QStringLiteral("AccountServer"), QStringLiteral("unsupported_grant_type"),
            QStringLiteral("Grant type '%1' is not supported for API clients; use client_credentials.").arg(grantType));
    }
    const SimTokenStore::Grant grant = m_tokens.issue(client->first);
    m_context.stats.countTokenGrant(grantType);
    SimResponse response =
        SimResponse::json(200,
                          QJsonObject {
                              { QStringLiteral("access_token"), grant.accessToken },
                              { QStringLiteral("token_type"), QStringLiteral("bearer") },
                              { QStringLiteral("expires_on"), grant.expires.toSecsSinceEpoch() },
                              { QStringLiteral("id_token"), QStringLiteral("sim.") + grant.refreshToken },
                          });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

bool SimAcronisRoutes::isAuthorized(const SimRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) != 0)
        return false;
    return m_tokens.isValid(QString::fromLatin1(header.mid(space + 1).trimmed()));
}

SimResponse SimAcronisRoutes::tasks(const SimRequest &request)
{
    QString problem;
    const std::optional<SimAcronisQuery> query = SimAcronisQuery::fromQuery(request.query, &problem);
    if (!query)
        return error(400, QStringLiteral("TaskManager"), QStringLiteral("BadRequest"), problem);
    // A listing is answered as of its first page, so following the cursor pages through one
    // consistent set even while the scenario moves on.
    const qint64 listingNs = query->listingNs.value_or(SimAcronisScenario::nanos(m_context.scenario.now()));
    const std::vector<SimAcronisTask> &all = listing(*query, listingNs);
    const QString pageKey = QStringLiteral("%1 %2 %3").arg(query->offset).arg(query->limit).arg(query->lod);
    if (const auto known = m_memo.pages.constFind(pageKey); known != m_memo.pages.cend())
        return *known;
    QJsonArray items;
    const qint64 end = std::min<qint64>(qint64(all.size()), query->offset + query->limit);
    for (qint64 i = query->offset; i < end; ++i)
        items.append(SimAcronisJson::task(m_scenario, all[size_t(i)]));
    QJsonObject cursors;
    if (end < qint64(all.size()))
        cursors.insert(QStringLiteral("after"), query->cursor(end, listingNs));
    const SimResponse response = SimResponse::json(
        200,
        QJsonObject { { QStringLiteral("items"), items },
                      { QStringLiteral("paging"), QJsonObject { { QStringLiteral("cursors"), cursors } } } });
    m_memo.pages.insert(pageKey, response); // bounded by the listing: one entry per page of it
    return response;
}

const std::vector<SimAcronisTask> &SimAcronisRoutes::listing(const SimAcronisQuery &query, qint64 listingNs)
{
    if (m_memo.listingNs == listingNs && m_memo.generation == m_scenario.stateGeneration()
        && m_memo.filters == query.filters)
        return m_memo.tasks;
    std::vector<SimAcronisTask> all = m_scenario.tasks(listingNs);
    const auto &resources = m_scenario.resources();
    std::erase_if(all, [&](const SimAcronisTask &t) {
        const QString resourceId =
            t.resource >= 0 ? resources[size_t(t.resource)].id.toString(QUuid::WithoutBraces) : QString();
        return !query.matches(t, resourceId);
    });
    query.sort(all);
    m_memo = { listingNs, m_scenario.stateGeneration(), query.filters, std::move(all), {} };
    return m_memo.tasks;
}

SimResponse SimAcronisRoutes::task(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const std::optional<SimAcronisTask> found =
        ok ? m_scenario.task(number, SimAcronisScenario::nanos(m_context.scenario.now())) : std::nullopt;
    if (!found)
        return error(404, QStringLiteral("TaskManager"), QStringLiteral("NotFound"),
                     QStringLiteral("Task '%1' was not found").arg(id));
    return SimResponse::json(200, SimAcronisJson::task(m_scenario, *found));
}

// PUT …/tasks/{id}/cancel: a cancellable task that has not completed gets cancelRequested at
// once and completes with result cancelled a few seconds later; any other task is a 409.
SimResponse SimAcronisRoutes::cancel(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const qint64 now = SimAcronisScenario::nanos(m_context.scenario.now());
    const std::optional<SimAcronisTask> found = ok ? m_scenario.task(number, now) : std::nullopt;
    if (!found)
        return error(404, QStringLiteral("TaskManager"), QStringLiteral("NotFound"),
                     QStringLiteral("Task '%1' was not found").arg(id));
    if (found->state == QLatin1String("completed"))
        return error(409, QStringLiteral("TaskManager"), QStringLiteral("TaskCompleted"),
                     QStringLiteral("Task '%1' has already completed and cannot be cancelled").arg(id));
    if (!found->cancellable)
        return error(409, QStringLiteral("TaskManager"), QStringLiteral("TaskNotCancellable"),
                     QStringLiteral("Task '%1' cannot be cancelled").arg(id));
    m_scenario.cancel(number, now);
    return task(id);
}

QString SimAcronisRoutes::redirectLocation(const QString &) const
{
    return pathPrefix() + TasksPath;
}

SimResponse SimAcronisRoutes::errorResponse(int status, const QString &message) const
{
    return error(status, QStringLiteral("Platform"), QStringLiteral("SimulatedFault"), message);
}

QJsonArray SimAcronisRoutes::sourceEntries(const QUrl &baseUrl) const
{
    return { QJsonObject {
        { QStringLiteral("id"), QStringLiteral("sim-acronis") },
        { QStringLiteral("vendor"), id() },
        { QStringLiteral("baseUrl"), baseUrl.toString() },
        { QStringLiteral("auth"),
          QJsonObject { { QStringLiteral("clientId"), ClientId }, { QStringLiteral("clientSecret"), ClientSecret } } },
    } };
}

void SimAcronisRoutes::expireAccessTokens()
{
    m_tokens.expireAccessTokens();
}

void SimAcronisRoutes::setEarlyExpiry(std::optional<int> seconds)
{
    m_tokens.setRealLifetimeCap(seconds);
}

} // namespace BackupDash
