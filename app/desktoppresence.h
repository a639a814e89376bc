#pragma once

#include "models/notificationtracker.h"

#include <QHash>
#include <QObject>

class QMenu;

namespace BackupDash {

class Dashboard;
class DesktopNotifier;
class MainWindow;
class OverviewFeed;
class TrayIcon;
struct EstateCounts;
struct SourceState;
struct TraySummary;

// BackupDash on the desktop beside its window: the tray icon shows the worst current state and
// offers show / pause polling / quit; the overview's notices become desktop notifications,
// each kind switchable and each source mutable from View → Notifications (remembered in
// QSettings); clicking one brings up its task, source or restore.
class DesktopPresence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopPresence)

public:
    static constexpr int ShownKept = 256; // notices a click can still bring up

    DesktopPresence(MainWindow &window, Dashboard &dashboard, OverviewFeed &feed, QObject *parent = nullptr);
    ~DesktopPresence() override;

    TrayIcon &tray() const { return *m_tray; }
    DesktopNotifier &notifier() const { return *m_notifier; }
    QMenu *notificationsMenu() const { return m_menu; }

private:
    void showNotice(const Notice &notice);
    void open(const QString &key);
    void bringUp();
    void setPaused(bool paused);
    void rebuildMenu();
    void saveSettings(const NoticeSettings &settings);

    MainWindow &m_window;
    Dashboard &m_dashboard;
    OverviewFeed &m_feed;
    TrayIcon *m_tray;
    DesktopNotifier *m_notifier;
    QMenu *m_menu;
    // By notice key: what a click brings up, for the last ShownKept notices (a notification
    // server keeps far fewer; a dashboard runs for weeks, so older ones are let go).
    QHash<QString, Notice> m_shown;
    QList<QString> m_shownOrder; // oldest first
};

// The tray's picture of the estate: the worst current status, counts, sources down or stale.
TraySummary traySummaryOf(const EstateCounts &counts, const std::vector<SourceState> &sources);
// "New failures", "RPO breaches", … for the Notifications menu.
QString noticeKindText(NoticeKind kind);

} // namespace BackupDash
