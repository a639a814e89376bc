#pragma once

#include "simulator/cloudally/simcloudallyrestores.h"
#include "simulator/cloudally/simcloudallyscenario.h"
#include "simulator/simtokenstore.h"
#include "simulator/simvendor.h"

#include <QHash>

namespace BackupDash {

// CloudAlly REST under /cloudally: partner sign-in (client-id/client-secret headers, or the
// seed's body form) and portal-user sign-in, refresh tokens used up on use, bearer auth with
// the partner's client headers on every /v1 call, and the scenario's backup tasks paged by
// number and an opaque nextPageToken; POST /v1/restore starts a restore job and GET
// /v1/restore/{jobId} follows it (no list: CloudAlly documents none). Errors are
// {"status": n, "message": "…"}.
class SimCloudAllyRoutes final : public SimVendor
{
public:
    // The simulated partner API client (literal: these are the simulator's own demo values).
    static constexpr const char *ClientId = "sim-cloudally-partner";
    static constexpr const char *ClientSecret = "sim-cloudally-client-secret";
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 500;

    explicit SimCloudAllyRoutes(const SimVendorContext &context);
    ~SimCloudAllyRoutes() override;

    QString id() const override;
    QString pathPrefix() const override;
    QString routePattern(const QByteArray &method, const QString &path) const override;
    SimResponse handle(const SimRequest &request, const QString &path) override;
    QJsonArray sourceEntries(const QUrl &baseUrl) const override;
    void expireAccessTokens() override;
    void setEarlyExpiry(std::optional<int> seconds) override;
    bool isTokenRefresh(const SimRequest &request, const QString &path) const override;
    QString redirectLocation(const QString &path) const override;
    SimResponse errorResponse(int status, const QString &message) const override;

    const SimCloudAllyScenario &scenario() const { return m_scenario; }

private:
    enum class Route { Unknown, UserAuth, PartnerAuth, Refresh, Tasks, Task, Restore, RestoreJob };
    struct Match
    {
        Route route = Route::Unknown;
        QString pattern; // "/v1/backup-tasks/{id}"
        QString id;
    };

    static Match match(const QString &path);
    SimResponse signIn(const SimRequest &request, bool partner);
    SimResponse refresh(const SimRequest &request);
    std::optional<SimResponse> rejectUnauthorized(const SimRequest &request) const;
    SimResponse tasksPage(const SimRequest &request);
    SimResponse startRestore(const SimRequest &request);
    SimResponse grantAnswer(const SimTokenStore::Grant &grant) const;

    SimVendorContext m_context;
    SimCloudAllyScenario m_scenario;
    SimTokenStore m_partnerTokens; // tokens that need the client headers beside them
    SimTokenStore m_userTokens;
    SimCloudAllyRestores m_restores;
    // The pages of the listing as of one moment already answered, by page and size: the pages of
    // one poll (and a baseline walking the same ones) cost the JSON building once.
    qint64 m_pagesAsOfMs = -1;
    QHash<QString, SimResponse> m_pages;
};

} // namespace BackupDash
