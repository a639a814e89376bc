#include "simulator/cloudally/simcloudallyroutes.h"

#include "simulator/cloudally/simcloudallyjson.h"
#include "simulator/cloudally/simcloudallypagetoken.h"
#include "simulator/simscenario.h"
#include "simulator/simstats.h"
#include "simulator/simulatoroptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace BackupDash {

namespace {

SimResponse errorAnswer(int status, const QString &message)
{
    return SimResponse::json(status, SimCloudAllyJson::error(status, message));
}

SimResponse unauthorized(const QString &message)
{
    SimResponse response = errorAnswer(401, message);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

SimResponse cloudAllyMethodNotAllowed(const QByteArray &method, const QByteArray &allowed)
{
    SimResponse response =
        errorAnswer(405, QStringLiteral("Method %1 is not allowed here").arg(QString::fromLatin1(method)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

// Ids and numbers in an unknown path become {id}, so stats do not grow per id.
QString cloudAllyGenericPattern(const QStringList &segments)
{
    static const QRegularExpression idLike(QStringLiteral("^([0-9]+|[0-9a-fA-F-]{16,40})$"));
    QStringList out;
    for (const QString &segment : segments)
        out << (idLike.match(segment).hasMatch() ? QStringLiteral("{id}") : segment);
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

std::optional<int> intParameter(const QUrlQuery &query, const QString &name, int fallback, int lowest, int highest)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

bool sameSecret(const QByteArray &given, const char *expected)
{
    return !given.isEmpty() && given == QByteArray(expected);
}

} // namespace

SimCloudAllyRoutes::SimCloudAllyRoutes(const SimVendorContext &context)
    : m_context(context)
    , m_scenario(context.scenario, context.options.jobsFor(id()))
    , m_partnerTokens(context.options.tokenLifetimeSeconds)
    , m_userTokens(context.options.tokenLifetimeSeconds)
    , m_restores(context.scenario)
{
}

SimCloudAllyRoutes::~SimCloudAllyRoutes() = default;

QString SimCloudAllyRoutes::id() const
{
    return QStringLiteral("cloudally");
}

QString SimCloudAllyRoutes::pathPrefix() const
{
    return QStringLiteral("/cloudally");
}

SimCloudAllyRoutes::Match SimCloudAllyRoutes::match(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    result.pattern = cloudAllyGenericPattern(segments);
    const auto is = [&](qsizetype i, const char *text) {
        return segments.size() > i && segments.at(i).compare(QLatin1String(text), Qt::CaseInsensitive) == 0;
    };
    // The sign-in routes live at the root; the seed's clients also call them under /v1.
    const qsizetype authAt = is(0, "v1") ? 1 : 0;
    if (is(authAt, "auth") && segments.size() <= authAt + 2) {
        const QString root = authAt ? QStringLiteral("/v1/auth") : QStringLiteral("/auth");
        if (segments.size() == authAt + 1) {
            result.route = Route::UserAuth;
            result.pattern = root;
        } else if (is(authAt + 1, "partner")) {
            result.route = Route::PartnerAuth;
            result.pattern = root + QStringLiteral("/partner");
        } else if (is(authAt + 1, "refresh")) {
            result.route = Route::Refresh;
            result.pattern = root + QStringLiteral("/refresh");
        }
        return result;
    }
    if (is(0, "v1") && is(1, "backup-tasks")) {
        if (segments.size() == 2) {
            result.route = Route::Tasks;
            result.pattern = QStringLiteral("/v1/backup-tasks");
        } else if (segments.size() == 3) {
            result.route = Route::Task;
            result.pattern = QStringLiteral("/v1/backup-tasks/{id}");
            result.id = segments.at(2);
        }
    }
    if (is(0, "v1") && is(1, "restore")) {
        if (segments.size() == 2) {
            result.route = Route::Restore;
            result.pattern = QStringLiteral("/v1/restore");
        } else if (segments.size() == 3) {
            result.route = Route::RestoreJob;
            result.pattern = QStringLiteral("/v1/restore/{id}");
            result.id = segments.at(2);
        }
    }
    return result;
}

QString SimCloudAllyRoutes::routePattern(const QByteArray &, const QString &path) const
{
    return match(path).pattern;
}

SimResponse SimCloudAllyRoutes::handle(const SimRequest &request, const QString &path)
{
    const Match m = match(path);
    switch (m.route) {
    case Route::UserAuth:
    case Route::PartnerAuth:
        return request.method == "POST" ? signIn(request, m.route == Route::PartnerAuth)
                                        : cloudAllyMethodNotAllowed(request.method, "POST");
    case Route::Refresh:
        return request.method == "POST" ? refresh(request) : cloudAllyMethodNotAllowed(request.method, "POST");
    case Route::Tasks:
    case Route::Task:
    case Route::Restore:
    case Route::RestoreJob:
    case Route::Unknown:
        break;
    }
    if (const std::optional<SimResponse> rejected = rejectUnauthorized(request))
        return *rejected;
    if (m.route == Route::Unknown)
        return errorAnswer(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path));
    if (m.route == Route::Restore)
        return request.method == "POST" ? startRestore(request) : cloudAllyMethodNotAllowed(request.method, "POST");
    if (request.method != "GET")
        return cloudAllyMethodNotAllowed(request.method, "GET");
    if (m.route == Route::Tasks)
        return tasksPage(request);
    if (m.route == Route::RestoreJob) {
        const std::optional<SimCloudAllyRestoreJob> job =
            m_restores.find(m.id, m_context.scenario.now().toMSecsSinceEpoch());
        if (!job)
            return errorAnswer(404, QStringLiteral("Restore job '%1' was not found").arg(m.id));
        return SimResponse::json(200, SimCloudAllyJson::restoreJob(*job));
    }
    const int index = m_scenario.taskIndexOf(m.id);
    if (index < 0)
        return errorAnswer(404, QStringLiteral("Backup task '%1' was not found").arg(m.id));
    return SimResponse::json(200, SimCloudAllyJson::task(m_scenario, index, m_context.scenario.now()));
}

SimResponse SimCloudAllyRoutes::grantAnswer(const SimTokenStore::Grant &grant) const
{
    SimResponse response = SimResponse::json(200,
                                             QJsonObject {
                                                 { QStringLiteral("accessToken"), grant.accessToken },
                                                 { QStringLiteral("refreshToken"), grant.refreshToken },
                                                 { QStringLiteral("expiresIn"), grant.expiresIn },
                                                 { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
                                             });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

SimResponse SimCloudAllyRoutes::signIn(const SimRequest &request, bool partner)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return errorAnswer(400, QStringLiteral("The request body must be a JSON object with email and password"));
    const QJsonObject body = doc.object();
    if (partner) {
        // Real clients send the API client as headers; the seed's OpenAPI puts it in the body.
        QByteArray clientId = request.header(QByteArrayLiteral("client-id"));
        QByteArray clientSecret = request.header(QByteArrayLiteral("client-secret"));
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            clientId = body.value(QLatin1String("clientId")).toString().toUtf8();
            clientSecret = body.value(QLatin1String("clientSecret")).toString().toUtf8();
        }
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return errorAnswer(401, QStringLiteral("Partner sign-in needs the client-id and client-secret headers"));
        if (!sameSecret(clientId, ClientId) || !sameSecret(clientSecret, ClientSecret))
            return errorAnswer(401, QStringLiteral("Invalid client credentials"));
    }
    const QString email = body.value(QLatin1String("email")).toString();
    const QString password = body.value(QLatin1String("password")).toString();
    if (email.isEmpty() || password.isEmpty())
        return errorAnswer(400, QStringLiteral("email and password are required"));
    if (email.compare(m_context.options.username, Qt::CaseInsensitive) != 0 || password != m_context.options.password)
        return errorAnswer(401, QStringLiteral("Invalid email or password"));
    const SimTokenStore::Grant grant = (partner ? m_partnerTokens : m_userTokens).issue(m_context.options.username);
    m_context.stats.countTokenGrant(partner ? QStringLiteral("partner") : QStringLiteral("user"));
    return grantAnswer(grant);
}

SimResponse SimCloudAllyRoutes::refresh(const SimRequest &request)
{
    const QString refreshToken =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("refreshToken")).toString();
    if (refreshToken.isEmpty())
        return errorAnswer(400, QStringLiteral("refreshToken is required"));
    std::optional<SimTokenStore::Grant> grant = m_partnerTokens.refresh(refreshToken);
    if (!grant)
        grant = m_userTokens.refresh(refreshToken);
    if (!grant)
        return errorAnswer(401, QStringLiteral("Invalid or expired refresh token"));
    m_context.stats.countTokenGrant(QStringLiteral("refresh_token"));
    return grantAnswer(*grant);
}

std::optional<SimResponse> SimCloudAllyRoutes::rejectUnauthorized(const SimRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    const QString token = space > 0 && header.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) == 0
        ? QString::fromLatin1(header.mid(space + 1).trimmed())
        : QString();
    if (m_partnerTokens.isValid(token)) {
        const QByteArray clientId = request.header(QByteArrayLiteral("client-id"));
        const QByteArray clientSecret = request.header(QByteArrayLiteral("client-secret"));
        if (clientId.isEmpty() || clientSecret.isEmpty())
            return unauthorized(QStringLiteral("A partner token needs the client-id and client-secret headers"));
        if (!sameSecret(clientId, ClientId) || !sameSecret(clientSecret, ClientSecret))
            return unauthorized(QStringLiteral("Invalid client credentials"));
        return std::nullopt;
    }
    if (m_userTokens.isValid(token))
        return std::nullopt;
    return unauthorized(token.isEmpty() ? QStringLiteral("Missing bearer token")
                                        : QStringLiteral("The access token is invalid or has expired"));
}

SimResponse SimCloudAllyRoutes::tasksPage(const SimRequest &request)
{
    const std::optional<int> pageSize =
        intParameter(request.query, QStringLiteral("pageSize"), DefaultPageSize, 1, MaxPageSize);
    if (!pageSize)
        return errorAnswer(400, QStringLiteral("pageSize must be a whole number from 1 to %1").arg(MaxPageSize));
    const std::optional<int> page = intParameter(request.query, QStringLiteral("page"), 1, 1, 1'000'000);
    if (!page)
        return errorAnswer(400, QStringLiteral("page must be a whole number from 1"));

    // The first page fixes the moment; the pages after it are that same listing.
    qint64 asOfMs = m_context.scenario.now().toMSecsSinceEpoch();
    const QString given = request.query.queryItemValue(QStringLiteral("nextPageToken"), QUrl::FullyDecoded);
    if (!given.isEmpty()) {
        const std::optional<SimCloudAllyPageToken> token = SimCloudAllyPageToken::decode(m_context.scenario, given);
        if (!token || token->page != *page || token->pageSize != *pageSize)
            return errorAnswer(400, QStringLiteral("Invalid nextPageToken for page %1").arg(*page));
        asOfMs = token->asOfMs;
    }

    if (asOfMs != m_pagesAsOfMs) {
        m_pages.clear();
        m_pagesAsOfMs = asOfMs;
    }
    const QString pageKey = QStringLiteral("%1 %2").arg(*page).arg(*pageSize);
    if (const auto known = m_pages.constFind(pageKey); known != m_pages.cend())
        return *known;
    const int total = int(m_scenario.tasks().size());
    const int totalPages = (total + *pageSize - 1) / *pageSize;
    const QDateTime asOf = QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC);
    QJsonArray data;
    const qint64 first = qint64(*page - 1) * *pageSize;
    for (qint64 i = first; i < qMin<qint64>(total, first + *pageSize); ++i)
        data.append(SimCloudAllyJson::task(m_scenario, int(i), asOf));
    const QJsonValue next = *page < totalPages
        ? QJsonValue(SimCloudAllyPageToken { *page + 1, *pageSize, asOfMs }.encode(m_context.scenario))
        : QJsonValue();
    const SimResponse response = SimResponse::json(200,
                                                   QJsonObject {
                                                       { QStringLiteral("data"), data },
                                                       { QStringLiteral("totalPages"), totalPages },
                                                       { QStringLiteral("nextPageToken"), next },
                                                   });
    m_pages.insert(pageKey, response); // at most one entry per page of this moment's listing
    return response;
}

// POST /v1/restore {"backupTaskId", …} → 201 with the new job, pending.
SimResponse SimCloudAllyRoutes::startRestore(const SimRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue taskId = document.object().value(QLatin1String("backupTaskId"));
    if (!document.isObject() || !taskId.isString() || taskId.toString().isEmpty())
        return errorAnswer(400, QStringLiteral("The request body must be a JSON object with backupTaskId"));
    if (m_scenario.taskIndexOf(taskId.toString()) < 0)
        return errorAnswer(404, QStringLiteral("Backup task '%1' was not found").arg(taskId.toString()));
    const SimCloudAllyRestoreJob job =
        m_restores.start(taskId.toString(), m_context.scenario.now().toMSecsSinceEpoch());
    m_context.stats.countRestoreJobCreated(request.idempotencyKey());
    return SimResponse::json(201, SimCloudAllyJson::restoreJob(job));
}

QString SimCloudAllyRoutes::redirectLocation(const QString &) const
{
    return pathPrefix() + QStringLiteral("/v1/backup-tasks");
}

SimResponse SimCloudAllyRoutes::errorResponse(int status, const QString &message) const
{
    return errorAnswer(status, message);
}

QJsonArray SimCloudAllyRoutes::sourceEntries(const QUrl &baseUrl) const
{
    return { QJsonObject {
        { QStringLiteral("id"), QStringLiteral("sim-cloudally") },
        { QStringLiteral("vendor"), id() },
        { QStringLiteral("baseUrl"), baseUrl.toString() },
        { QStringLiteral("auth"),
          QJsonObject { { QStringLiteral("mode"), QStringLiteral("partner") },
                        { QStringLiteral("clientId"), QLatin1String(ClientId) },
                        { QStringLiteral("clientSecret"), QLatin1String(ClientSecret) },
                        { QStringLiteral("username"), m_context.options.username },
                        { QStringLiteral("password"), m_context.options.password } } },
    } };
}

void SimCloudAllyRoutes::expireAccessTokens()
{
    m_partnerTokens.expireAccessTokens();
    m_userTokens.expireAccessTokens();
}

void SimCloudAllyRoutes::setEarlyExpiry(std::optional<int> seconds)
{
    m_partnerTokens.setRealLifetimeCap(seconds);
    m_userTokens.setRealLifetimeCap(seconds);
}

bool SimCloudAllyRoutes::isTokenRefresh(const SimRequest &request, const QString &path) const
{
    Q_UNUSED(request)
    return match(path).route == Route::Refresh;
}

} // namespace BackupDash
