#pragma once

#include "models/estatecounts.h"
#include "models/notificationtracker.h"

#include <QObject>
#include <QTimer>

namespace BackupDash {

class Dashboard;
class HistoryStore;
class OverviewTab;

// Keeps the Overview in step with the dashboard: each good poll goes into the history store,
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

    void setNoticeSettings(const NoticeSettings &settings) { m_tracker.setSettings(settings); }
    const NoticeSettings &noticeSettings() const { return m_tracker.settings(); }
    const EstateCounts &counts() const { return m_counts; }
    // Refreshes now instead of at the end of this event-loop turn (tests, --screenshot).
    void refreshNow();
    void refreshRateNow();

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
    HistoryStore *m_history;
    NotificationTracker m_tracker;
    EstateCounts m_counts;
    QTimer m_refresh; // coalesces a burst of polls into one refresh
    QTimer m_rateRefresh;
};

} // namespace BackupDash
