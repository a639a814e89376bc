#include "simulator/cloudally/simcloudallyrestores.h"

#include "simulator/cloudally/simcloudallyscenario.h"
#include "simulator/simscenario.h"

#include <algorithm>
#include <cmath>

namespace BackupDash {

SimCloudAllyRestores::SimCloudAllyRestores(const SimScenario &scenario)
    : m_scenario(scenario)
{
}

SimCloudAllyRestoreJob SimCloudAllyRestores::start(const QString &backupTaskId, qint64 nowMs)
{
    const qint64 index = m_started++;
    SimRandom random = m_scenario.random(quint64(SimCloudAllySalt::Restore), index);
    Plan plan;
    plan.id = QString::fromLatin1(m_scenario.uuid("cloudally/restore", index).toRfc4122().toHex().left(24));
    plan.backupTaskId = backupTaskId;
    plan.createdMs = nowMs;
    plan.startMs = nowMs + random.bounded64(5'000, 40'000);
    plan.fails = random.unit() < 1.0 / 6;
    plan.reach = plan.fails ? 0.1 + 0.7 * random.unit() : 1.0;
    plan.endMs = plan.startMs + qint64(double(random.bounded64(3 * 60'000, 15 * 60'000)) * plan.reach);
    m_plans.insert(plan.id, plan);
    m_order.append(plan.id);
    if (m_order.size() > MaxRemembered)
        m_plans.remove(m_order.takeFirst());
    return at(plan, nowMs);
}

std::optional<SimCloudAllyRestoreJob> SimCloudAllyRestores::find(const QString &id, qint64 nowMs) const
{
    const auto plan = m_plans.constFind(id.toLower());
    if (plan == m_plans.cend())
        return std::nullopt;
    return at(plan.value(), nowMs);
}

SimCloudAllyRestoreJob SimCloudAllyRestores::at(const Plan &plan, qint64 nowMs)
{
    SimCloudAllyRestoreJob job;
    job.id = plan.id;
    job.backupTaskId = plan.backupTaskId;
    job.createdMs = plan.createdMs;
    if (nowMs < plan.startMs) {
        job.status = QStringLiteral("pending");
        return job;
    }
    job.startedMs = plan.startMs;
    const int reached = int(std::floor(100.0 * plan.reach));
    if (nowMs < plan.endMs) {
        job.status = QStringLiteral("in_progress");
        const double share = double(nowMs - plan.startMs) / double(plan.endMs - plan.startMs);
        job.progress = std::clamp(int(std::floor(reached * share)), 0, 99);
        return job;
    }
    job.status = plan.fails ? QStringLiteral("failed") : QStringLiteral("success");
    job.progress = plan.fails ? reached : 100;
    job.completedMs = plan.endMs;
    return job;
}

} // namespace BackupDash
