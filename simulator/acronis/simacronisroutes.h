#pragma once

#include "simulator/acronis/simacronisquery.h"
#include "simulator/acronis/simacronisscenario.h"
#include "simulator/simtokenstore.h"
#include "simulator/simvendor.h"

#include <QHash>

namespace BackupDash {

// Acronis Cyber Protect Cloud under /acronis: the client-credentials token endpoint
// (POST /api/2/idp/token with Basic auth) and the Task Manager's tasks (GET
// /api/task_manager/v2/tasks with cursor paging and filters, GET …/tasks/{id}, PUT
// …/tasks/{id}/cancel), one tenant. No endpoint starts a restore: Acronis documents none.
class SimAcronisRoutes final : public SimVendor
{
public:
    // The simulated tenant's API client (demo credentials, written into its sources entry).
    static const QString ClientId;
    static const QString ClientSecret;

    explicit SimAcronisRoutes(const SimVendorContext &context);
    ~SimAcronisRoutes() override;

    QString id() const override;
    QString pathPrefix() const override;
    QString routePattern(const QByteArray &method, const QString &path) const override;
    SimResponse handle(const SimRequest &request, const QString &path) override;
    QJsonArray sourceEntries(const QUrl &baseUrl) const override;
    void expireAccessTokens() override;
    void setEarlyExpiry(std::optional<int> seconds) override;
    QString redirectLocation(const QString &path) const override;
    SimResponse errorResponse(int status, const QString &message) const override;

    const SimAcronisScenario &scenario() const { return m_scenario; }

private:
    enum class Route { Unknown, Token, Tasks, Task, Cancel };
    struct Match
    {
        Route route = Route::Unknown;
        QString pattern;
        QString id;
    };

    static Match match(const QString &path);
    SimResponse token(const SimRequest &request);
    SimResponse tasks(const SimRequest &request);
    SimResponse task(const QString &id);
    SimResponse cancel(const QString &id);
    bool isAuthorized(const SimRequest &request) const;
    const std::vector<SimAcronisTask> &listing(const SimAcronisQuery &query, qint64 listingNs);

    SimVendorContext m_context;
    SimAcronisScenario m_scenario;
    SimTokenStore m_tokens;
    // The filtered, sorted listing of the last (moment, filters) asked about: the pages of one
    // cursor walk cost one build, not one each (100,000 tasks are 100 pages).
    struct Memo
    {
        qint64 listingNs = -1;
        qint64 generation = -1;
        QString filters;
        std::vector<SimAcronisTask> tasks;
        QHash<QString, SimResponse> pages; // answered already, by offset, limit and lod
    } m_memo;
};

} // namespace BackupDash
