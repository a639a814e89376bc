#pragma once

#include "simulator/simtokenstore.h"
#include "simulator/simvendor.h"
#include "simulator/vb365/simvb365liverestores.h"
#include "simulator/vb365/simvb365mailboxes.h"
#include "simulator/vb365/simvb365scenario.h"

#include <QHash>
#include <QStringList>

namespace BackupDash {

struct SimVb365Paging;

// Veeam Backup for Microsoft 365 REST (v6–v8) under /vb365: OAuth password and refresh
// grants, bearer auth, offset/limit paging with setId, and the scenario's jobs, sessions,
// restore sessions and organizations; Explore starts a restore session, Stop (or the older
// Action {"stop":null}) ends one. Organizations list their mailboxes; one mailbox is restored
// inside a working Exchange session (…/Mailboxes/{id}/Restore or RestoreTo), which the
// session's Events then list.
class SimVb365Routes final : public SimVendor
{
public:
    explicit SimVb365Routes(const SimVendorContext &context);
    ~SimVb365Routes() override;

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

    const SimVb365Scenario &scenario() const { return m_scenario; }

private:
    enum class Route {
        Unknown,
        Token,
        Jobs,
        Job,
        JobJobSessions,
        JobSessions,
        JobSession,
        RestoreSessions,
        RestoreSession,
        Organizations,
        Organization,
        OrganizationJobs,
        Explore,
        RestoreSessionStop,
        RestoreSessionAction,
        OrganizationMailboxes,
        RestoreSessionEvents,
        MailboxRestore,
        MailboxRestoreTo,
    };
    struct Match
    {
        QString version; // "v8" as sent; empty when the path has no version segment
        Route route = Route::Unknown;
        QString pattern; // "/Jobs/{id}/JobSessions"
        QString id; // the first {id} segment
        QString subId; // the second one (a mailbox inside a restore session)
    };

    static Match match(const QString &path);
    SimResponse token(const SimRequest &request);
    SimResponse get(const Match &match, const SimRequest &request);
    SimResponse explore(const Match &match, const SimRequest &request);
    SimResponse stop(const Match &match, const SimRequest &request);
    SimResponse restoreMailbox(const Match &match, const SimRequest &request);
    // Scenario and live sessions created in [from, now], newest first.
    std::vector<SimVb365RestoreSession> restoreSessionsAt(const QDateTime &from, const QDateTime &now) const;
    std::optional<SimVb365RestoreSession> restoreSessionAt(const QString &id, const QDateTime &now) const;
    bool isAuthorized(const SimRequest &request) const;
    QDateTime timeOfSet(QString &setId); // mints a setId when empty; a known set keeps its time

    SimResponse jobsPage(const QList<int> &jobIndexes, const SimVb365Paging &paging, const QString &listPath,
                         const QString &apiRoot);

    SimVendorContext m_context;
    SimVb365Scenario m_scenario;
    SimTokenStore m_tokens;
    SimVb365LiveRestores m_live;
    SimVb365Mailboxes m_mailboxes;
    QHash<QString, QDateTime> m_setTimes;
    QStringList m_setOrder; // oldest first, to bound m_setTimes
};

} // namespace BackupDash
