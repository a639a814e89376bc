#pragma once

#include "models/windowjob.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace BackupDash {

class WindowCellDelegate;
class WindowGridModel;

// The Backup windows tab: one real week as a 7×24 heatmap in the operator's time zone —
// one job's allowed hours, or how many of the shown jobs may run each hour — with the runs
// laid over it and the runs outside their window marked and counted per job.
class WindowsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsTab)

public:
    explicit WindowsTab(QWidget *parent = nullptr);
    ~WindowsTab() override;

    // Every job of every source (after each poll); `now` ends the runs still going.
    void setJobs(std::vector<WindowJob> jobs, const QDateTime &now);
    // An IANA id ("Europe/Berlin", "UTC"); empty or unknown = the system zone.
    void setTimeZoneId(const QByteArray &id);
    QByteArray timeZoneId() const; // empty while the system zone is used
    void showWeekOf(QDate day);
    void showJob(const QString &key); // switches to the one-job view of that job
    void showActivity(); // switches to how many tasks ran each hour, across every vendor

    WindowGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *jobList() const { return m_jobList; }
    QString detailsText() const;
    QString summaryText() const;

Q_SIGNALS:
    void timeZoneChanged(const QByteArray &id); // the operator chose a zone (to remember it)

private:
    QTimeZone zone() const;
    void moveWeek(int weeks);
    void refreshWeek();
    void refreshJobChoices();
    void applyFilters();
    void updateJobList();
    void showCellDetails(const QModelIndex &index);
    void updateSummary();

    std::vector<WindowJob> m_allJobs;
    QDateTime m_now;
    QDate m_weekStart;
    WindowGridModel *m_model;
    WindowCellDelegate *m_delegate;
    QComboBox *m_mode;
    QComboBox *m_job;
    QLineEdit *m_nameFilter;
    QComboBox *m_source;
    QComboBox *m_zone;
    QLabel *m_weekLabel;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_details;
    QTreeWidget *m_jobList;
    QLabel *m_note;
};

} // namespace BackupDash
