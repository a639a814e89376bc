#include "simulator/clumio/simclumioscenario.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/simunits.h"

#include <QUuid>
#include <algorithm>
#include <array>
#include <cmath>

namespace BackupDash {

namespace {

constexpr qint64 SlotDigits = 100'000'000; // 8 digits of slot in an id
constexpr qint64 OwnerDigits = 100'000; // 5 digits of owner
constexpr qint64 RestorePeriod = 3 * Hour;
constexpr double RestoreChance = 0.35;
constexpr qint64 InventoryPeriod = 12 * Hour;
constexpr double PolicyChance = 0.5;
constexpr double IndexingChance = 0.5;

const std::array TenantDomains { QStringLiteral("contoso.onmicrosoft.com"),
                                 QStringLiteral("fabrikam.onmicrosoft.com") };

struct EntityKind
{
    const char *type;
    std::array<const char *, 6> names;
};
// Weighted by repetition; names with non-ASCII characters on purpose.
const std::array<EntityKind, 6> Kinds { {
    { "aws_ebs_volume",
      { "prod-orders-data", "münchen-archiv", "東京-ledger-data", "staging-api-logs", "kafka-broker-data",
        "build-cache" } },
    { "aws_ec2_instance",
      { "web-frontend", "batch-worker", "東京-batch", "jenkins-agent", "zoë-ml-trainer", "bastion" } },
    { "aws_rds_resource",
      { "orders-db", "billing-pg", "société-reporting", "crm-mysql", "inventory-aurora", "ledger-pg" } },
    { "aws_dynamodb_table",
      { "Sessions", "Bestellungen-Über", "UserProfiles", "FeatureFlags", "東京-events", "Carts" } },
    { "microsoft365_mailbox",
      { "Jürgen Müller", "Zoë Martin", "Ana Núñez", "佐藤 花子", "Olivia Smith", "Liam Johnson" } },
    { "protection_group",
      { "S3 logs 東京", "Finance buckets", "Data lake raw", "Backups – Zürich", "Media assets", "Audit trail" } },
} };
constexpr std::array KindWeights { 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5 };
constexpr std::array PeriodHours { 4, 4, 6, 8, 12, 24 };

const std::array RestoredFiles { QStringLiteral("/home/zoë/Berichte/Q3-Übersicht.xlsx"),
                                 QStringLiteral("/var/log/app/orders.log"), QStringLiteral("/srv/東京/config.yaml"),
                                 QStringLiteral("/etc/nginx/nginx.conf") };
const std::array Policies { QStringLiteral("Gold – 30 days"), QStringLiteral("Silver"),
                            QStringLiteral("Compliance 7 years") };

bool is(const QString &a, const char *b)
{
    return a == QLatin1String(b);
}

SimClumioRef refOf(const SimClumioEntity &e)
{
    return { e.id, e.type, e.value };
}

QString genreOf(const QString &category)
{
    return is(category, "backup") || is(category, "restore") || is(category, "snapshot")
            || is(category, "snapshot_restore")
        ? QStringLiteral("operational")
        : QStringLiteral("administrative");
}

} // namespace

SimClumioScenario::SimClumioScenario(const SimScenario &scenario, int entitiesPerTenant)
    : m_scenario(scenario)
{
    buildEntities(qBound(0, entitiesPerTenant, int(OwnerDigits - 1)));
}

void SimClumioScenario::buildEntities(int perTenant)
{
    // Anchored on the week the scenario starts in, not its exact start: simulators started a
    // little apart with the same seed serve the same estate (only time has moved on).
    const qint64 anchor = floorDiv(SimTime::secs(m_scenario.start()), 7 * Day) * 7 * Day;
    for (int tenant = 0; tenant < TenantCount; ++tenant) {
        std::vector<SimClumioEntity> &list = m_entities[size_t(tenant)];
        list.reserve(size_t(perTenant));
        int perKind[Kinds.size()] = {};
        for (int index = 0; index < perTenant; ++index) {
            SimRandom random = m_scenario.random(quint64(SimClumioSalt::Entity), tenant, index);
            const int kind = random.pick(KindWeights);
            SimClumioEntity e;
            e.tenant = tenant;
            e.index = index;
            e.id = m_scenario.uuid("clumio/entity", tenant, index).toString(QUuid::WithoutBraces);
            e.type = QLatin1String(Kinds[size_t(kind)].type);
            // Names in order, so the first of each kind are unique; later rounds get a number.
            const int n = perKind[kind]++;
            const auto &names = Kinds[size_t(kind)].names;
            const QString base = QString::fromUtf8(names[size_t(n) % names.size()]);
            const bool mailbox = kind == 4;
            if (mailbox)
                e.value = n < int(names.size()) ? base : QStringLiteral("%1 %2").arg(base).arg(n / names.size() + 1);
            else
                e.value = QStringLiteral("%1-%2").arg(base).arg(n / names.size() + 1, 2, 10, QLatin1Char('0'));
            e.periodSecs = random.pick(PeriodHours) * Hour;
            e.phaseSecs = random.bounded64(0, e.periodSecs / Minute - 1) * Minute;
            e.onboardedSecs = random.chance(0.15) ? anchor - random.bounded64(Hour, 6 * Day) : anchor - 400 * Day;
            e.snapshots = (kind == 1 || kind == 2) && random.chance(0.4);
            list.push_back(std::move(e));
        }
    }
}

QString SimClumioScenario::tenantUnitId(int tenant) const
{
    return m_scenario.uuid("clumio/ou", tenant).toString(QUuid::WithoutBraces);
}

std::optional<SimClumioScenario::Plan> SimClumioScenario::plan(int tenant, SimClumioKind kind, int owner,
                                                               qint64 slot) const
{
    if (tenant < 0 || tenant >= TenantCount || slot < 0 || slot >= SlotDigits)
        return std::nullopt;
    const std::vector<SimClumioEntity> &entities = m_entities[size_t(tenant)];
    Plan p;
    p.tenant = tenant;
    p.kind = kind;
    p.number = (qint64(tenant + 1) * 10 + int(kind)) * OwnerDigits * SlotDigits + qint64(owner) * SlotDigits + slot;
    p.id = QString::number(p.number);

    switch (kind) {
    case SimClumioKind::Backup: {
        if (owner < 0 || owner >= int(entities.size()))
            return std::nullopt;
        const SimClumioEntity &e = entities[size_t(owner)];
        p.createdSecs = e.phaseSecs + slot * e.periodSecs;
        if (p.createdSecs < e.onboardedSecs)
            return std::nullopt;
        const bool seeding = p.createdSecs - e.periodSecs < e.onboardedSecs;
        p.primary = refOf(e);
        p.category = QStringLiteral("backup");
        if (is(e.type, "aws_ebs_volume")) {
            p.type = seeding ? QStringLiteral("aws_ebs_volume_backup_seeding")
                             : QStringLiteral("aws_ebs_volume_incremental_backup");
            p.minSecs = int(seeding ? 40 * Minute : 5 * Minute);
            p.maxSecs = int(seeding ? 150 * Minute : 60 * Minute);
        } else if (is(e.type, "microsoft365_mailbox")) {
            p.type = seeding ? QStringLiteral("microsoft365_mailbox_seeding")
                             : QStringLiteral("microsoft365_mailbox_backup");
            p.minSecs = int(seeding ? 30 * Minute : 5 * Minute);
            p.maxSecs = int(seeding ? 120 * Minute : 60 * Minute);
        } else if (e.snapshots) {
            p.type = e.type + QStringLiteral("_snapshot");
            p.category = QStringLiteral("snapshot");
            p.minSecs = int(2 * Minute);
            p.maxSecs = int(20 * Minute);
        } else {
            p.type = e.type + QStringLiteral("_backup");
            p.minSecs = int(10 * Minute);
            p.maxSecs = int(90 * Minute);
        }
        return p;
    }
    case SimClumioKind::Indexing: {
        // Follows half of the EBS backups that completed, a few seconds after they ended.
        if (owner < 0 || owner >= int(entities.size()) || !is(entities[size_t(owner)].type, "aws_ebs_volume"))
            return std::nullopt;
        const std::optional<Plan> backup = plan(tenant, SimClumioKind::Backup, owner, slot);
        if (!backup || !m_scenario.random(quint64(SimClumioSalt::Stream), backup->number).chance(IndexingChance))
            return std::nullopt;
        const Timeline done = timeline(*backup);
        if (!is(done.outcome, "completed"))
            return std::nullopt;
        p.createdSecs = done.endSecs + 5;
        p.type = QStringLiteral("aws_ebs_volume_backup_indexing");
        p.category = QStringLiteral("system");
        p.abortable = false; // documented: indexing cannot be aborted
        p.primary = backup->primary;
        p.minSecs = int(2 * Minute);
        p.maxSecs = int(12 * Minute);
        return p;
    }
    case SimClumioKind::InventorySync: {
        const bool hasMailbox = std::any_of(entities.cbegin(), entities.cend(), [](const SimClumioEntity &e) {
            return is(e.type, "microsoft365_mailbox");
        });
        if (owner != 0 || !hasMailbox)
            return std::nullopt;
        const qint64 phase = m_scenario.random(quint64(SimClumioSalt::Stream), tenant, int(kind))
                                 .bounded64(0, InventoryPeriod / Minute - 1)
            * Minute;
        p.createdSecs = phase + slot * InventoryPeriod;
        p.type = QStringLiteral("microsoft365_inventory_sync");
        p.category = QStringLiteral("system");
        p.abortable = false; // documented: the inventory sync cannot be aborted
        p.primary = { m_scenario.uuid("clumio/domain", tenant).toString(QUuid::WithoutBraces),
                      QStringLiteral("microsoft365_domain"), TenantDomains[size_t(tenant)] };
        p.minSecs = int(1 * Minute);
        p.maxSecs = int(6 * Minute);
        return p;
    }
    case SimClumioKind::Restore: {
        SimRandom random = m_scenario.random(quint64(SimClumioSalt::Stream), tenant * 10 + int(kind), slot);
        if (owner != 0 || entities.empty() || !random.chance(RestoreChance))
            return std::nullopt;
        p.createdSecs = slot * RestorePeriod + random.bounded64(0, RestorePeriod - 1);
        const SimClumioEntity &e = entities[size_t(random.bounded(0, int(entities.size()) - 1))];
        p.primary = refOf(e);
        p.category = QStringLiteral("restore");
        p.minSecs = int(5 * Minute);
        p.maxSecs = int(45 * Minute);
        if (is(e.type, "aws_ebs_volume") && random.chance(0.3)) {
            p.type = QStringLiteral("aws_ebs_volume_file_restore");
            p.primary = { m_scenario.uuid("clumio/file", p.number).toString(QUuid::WithoutBraces),
                          QStringLiteral("restored_file"), random.pick(RestoredFiles) };
            p.parent = refOf(e);
        } else if (is(e.type, "microsoft365_mailbox")) {
            p.type = QStringLiteral("microsoft365_mail_restore");
        } else if (e.snapshots) {
            p.type = e.type + QStringLiteral("_snapshot_restore");
            p.category = QStringLiteral("snapshot_restore");
        } else {
            p.type = e.type + QStringLiteral("_restore");
        }
        return p;
    }
    case SimClumioKind::LiveRestore:
        return std::nullopt; // run-time state: see planOf()
    case SimClumioKind::PolicyUpdate: {
        SimRandom random = m_scenario.random(quint64(SimClumioSalt::Stream), tenant * 10 + int(kind), slot);
        if (owner != 0 || !random.chance(PolicyChance))
            return std::nullopt;
        p.createdSecs = slot * Day + random.bounded64(8 * Hour, 18 * Hour);
        p.type = QStringLiteral("policy_update");
        p.category = QStringLiteral("management");
        p.abortable = false;
        const int policy = random.bounded(0, int(Policies.size()) - 1);
        p.primary = { m_scenario.uuid("clumio/policy", tenant, policy).toString(QUuid::WithoutBraces),
                      QStringLiteral("policy"), Policies[size_t(policy)] };
        p.minSecs = 20;
        p.maxSecs = 120;
        return p;
    }
    }
    return std::nullopt;
}

std::optional<SimClumioScenario::Plan> SimClumioScenario::planOf(int tenant, const QString &id) const
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || id.size() != 15 || id != QString::number(number))
        return std::nullopt;
    const qint64 slot = number % SlotDigits;
    const int owner = int((number / SlotDigits) % OwnerDigits);
    const int kind = int((number / SlotDigits / OwnerDigits) % 10);
    const int tenantDigit = int(number / SlotDigits / OwnerDigits / 10);
    if (tenantDigit != tenant + 1 || kind < int(SimClumioKind::Backup) || kind > int(SimClumioKind::LiveRestore))
        return std::nullopt;
    if (kind == int(SimClumioKind::LiveRestore)) {
        const auto live = m_live[size_t(tenant)].constFind(id);
        return live == m_live[size_t(tenant)].cend() ? std::nullopt : std::optional<Plan>(live.value());
    }
    return plan(tenant, SimClumioKind(kind), owner, slot);
}

void SimClumioScenario::plansBetween(int tenant, qint64 from, qint64 now, std::vector<Plan> &out) const
{
    const auto keep = [&](const std::optional<Plan> &p) {
        if (p && p->createdSecs >= from && p->createdSecs <= now)
            out.push_back(*p);
    };
    // Periodic streams: slots whose creation falls into [from, now] (wider for the followers).
    const auto slots = [](qint64 phase, qint64 period, qint64 a, qint64 b) {
        return std::pair { std::max<qint64>(0, floorDiv(a - phase, period)), floorDiv(b - phase, period) };
    };
    for (const SimClumioEntity &e : m_entities[size_t(tenant)]) {
        const auto [first, last] = slots(e.phaseSecs, e.periodSecs, from, now);
        for (qint64 k = first; k <= last; ++k)
            keep(plan(tenant, SimClumioKind::Backup, e.index, k));
        if (is(e.type, "aws_ebs_volume")) {
            // An indexing task is created up to a few hours after its backup.
            const auto [before, _] = slots(e.phaseSecs, e.periodSecs, from - 6 * Hour, now);
            for (qint64 k = before; k <= last; ++k)
                keep(plan(tenant, SimClumioKind::Indexing, e.index, k));
        }
    }
    const auto [syncFirst, syncLast] = slots(0, InventoryPeriod, from - InventoryPeriod, now);
    for (qint64 k = syncFirst; k <= syncLast; ++k)
        keep(plan(tenant, SimClumioKind::InventorySync, 0, k));
    const auto [restoreFirst, restoreLast] = slots(0, RestorePeriod, from, now);
    for (qint64 k = restoreFirst; k <= restoreLast; ++k)
        keep(plan(tenant, SimClumioKind::Restore, 0, k));
    const auto [policyFirst, policyLast] = slots(0, Day, from, now);
    for (qint64 k = policyFirst; k <= policyLast; ++k)
        keep(plan(tenant, SimClumioKind::PolicyUpdate, 0, k));
    for (const Plan &live : m_live[size_t(tenant)])
        keep(live);
}

SimClumioScenario::Timeline SimClumioScenario::timeline(const Plan &plan) const
{
    SimRandom random = m_scenario.random(quint64(SimClumioSalt::Task), plan.number);
    Timeline t;
    const qint64 queued = random.chance(0.08) ? random.bounded(120, 900) : random.bounded(3, 90);
    const qint64 work = random.bounded(plan.minSecs, plan.maxSecs);
    const double outcome = random.unit();
    const double reach = 0.1 + 0.8 * random.unit();
    const qint64 settling = random.bounded(10, 60);
    t.startSecs = plan.createdSecs + queued;
    if (plan.kind == SimClumioKind::LiveRestore) {
        // Started here: a short queue, and about 1 in 6 fails; nobody else aborts it.
        t.startSecs = plan.createdSecs + random.bounded(3, 30);
        t.outcome = outcome < 1.0 / 6 ? QStringLiteral("failed") : QStringLiteral("completed");
        t.reach = is(t.outcome, "failed") ? reach : 1.0;
    } else if (outcome < 0.87) {
        t.outcome = QStringLiteral("completed");
    } else if (outcome < 0.96 || !plan.abortable) {
        t.outcome = QStringLiteral("failed");
        t.reach = reach;
    } else {
        t.outcome = QStringLiteral("aborted"); // stopped in the portal by someone
        t.reach = reach;
    }
    t.runEndSecs = t.startSecs + std::max<qint64>(1, qint64(std::llround(double(work) * t.reach)));
    t.endSecs = is(t.outcome, "aborted") ? t.runEndSecs + settling : t.runEndSecs;

    // An operator's abort through the API bends the natural course.
    const auto abort = m_aborts.constFind(plan.id);
    if (abort != m_aborts.cend() && abort.value() < t.runEndSecs) {
        const qint64 at = abort.value();
        if (at < t.startSecs) {
            t.startSecs = 0;
            t.reach = 0;
        } else {
            t.reach *= double(at - t.startSecs) / double(t.runEndSecs - t.startSecs);
        }
        t.outcome = QStringLiteral("aborted");
        t.runEndSecs = at;
        t.endSecs = at + AbortingSecs;
    }
    return t;
}

SimClumioTask SimClumioScenario::at(const Plan &plan, qint64 now) const
{
    const Timeline t = timeline(plan);
    SimClumioTask task;
    task.id = plan.id;
    task.tenant = plan.tenant;
    task.type = plan.type;
    task.category = plan.category;
    task.genre = genreOf(plan.category);
    task.createdSecs = plan.createdSecs;
    task.primary = plan.primary;
    task.parent = plan.parent;
    const bool started = t.startSecs != 0;
    const int reachedPercent = int(std::floor(100.0 * t.reach));
    if (now < (started ? t.startSecs : t.runEndSecs)) {
        task.status = QStringLiteral("queued");
    } else if (started && now < t.runEndSecs) {
        task.status = QStringLiteral("in_progress");
        task.startSecs = t.startSecs;
        const double share = double(now - t.startSecs) / double(t.runEndSecs - t.startSecs);
        task.progress = std::clamp(int(std::floor(100.0 * t.reach * share)), 0, 99);
    } else if (is(t.outcome, "aborted") && now < t.endSecs) {
        task.status = QStringLiteral("aborting");
        task.startSecs = started ? t.startSecs : 0;
        task.progress = reachedPercent;
    } else {
        task.status = t.outcome;
        task.startSecs = started ? t.startSecs : 0;
        task.endSecs = t.endSecs;
        task.progress = is(t.outcome, "completed") ? 100 : reachedPercent;
    }
    task.abortable = plan.abortable && (is(task.status, "queued") || is(task.status, "in_progress"));
    return task;
}

std::vector<SimClumioTask> SimClumioScenario::tasks(int tenant, qint64 nowSecs) const
{
    if (tenant < 0 || tenant >= TenantCount)
        return {};
    std::vector<Plan> plans;
    plansBetween(tenant, nowSecs - HistorySecs, nowSecs, plans);
    std::vector<SimClumioTask> out;
    out.reserve(plans.size());
    for (const Plan &p : plans)
        out.push_back(at(p, nowSecs));
    std::sort(out.begin(), out.end(), [](const SimClumioTask &a, const SimClumioTask &b) {
        return a.createdSecs != b.createdSecs ? a.createdSecs > b.createdSecs : a.id > b.id;
    });
    return out;
}

std::optional<SimClumioTask> SimClumioScenario::task(int tenant, const QString &id, qint64 nowSecs) const
{
    const std::optional<Plan> p = planOf(tenant, id);
    if (!p || p->createdSecs > nowSecs || p->createdSecs < nowSecs - HistorySecs)
        return std::nullopt;
    return at(*p, nowSecs);
}

std::vector<SimClumioBackup> SimClumioScenario::ebsBackups(int tenant, qint64 nowSecs) const
{
    std::vector<SimClumioBackup> backups;
    if (tenant < 0 || tenant >= TenantCount)
        return backups;
    static const std::array Zones { QStringLiteral("us-west-2a"), QStringLiteral("us-west-2b"),
                                    QStringLiteral("us-west-2c") };
    for (const SimClumioEntity &e : m_entities[size_t(tenant)]) {
        if (!is(e.type, "aws_ebs_volume"))
            continue;
        // A backup ends hours at most after its task was created: look a day further back.
        const qint64 from = nowSecs - BackupRetentionSecs - Day;
        SimRandom volume = m_scenario.random(quint64(SimClumioSalt::Entity), tenant, e.index + OwnerDigits);
        const qint64 sizeGiB = volume.pick(std::array { 8, 20, 100, 250, 500, 1024 });
        const QString zone = volume.pick(Zones);
        for (qint64 k = std::max<qint64>(0, floorDiv(from - e.phaseSecs, e.periodSecs));
             k <= floorDiv(nowSecs - e.phaseSecs, e.periodSecs); ++k) {
            const std::optional<Plan> p = plan(tenant, SimClumioKind::Backup, e.index, k);
            if (!p)
                continue;
            const Timeline t = timeline(*p);
            if (!is(t.outcome, "completed") || t.endSecs > nowSecs || t.startSecs + BackupRetentionSecs <= nowSecs)
                continue;
            SimClumioBackup b;
            b.id = m_scenario.uuid("clumio/ebs-backup", p->number).toString(QUuid::WithoutBraces);
            b.tenant = tenant;
            b.volumeId = e.id;
            b.volumeName = e.value;
            b.startSecs = t.startSecs;
            b.expirationSecs = t.startSecs + BackupRetentionSecs;
            b.sizeGiB = sizeGiB;
            b.availabilityZone = zone;
            backups.push_back(std::move(b));
        }
    }
    std::sort(backups.begin(), backups.end(), [](const SimClumioBackup &a, const SimClumioBackup &b) {
        return a.startSecs != b.startSecs ? a.startSecs > b.startSecs : a.id > b.id;
    });
    return backups;
}

std::optional<SimClumioBackup> SimClumioScenario::ebsBackup(int tenant, const QString &id, qint64 nowSecs) const
{
    for (SimClumioBackup &backup : ebsBackups(tenant, nowSecs)) {
        if (backup.id.compare(id, Qt::CaseInsensitive) == 0)
            return std::move(backup);
    }
    return std::nullopt;
}

QString SimClumioScenario::startRestore(int tenant, const SimClumioRef &primary, const QString &type, qint64 nowSecs)
{
    if (tenant < 0 || tenant >= TenantCount)
        return {};
    Plan p;
    p.tenant = tenant;
    p.kind = SimClumioKind::LiveRestore;
    const qint64 slot = m_liveStarted++ % SlotDigits;
    p.number = (qint64(tenant + 1) * 10 + int(p.kind)) * OwnerDigits * SlotDigits + slot;
    p.id = QString::number(p.number);
    p.createdSecs = nowSecs;
    p.type = type;
    p.category = QStringLiteral("restore");
    p.primary = primary;
    p.minSecs = int(2 * Minute);
    p.maxSecs = int(10 * Minute);
    QHash<QString, Plan> &live = m_live[size_t(tenant)];
    QList<QString> &order = m_liveOrder[size_t(tenant)];
    live.insert(p.id, p);
    order.append(p.id);
    if (order.size() > MaxLiveRestores)
        live.remove(order.takeFirst());
    return p.id;
}

QString SimClumioScenario::abort(int tenant, const QString &id, qint64 nowSecs)
{
    const std::optional<SimClumioTask> current = task(tenant, id, nowSecs);
    if (!current)
        return QStringLiteral("Task %1 was not found.").arg(id);
    if (!current->abortable) {
        if (is(current->status, "queued") || is(current->status, "in_progress"))
            return QStringLiteral("Tasks of type %1 cannot be aborted.").arg(current->type);
        return QStringLiteral("Task %1 cannot be aborted: its status is %2. Only queued or in_progress tasks can be "
                              "aborted.")
            .arg(id, current->status);
    }
    m_aborts.insert(id, nowSecs);
    return {};
}

} // namespace BackupDash
