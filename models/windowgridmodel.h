#pragma once

#include "models/weekgrid.h"
#include "models/windowjob.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QTimeZone>
#include <vector>

namespace BackupDash {

// The Backup windows heatmap: 7 rows (the local days of one real week, in the operator's
// zone) × 24 columns (local hours). Each cell says how many of the shown jobs may run then,
// which ran, and which ran outside their window (an overrun). The shape never changes, so
// new data is one dataChanged over the grid, never a reset.
class WindowGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowGridModel)

public:
    enum Role {
        ExistsRole = Qt::UserRole + 1, // bool: false for the hour the clocks skipped
        AllowedFractionRole, // double 0–1: share of the cell's time the shown jobs may run
        AllowedCountRole, // int: jobs allowed at some point of the cell (any-time jobs included)
        PartialCountRole, // int: of those, jobs allowed only part of the cell
        WindowJobCountRole, // int: jobs the cell judges (a readable window or any time)
        RunningCountRole, // int: jobs with a run during the cell
        OverrunCountRole, // int: jobs running outside their window during the cell
        CellFromRole, // QDateTime UTC
        CellToRole, // QDateTime UTC
    };
    Q_ENUM(Role)

    struct CellInfo
    {
        WeekGrid::Cell span;
        int windowJobs = 0;
        int allowedJobs = 0;
        int partialJobs = 0;
        double allowedFraction = 0;
        QStringList allowed; // job names, for the cell's detail list
        QStringList running;
        QStringList overrunning;
    };

    struct JobOverruns
    {
        QString key;
        QString name;
        int overrunRuns = 0; // runs this week that started or continued outside the window
        int runs = 0; // runs this week
    };

    explicit WindowGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The week shown: 7 local days from `firstDay` in `zone`.
    void setWeek(QDate firstDay, const QTimeZone &zone);
    // The jobs shown (already filtered by source/job); `now` ends runs still going.
    void setJobs(std::vector<WindowJob> jobs, const QDateTime &now);

    QDate firstDay() const { return m_firstDay; }
    const QTimeZone &zone() const { return m_zone; }
    const std::vector<WindowJob> &jobs() const { return m_jobs; }
    const CellInfo &cell(int day, int hour) const { return m_cells[size_t(day * WeekGrid::HoursPerDay + hour)]; }
    // Jobs with a window (readable or not) or any-time: runs and overruns this week, most overruns first.
    const std::vector<JobOverruns> &overruns() const { return m_overruns; }
    int maxRunning() const; // the busiest cell's job count (scales the activity heatmap)

private:
    void recompute();
    QString cellText(const CellInfo &cell, int day, int hour) const;

    QDate m_firstDay;
    QTimeZone m_zone;
    QDateTime m_now;
    std::vector<WindowJob> m_jobs;
    std::vector<CellInfo> m_cells;
    std::vector<JobOverruns> m_overruns;
};

} // namespace BackupDash
