#pragma once

#include "models/status.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace BackupDash {

// What the tray says about the estate: counts of tasks by the states that need the operator,
// and of sources whose data is not current.
struct TraySummary
{
    Status worst = Status::Unknown;
    int failed = 0;
    int warning = 0;
    int running = 0;
    int total = 0;
    int unreachableSources = 0;
    int staleSources = 0;
    QDateTime asOf; // when the picture was taken (the last completed poll); invalid: never
};

// The tooltip in words, e.g. "3 failed, 2 warnings, 1 source unreachable — as of 14:02"; the
// date is added when `asOf` is not on `now`'s day (both compared in local time).
QString trayToolTip(const TraySummary &summary, const QDateTime &now = QDateTime::currentDateTime());

// BackupDash in the system tray: the worst state by colour and shape, a tooltip, and a menu
// (show window, pause polling, quit). Where the platform has no tray it holds none, says so
// through available(), and does nothing else; its actions still work for a window menu.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool available() const { return m_tray != nullptr; }
    // The tray itself (for messages), nullptr when there is none.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }

    void setSummary(const TraySummary &summary);
    const TraySummary &summary() const { return m_summary; }
    QString toolTip() const { return m_toolTip; }

    // Reflects a pause decided elsewhere (a window menu) without emitting pausePollingToggled.
    void setPollingPaused(bool paused);
    bool isPollingPaused() const;

    QAction *showWindowAction() const { return m_showWindow; }
    QAction *pausePollingAction() const { return m_pausePolling; }
    QAction *quitAction() const { return m_quit; }

    // The icon for a summary: failed beats warning beats everything else; an estate with no
    // failure or warning but with stale or unreachable sources is grey, never green; a badge
    // marks unreachable (else stale) sources.
    static QIcon iconFor(const TraySummary &summary);

Q_SIGNALS:
    void showWindowRequested();
    void pausePollingToggled(bool paused);
    void quitRequested();

private:
    QAction *m_showWindow;
    QAction *m_pausePolling;
    QAction *m_quit;
    // A menu is a top-level widget: owned here, created only with a tray to show it. Declared
    // before the tray so that the tray, destroyed first, never points at a deleted menu.
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    TraySummary m_summary;
    QString m_toolTip;
    QString m_lookKey; // what the icon shows now; the tray is only told when it changes
};

} // namespace BackupDash
