#pragma once

#include "simulator/clumio/simclumiomodel.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// The Clumio estate of two tenants: each has `entitiesPerTenant` protected entities with
// backup schedules, plus restores, inventory syncs and policy changes. A task's status is a
// pure function of the seed, the scenario's start and the time asked about (queued →
// in_progress with growing progress → completed / failed / aborted); only an operator's
// abort (PATCH) and restores started through the API (POST /restores/…) add state, bounded.
class SimClumioScenario
{
public:
    static constexpr int TenantCount = 2;
    static constexpr qint64 HistorySecs = 7 * 86'400; // what /tasks lists
    static constexpr qint64 AbortingSecs = 30; // an operator's abort takes this long
    static constexpr qsizetype MaxLiveRestores = 1'000; // per tenant; the oldest go
    static constexpr qint64 BackupRetentionSecs = 14 * 86'400; // how long an EBS backup is kept

    // `scenario` must outlive this object.
    SimClumioScenario(const SimScenario &scenario, int entitiesPerTenant);

    const std::vector<SimClumioEntity> &entities(int tenant) const { return m_entities[size_t(tenant)]; }
    QString tenantUnitId(int tenant) const; // the tenant's organizational unit

    // Tasks created in [now − HistorySecs, now], newest first.
    std::vector<SimClumioTask> tasks(int tenant, qint64 nowSecs) const;
    // One task of this tenant, if it exists (and is still listed) at `nowSecs`.
    std::optional<SimClumioTask> task(int tenant, const QString &id, qint64 nowSecs) const;
    // The tenant's EBS volume backups: one per completed backup task whose backup has not expired
    // at `nowSecs`, newest first. Pure, like the tasks they come from.
    std::vector<SimClumioBackup> ebsBackups(int tenant, qint64 nowSecs) const;
    std::optional<SimClumioBackup> ebsBackup(int tenant, const QString &id, qint64 nowSecs) const;
    // An operator's abort: empty on success, else why not (in Clumio's words).
    QString abort(int tenant, const QString &id, qint64 nowSecs);
    // A restore task started now through the API: queued, then in_progress, then completed or
    // (about 1 in 6) failed. Returns its id; it is listed from this moment.
    QString startRestore(int tenant, const SimClumioRef &primary, const QString &type, qint64 nowSecs);
    // Changes whenever run-time state does (aborts, started restores): a listing memo's key.
    qint64 stateGeneration() const { return m_aborts.size() + m_liveStarted; }

private:
    struct Plan
    {
        QString id;
        qint64 number = 0; // the id as a number, the key of its draws
        int tenant = 0;
        SimClumioKind kind = SimClumioKind::Backup;
        qint64 createdSecs = 0;
        QString type;
        QString category;
        bool abortable = true; // while queued or in progress
        SimClumioRef primary;
        SimClumioRef parent;
        int minSecs = 60; // how long the work takes
        int maxSecs = 600;
    };

    void buildEntities(int perTenant);
    std::optional<Plan> plan(int tenant, SimClumioKind kind, int owner, qint64 slot) const;
    std::optional<Plan> planOf(int tenant, const QString &id) const;
    void plansBetween(int tenant, qint64 fromSecs, qint64 nowSecs, std::vector<Plan> &out) const;
    // When a task starts and ends, and how: drawn once per task, then bent by an abort.
    struct Timeline
    {
        qint64 startSecs = 0; // 0: aborted before it started
        qint64 runEndSecs = 0; // the work stops (done, failed, or an abort asked for)
        qint64 endSecs = 0; // the final status is reached
        QString outcome; // completed, failed, aborted
        double reach = 1.0; // share of the work done by runEnd
    };

    Timeline timeline(const Plan &plan) const;
    SimClumioTask at(const Plan &plan, qint64 nowSecs) const;

    const SimScenario &m_scenario;
    std::vector<SimClumioEntity> m_entities[TenantCount];
    QHash<QString, qint64> m_aborts; // task id → when an operator asked
    QHash<QString, Plan> m_live[TenantCount]; // restores started through the API, by id
    QList<QString> m_liveOrder[TenantCount]; // oldest first, to bound m_live
    qint64 m_liveStarted = 0; // over all tenants: the slot of the next one
};

} // namespace BackupDash
