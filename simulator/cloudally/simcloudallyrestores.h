#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace BackupDash {

class SimScenario;

// One restore job as GET /v1/restore/{jobId} shows it. Times are UTC ms since the epoch; 0: null.
struct SimCloudAllyRestoreJob
{
    QString id; // 24 hex digits, like CloudAlly's other ids
    QString backupTaskId;
    QString status; // pending, in_progress, success, failed
    int progress = 0; // 0–100
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 completedMs = 0;
};

// Restore jobs started through POST /v1/restore: the simulator's run-time state, bounded. A
// job waits (pending), runs (in_progress, progress grows) and ends success or, about 1 in 6,
// failed; its id and fate follow from the seed and its creation order.
class SimCloudAllyRestores
{
public:
    static constexpr qsizetype MaxRemembered = 1'000; // the oldest jobs go

    explicit SimCloudAllyRestores(const SimScenario &scenario);

    SimCloudAllyRestoreJob start(const QString &backupTaskId, qint64 nowMs);
    std::optional<SimCloudAllyRestoreJob> find(const QString &id, qint64 nowMs) const;

private:
    struct Plan
    {
        QString id;
        QString backupTaskId;
        qint64 createdMs = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool fails = false;
        double reach = 1.0; // share done when it ends
    };
    static SimCloudAllyRestoreJob at(const Plan &plan, qint64 nowMs);

    const SimScenario &m_scenario;
    qint64 m_started = 0;
    QHash<QString, Plan> m_plans;
    QList<QString> m_order; // oldest first, to bound m_plans
};

} // namespace BackupDash
