#include "simulator/vb365/simvb365routes.h"

#include "simulator/simscenario.h"
#include "simulator/simstats.h"
#include "simulator/simtime.h"
#include "simulator/simulatoroptions.h"
#include "simulator/vb365/simvb365json.h"
#include "simulator/vb365/simvb365paging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace BackupDash {

namespace {

constexpr int MinVersion = 6;
constexpr int MaxVersion = 8;
constexpr qsizetype MaxRememberedSets = 1'000;

SimResponse unauthorized()
{
    SimResponse response = SimResponse::message(401, QStringLiteral("Authorization has been denied for this request."));
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

SimResponse oauthError(const QString &error, const QString &description = {})
{
    QJsonObject body { { QStringLiteral("error"), error } };
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    return SimResponse::json(400, body);
}

SimResponse vb365MethodNotAllowed(const QByteArray &method, const QByteArray &allowed)
{
    SimResponse response = SimResponse::message(
        405,
        QStringLiteral("The requested resource does not support http method '%1'.").arg(QString::fromLatin1(method)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

SimResponse notFound(const QString &path)
{
    return SimResponse::message(
        404, QStringLiteral("No HTTP resource was found that matches the request URI '%1'.").arg(path));
}

// Ids and numbers in an unknown path become {id}, so stats do not grow per id.
QString vb365GenericPattern(const QStringList &segments)
{
    static const QRegularExpression idLike(QStringLiteral("^([0-9]+|\\{?[0-9a-fA-F-]{32,38}\\}?)$"));
    QStringList out;
    for (const QString &segment : segments)
        out << (idLike.match(segment).hasMatch() ? QStringLiteral("{id}") : segment);
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

// A form body: '+' is a space there, which QUrlQuery alone would keep.
QUrlQuery formFields(const QByteArray &body)
{
    QByteArray raw = body;
    raw.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(raw));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

template<typename Item, typename ToJson>
QJsonArray pageOf(const std::vector<Item> &items, const SimVb365Paging &paging, ToJson toJson)
{
    QJsonArray results;
    const qint64 end = qMin<qint64>(qint64(items.size()), paging.offset + paging.limit);
    for (qint64 i = paging.offset; i < end; ++i)
        results.append(toJson(items[size_t(i)]));
    return results;
}

} // namespace

SimVb365Routes::SimVb365Routes(const SimVendorContext &context)
    : m_context(context)
    , m_scenario(context.scenario, context.options.jobsFor(id()))
    , m_tokens(context.options.tokenLifetimeSeconds)
    , m_live(context.scenario)
    , m_mailboxes(context.scenario)
{
}

SimVb365Routes::~SimVb365Routes() = default;

QString SimVb365Routes::id() const
{
    return QStringLiteral("veeam-vb365");
}

QString SimVb365Routes::pathPrefix() const
{
    return QStringLiteral("/vb365");
}

SimVb365Routes::Match SimVb365Routes::match(const QString &path)
{
    // Segments below the version; "{id}" matches any one segment. Methods are checked in handle().
    static const QString Id = QStringLiteral("{id}");
    static const QList<std::pair<QStringList, Route>> routes {
        { { QStringLiteral("Token") }, Route::Token },
        { { QStringLiteral("Jobs") }, Route::Jobs },
        { { QStringLiteral("Jobs"), Id }, Route::Job },
        { { QStringLiteral("Jobs"), Id, QStringLiteral("JobSessions") }, Route::JobJobSessions },
        { { QStringLiteral("JobSessions") }, Route::JobSessions },
        { { QStringLiteral("JobSessions"), Id }, Route::JobSession },
        { { QStringLiteral("RestoreSessions") }, Route::RestoreSessions },
        { { QStringLiteral("RestoreSessions"), Id }, Route::RestoreSession },
        { { QStringLiteral("Organizations") }, Route::Organizations },
        { { QStringLiteral("Organizations"), Id }, Route::Organization },
        { { QStringLiteral("Organizations"), Id, QStringLiteral("Jobs") }, Route::OrganizationJobs },
        { { QStringLiteral("Organizations"), Id, QStringLiteral("Explore") }, Route::Explore },
        { { QStringLiteral("RestoreSessions"), Id, QStringLiteral("Stop") }, Route::RestoreSessionStop },
        { { QStringLiteral("RestoreSessions"), Id, QStringLiteral("Action") }, Route::RestoreSessionAction },
        { { QStringLiteral("Organizations"), Id, QStringLiteral("Mailboxes") }, Route::OrganizationMailboxes },
        { { QStringLiteral("RestoreSessions"), Id, QStringLiteral("Events") }, Route::RestoreSessionEvents },
        { { QStringLiteral("RestoreSessions"), Id, QStringLiteral("Organization"), QStringLiteral("Mailboxes"), Id,
            QStringLiteral("Restore") },
          Route::MailboxRestore },
        { { QStringLiteral("RestoreSessions"), Id, QStringLiteral("Organization"), QStringLiteral("Mailboxes"), Id,
            QStringLiteral("RestoreTo") },
          Route::MailboxRestoreTo },
    };
    static const QRegularExpression version(QStringLiteral("^v[0-9]+$"), QRegularExpression::CaseInsensitiveOption);

    Match result;
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || !version.match(segments.first()).hasMatch()) {
        result.pattern = vb365GenericPattern(segments);
        return result;
    }
    result.version = segments.takeFirst();
    result.pattern = vb365GenericPattern(segments);
    for (const auto &[shape, route] : routes) {
        if (shape.size() != segments.size())
            continue;
        bool same = true;
        QStringList ids;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (shape.at(i) == Id)
                ids << segments.at(i);
            else
                same = shape.at(i).compare(segments.at(i), Qt::CaseInsensitive) == 0;
        }
        if (same) {
            result.route = route;
            result.pattern = QLatin1Char('/') + shape.join(QLatin1Char('/'));
            result.id = ids.value(0);
            result.subId = ids.value(1);
            return result;
        }
    }
    return result;
}

QString SimVb365Routes::routePattern(const QByteArray &, const QString &path) const
{
    const Match m = match(path);
    return m.version.isEmpty() ? m.pattern : QLatin1Char('/') + m.version + m.pattern;
}

SimResponse SimVb365Routes::handle(const SimRequest &request, const QString &path)
{
    const Match m = match(path);
    if (m.version.isEmpty())
        return notFound(request.path);
    const int number = m.version.mid(1).toInt();
    if (number < MinVersion || number > MaxVersion)
        return SimResponse::message(404, QStringLiteral("API version %1 is not supported").arg(m.version));

    if (m.route == Route::Token)
        return request.method == "POST" ? token(request) : vb365MethodNotAllowed(request.method, "POST");
    if (!isAuthorized(request))
        return unauthorized();
    if (m.route == Route::Unknown)
        return notFound(request.path);
    if (m.route == Route::Explore)
        return request.method == "POST" ? explore(m, request) : vb365MethodNotAllowed(request.method, "POST");
    if (m.route == Route::RestoreSessionStop || m.route == Route::RestoreSessionAction)
        return request.method == "POST" ? stop(m, request) : vb365MethodNotAllowed(request.method, "POST");
    if (m.route == Route::MailboxRestore || m.route == Route::MailboxRestoreTo)
        return request.method == "POST" ? restoreMailbox(m, request) : vb365MethodNotAllowed(request.method, "POST");
    if (request.method != "GET")
        return vb365MethodNotAllowed(request.method, "GET");
    return get(m, request);
}

std::vector<SimVb365RestoreSession> SimVb365Routes::restoreSessionsAt(const QDateTime &from, const QDateTime &now) const
{
    std::vector<SimVb365RestoreSession> sessions = m_scenario.restoreSessions(from, now, m_live.stops());
    std::vector<SimVb365RestoreSession> live = m_live.between(SimTime::ticks(from), SimTime::ticks(now));
    if (live.empty())
        return sessions;
    std::move(live.begin(), live.end(), std::back_inserter(sessions));
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const SimVb365RestoreSession &a, const SimVb365RestoreSession &b) {
                         return a.createdTicks > b.createdTicks;
                     });
    return sessions;
}

std::optional<SimVb365RestoreSession> SimVb365Routes::restoreSessionAt(const QString &id, const QDateTime &now) const
{
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull())
        return std::nullopt;
    for (SimVb365RestoreSession &session : restoreSessionsAt(now.addSecs(-SimVb365Scenario::HistorySecs), now)) {
        if (session.id == uuid)
            return std::move(session);
    }
    return std::nullopt;
}

// POST /{v}/Organizations/{id}/Explore {"datetime","type":"vex|veod|vesp|vet",…}: a new restore
// session, Working at once and listed by /RestoreSessions from this moment.
SimResponse SimVb365Routes::explore(const Match &match, const SimRequest &request)
{
    const int organization = m_scenario.organizationIndexOf(match.id);
    if (organization < 0)
        return SimResponse::message(404, QStringLiteral("Organization with ID '%1' was not found.").arg(match.id));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return SimResponse::message(400,
                                    QStringLiteral("The request body must be a JSON object such as "
                                                   "{\"datetime\": \"2026-11-22T10:00:00Z\", \"type\": \"vex\"}."));
    const QJsonObject body = document.object();
    static const QHash<QString, QString> types { { QStringLiteral("vex"), QStringLiteral("Vex") },
                                                 { QStringLiteral("veod"), QStringLiteral("Veod") },
                                                 { QStringLiteral("vesp"), QStringLiteral("Vesp") },
                                                 { QStringLiteral("vet"), QStringLiteral("Vet") } };
    const QString type = types.value(body.value(QLatin1String("type")).toString().toLower());
    if (type.isEmpty())
        return SimResponse::message(400, QStringLiteral("The 'type' field must be one of vex, veod, vesp or vet."));
    const QString datetimeText = body.value(QLatin1String("datetime")).toString();
    const QDateTime datetime = QDateTime::fromString(datetimeText, Qt::ISODateWithMs);
    if (!datetime.isValid())
        return SimResponse::message(
            400, QStringLiteral("The 'datetime' field must be a date and time such as 2026-11-22T10:00:00Z."));
    const QJsonValue reason = body.value(QLatin1String("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return SimResponse::message(400, QStringLiteral("The 'reason' field must be a string."));

    const SimVb365Organization &org = m_scenario.organizations()[size_t(organization)];
    SimVb365LiveRestores::Request live;
    live.organization = organization;
    live.type = type;
    live.scopeName = QStringLiteral("%1 as of %2").arg(org.name, SimTime::isoSeconds(SimTime::secs(datetime)));
    live.reason = reason.isString() ? reason.toString() : QStringLiteral("Explore through the REST API");
    live.initiatedBy = QStringLiteral("%1\\%2").arg(org.domain, m_context.options.username);
    live.clientHost = QStringLiteral("REST API");
    const SimVb365RestoreSession session = m_live.create(live, SimTime::ticks(m_context.scenario.now()));
    m_context.stats.countRestoreJobCreated(request.idempotencyKey());
    return SimResponse::json(
        201, SimVb365Json::restoreSession(m_scenario, session, pathPrefix() + QLatin1Char('/') + match.version));
}

// POST /{v}/RestoreSessions/{id}/Stop, or the older /Action {"stop":null}: Stopping, then
// Stopped without a result.
SimResponse SimVb365Routes::stop(const Match &match, const SimRequest &request)
{
    if (match.route == Route::RestoreSessionAction) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject() || !document.object().contains(QLatin1String("stop")))
            return SimResponse::message(400, QStringLiteral("The action is not supported: send {\"stop\": null}."));
    }
    const QDateTime now = m_context.scenario.now();
    const std::optional<SimVb365RestoreSession> session = restoreSessionAt(match.id, now);
    if (!session)
        return SimResponse::message(404, QStringLiteral("Restore session with ID '%1' was not found.").arg(match.id));
    if (session->state == QLatin1String("Stopped"))
        return SimResponse::message(400,
                                    QStringLiteral("Restore session with ID '%1' is already stopped.").arg(match.id));
    m_live.stop(session->id, SimTime::ticks(now));
    const std::optional<SimVb365RestoreSession> stopped = restoreSessionAt(match.id, now);
    return SimResponse::json(
        200, SimVb365Json::restoreSession(m_scenario, *stopped, pathPrefix() + QLatin1Char('/') + match.version));
}

// POST /{v}/RestoreSessions/{s}/Organization/Mailboxes/{m}/Restore (to where it was) or
// …/RestoreTo {"mailbox": "address"}: done at once inside a working Exchange session; the answer
// carries the item counts and the session lists a Restore event from now on.
SimResponse SimVb365Routes::restoreMailbox(const Match &match, const SimRequest &request)
{
    const QDateTime now = m_context.scenario.now();
    const std::optional<SimVb365RestoreSession> session = restoreSessionAt(match.id, now);
    if (!session)
        return SimResponse::message(404, QStringLiteral("Restore session with ID '%1' was not found.").arg(match.id));
    if (session->type != QLatin1String("Vex"))
        return SimResponse::message(
            400, QStringLiteral("Restore session with ID '%1' does not explore Exchange data.").arg(match.id));
    if (session->state != QLatin1String("Working"))
        return SimResponse::message(400,
                                    QStringLiteral("Restore session with ID '%1' is %2: it restores nothing.")
                                        .arg(match.id, session->state.toLower()));
    const SimVb365Organization &org = m_scenario.organizations()[size_t(session->organization)];
    const std::optional<SimVb365Mailboxes::Mailbox> mailbox = m_mailboxes.find(session->organization, org, match.subId);
    if (!mailbox)
        return SimResponse::message(404, QStringLiteral("Mailbox with ID '%1' was not found.").arg(match.subId));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return SimResponse::message(400,
                                    QStringLiteral("The request body must be a JSON object such as "
                                                   "{\"changedItems\": true, \"deletedItems\": true}."));
    QString target;
    if (match.route == Route::MailboxRestoreTo) {
        target = document.object().value(QLatin1String("mailbox")).toString().trimmed();
        if (!target.contains(QLatin1Char('@')))
            return SimResponse::message(
                400, QStringLiteral("The 'mailbox' field must be the address of the mailbox to restore to."));
    }
    const SimVb365Mailboxes::Counts counts = m_mailboxes.restore(*session, *mailbox, target, SimTime::ticks(now));
    m_context.stats.countRestoreJobCreated(request.idempotencyKey());
    return SimResponse::json(200,
                             QJsonObject {
                                 { QStringLiteral("createdItemsCount"), counts.created },
                                 { QStringLiteral("mergedItemsCount"), counts.merged },
                                 { QStringLiteral("failedItemsCount"), counts.failed },
                                 { QStringLiteral("skippedItemsCount"), counts.skipped },
                             });
}

SimResponse SimVb365Routes::token(const SimRequest &request)
{
    const QUrlQuery form = formFields(request.body);
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    std::optional<SimTokenStore::Grant> grant;
    if (grantType == QLatin1String("password")) {
        const QString username = formValue(form, QStringLiteral("username"));
        const QString password = formValue(form, QStringLiteral("password"));
        if (username.compare(m_context.options.username, Qt::CaseInsensitive) != 0
            || password != m_context.options.password)
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("The user name or password is incorrect."));
        grant = m_tokens.issue(m_context.options.username);
    } else if (grantType == QLatin1String("refresh_token")) {
        grant = m_tokens.refresh(formValue(form, QStringLiteral("refresh_token")));
        if (!grant)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is invalid."));
    } else {
        return oauthError(QStringLiteral("unsupported_grant_type"));
    }
    m_context.stats.countTokenGrant(grantType);
    SimResponse response = SimResponse::json(200,
                                             QJsonObject {
                                                 { QStringLiteral("access_token"), grant->accessToken },
                                                 { QStringLiteral("token_type"), QStringLiteral("bearer") },
                                                 { QStringLiteral("refresh_token"), grant->refreshToken },
                                                 { QStringLiteral("expires_in"), grant->expiresIn },
                                                 { QStringLiteral(".issued"), SimTime::rfc1123(grant->issued) },
                                                 { QStringLiteral(".expires"), SimTime::rfc1123(grant->expires) },
                                                 { QStringLiteral("username"), grant->username },
                                             });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

bool SimVb365Routes::isAuthorized(const SimRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) != 0)
        return false;
    return m_tokens.isValid(QString::fromLatin1(header.mid(space + 1).trimmed()));
}

// A listing is answered as of the moment its set was first asked for, so following
// _links.next pages through one consistent set even while the scenario moves on.
QDateTime SimVb365Routes::timeOfSet(QString &setId)
{
    if (setId.isEmpty())
        setId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto it = m_setTimes.constFind(setId);
    if (it != m_setTimes.cend())
        return it.value();
    const QDateTime now = m_context.scenario.now();
    m_setTimes.insert(setId, now);
    m_setOrder.append(setId);
    if (m_setOrder.size() > MaxRememberedSets)
        m_setTimes.remove(m_setOrder.takeFirst());
    return now;
}

SimResponse SimVb365Routes::jobsPage(const QList<int> &jobIndexes, const SimVb365Paging &paging,
                                     const QString &listPath, const QString &apiRoot)
{
    QString setId = paging.setId;
    const QDateTime now = timeOfSet(setId);
    const std::vector<int> indexes(jobIndexes.cbegin(), jobIndexes.cend());
    const QJsonArray results =
        pageOf(indexes, paging, [&](int index) { return SimVb365Json::job(m_scenario, index, now, apiRoot); });
    return SimResponse::json(200, paging.envelope(listPath, results, qsizetype(indexes.size()), setId));
}

SimResponse SimVb365Routes::get(const Match &match, const SimRequest &request)
{
    const QString apiRoot = pathPrefix() + QLatin1Char('/') + match.version;
    const QString &listPath = request.path;
    const bool isList = match.route == Route::Jobs || match.route == Route::JobJobSessions
        || match.route == Route::JobSessions || match.route == Route::RestoreSessions
        || match.route == Route::Organizations || match.route == Route::OrganizationJobs
        || match.route == Route::OrganizationMailboxes || match.route == Route::RestoreSessionEvents;
    SimVb365Paging paging;
    if (isList) {
        QString error;
        std::optional<SimVb365Paging> parsed = SimVb365Paging::fromQuery(request.query, &error);
        if (!parsed)
            return SimResponse::message(400, error);
        paging = *parsed;
    }
    const auto history = [](const QDateTime &now) {
        return now.addSecs(-SimVb365Scenario::HistorySecs);
    };
    const auto sessionJson = [&](const SimVb365Run &run) {
        return SimVb365Json::session(m_scenario, run, apiRoot);
    };

    switch (match.route) {
    case Route::Jobs: {
        QList<int> all;
        for (int i = 0; i < int(m_scenario.jobs().size()); ++i)
            all.append(i);
        return jobsPage(all, paging, listPath, apiRoot);
    }
    case Route::Job: {
        const int index = m_scenario.jobIndexOf(match.id);
        if (index < 0)
            return SimResponse::message(404, QStringLiteral("Job with ID '%1' was not found.").arg(match.id));
        return SimResponse::json(200, SimVb365Json::job(m_scenario, index, m_context.scenario.now(), apiRoot));
    }
    case Route::JobJobSessions: {
        const int index = m_scenario.jobIndexOf(match.id);
        if (index < 0)
            return SimResponse::message(404, QStringLiteral("Job with ID '%1' was not found.").arg(match.id));
        QString setId = paging.setId;
        const QDateTime now = timeOfSet(setId);
        const std::vector<SimVb365Run> runs = m_scenario.runs(index, history(now), now);
        return SimResponse::json(
            200, paging.envelope(listPath, pageOf(runs, paging, sessionJson), qsizetype(runs.size()), setId));
    }
    case Route::JobSessions: {
        QString setId = paging.setId;
        const QDateTime now = timeOfSet(setId);
        const std::vector<SimVb365Run> runs = m_scenario.allRuns(history(now), now);
        return SimResponse::json(
            200, paging.envelope(listPath, pageOf(runs, paging, sessionJson), qsizetype(runs.size()), setId));
    }
    case Route::JobSession: {
        const QDateTime now = m_context.scenario.now();
        const QUuid id = QUuid::fromString(match.id);
        for (const SimVb365Run &run : m_scenario.allRuns(history(now), now)) {
            if (!id.isNull() && run.id == id)
                return SimResponse::json(200, sessionJson(run));
        }
        return SimResponse::message(404, QStringLiteral("Job session with ID '%1' was not found.").arg(match.id));
    }
    case Route::RestoreSessions: {
        QString setId = paging.setId;
        const QDateTime now = timeOfSet(setId);
        const std::vector<SimVb365RestoreSession> sessions = restoreSessionsAt(history(now), now);
        const QJsonArray results = pageOf(sessions, paging, [&](const SimVb365RestoreSession &session) {
            return SimVb365Json::restoreSession(m_scenario, session, apiRoot);
        });
        return SimResponse::json(200, paging.envelope(listPath, results, qsizetype(sessions.size()), setId));
    }
    case Route::RestoreSession: {
        if (const std::optional<SimVb365RestoreSession> session = restoreSessionAt(match.id, m_context.scenario.now()))
            return SimResponse::json(200, SimVb365Json::restoreSession(m_scenario, *session, apiRoot));
        return SimResponse::message(404, QStringLiteral("Restore session with ID '%1' was not found.").arg(match.id));
    }
    case Route::Organizations: {
        QString setId = paging.setId;
        timeOfSet(setId);
        std::vector<int> indexes;
        for (int i = 0; i < int(m_scenario.organizations().size()); ++i)
            indexes.push_back(i);
        const QJsonArray results =
            pageOf(indexes, paging, [&](int index) { return SimVb365Json::organization(m_scenario, index, apiRoot); });
        return SimResponse::json(200, paging.envelope(listPath, results, qsizetype(indexes.size()), setId));
    }
    case Route::Organization: {
        const int index = m_scenario.organizationIndexOf(match.id);
        if (index < 0)
            return SimResponse::message(404, QStringLiteral("Organization with ID '%1' was not found.").arg(match.id));
        return SimResponse::json(200, SimVb365Json::organization(m_scenario, index, apiRoot));
    }
    case Route::OrganizationJobs: {
        const int organization = m_scenario.organizationIndexOf(match.id);
        if (organization < 0)
            return SimResponse::message(404, QStringLiteral("Organization with ID '%1' was not found.").arg(match.id));
        QList<int> indexes;
        for (const SimVb365Job &job : m_scenario.jobs()) {
            if (job.organization == organization)
                indexes.append(job.index);
        }
        return jobsPage(indexes, paging, listPath, apiRoot);
    }
    case Route::OrganizationMailboxes: {
        const int organization = m_scenario.organizationIndexOf(match.id);
        if (organization < 0)
            return SimResponse::message(404, QStringLiteral("Organization with ID '%1' was not found.").arg(match.id));
        const SimVb365Organization &org = m_scenario.organizations()[size_t(organization)];
        const std::vector<SimVb365Mailboxes::Mailbox> mailboxes = m_mailboxes.of(organization, org);
        const QJsonArray results = pageOf(mailboxes, paging, [&](const SimVb365Mailboxes::Mailbox &mailbox) {
            return SimVb365Mailboxes::toJson(mailbox, apiRoot, org.id);
        });
        return SimResponse::json(200, paging.envelope(listPath, results, qsizetype(mailboxes.size()), paging.setId));
    }
    case Route::RestoreSessionEvents: {
        const std::optional<SimVb365RestoreSession> session = restoreSessionAt(match.id, m_context.scenario.now());
        if (!session)
            return SimResponse::message(404,
                                        QStringLiteral("Restore session with ID '%1' was not found.").arg(match.id));
        const std::vector<SimVb365Mailboxes::Event> events = m_mailboxes.eventsOf(*session);
        const QJsonArray results = pageOf(events, paging, [&](const SimVb365Mailboxes::Event &event) {
            return SimVb365Mailboxes::toJson(event, apiRoot, session->id);
        });
        return SimResponse::json(200, paging.envelope(listPath, results, qsizetype(events.size()), paging.setId));
    }
    case Route::Unknown:
    case Route::Token:
    case Route::Explore:
    case Route::RestoreSessionStop:
    case Route::RestoreSessionAction:
    case Route::MailboxRestore:
    case Route::MailboxRestoreTo:
        break;
    }
    return notFound(request.path);
}

QJsonArray SimVb365Routes::sourceEntries(const QUrl &baseUrl) const
{
    return { QJsonObject {
        { QStringLiteral("id"), QStringLiteral("sim-vb365") },
        { QStringLiteral("vendor"), id() },
        { QStringLiteral("baseUrl"), baseUrl.toString() },
        { QStringLiteral("apiVersion"), QStringLiteral("v8") },
        { QStringLiteral("auth"),
          QJsonObject { { QStringLiteral("username"), m_context.options.username },
                        { QStringLiteral("password"), m_context.options.password } } },
    } };
}

void SimVb365Routes::expireAccessTokens()
{
    m_tokens.expireAccessTokens();
}

void SimVb365Routes::setEarlyExpiry(std::optional<int> seconds)
{
    m_tokens.setRealLifetimeCap(seconds);
}

bool SimVb365Routes::isTokenRefresh(const SimRequest &request, const QString &path) const
{
    return match(path).route == Route::Token
        && formValue(formFields(request.body), QStringLiteral("grant_type")) == QLatin1String("refresh_token");
}

QString SimVb365Routes::redirectLocation(const QString &path) const
{
    const Match m = match(path);
    return QStringLiteral("%1/%2/RestoreSessions")
        .arg(pathPrefix(), m.version.isEmpty() ? QStringLiteral("v8") : m.version);
}

SimResponse SimVb365Routes::errorResponse(int status, const QString &message) const
{
    return SimResponse::message(status, message);
}

} // namespace BackupDash
