#pragma once

#include "simulator/acronis/simacronismodel.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// The Acronis tenant: protected resources (machines, Microsoft 365 mailboxes, OneDrive,
// SharePoint, Google Workspace) whose backups run on schedules, occasional restores and daily
// management tasks. Every answer is a pure function of the seed, the resource count and the
// scenario time asked about.
class SimAcronisScenario
{
public:
    static constexpr qint64 HistorySecs = 7 * 86'400; // tasks enqueued this far back are listed
    static constexpr qint64 NsPerSecond = 1'000'000'000;

    // `scenario` must outlive this object.
    SimAcronisScenario(const SimScenario &scenario, int resourceCount);

    const std::vector<SimAcronisResource> &resources() const { return m_resources; }

    // Tasks enqueued in [nowNs − HistorySecs, nowNs], as they stand at `nowNs`, unordered.
    std::vector<SimAcronisTask> tasks(qint64 nowNs) const;
    std::optional<SimAcronisTask> task(qint64 id, qint64 nowNs) const;

    static qint64 nanos(const QDateTime &time);

private:
    struct Timeline; // when a task reaches each state, and how it ends
    void buildResources(int count);
    SimAcronisTask backup(const SimAcronisResource &resource, qint64 slot, qint64 nowNs) const;
    SimAcronisTask restore(const SimAcronisResource &resource, qint64 day, qint64 enqueuedNs, qint64 nowNs) const;
    SimAcronisTask management(qint64 day, qint64 enqueuedNs, qint64 nowNs) const;
    qint64 taskId(SimAcronisTask::Kind kind, qint64 a, qint64 b) const;

    const SimScenario &m_scenario;
    std::vector<SimAcronisResource> m_resources;
};

} // namespace BackupDash
