#include "simulator/acronis/simacronisscenario.h"

#include "simulator/simscenario.h"
#include "simulator/simunits.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <limits>

namespace BackupDash {

namespace {

// Ids are 0x0D… plus 56 random bits: near the docs' 944455285181775872, far above 2^53.
constexpr qint64 IdBase = 0x0D00'0000'0000'0000LL;
constexpr quint64 IdMask = (quint64(1) << 56) - 1;

// The one type the docs show for a management task; machine backups get the simulator's own GUID.
const QString ManagementType = QStringLiteral("A59E8BF2-39C3-42C4-B667-CB672381A214");
const QString MachineBackupType = QStringLiteral("3F3D4C8A-6B0E-4C9A-B0E1-5A2F7C9D1E34");

const std::array People { QStringLiteral("Jürgen Müller"),     QStringLiteral("Zoë Durand"),
                          QStringLiteral("Åsa Lindqvist"),     QStringLiteral("François Léger"),
                          QStringLiteral("山田 太郎"),         QStringLiteral("Priya Raman"),
                          QStringLiteral("María José García"), QStringLiteral("Oluwaseun Adeyemi"),
                          QStringLiteral("Chen Wei"),          QStringLiteral("Siobhán O'Neill") };
const std::array Sites { QStringLiteral("Marketing – Zürich"), QStringLiteral("東京 営業部"), QStringLiteral("Finance"),
                         QStringLiteral("HR Portal"), QStringLiteral("Engineering Wiki") };
const std::array Machines { QStringLiteral("srv-db-01"),      QStringLiteral("srv-files-02"),
                            QStringLiteral("WS-MÜLLER-01"),   QStringLiteral("srv-exchange-01"),
                            QStringLiteral("build-agent-07"), QStringLiteral("srv-erp-01") };
const std::array VirtualMachines { QStringLiteral("vm-web-01"), QStringLiteral("vm-app-02"),
                                   QStringLiteral("vm-tokyo-東京-03"), QStringLiteral("vm-sql-04") };

// A fixed cycle so that even a small estate has every kind; more mailboxes than anything else.
constexpr std::array KindCycle { SimAcronisKind::Machine,    SimAcronisKind::Mailbox, SimAcronisKind::OneDrive,
                                 SimAcronisKind::SharePoint, SimAcronisKind::Mailbox, SimAcronisKind::VirtualMachine,
                                 SimAcronisKind::Gmail,      SimAcronisKind::Machine, SimAcronisKind::GoogleDrive,
                                 SimAcronisKind::Mailbox };

} // namespace

// When a task reaches each state (ns; 0 = never) and how it ends.
struct SimAcronisScenario::Timeline
{
    qint64 enqueued = 0;
    qint64 assigned = 0;
    qint64 started = 0;
    qint64 paused = 0;
    qint64 resumed = 0;
    qint64 cancelRequested = 0;
    qint64 completed = 0;
    qint64 settle = 0; // updatedAt trails the last change by this much
    QString result;
    QString errorCode;
    QString errorMessage;

    // The task as it stands at `now`.
    void apply(SimAcronisTask &task, qint64 now) const
    {
        task.enqueuedNs = enqueued;
        task.updatedNs = enqueued;
        task.state = QStringLiteral("enqueued");
        task.cancellable = task.kind != SimAcronisTask::Kind::Management;
        if (now >= assigned) {
            task.state = QStringLiteral("assigned");
            task.updatedNs = assigned;
        }
        if (now >= started) {
            task.state = QStringLiteral("started");
            task.startedNs = started;
            task.updatedNs = started;
        }
        if (paused != 0 && now >= paused && now < resumed) {
            task.state = QStringLiteral("paused");
            task.updatedNs = paused;
        } else if (paused != 0 && now >= resumed) {
            task.updatedNs = resumed;
        }
        if (cancelRequested != 0 && now >= cancelRequested) {
            task.cancelRequested = true;
            task.updatedNs = cancelRequested;
        }
        if (now >= completed) {
            task.state = QStringLiteral("completed");
            task.resultCode = result;
            task.errorCode = errorCode;
            task.errorMessage = errorMessage;
            task.completedNs = completed;
            task.cancellable = false;
            task.updatedNs = completed;
        }
        task.updatedNs = std::min(task.updatedNs + settle, std::max(now, task.updatedNs));
    }
};

SimAcronisScenario::SimAcronisScenario(const SimScenario &scenario, int resourceCount)
    : m_scenario(scenario)
{
    buildResources(qMax(0, resourceCount));
}

qint64 SimAcronisScenario::nanos(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1'000'000;
}

void SimAcronisScenario::buildResources(int count)
{
    m_resources.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Resource), i);
        SimAcronisResource r;
        r.index = i;
        r.id = m_scenario.uuid("acronis/resource", i);
        r.kind = KindCycle[size_t(i) % KindCycle.size()];
        r.agentId = m_scenario.uuid("acronis/agent", i);
        const int person = random.bounded(0, int(People.size()) - 1);
        const bool machine = r.kind == SimAcronisKind::Machine || r.kind == SimAcronisKind::VirtualMachine;
        if (machine) {
            // Nightly image backups between 19:00 and 23:59 UTC.
            r.periodSecs = Day;
            r.phaseSecs = random.bounded(19, 23) * Hour + random.bounded(0, 11) * 5 * 60;
            r.typicalSeconds = random.bounded(10, 90) * 60;
            r.backupType = MachineBackupType;
            r.policyType = QStringLiteral("policy.backup.machine");
            r.policyName = random.pick(
                std::array { QStringLiteral("Servers – nightly"), QStringLiteral("Workstations – nightly") });
        } else {
            // Cloud-to-cloud backups several times a day.
            r.periodSecs = random.pick(std::array { 4 * Hour, 6 * Hour, 8 * Hour, 12 * Hour });
            r.phaseSecs = random.bounded64(0, r.periodSecs / 60 - 1) * 60;
            r.typicalSeconds = random.bounded(2, 25) * 60;
            r.policyType = QStringLiteral("policy.protection.total");
            r.policyName = QStringLiteral("Cloud apps – every %1 h").arg(r.periodSecs / Hour);
        }
        switch (r.kind) {
        case SimAcronisKind::Machine:
            r.name = Machines[size_t(i) % Machines.size()];
            r.type = QStringLiteral("machine");
            break;
        case SimAcronisKind::VirtualMachine:
            r.name = VirtualMachines[size_t(i) / KindCycle.size() % VirtualMachines.size()];
            r.type = QStringLiteral("virtual_machine");
            break;
        case SimAcronisKind::Mailbox:
            r.name = People[size_t(person)];
            r.type = QStringLiteral("mailbox");
            r.backupType = QStringLiteral("UserMailboxBackup");
            r.restoreType = QStringLiteral("UserMailboxRestore");
            break;
        case SimAcronisKind::OneDrive:
            r.name = People[size_t(person)];
            r.type = QStringLiteral("onedrive");
            r.backupType = QStringLiteral("ODBackup");
            r.restoreType = QStringLiteral("ODRestore");
            break;
        case SimAcronisKind::SharePoint:
            r.name = random.pick(Sites);
            r.type = QStringLiteral("sharepoint_site");
            r.backupType = QStringLiteral("SPBackup");
            r.restoreType = QStringLiteral("SPRestore");
            break;
        case SimAcronisKind::Gmail:
            r.name = People[size_t(person)];
            r.type = QStringLiteral("gmail_mailbox");
            r.backupType = QStringLiteral("GSBackupGMail");
            r.restoreType = QStringLiteral("GSRestoreGMail");
            break;
        case SimAcronisKind::GoogleDrive:
            r.name = People[size_t(person)];
            r.type = QStringLiteral("google_drive");
            r.backupType = QStringLiteral("GSBackupGDrive");
            r.restoreType = QStringLiteral("GSRestoreGDrive");
            break;
        }
        r.policyId = m_scenario.uuid("acronis/policy", machine ? 0 : 1, r.policyName.size());
        m_resources.push_back(std::move(r));
    }
}

qint64 SimAcronisScenario::taskId(SimAcronisTask::Kind kind, qint64 a, qint64 b) const
{
    SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Id), int(kind) * 1'000'000 + a, b);
    return IdBase + qint64(random.next() & IdMask);
}

SimAcronisTask SimAcronisScenario::backup(const SimAcronisResource &resource, qint64 slot, qint64 nowNs) const
{
    SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Run), resource.index, slot);
    SimAcronisTask task;
    task.kind = SimAcronisTask::Kind::Backup;
    task.id = taskId(task.kind, resource.index, slot);
    task.uuid = m_scenario.uuid("acronis/task", resource.index, slot);
    task.type = resource.backupType;
    task.resource = resource.index;
    if (resource.kind == SimAcronisKind::Machine || resource.kind == SimAcronisKind::VirtualMachine)
        task.title = QStringLiteral("Backing up '%1' with plan '%2'").arg(resource.name, resource.policyName);

    Timeline t;
    t.enqueued =
        (slot * resource.periodSecs + resource.phaseSecs) * NsPerSecond + random.bounded64(0, 20 * NsPerSecond);
    t.assigned = t.enqueued + random.bounded64(NsPerSecond / 2, 15 * NsPerSecond);
    t.started = t.assigned + random.bounded64(NsPerSecond, 60 * NsPerSecond);
    const qint64 planned = std::min<qint64>(qint64(resource.typicalSeconds * (0.5 + random.unit()) * NsPerSecond),
                                            resource.periodSecs * NsPerSecond * 8 / 10);
    t.completed = t.started + planned;
    t.settle = random.bounded64(1'000, 5'000'000);
    const double outcome = random.unit();
    if (outcome < 0.78) {
        t.result = QStringLiteral("ok");
    } else if (outcome < 0.88) {
        t.result = QStringLiteral("warning");
    } else if (outcome < 0.95) {
        t.result = QStringLiteral("error");
        t.completed = t.started + qint64(double(planned) * (0.1 + 0.7 * random.unit()));
        t.errorCode = random.pick(std::array { QStringLiteral("ConnectionError"), QStringLiteral("QuotaExceeded"),
                                               QStringLiteral("AccessDenied") });
        t.errorMessage = t.errorCode == QLatin1String("QuotaExceeded")
            ? QStringLiteral("The backup storage quota of the tenant is exceeded.")
            : t.errorCode == QLatin1String("AccessDenied")
            ? QStringLiteral("Access to '%1' was denied by the service.").arg(resource.name)
            : QStringLiteral("The connection to the cloud storage was lost.");
    } else if (outcome < 0.975) {
        t.result = QStringLiteral("cancelled");
        t.cancelRequested = t.started + planned / 2;
        t.completed = t.cancelRequested + random.bounded64(5 * NsPerSecond, 60 * NsPerSecond);
    } else if (outcome < 0.985) {
        t.result = QStringLiteral("abandoned");
        t.completed = t.started + planned / 3;
        t.errorCode = QStringLiteral("AgentOffline");
        t.errorMessage = QStringLiteral("The agent stopped reporting; the task was abandoned.");
    } else if (outcome < 0.995) {
        t.result = QStringLiteral("timedout");
        t.completed = t.started + planned * 3 / 2;
        t.errorCode = QStringLiteral("Timeout");
        t.errorMessage = QStringLiteral("The task did not finish within its time limit.");
    } else {
        // Paused by an administrator for a few hours, then finished.
        t.result = QStringLiteral("ok");
        t.paused = t.started + planned * 2 / 5;
        t.resumed = t.paused + random.bounded64(2, 6) * Hour * NsPerSecond;
        t.completed = t.resumed + planned * 3 / 5;
    }
    bendByCancel(t, task.id);
    t.apply(task, nowNs);
    return task;
}

SimAcronisTask SimAcronisScenario::restore(const SimAcronisResource &resource, qint64 day, qint64 enqueuedNs,
                                           qint64 nowNs) const
{
    SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Restore), resource.index, day * 7 + 1);
    SimAcronisTask task;
    task.kind = SimAcronisTask::Kind::Restore;
    task.id = taskId(task.kind, resource.index, day);
    task.uuid = m_scenario.uuid("acronis/restore", resource.index, day);
    task.type = resource.restoreType;
    task.resource = resource.index;
    Timeline t;
    t.enqueued = enqueuedNs;
    t.assigned = t.enqueued + random.bounded64(NsPerSecond / 2, 10 * NsPerSecond);
    t.started = t.assigned + random.bounded64(NsPerSecond, 30 * NsPerSecond);
    const qint64 planned = random.bounded64(3 * 60, 40 * 60) * NsPerSecond;
    t.completed = t.started + planned;
    t.settle = random.bounded64(1'000, 5'000'000);
    const double outcome = random.unit();
    if (outcome < 0.85) {
        t.result = QStringLiteral("ok");
    } else if (outcome < 0.92) {
        t.result = QStringLiteral("warning");
    } else if (outcome < 0.97) {
        t.result = QStringLiteral("error");
        t.completed = t.started + planned / 4;
        t.errorCode = QStringLiteral("ItemNotFound");
        t.errorMessage = QStringLiteral("The recovery point of '%1' is no longer available.").arg(resource.name);
    } else {
        t.result = QStringLiteral("cancelled");
        t.cancelRequested = t.started + planned / 3;
        t.completed = t.cancelRequested + random.bounded64(2 * NsPerSecond, 20 * NsPerSecond);
    }
    bendByCancel(t, task.id);
    t.apply(task, nowNs);
    return task;
}

SimAcronisTask SimAcronisScenario::management(qint64 day, qint64 enqueuedNs, qint64 nowNs) const
{
    SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Management), day);
    SimAcronisTask task;
    task.kind = SimAcronisTask::Kind::Management;
    task.id = taskId(task.kind, 0, day);
    task.uuid = m_scenario.uuid("acronis/management", day);
    task.type = ManagementType;
    task.title = random.pick(std::array { QStringLiteral("Adding agent 'WS-ZOË-LAPTOP' to the management server"),
                                          QStringLiteral("Updating the agent on 'srv-db-01'"),
                                          QStringLiteral("Refreshing the list of Microsoft 365 users") });
    Timeline t;
    t.enqueued = enqueuedNs;
    t.assigned = t.enqueued + random.bounded64(1'000'000, NsPerSecond);
    t.started = t.assigned + random.bounded64(1'000'000, NsPerSecond);
    t.completed = t.started + random.bounded64(2 * NsPerSecond, 90 * NsPerSecond);
    t.settle = random.bounded64(1'000, 5'000'000);
    t.result = QStringLiteral("ok");
    t.apply(task, nowNs);
    return task;
}

std::vector<SimAcronisTask> SimAcronisScenario::tasks(qint64 nowNs) const
{
    std::vector<SimAcronisTask> all;
    const qint64 fromNs = nowNs - HistorySecs * NsPerSecond;
    const qint64 fromSecs = floorDiv(fromNs, NsPerSecond);
    const qint64 nowSecs = floorDiv(nowNs, NsPerSecond);
    const auto listed = [&](const SimAcronisTask &task) {
        return task.enqueuedNs >= fromNs && task.enqueuedNs <= nowNs;
    };
    for (const SimAcronisResource &r : m_resources) {
        // A slot up to a minute before `from` may still be enqueued inside it.
        const qint64 first = floorDiv(fromSecs - 60 - r.phaseSecs, r.periodSecs);
        const qint64 last = floorDiv(nowSecs - r.phaseSecs, r.periodSecs);
        for (qint64 slot = first; slot <= last; ++slot) {
            SimAcronisTask task = backup(r, slot, nowNs);
            if (listed(task))
                all.push_back(std::move(task));
        }
    }
    for (qint64 day = floorDiv(fromSecs, Day); day <= floorDiv(nowSecs, Day); ++day) {
        for (const SimAcronisResource &r : m_resources) {
            if (r.restoreType.isEmpty())
                continue;
            SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Restore), r.index, day * 7);
            if (!random.chance(0.12))
                continue;
            const qint64 at = (day * Day + random.bounded64(7 * Hour, 19 * Hour)) * NsPerSecond
                + random.bounded64(0, NsPerSecond - 1);
            if (at >= fromNs && at <= nowNs)
                all.push_back(restore(r, day, at, nowNs));
        }
        SimRandom random = m_scenario.random(quint64(SimAcronisSalt::Management), day, 1);
        const qint64 at =
            (day * Day + 2 * Hour + random.bounded64(0, 59 * 60)) * NsPerSecond + random.bounded64(0, NsPerSecond - 1);
        if (at >= fromNs && at <= nowNs)
            all.push_back(management(day, at, nowNs));
    }
    return all;
}

void SimAcronisScenario::bendByCancel(Timeline &t, qint64 id) const
{
    const auto cancel = m_cancels.constFind(id);
    if (cancel == m_cancels.cend() || cancel.value() >= t.completed
        || (t.cancelRequested != 0 && t.cancelRequested <= cancel.value()))
        return;
    t.cancelRequested = cancel.value();
    t.completed = cancel.value() + CancelSettleNs;
    t.result = QStringLiteral("cancelled");
    t.errorCode.clear();
    t.errorMessage.clear();
    // A task cancelled before it ran never starts; one that was paused ends from the pause.
    constexpr qint64 Never = std::numeric_limits<qint64>::max();
    if (t.started > t.cancelRequested)
        t.started = Never;
    if (t.assigned > t.cancelRequested)
        t.assigned = Never;
    if (t.paused != 0 && t.paused > t.cancelRequested)
        t.paused = t.resumed = 0;
    else if (t.paused != 0)
        t.resumed = std::min(t.resumed, t.cancelRequested);
}

void SimAcronisScenario::cancel(qint64 id, qint64 nowNs)
{
    if (m_cancels.contains(id))
        return;
    m_cancels.insert(id, nowNs);
    ++m_cancelsAsked;
    m_cancelOrder.append(id);
    if (m_cancelOrder.size() > MaxCancels)
        m_cancels.remove(m_cancelOrder.takeFirst());
}

std::optional<SimAcronisTask> SimAcronisScenario::task(qint64 id, qint64 nowNs) const
{
    for (SimAcronisTask &task : tasks(nowNs)) {
        if (task.id == id)
            return std::move(task);
    }
    return std::nullopt;
}

} // namespace BackupDash
