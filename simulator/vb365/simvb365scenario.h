#pragma once

#include "simulator/vb365/simvb365model.h"

#include <QDateTime>
#include <QHash>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// The VB365 estate: organizations, jobs with schedules and windows, and, for any scenario
// time, the sessions those schedules produced. Every answer is a pure function of the seed,
// the job count, the scenario's start and the time asked about.
class SimVb365Scenario
{
public:
    static constexpr qint64 HistorySecs = 7 * 86'400; // what /JobSessions lists

    // `scenario` must outlive this object.
    SimVb365Scenario(const SimScenario &scenario, int jobCount);

    const std::vector<SimVb365Organization> &organizations() const { return m_organizations; }
    const std::vector<SimVb365Job> &jobs() const { return m_jobs; }
    int jobIndexOf(const QString &id) const; // -1 if unknown
    int organizationIndexOf(const QString &id) const; // -1 if unknown

    // Sessions that started in [from, now], newest first.
    std::vector<SimVb365Run> runs(int jobIndex, const QDateTime &from, const QDateTime &now) const;
    std::vector<SimVb365Run> allRuns(const QDateTime &from, const QDateTime &now) const;
    std::optional<SimVb365Run> latestRun(int jobIndex, const QDateTime &now) const;
    std::optional<SimVb365Run> latestBackup(int jobIndex, const QDateTime &now) const; // finished Success/Warning
    std::optional<qint64> nextRunSecs(int jobIndex, const QDateTime &now) const; // absent when disabled

    // Restore sessions created in [from, now], newest first; `stops` bends the ones operators
    // stopped (session id → ticks of the stop).
    std::vector<SimVb365RestoreSession> restoreSessions(const QDateTime &from, const QDateTime &now,
                                                        const QHash<QUuid, qint64> &stops = {}) const;

private:
    void buildOrganizations();
    SimVb365Run makeRun(const SimVb365Job &job, const SimVb365Schedule::Slot &slot, qint64 nowTicks) const;
    std::vector<SimVb365Run> runsUntil(const SimVb365Job &job, qint64 fromSecs, qint64 nowTicks) const;
    std::optional<SimVb365Run> newestRun(int jobIndex, const QDateTime &now, bool backupsOnly) const;

    const SimScenario &m_scenario;
    std::vector<SimVb365Organization> m_organizations;
    std::vector<SimVb365Job> m_jobs;
};

} // namespace BackupDash
