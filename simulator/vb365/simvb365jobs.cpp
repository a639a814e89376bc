#include "simulator/vb365/simvb365jobs.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/simunits.h"

namespace BackupDash::SimVb365Jobs {

namespace {

struct JobTemplate
{
    const char *name; // UTF-8
    const char *workload;
    const char *backupType;
};

// Names an operator would give; a few non-ASCII ones on purpose (rendering, sorting, JSON).
constexpr JobTemplate Templates[] = {
    { "Exchange – Finance mailboxes", "Exchange", "SelectedItems" },
    { "OneDrive – All users", "OneDrive", "EntireOrganization" },
    { "SharePoint – Intranet", "SharePoint", "SelectedItems" },
    { "Teams – Projects", "Teams", "SelectedItems" },
    { "Exchange – Executive mailboxes", "Exchange", "SelectedItems" },
    { "Exchange – Zürich Büro", "Exchange", "SelectedItems" },
    { "SharePoint – HR sites", "SharePoint", "SelectedItems" },
    { "OneDrive – Engineering", "OneDrive", "SelectedItems" },
    { "Teams – Sales channels", "Teams", "SelectedItems" },
    { "Exchange – Shared mailboxes", "Exchange", "SelectedItems" },
    { "SharePoint – Équipe Montréal", "SharePoint", "SelectedItems" },
    { "OneDrive – Legal hold", "OneDrive", "SelectedItems" },
    { "Exchange – Support desk", "Exchange", "SelectedItems" },
    { "Teams – Führungskreis", "Teams", "SelectedItems" },
    { "SharePoint – Document center", "SharePoint", "SelectedItems" },
    { "Exchange – All mailboxes", "Exchange", "EntireOrganization" },
    { "OneDrive – Contractors", "OneDrive", "SelectedItems" },
    { "Teams – All company", "Teams", "EntireOrganization" },
    { "Exchange – Łódź biuro", "Exchange", "SelectedItems" },
    { "SharePoint – Marketing assets", "SharePoint", "SelectedItems" },
};
constexpr int TemplateCount = int(std::size(Templates));

constexpr int MinuteOffsets[] = { 0, 60, 120, -300, 330, -210 };
constexpr const char *Weekdays[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
// Periodic jobs cycle through these, so every scenario has some half-hourly jobs.
constexpr const char *Periods[] = { "Minutes30", "Hours1", "Minutes30", "Hours2", "Hours4", "Hours8" };
// Start hours a backup admin picks, best first; the first one the window allows every day wins.
constexpr int NightHours[] = { 22, 23, 0, 1, 2, 3, 4, 5, 20, 21, 19, 18, 6 };

using Grid = std::array<bool, 168>;

Grid gridWhere(bool (*allowed)(int weekday, int hour))
{
    Grid grid {};
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour)
            grid[size_t(day * 24 + hour)] = allowed(day, hour);
    }
    return grid;
}

// Realistic windows: office hours kept free, nights only, and the one from Veeam's own docs.
Grid windowTemplate(int which)
{
    switch (which) {
    case 0: // business hours Mon–Fri blocked
        return gridWhere([](int day, int hour) { return day == 0 || day == 6 || hour < 8 || hour >= 18; });
    case 1: // nights only
        return gridWhere([](int, int hour) { return hour >= 20 || hour < 6; });
    case 2: // weekends, and weekday evenings and nights
        return gridWhere([](int day, int hour) { return day == 0 || day == 6 || hour >= 19 || hour < 7; });
    case 3: // the documented v3 example: 138 of 168 hours allowed
        return gridWhere([](int day, int hour) {
            switch (day) {
            case 1:
                return !((hour >= 6 && hour <= 8) || hour == 19);
            case 2:
                return !((hour >= 6 && hour <= 8) || (hour >= 14 && hour <= 19));
            case 4:
                return !(hour == 3 || hour == 4 || hour == 18 || hour == 19);
            case 5:
                return !(hour >= 5 && hour <= 17);
            default:
                return true;
            }
        });
    default: // Sunday maintenance night blocked
        return gridWhere([](int day, int hour) { return !(day == 0 && hour < 6); });
    }
}

bool allowedEveryDay(const Grid &grid, int hour)
{
    for (int day = 0; day < 7; ++day) {
        if (!grid[size_t(day * 24 + hour)])
            return false;
    }
    return true;
}

void sizeWorkload(SimVb365Job &job, SimRandom &random)
{
    if (job.workload == QLatin1String("Exchange")) {
        job.objectCount = random.bounded(15, 450);
        job.bytesPerObject = random.bounded64(MiB / 2, 10 * MiB);
    } else if (job.workload == QLatin1String("OneDrive")) {
        job.objectCount = random.bounded(20, 600);
        job.bytesPerObject = random.bounded64(1 * MiB, 16 * MiB);
    } else if (job.workload == QLatin1String("SharePoint")) {
        job.objectCount = random.bounded(5, 120);
        job.bytesPerObject = random.bounded64(5 * MiB, 60 * MiB);
    } else {
        job.objectCount = random.bounded(10, 150);
        job.bytesPerObject = random.bounded64(1 * MiB, 12 * MiB);
    }
}

} // namespace

std::vector<SimVb365Job> build(const SimScenario &scenario, const std::vector<SimVb365Organization> &organizations,
                               int jobCount)
{
    std::vector<SimVb365Job> jobs;
    const qint64 startSecs = SimTime::secs(scenario.start());
    const quint32 seed = scenario.seed();
    const auto isPeriodic = [seed](int i) {
        return (quint64(i) + seed) % 5 == 1 || (quint64(i) + seed) % 5 == 3;
    };
    int firstPeriodic = -1;
    for (int i = 0; i < jobCount && firstPeriodic < 0; ++i) {
        if (isPeriodic(i))
            firstPeriodic = i;
    }
    // About one in ten is disabled, never the first periodic one (see the window below).
    const auto isDisabled = [seed, firstPeriodic](int i) {
        return (quint64(i) + seed) % 10 == 6 && i != firstPeriodic;
    };
    // One job was created but never scheduled: it has no sessions at all.
    int neverRuns = -1;
    if (jobCount >= 3) {
        for (int i = jobCount - 1; i >= 0 && neverRuns < 0; --i) {
            if (!isDisabled(i) && i != firstPeriodic)
                neverRuns = i;
        }
    }

    int periodicOrdinal = 0;
    jobs.reserve(size_t(jobCount));
    for (int i = 0; i < jobCount; ++i) {
        SimRandom random = scenario.random(quint64(SimVb365Salt::Job), i);
        const JobTemplate &base = Templates[i % TemplateCount];
        SimVb365Job job;
        job.index = i;
        job.id = scenario.uuid("vb365/job", i);
        job.name = QString::fromUtf8(base.name);
        if (i >= TemplateCount)
            job.name += QStringLiteral(" (%1)").arg(i / TemplateCount + 1);
        job.organization = i % int(organizations.size());
        job.repositoryId = scenario.uuid("vb365/repository", job.organization, random.bounded(0, 1));
        job.workload = QLatin1String(base.workload);
        job.backupType = QLatin1String(base.backupType);
        job.description =
            QStringLiteral("%1 backup for %2").arg(job.workload, organizations[size_t(job.organization)].officeName);
        job.enabled = !isDisabled(i);
        job.disabledSinceSecs = startSecs - random.bounded(1, 4) * Day - random.bounded(0, 20) * Hour;
        sizeWorkload(job, random);

        SimVb365Schedule &schedule = job.schedule;
        schedule.scheduleEnabled = i != neverRuns;
        schedule.type = isPeriodic(i) ? SimVb365Schedule::Type::Periodically : SimVb365Schedule::Type::Daily;
        schedule.retryEnabled = random.chance(0.85);
        schedule.retryNumber = random.pick(std::array { 3, 3, 5 });
        schedule.retryWaitInterval = random.pick(std::array { 5, 10, 10, 15 });

        // Half the jobs keep a window; the first periodic one never does, so a demo at any hour
        // shows half-hourly activity.
        SimVb365Window &window = schedule.window;
        window.enabled = (quint64(i) + seed) % 2 == 0 && i != firstPeriodic;
        if (window.enabled) {
            window.present = true;
            window.allowed = windowTemplate(random.bounded(0, 4));
            window.minuteOffset = random.pick(MinuteOffsets);
        } else {
            window.present = random.chance(0.5);
            window.allowed.fill(true);
        }

        if (schedule.type == SimVb365Schedule::Type::Daily) {
            const double kind = random.unit();
            schedule.dailyType = kind < 0.5 ? QStringLiteral("Everyday")
                : kind < 0.75               ? QStringLiteral("Workdays")
                : kind < 0.82               ? QStringLiteral("Weekends")
                                            : QLatin1String(random.pick(Weekdays));
            const int first = random.bounded(0, 7);
            int hour = NightHours[first];
            for (int k = 0; k < int(std::size(NightHours)); ++k) {
                const int candidate = NightHours[(first + k) % int(std::size(NightHours))];
                if (!window.enabled || allowedEveryDay(window.allowed, candidate)) {
                    hour = candidate;
                    break;
                }
            }
            schedule.dailyTimeSecs = hour * 3600 + random.pick(std::array { 0, 0, 15, 30, 45 }) * 60;
            job.typicalSeconds = random.bounded(8, 50) * 60;
        } else {
            schedule.periodicallyEvery = QLatin1String(Periods[periodicOrdinal++ % int(std::size(Periods))]);
            const int period = SimVb365Schedule::minutesOf(schedule.periodicallyEvery);
            schedule.periodicallyOffsetMinutes = random.bounded(0, 3) * (period >= 60 ? 15 : 5);
            job.typicalSeconds = int(period * 60 * (0.15 + 0.25 * random.unit()));
        }
        jobs.push_back(std::move(job));
    }
    return jobs;
}

} // namespace BackupDash::SimVb365Jobs
