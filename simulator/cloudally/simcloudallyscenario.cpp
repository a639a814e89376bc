#include "simulator/cloudally/simcloudallyscenario.h"

#include "simulator/simscenario.h"
#include "simulator/simunits.h"

#include <algorithm>
#include <array>

namespace BackupDash {

namespace {

constexpr int MaxRunsBack = 80; // how far back a last successful backup is looked for

// A partner's customers; each keeps its data in one time zone (standard offset: the simulator
// needs no DST to be plausible, and stays independent of the host's zone database).
struct Account
{
    QString name;
    QString timezone;
    int utcOffsetMinutes;
};

const std::array<Account, 8> &accounts()
{
    static const std::array<Account, 8> list { {
        { QStringLiteral("Müller Bau GmbH"), QStringLiteral("Europe/Berlin"), 60 },
        { QStringLiteral("Zoë Chen Design"), QStringLiteral("America/New_York"), -300 },
        { QStringLiteral("東京ロジスティクス株式会社"), QStringLiteral("Asia/Tokyo"), 540 },
        { QStringLiteral("Contoso Ltd"), QStringLiteral("America/Los_Angeles"), -480 },
        { QStringLiteral("Northwind Traders"), QStringLiteral("Europe/London"), 0 },
        { QStringLiteral("Fabrikam Pty"), QStringLiteral("Australia/Sydney"), 600 },
        { QStringLiteral("Ærø Shipping ApS"), QStringLiteral("Europe/Copenhagen"), 60 },
        { QStringLiteral("Souza & Irmãos Advocacia"), QStringLiteral("America/Sao_Paulo"), -180 },
    } };
    return list;
}

struct Workload
{
    QString type;
    QString label;
    bool personal; // protects one person's data, so some tasks carry a person's name
};

const std::array<Workload, 7> &workloads()
{
    static const std::array<Workload, 7> list { {
        { QStringLiteral("MS365"), QStringLiteral("Exchange mailboxes"), true },
        { QStringLiteral("GOOGLE_WORKSPACE"), QStringLiteral("Gmail & Drive"), true },
        { QStringLiteral("SHAREPOINT"), QStringLiteral("SharePoint sites"), false },
        { QStringLiteral("ONEDRIVE"), QStringLiteral("OneDrive"), true },
        { QStringLiteral("SALESFORCE"), QStringLiteral("Salesforce org"), false },
        { QStringLiteral("BOX"), QStringLiteral("Box"), false },
        { QStringLiteral("DROPBOX"), QStringLiteral("Dropbox"), false },
    } };
    return list;
}

// Mostly Microsoft 365 and Google; the smaller SaaS apps now and then.
constexpr std::array<int, 12> WorkloadWeights { 0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6 };

const std::array<QString, 6> &people()
{
    static const std::array<QString, 6> list { QStringLiteral("Jürgen Müller"), QStringLiteral("Zoë Martin"),
                                               QStringLiteral("田中 花子"),     QStringLiteral("Ana Souza"),
                                               QStringLiteral("Sam Taylor"),    QStringLiteral("Søren Ærlig") };
    return list;
}

} // namespace

SimCloudAllyScenario::SimCloudAllyScenario(const SimScenario &scenario, int taskCount)
    : m_scenario(scenario)
{
    const qint64 startMs = scenario.start().toMSecsSinceEpoch();
    for (int i = 0; i < qMax(0, taskCount); ++i) {
        SimRandom random = scenario.random(quint64(SimCloudAllySalt::Task), i);
        SimCloudAllyTask task;
        task.index = i;
        task.id = QString::fromLatin1(scenario.uuid("cloudally/task", i).toRfc4122().toHex().left(24));
        const Account &account = random.pick(accounts());
        const Workload &workload = workloads()[size_t(random.pick(WorkloadWeights))];
        task.type = workload.type;
        task.account = account.name;
        task.timezone = account.timezone;
        task.name = workload.personal && random.chance(0.4)
            ? QStringLiteral("%1 – %2").arg(random.pick(people()), workload.label)
            : QStringLiteral("%1 – %2").arg(account.name, workload.label);

        if (i % 10 == 3) {
            task.frequency = QStringLiteral("manual"); // run by hand, about weekly
            task.periodSecs = 5 * Day;
            task.shiftSecs = random.bounded64(0, task.periodSecs - 1);
        } else if (random.chance(0.65)) {
            task.frequency = QStringLiteral("daily"); // at night, local time
            task.periodSecs = Day;
            const qint64 local = random.bounded(0, 5) * Hour + random.bounded(0, 3) * 15 * Minute;
            task.shiftSecs = local - account.utcOffsetMinutes * Minute;
        } else {
            task.frequency = QStringLiteral("every_3_hours");
            task.periodSecs = 3 * Hour;
            task.shiftSecs = random.bounded(0, 179) * Minute;
        }

        // A few tasks were only just added and have not run yet.
        task.createdMs = i % 23 == 11 ? startMs - random.bounded64(10, 40) * Minute * 1000
                                      : startMs - random.bounded64(20, 600) * Day * 1000;
        if (i % 17 == 7 || random.chance(0.04))
            task.pausedSinceMs = startMs - random.bounded64(Hour, 9 * Day) * 1000;
        task.failRate = random.chance(0.15) ? 0.4 : 0.06;
        task.baseSize = random.chance(0.3) ? random.bounded64(5 * GiB, 900 * GiB) : random.bounded64(50 * MiB, 4 * GiB);
        task.growthPerRun = task.baseSize / random.bounded(500, 3000);
        m_tasks.push_back(std::move(task));
    }
}

int SimCloudAllyScenario::taskIndexOf(const QString &id) const
{
    const auto it =
        std::find_if(m_tasks.cbegin(), m_tasks.cend(), [&](const SimCloudAllyTask &t) { return t.id == id; });
    return it == m_tasks.cend() ? -1 : int(it - m_tasks.cbegin());
}

qint64 SimCloudAllyScenario::slotStartSecs(const SimCloudAllyTask &task, qint64 slot) const
{
    return slot * task.periodSecs + task.shiftSecs;
}

bool SimCloudAllyScenario::slotExists(const SimCloudAllyTask &task, qint64 slot) const
{
    const qint64 ms = slotStartSecs(task, slot) * 1000;
    return ms >= task.createdMs && (!task.pausedSinceMs || ms < *task.pausedSinceMs);
}

SimCloudAllyScenario::Run SimCloudAllyScenario::runOf(const SimCloudAllyTask &task, qint64 slot) const
{
    SimRandom random = m_scenario.random(quint64(SimCloudAllySalt::Run), task.index, slot);
    Run run;
    run.startMs = slotStartSecs(task, slot) * 1000 + random.bounded64(2'000, 90'000);
    const qint64 minutes = task.frequency == QLatin1String("every_3_hours") ? random.bounded(3, 40)
        : task.frequency == QLatin1String("daily")                          ? random.bounded(8, 95)
                                                                            : random.bounded(10, 120);
    run.endMs = run.startMs + minutes * Minute * 1000 + random.bounded64(0, 59'999);
    run.failed = random.chance(task.failRate);
    return run;
}

SimCloudAllyState SimCloudAllyScenario::stateAt(int taskIndex, const QDateTime &now) const
{
    SimCloudAllyState state;
    if (taskIndex < 0 || taskIndex >= int(m_tasks.size()))
        return state;
    const SimCloudAllyTask &task = m_tasks[size_t(taskIndex)];
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool paused = task.pausedSinceMs && nowMs >= *task.pausedSinceMs;
    const qint64 topMs = paused ? *task.pausedSinceMs : nowMs;
    const qint64 top = floorDiv(floorDiv(topMs, 1000) - task.shiftSecs, task.periodSecs);

    // The newest run that has started: a slot's run begins up to 90 s after the slot.
    std::optional<qint64> latest;
    for (qint64 slot = top; slot >= top - 2 && !latest; --slot) {
        if (slotExists(task, slot) && runOf(task, slot).startMs <= nowMs)
            latest = slot;
    }
    if (latest) {
        const qint64 firstSlot = floorDiv(floorDiv(task.createdMs, 1000) - task.shiftSecs, task.periodSecs);
        for (qint64 slot = *latest; slot > *latest - MaxRunsBack && slotExists(task, slot); --slot) {
            const Run run = runOf(task, slot);
            if (run.endMs <= nowMs && !run.failed) {
                state.lastBackupMs = run.endMs;
                state.size = task.baseSize + task.growthPerRun * std::max<qint64>(0, slot - firstSlot);
                break;
            }
        }
    }

    if (paused) {
        state.status = QStringLiteral("paused");
    } else if (!latest) {
        state.status = QStringLiteral("pending"); // added, first run still to come
    } else {
        const Run run = runOf(task, *latest);
        const qint64 window = task.frequency == QLatin1String("daily") ? 10 * Minute
            : task.frequency == QLatin1String("every_3_hours")         ? 5 * Minute
                                                                       : 0;
        const qint64 nextSlotMs = slotStartSecs(task, *latest + 1) * 1000;
        if (nowMs < run.endMs)
            state.status = QStringLiteral("in_progress");
        else if (window > 0 && nextSlotMs - nowMs <= window * 1000)
            state.status = QStringLiteral("pending"); // queued for the next slot
        else
            state.status = run.failed ? QStringLiteral("failed") : QStringLiteral("success");
    }
    return state;
}

} // namespace BackupDash
