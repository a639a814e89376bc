#include "simulator/simulator.h"

#include "simulator/simfaultbodies.h"
#include "simulator/simfaultengine.h"
#include "simulator/simhttpfront.h"
#include "simulator/simrequest.h"
#include "simulator/simresponse.h"
#include "simulator/simscenario.h"
#include "simulator/simstats.h"
#include "simulator/simtls.h"
#include "simulator/simvendorregistry.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace BackupDash {

namespace {
const QString IntrospectionPrefix = QStringLiteral("/_sim");
} // namespace

Simulator::Simulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_scenario(std::make_unique<SimScenario>(options))
    , m_stats(std::make_unique<SimStats>())
    , m_faults(std::make_unique<SimFaultEngine>(options.seed))
{
    const SimVendorContext context { m_options, *m_scenario, *m_stats };
    QStringList created;
    for (const QString &vendor : options.vendors) {
        if (created.contains(vendor))
            continue;
        if (auto routes = createSimVendor(vendor, context))
            m_vendors.push_back(std::move(routes));
        else
            qWarning("backupdash-sim: vendor '%ls' is not supported; ignored", qUtf16Printable(vendor));
        created.append(vendor);
    }
    m_front = std::make_unique<SimHttpFront>([this](const SimRequest &request) { return handle(request); });
}

Simulator::~Simulator() = default;

quint16 Simulator::listen(quint16 port)
{
    if (m_port != 0)
        return m_port;
    m_error.clear();
    std::optional<QSslConfiguration> tls;
    if (!m_options.tlsCertificatePath.isEmpty() || !m_options.tlsKeyPath.isEmpty()) {
        tls = loadSimTlsConfiguration(m_options.tlsCertificatePath, m_options.tlsKeyPath, &m_error);
        if (!tls)
            return 0;
    }
    m_port = m_front->listen(port, tls, &m_error);
    m_https = m_port != 0 && tls.has_value();
    return m_port;
}

QString Simulator::errorString() const
{
    return m_error;
}

QUrl Simulator::rootUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(m_https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl Simulator::vendorBaseUrl(const QString &vendor) const
{
    for (const auto &candidate : m_vendors) {
        if (candidate->id() == vendor && m_port != 0) {
            QUrl url = rootUrl();
            url.setPath(candidate->pathPrefix());
            return url;
        }
    }
    return {};
}

QJsonObject Simulator::sourcesConfig(int pollIntervalSeconds) const
{
    QJsonArray sources;
    for (const auto &vendor : m_vendors) {
        const QJsonArray entries = vendor->sourceEntries(vendorBaseUrl(vendor->id()));
        for (const QJsonValue &entry : entries) {
            QJsonObject source = entry.toObject();
            // The certificate is self-signed: it is its own CA, and what a client must trust.
            if (m_https)
                source.insert(QStringLiteral("caCertificates"),
                              QFileInfo(m_options.tlsCertificatePath).absoluteFilePath());
            sources.append(source);
        }
    }
    return { { QStringLiteral("pollIntervalSeconds"), pollIntervalSeconds }, { QStringLiteral("sources"), sources } };
}

bool Simulator::writeConfig(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(sourcesConfig()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject Simulator::stats() const
{
    return m_stats->toJson();
}

QJsonArray Simulator::faults() const
{
    return m_faults->toJson();
}

bool Simulator::setFaults(const QByteArray &json, QString *error)
{
    const std::optional<QList<SimFault>> faults = SimFault::parseList(json, error);
    if (!faults)
        return false;
    m_faults->setFaults(*faults);
    // expire-token acts now, once: tokens issued before this moment stop working.
    for (const SimFault &fault : *faults) {
        if (fault.kind != SimFault::Kind::ExpireToken)
            continue;
        for (const auto &vendor : m_vendors) {
            if (fault.vendor.isEmpty() || fault.vendor == vendor->id())
                vendor->expireAccessTokens();
        }
    }
    applyEarlyExpiry(*faults);
    return true;
}

void Simulator::applyEarlyExpiry(const QList<SimFault> &faults)
{
    // early-expiry holds while listed (the first one for a vendor counts); a new list without it ends it.
    for (const auto &vendor : m_vendors) {
        std::optional<int> seconds;
        for (const SimFault &fault : faults) {
            if (fault.kind == SimFault::Kind::EarlyExpiry && (fault.vendor.isEmpty() || fault.vendor == vendor->id())) {
                seconds = fault.value;
                break;
            }
        }
        vendor->setEarlyExpiry(seconds);
    }
}

QStringList Simulator::supportedVendors() const
{
    return knownVendors();
}

QStringList Simulator::knownVendors()
{
    return simVendorIds();
}

SimVendor *Simulator::vendorFor(const QString &path, QString *pathBelowPrefix) const
{
    for (const auto &vendor : m_vendors) {
        const QString prefix = vendor->pathPrefix();
        if (path.startsWith(prefix, Qt::CaseInsensitive)
            && (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/'))) {
            *pathBelowPrefix = path.mid(prefix.size());
            return vendor.get();
        }
    }
    return nullptr;
}

SimResponse Simulator::handle(const SimRequest &request)
{
    if (request.path == IntrospectionPrefix || request.path.startsWith(IntrospectionPrefix + QLatin1Char('/')))
        return introspect(request);

    QString below;
    SimVendor *vendor = vendorFor(request.path, &below);
    const QString route = vendor ? vendor->pathPrefix() + vendor->routePattern(request.method, below) : request.path;
    m_stats->countRequest(QString::fromLatin1(request.method) + QLatin1Char(' ') + route);
    // Counted as read, before any fault decides what happens to the request.
    const QString idempotencyKey = request.idempotencyKey();
    const bool writes = request.method == "POST" || request.method == "PATCH" || request.method == "PUT";
    if (writes && !idempotencyKey.isEmpty())
        m_stats->countIdempotencyKey(idempotencyKey);

    if (!vendor) {
        QStringList prefixes;
        for (const auto &candidate : m_vendors)
            prefixes << candidate->pathPrefix();
        return SimResponse::message(
            404,
            QStringLiteral("No vendor API at '%1' (served: %2)").arg(request.path, prefixes.join(QLatin1String(", "))));
    }

    const SimFaultEngine::Hit hit =
        m_faults->match(vendor->id(), request.method, below, vendor->isTokenRefresh(request, below));
    SimResponse response = answer(*vendor, request, below, hit.decisive);
    response.delayMs += hit.delayMs;
    return response;
}

SimResponse Simulator::answer(SimVendor &vendor, const SimRequest &request, const QString &below,
                              const std::optional<SimFault> &fault)
{
    const auto statusFault = [&fault](SimResponse response) {
        const QByteArray retryAfter = fault->retryAfterHeader();
        if (!retryAfter.isEmpty())
            response.setHeader(QByteArrayLiteral("Retry-After"), retryAfter);
        return response;
    };
    const QString faultText = fault ? QStringLiteral("simulated fault: HTTP %1").arg(fault->value) : QString();
    const auto kindIs = [&fault](SimFault::Kind kind) {
        return fault && fault->kind == kind;
    };

    if (kindIs(SimFault::Kind::Status) && !fault->after)
        return statusFault(SimResponse::message(fault->value, faultText));
    if (kindIs(SimFault::Kind::Hang)) {
        SimResponse response;
        response.delivery = SimResponse::Delivery::Hang;
        return response;
    }
    if (kindIs(SimFault::Kind::Malformed)) {
        SimResponse response;
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
        response.body = QByteArrayLiteral("{\"results\":[{\"id\":");
        return response;
    }
    if (kindIs(SimFault::Kind::Oversize)) {
        SimResponse response;
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
        response.body = simOversizeBody(fault->value);
        return response;
    }
    if (kindIs(SimFault::Kind::GzipBomb)) {
        SimResponse response;
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
        response.body = simGzipBombBody(fault->value);
        return response;
    }
    if (kindIs(SimFault::Kind::Refresh401)) { // the engine matched a refresh only
        m_stats->countRejected401();
        return vendor.errorResponse(401, QStringLiteral("simulated fault: refresh token rejected"));
    }
    if (kindIs(SimFault::Kind::Redirect302)) {
        // The handler does not run: a client that follows this as a GET sees a 200 for nothing.
        SimResponse response;
        response.status = 302;
        response.setHeader(QByteArrayLiteral("Location"), vendor.redirectLocation(below).toUtf8());
        return response;
    }

    SimResponse response = vendor.handle(request, below);
    if (response.status == 401)
        m_stats->countRejected401();
    if (kindIs(SimFault::Kind::Truncated))
        response.delivery = SimResponse::Delivery::Truncated;
    if (kindIs(SimFault::Kind::CloseAfterRequest)) // what the handler did stays done; its answer is lost
        response.delivery = SimResponse::Delivery::Close;
    if (kindIs(SimFault::Kind::ResetMidBody))
        response.delivery = SimResponse::Delivery::Reset;
    if (kindIs(SimFault::Kind::WrongShape) && response.status < 300) // errors keep their shape
        response.body = simWrongShapeBody(response.body);
    if (kindIs(SimFault::Kind::Status)) // after: the handler's work stays done, its answer is replaced
        return statusFault(vendor.errorResponse(fault->value, faultText));
    return response;
}

SimResponse Simulator::introspect(const SimRequest &request)
{
    const auto methodNotAllowed = [&request](const QByteArray &allowed) {
        SimResponse response = SimResponse::message(
            405, QStringLiteral("method %1 is not allowed here").arg(QString::fromLatin1(request.method)));
        response.setHeader(QByteArrayLiteral("Allow"), allowed);
        return response;
    };
    if (request.path == QLatin1String("/_sim/stats")) {
        if (request.method != "GET")
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return SimResponse::json(200, stats());
    }
    if (request.path == QLatin1String("/_sim/faults")) {
        if (request.method == "GET")
            return SimResponse::json(200, faults());
        if (request.method != "PUT")
            return methodNotAllowed(QByteArrayLiteral("GET, PUT"));
        QString error;
        if (!setFaults(request.body, &error))
            return SimResponse::message(400, error);
        return SimResponse::json(200, faults());
    }
    return SimResponse::message(
        404, QStringLiteral("no simulator endpoint at '%1' (try /_sim/stats or /_sim/faults)").arg(request.path));
}

} // namespace BackupDash
