#pragma once

#include "models/estatecounts.h"
#include "models/notificationtracker.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace BackupDash {

class Dashboard;
class HistoryRecorder;
class HistoryStore;
class OverviewTab;

// Keeps the Overview in step with the dashboard: each good poll goes into the history (written
// on a thread of its own, on a connection of its own to the store's file),
// the charts and the needs-attention list follow every change (coalesced), the success rate is
// read back from the history for the period the operator chose, and conditions new since they
// last cleared come out as notices for the desktop. Without a history store the charts of the
// present still work and the success rate says why it has nothing.
class OverviewFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewFeed)

public:
    OverviewFeed(Dashboard &dashboard, OverviewTab &tab, HistoryStore *history, QObject *parent = nullptr);
    ~OverviewFeed() override; // writes the polls handed over to the history first

    void setNoticeSettings(const NoticeSettings &settings) { m_tracker.setSettings(settings); }
    const NoticeSettings &noticeSettings() const { return m_tracker.settings(); }
    const EstateCounts &counts() const { return m_counts; }
    // Refreshes now instead of at the end of this event-loop turn (tests, --screenshot).
    void refreshNow();
    void refreshRateNow();
    // Blocks until every good poll so far is in the history (tests, --screenshot).
    void waitForHistory();

    static constexpr int CoalesceMs = 100;

Q_SIGNALS:
    void notice(const BackupDash::Notice &notice);
    void estateChanged(); // counts() and the dashboard's attention items are new
    void historyProblem(const QString &why); // in words, for the status bar

private:
    void recordPoll(const QString &sourceId, bool ok);
    void refresh();
    void refreshRate();

    Dashboard &m_dashboard;
    OverviewTab &m_tab;
    HistoryStore *m_history; // reads: the success rate
    std::unique_ptr<HistoryRecorder> m_recorder; // writes, off the GUI thread
    NotificationTracker m_tracker;
    EstateCounts m_counts;
    QTimer m_refresh; // coalesces a burst of polls into one refresh
    QTimer m_rateRefresh;
};

} // namespace BackupDash
