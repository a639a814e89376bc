#include "simulator/vb365/simvb365scenario.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/simunits.h"
#include "simulator/vb365/simvb365jobs.h"
#include "simulator/vb365/simvb365restores.h"

#include <algorithm>
#include <cmath>

namespace BackupDash {

namespace {

using SimTime::TicksPerSecond;

QString warningText(const SimVb365Job &job, SimRandom &random)
{
    const int count = random.bounded(1, 12);
    switch (random.bounded(0, 2)) {
    case 0:
        return QStringLiteral("Processing finished with warnings: %1 items were skipped because they exceed the "
                              "maximum item size")
            .arg(count);
    case 1:
        return QStringLiteral("Microsoft 365 throttled the %1 backup; %2 objects will be processed during the next "
                              "run")
            .arg(job.workload)
            .arg(count);
    default:
        return QStringLiteral("%1 objects could not be found in the organization and were skipped").arg(count);
    }
}

QString failureText(const SimVb365Job &job, SimRandom &random)
{
    switch (random.bounded(0, 3)) {
    case 0:
        return QStringLiteral("Failed to connect to Microsoft 365: The remote server returned an error: (401) "
                              "Unauthorized.");
    case 1:
        return QStringLiteral("Backup repository is out of free space");
    case 2:
        return QStringLiteral("Processing %1 objects failed: The operation has timed out after 00:30:00")
            .arg(job.workload);
    default:
        return QStringLiteral("Microsoft Graph returned 503 Service Unavailable (throttling); retries exhausted");
    }
}

} // namespace

SimVb365Scenario::SimVb365Scenario(const SimScenario &scenario, int jobCount)
    : m_scenario(scenario)
{
    buildOrganizations();
    m_jobs = SimVb365Jobs::build(scenario, m_organizations, qMax(0, jobCount));
}

void SimVb365Scenario::buildOrganizations()
{
    m_organizations = {
        { m_scenario.uuid("vb365/organization", 0), QStringLiteral("contoso.onmicrosoft.com"),
          QStringLiteral("Contoso Ltd"), QStringLiteral("CONTOSO") },
        { m_scenario.uuid("vb365/organization", 1), QStringLiteral("fabrikam.onmicrosoft.com"),
          QStringLiteral("Fabrikam, Inc."), QStringLiteral("FABRIKAM") },
    };
}

int SimVb365Scenario::jobIndexOf(const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull())
        return -1;
    const auto it =
        std::find_if(m_jobs.cbegin(), m_jobs.cend(), [&](const SimVb365Job &job) { return job.id == uuid; });
    return it == m_jobs.cend() ? -1 : int(it - m_jobs.cbegin());
}

int SimVb365Scenario::organizationIndexOf(const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    for (size_t i = 0; i < m_organizations.size(); ++i) {
        if (!uuid.isNull() && m_organizations[i].id == uuid)
            return int(i);
    }
    return -1;
}

SimVb365Run SimVb365Scenario::makeRun(const SimVb365Job &job, const SimVb365Schedule::Slot &slot, qint64 nowTicks) const
{
    SimRandom random = m_scenario.random(quint64(SimVb365Salt::Run), job.index, slot.index);
    SimVb365Run run;
    run.id = m_scenario.uuid("vb365/session", job.index, slot.index);
    run.jobIndex = job.index;
    run.index = slot.index;
    // The service starts a job a few seconds after its slot; the ticks give the 7 digits.
    run.startTicks = slot.secs * TicksPerSecond + random.bounded64(1 * TicksPerSecond, 40 * TicksPerSecond);

    const SimVb365Schedule &schedule = job.schedule;
    const bool daily = schedule.type == SimVb365Schedule::Type::Daily;
    // A run never reaches the next slot, so a job has at most one session running.
    const double maxSeconds = daily ? 4.0 * Hour : 0.75 * schedule.periodSeconds();
    double planned = std::clamp(job.typicalSeconds * (0.6 + 0.8 * random.unit()), 90.0, maxSeconds);
    // Now and then a run is slow (a big mailbox, throttling) and outlasts the job's backup
    // window: the overruns the Backup windows tab exists to show.
    if (schedule.window.enabled && random.unit() < 0.15)
        planned = std::min(daily ? 8.0 * Hour : maxSeconds,
                           planned * 3 + (daily ? 3.0 * Hour : 0.25 * schedule.periodSeconds()));

    const double outcome = random.unit();
    QString status;
    double reached = 1.0; // share of the work done when the run ended
    if (outcome < 0.78) {
        status = QStringLiteral("Success");
    } else if (outcome < 0.90) {
        status = QStringLiteral("Warning");
        run.details = warningText(job, random);
    } else if (outcome < 0.98) {
        status = QStringLiteral("Failed");
        reached = 0.1 + 0.75 * random.unit();
        run.details = failureText(job, random);
    } else {
        status = QStringLiteral("Stopped");
        reached = 0.2 + 0.5 * random.unit();
        run.details = QStringLiteral("Job session was stopped by %1\\backup-admin")
                          .arg(m_organizations[size_t(job.organization)].domain);
    }
    const double seconds = std::max(30.0, planned * reached);
    run.endTicks = run.startTicks + qint64(seconds * TicksPerSecond) + random.bounded64(0, TicksPerSecond - 1);

    // Sizes at the end of the run; a share of them while it runs.
    const double periodicScale = daily ? 1.0 : std::min(1.0, schedule.periodSeconds() / (4.0 * Hour)) + 0.05;
    qint64 bytes =
        qint64(double(job.objectCount) * double(job.bytesPerObject) * (0.3 + 1.5 * random.unit()) * periodicScale);
    if (random.chance(0.07)) // a full pass or a bulk upload: well past 32 bits
        bytes = 4 * GiB + GiB / 5 + random.bounded64(0, 10 * GiB);
    const qint64 items = qint64(job.objectCount) * random.bounded(20, 180);
    run.retryCount = status == QLatin1String("Failed") && schedule.retryEnabled ? schedule.retryNumber
        : status == QLatin1String("Success") && random.chance(0.08)             ? 1
                                                                                : 0;
    run.bottleneck =
        random.pick(std::array { QStringLiteral("Source"), QStringLiteral("Source"), QStringLiteral("Target"),
                                 QStringLiteral("Proxy"), QStringLiteral("Network") });

    double share = reached;
    if (nowTicks < run.endTicks) {
        run.running = true;
        run.status = QStringLiteral("Running");
        run.details.clear();
        run.bottleneck = QStringLiteral("Detecting");
        run.elapsedTicks = nowTicks - run.startTicks;
        share = reached * double(run.elapsedTicks) / double(run.endTicks - run.startTicks);
    } else {
        run.status = status;
        run.elapsedTicks = run.endTicks - run.startTicks;
    }
    share = std::clamp(share, 0.0, 1.0);
    run.progress = int(std::floor(job.objectCount * share));
    run.processedItems = qint64(std::floor(double(items) * share));
    run.transferredBytes = qint64(std::floor(double(bytes) * share));
    return run;
}

std::vector<SimVb365Run> SimVb365Scenario::runsUntil(const SimVb365Job &job, qint64 fromSecs, qint64 nowTicks) const
{
    std::vector<SimVb365Run> runs;
    const qint64 nowSecs = nowTicks / TicksPerSecond;
    const qint64 until = job.enabled ? nowSecs + 1 : std::min(nowSecs + 1, job.disabledSinceSecs);
    // A slot up to a minute before `from` may still start inside it.
    const std::vector<SimVb365Schedule::Slot> slots = job.schedule.slotsBetween(fromSecs - 60, until);
    for (auto it = slots.crbegin(); it != slots.crend(); ++it) {
        SimVb365Run run = makeRun(job, *it, nowTicks);
        if (run.startTicks <= nowTicks && run.startTicks >= fromSecs * TicksPerSecond)
            runs.push_back(std::move(run));
    }
    return runs;
}

std::vector<SimVb365Run> SimVb365Scenario::runs(int jobIndex, const QDateTime &from, const QDateTime &now) const
{
    if (jobIndex < 0 || jobIndex >= int(m_jobs.size()))
        return {};
    return runsUntil(m_jobs[size_t(jobIndex)], SimTime::secs(from), SimTime::ticks(now));
}

std::vector<SimVb365Run> SimVb365Scenario::allRuns(const QDateTime &from, const QDateTime &now) const
{
    std::vector<SimVb365Run> all;
    for (const SimVb365Job &job : m_jobs) {
        std::vector<SimVb365Run> runs = runsUntil(job, SimTime::secs(from), SimTime::ticks(now));
        std::move(runs.begin(), runs.end(), std::back_inserter(all));
    }
    std::sort(all.begin(), all.end(), [](const SimVb365Run &a, const SimVb365Run &b) {
        return a.startTicks != b.startTicks ? a.startTicks > b.startTicks : a.id.toString() < b.id.toString();
    });
    return all;
}

std::optional<SimVb365Run> SimVb365Scenario::newestRun(int jobIndex, const QDateTime &now, bool backupsOnly) const
{
    if (jobIndex < 0 || jobIndex >= int(m_jobs.size()))
        return std::nullopt;
    const SimVb365Job &job = m_jobs[size_t(jobIndex)];
    const qint64 nowTicks = SimTime::ticks(now);
    // Search back from the last moment the job could run, widening until something turns up.
    const qint64 last = job.enabled ? SimTime::secs(now) : std::min(SimTime::secs(now), job.disabledSinceSecs);
    for (const qint64 span : { 2 * Day, 9 * Day, 40 * Day }) {
        for (const SimVb365Run &run : runsUntil(job, last - span, nowTicks)) {
            if (!backupsOnly)
                return run;
            if (!run.running && (run.status == QLatin1String("Success") || run.status == QLatin1String("Warning")))
                return run;
        }
    }
    return std::nullopt;
}

std::optional<SimVb365Run> SimVb365Scenario::latestRun(int jobIndex, const QDateTime &now) const
{
    return newestRun(jobIndex, now, false);
}

std::optional<SimVb365Run> SimVb365Scenario::latestBackup(int jobIndex, const QDateTime &now) const
{
    return newestRun(jobIndex, now, true);
}

std::optional<qint64> SimVb365Scenario::nextRunSecs(int jobIndex, const QDateTime &now) const
{
    if (jobIndex < 0 || jobIndex >= int(m_jobs.size()) || !m_jobs[size_t(jobIndex)].enabled)
        return std::nullopt;
    const std::optional<SimVb365Schedule::Slot> slot =
        m_jobs[size_t(jobIndex)].schedule.firstSlotAfter(SimTime::secs(now));
    if (!slot)
        return std::nullopt;
    return slot->secs;
}

std::vector<SimVb365RestoreSession> SimVb365Scenario::restoreSessions(const QDateTime &from, const QDateTime &now,
                                                                      const QHash<QUuid, qint64> &stops) const
{
    return SimVb365Restores::between(m_scenario, m_organizations, from, now, stops);
}

} // namespace BackupDash
