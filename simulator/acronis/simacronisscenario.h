#pragma once

#include "simulator/acronis/simacronismodel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// The Acronis tenant: protected resources (machines, Microsoft 365 mailboxes, OneDrive,
// SharePoint, Google Workspace) whose backups run on schedules, occasional restores and daily
// management tasks. Every answer is a pure function of the seed, the resource count and the
// scenario time asked about, bent only by the cancels operators asked for (run-time state).
class SimAcronisScenario
{
public:
    static constexpr qint64 HistorySecs = 7 * 86'400; // tasks enqueued this far back are listed
    static constexpr qint64 NsPerSecond = 1'000'000'000;
    static constexpr qint64 CancelSettleNs = 8 * NsPerSecond; // a cancel completes this much later
    static constexpr qsizetype MaxCancels = 1'000; // remembered cancels; the oldest go

    // `scenario` must outlive this object.
    SimAcronisScenario(const SimScenario &scenario, int resourceCount);

    const std::vector<SimAcronisResource> &resources() const { return m_resources; }

    // Tasks enqueued in [nowNs − HistorySecs, nowNs], as they stand at `nowNs`, unordered.
    std::vector<SimAcronisTask> tasks(qint64 nowNs) const;
    std::optional<SimAcronisTask> task(qint64 id, qint64 nowNs) const;
    // An operator's cancel of a task that is cancellable now: cancelRequested at once, then
    // completed with result cancelled. The caller checks that the task may be cancelled.
    void cancel(qint64 id, qint64 nowNs);
    // Changes whenever run-time state does (cancels): a listing memo's key.
    qint64 stateGeneration() const { return m_cancelsAsked; }

    static qint64 nanos(const QDateTime &time);

private:
    struct Timeline; // when a task reaches each state, and how it ends
    void buildResources(int count);
    SimAcronisTask backup(const SimAcronisResource &resource, qint64 slot, qint64 nowNs) const;
    SimAcronisTask restore(const SimAcronisResource &resource, qint64 day, qint64 enqueuedNs, qint64 nowNs) const;
    SimAcronisTask management(qint64 day, qint64 enqueuedNs, qint64 nowNs) const;
    qint64 taskId(SimAcronisTask::Kind kind, qint64 a, qint64 b) const;
    void bendByCancel(Timeline &timeline, qint64 id) const;

    const SimScenario &m_scenario;
    std::vector<SimAcronisResource> m_resources;
    QHash<qint64, qint64> m_cancels; // task id → when an operator asked (ns)
    QList<qint64> m_cancelOrder; // oldest first, to bound m_cancels
    qint64 m_cancelsAsked = 0;
};

} // namespace BackupDash
