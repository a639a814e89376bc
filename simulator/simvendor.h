#pragma once

#include "simulator/simrequest.h"
#include "simulator/simresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace BackupDash {

class SimScenario;
class SimStats;
struct SimulatorOptions;

// What a vendor's routes share with the rest of the simulator.
struct SimVendorContext
{
    const SimulatorOptions &options;
    const SimScenario &scenario; // the one scenario clock and seed
    SimStats &stats;
};

// One vendor API, served under its own path prefix. A new vendor is one SimVendor (its
// routes) plus its scenario part; faults, stats and the clock stay shared.
class SimVendor
{
public:
    virtual ~SimVendor() = default;

    virtual QString id() const = 0; // the contract's vendor id, e.g. "veeam-vb365"
    virtual QString pathPrefix() const = 0; // e.g. "/vb365"

    // `path` is below the prefix ("/v8/Jobs/…"). The route pattern names the route for stats,
    // with ids replaced by {id} ("/v8/Jobs/{id}/JobSessions").
    virtual QString routePattern(const QByteArray &method, const QString &path) const = 0;
    virtual SimResponse handle(const SimRequest &request, const QString &path) = 0;

    // This vendor's entries in a sources configuration (contract) for `baseUrl`: one per
    // simulated account (a vendor may simulate several tenants).
    virtual QJsonArray sourceEntries(const QUrl &baseUrl) const = 0;
    // The expire-token fault: access tokens issued so far stop working.
    virtual void expireAccessTokens() = 0;
    // The early-expiry fault: tokens issued from now on work only `seconds` (whatever expiry
    // they announce); nothing = back to normal. Vendors with static tokens ignore it.
    virtual void setEarlyExpiry(std::optional<int> seconds) { Q_UNUSED(seconds) }
    // The refresh-401 fault hits only this: a request that trades a refresh token for a new one.
    virtual bool isTokenRefresh(const SimRequest &request, const QString &path) const
    {
        Q_UNUSED(request)
        Q_UNUSED(path)
        return false;
    }

    // The redirect-302 fault's Location: a host-root path of this vendor a client can GET
    // (its listing of restore jobs or tasks), for the request's `path` below the prefix.
    virtual QString redirectLocation(const QString &path) const = 0;
    // This vendor's error body for `status` (the status-after fault answers with it).
    virtual SimResponse errorResponse(int status, const QString &message) const = 0;
};

} // namespace BackupDash
