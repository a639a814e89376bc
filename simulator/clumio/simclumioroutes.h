#pragma once

#include "simulator/clumio/simclumiofilter.h"
#include "simulator/clumio/simclumioscenario.h"
#include "simulator/simvendor.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace BackupDash {

// Clumio REST under /clumio: a static API token per tenant (the token decides which tenant's
// tasks a request sees), the versioned Accept header, GET /tasks with limit/start/filter and
// HAL links, GET /tasks/{id}, PATCH (or PUT) /tasks/{id} {"status":"aborting"},
// GET /backups/aws/ebs-volumes (filter volume_id / start_timestamp, sort) and
// POST /restores/aws/ebs-volumes, which starts a restore task from a listed backup.
class SimClumioRoutes final : public SimVendor
{
public:
    static constexpr int DefaultLimit = 10;
    static constexpr int MaxLimit = 100;

    explicit SimClumioRoutes(const SimVendorContext &context);
    ~SimClumioRoutes() override;

    QString id() const override;
    QString pathPrefix() const override;
    QString routePattern(const QByteArray &method, const QString &path) const override;
    SimResponse handle(const SimRequest &request, const QString &path) override;
    QJsonArray sourceEntries(const QUrl &baseUrl) const override;
    // Clumio's API tokens are long-lived credentials, not sessions: nothing to expire.
    void expireAccessTokens() override;
    QString redirectLocation(const QString &path) const override;
    SimResponse errorResponse(int status, const QString &message) const override;

    static QString demoToken(int tenant); // the simulator's own literal tokens

    const SimClumioScenario &scenario() const { return m_scenario; }

private:
    std::optional<int> tenantOf(const SimRequest &request) const;
    SimResponse list(int tenant, const SimRequest &request);
    SimResponse read(int tenant, const QString &id);
    SimResponse update(int tenant, const QString &id, const SimRequest &request);
    SimResponse restoreEbsVolume(int tenant, const SimRequest &request);
    SimResponse listEbsBackups(int tenant, const SimRequest &request);
    struct Memo;
    Memo &listing(int tenant, qint64 nowSecs, const QString &filterText, const SimClumioFilter &filter);

    SimVendorContext m_context;
    SimClumioScenario m_scenario;
    // Per tenant, the listing of the last second asked about and which of its tasks the last
    // filter kept, so the pages of one poll cost one build and one filtering, not one per page.
    struct Memo
    {
        qint64 nowSecs = 0;
        qint64 generation = -1;
        std::vector<SimClumioTask> tasks;
        std::optional<QString> filterText; // the filter `matching` is for
        std::vector<qsizetype> matching; // indices into tasks
        // Pages already answered from this listing, by filter, limit and start: a poll and its
        // curl baseline walking the same 1,000 pages cost the JSON building once.
        QHash<QString, SimResponse> pages;
    };
    Memo m_memo[SimClumioScenario::TenantCount];
};

} // namespace BackupDash
