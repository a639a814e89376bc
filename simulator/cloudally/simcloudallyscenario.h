#pragma once

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// Keeps the draws about tasks and runs independent even for equal indices.
enum class SimCloudAllySalt : quint64 { Task = 101, Run = 102, PageToken = 103, Restore = 104 };

// One CloudAlly backup task's fixed facts. Times are UTC milliseconds since the epoch.
struct SimCloudAllyTask
{
    int index = 0;
    QString id; // 24 hex digits, as CloudAlly's ids look
    QString name;
    QString type; // MS365, GOOGLE_WORKSPACE, SALESFORCE, BOX, DROPBOX, SHAREPOINT, ONEDRIVE
    QString account; // the partner's customer account
    QString frequency; // daily, every_3_hours, manual
    QString timezone; // IANA name, as the schedule carries it
    qint64 createdMs = 0;
    qint64 periodSecs = 0; // runs start every period…
    qint64 shiftSecs = 0; // …shifted by this from the epoch (the local time of day for daily tasks)
    std::optional<qint64> pausedSinceMs; // paused by someone from then on
    double failRate = 0.05;
    qint64 baseSize = 0; // bytes after the first backup
    qint64 growthPerRun = 0;
};

// What GET /v1/backup-tasks shows for a task at one scenario time.
struct SimCloudAllyState
{
    QString status; // success, failed, in_progress, paused, pending
    std::optional<qint64> lastBackupMs; // end of the last successful backup
    std::optional<qint64> size;
};

// The CloudAlly estate: tasks across customer accounts, and for any scenario time the status
// their schedules produced. Every answer is a pure function of the seed, the task count, the
// scenario's start and the time asked about.
class SimCloudAllyScenario
{
public:
    // `scenario` must outlive this object.
    SimCloudAllyScenario(const SimScenario &scenario, int taskCount);

    const std::vector<SimCloudAllyTask> &tasks() const { return m_tasks; }
    int taskIndexOf(const QString &id) const; // -1 if unknown
    SimCloudAllyState stateAt(int taskIndex, const QDateTime &now) const;

private:
    struct Run
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool failed = false;
    };
    Run runOf(const SimCloudAllyTask &task, qint64 slot) const;
    qint64 slotStartSecs(const SimCloudAllyTask &task, qint64 slot) const;
    bool slotExists(const SimCloudAllyTask &task, qint64 slot) const;

    const SimScenario &m_scenario;
    std::vector<SimCloudAllyTask> m_tasks;
};

} // namespace BackupDash
