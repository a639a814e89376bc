#include "app/desktoppresence.h"

#include "app/dashboard.h"
#include "app/overviewfeed.h"
#include "models/estatecounts.h"
#include "models/sourcetablemodel.h"
#include "views/desktopnotifier.h"
#include "views/mainwindow.h"
#include "views/trayicon.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace BackupDash {

namespace {

const QString DisabledKindsKey = QStringLiteral("notifications/disabledKinds");
const QString MutedSourcesKey = QStringLiteral("notifications/mutedSources");

QString kindKey(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::NewFailure:
        return QStringLiteral("new_failure");
    case NoticeKind::RpoBreach:
        return QStringLiteral("rpo_breach");
    case NoticeKind::SourceUnreachable:
        return QStringLiteral("source_unreachable");
    case NoticeKind::RestoreFinished:
        return QStringLiteral("restore_finished");
    }
    return {};
}

constexpr NoticeKind Kinds[] = { NoticeKind::NewFailure, NoticeKind::RpoBreach, NoticeKind::SourceUnreachable,
                                 NoticeKind::RestoreFinished };

NoticeSettings loadSettings()
{
    QSettings settings;
    NoticeSettings loaded;
    const QStringList disabled = settings.value(DisabledKindsKey).toStringList();
    for (NoticeKind kind : Kinds) {
        if (disabled.contains(kindKey(kind)))
            loaded.enabled.remove(kind);
    }
    const QStringList muted = settings.value(MutedSourcesKey).toStringList();
    loaded.mutedSources = QSet<QString>(muted.cbegin(), muted.cend());
    return loaded;
}

} // namespace

QString noticeKindText(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::NewFailure:
        return DesktopPresence::tr("New failures");
    case NoticeKind::RpoBreach:
        return DesktopPresence::tr("RPO breaches");
    case NoticeKind::SourceUnreachable:
        return DesktopPresence::tr("Sources not answering");
    case NoticeKind::RestoreFinished:
        return DesktopPresence::tr("Restores finishing");
    }
    return {};
}

TraySummary traySummaryOf(const EstateCounts &counts, const std::vector<SourceState> &sources)
{
    TraySummary summary;
    const StatusTally &all = counts.all;
    summary.failed = all.current(Status::Failed);
    summary.warning = all.current(Status::Warning);
    summary.running = all.current(Status::Running);
    summary.total = all.total();
    int worstSeverity = -1;
    for (int i = 0; i < StatusCount; ++i) {
        const Status status = Status(i);
        if (all.current(status) > 0 && statusSeverity(status) > worstSeverity) {
            worstSeverity = statusSeverity(status);
            summary.worst = status;
        }
    }
    for (const SourceState &s : sources) {
        if (!s.enabled)
            continue;
        if (s.health == SourceHealth::Unreachable || s.health == SourceHealth::AuthFailed)
            ++summary.unreachableSources;
        else if (s.health == SourceHealth::Stale)
            ++summary.staleSources;
        if (s.lastAttemptAt.isValid() && (!summary.asOf.isValid() || s.lastAttemptAt > summary.asOf))
            summary.asOf = s.lastAttemptAt;
    }
    return summary;
}

DesktopPresence::DesktopPresence(MainWindow &window, Dashboard &dashboard, OverviewFeed &feed, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dashboard(dashboard)
    , m_feed(feed)
    , m_tray(new TrayIcon(this))
    , m_notifier(new DesktopNotifier(this))
    , m_menu(new QMenu(tr("&Notifications"), &window))
{
    m_notifier->setFallbackTray(m_tray->systemTrayIcon());
    m_feed.setNoticeSettings(loadSettings());

    connect(&m_feed, &OverviewFeed::estateChanged, this,
            [this] { m_tray->setSummary(traySummaryOf(m_feed.counts(), m_dashboard.sources().sources())); });
    connect(&m_feed, &OverviewFeed::notice, this, &DesktopPresence::showNotice);
    connect(m_notifier, &DesktopNotifier::activated, this, &DesktopPresence::open);
    connect(m_notifier, &DesktopNotifier::unavailable, &m_window,
            [this](const QString &problem) { m_window.statusBar()->showMessage(problem, 30'000); });
    connect(m_tray, &TrayIcon::showWindowRequested, this, &DesktopPresence::bringUp);
    connect(m_tray, &TrayIcon::pausePollingToggled, this, &DesktopPresence::setPaused);
    connect(m_tray, &TrayIcon::quitRequested, &m_window, &QWidget::close);

    // The same commands in the window, for desktops without a tray.
    for (QMenu *menu : m_window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == MainWindow::tr("&View")) {
            menu->addSeparator();
            menu->addAction(m_tray->pausePollingAction());
            menu->addMenu(m_menu);
            break;
        }
    }
    connect(&m_dashboard.sources(), &QAbstractItemModel::modelReset, this, &DesktopPresence::rebuildMenu);
    rebuildMenu();
}

DesktopPresence::~DesktopPresence() = default;

void DesktopPresence::showNotice(const Notice &notice)
{
    if (m_shown.contains(notice.key))
        m_shownOrder.removeOne(notice.key);
    m_shown.insert(notice.key, notice);
    m_shownOrder.append(notice.key);
    while (m_shownOrder.size() > ShownKept)
        m_shown.remove(m_shownOrder.takeFirst());
    const auto urgency = notice.kind == NoticeKind::RestoreFinished ? DesktopNotifier::Urgency::Normal
                                                                    : DesktopNotifier::Urgency::Critical;
    m_notifier->notify(notice.key, notice.title, notice.body, urgency);
}

void DesktopPresence::open(const QString &key)
{
    bringUp();
    const auto it = m_shown.constFind(key);
    if (it == m_shown.cend())
        return;
    if (it->kind == NoticeKind::RestoreFinished)
        m_window.setCurrentTab(MainWindow::Tab::Restores);
    else if (it->taskId.isEmpty() || !m_window.showTask(it->sourceId, it->taskId))
        m_window.showSource(it->sourceId);
}

void DesktopPresence::bringUp()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

void DesktopPresence::setPaused(bool paused)
{
    m_dashboard.setPollingPaused(paused);
    m_tray->setPollingPaused(paused);
    m_window.statusBar()->showMessage(paused ? tr("Polling paused: the data shown ages until you resume it")
                                             : tr("Polling resumed"));
}

void DesktopPresence::rebuildMenu()
{
    m_menu->clear();
    const NoticeSettings current = m_feed.noticeSettings();
    for (NoticeKind kind : Kinds) {
        QAction *action = m_menu->addAction(noticeKindText(kind));
        action->setCheckable(true);
        action->setChecked(current.enabled.contains(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            NoticeSettings settings = m_feed.noticeSettings();
            if (on)
                settings.enabled.insert(kind);
            else
                settings.enabled.remove(kind);
            saveSettings(settings);
        });
    }
    QMenu *mute = m_menu->addMenu(tr("&Mute source"));
    for (const SourceState &source : m_dashboard.sources().sources()) {
        QAction *action = mute->addAction(source.id);
        action->setCheckable(true);
        action->setChecked(current.mutedSources.contains(source.id));
        const QString id = source.id;
        connect(action, &QAction::toggled, this, [this, id](bool muted) {
            NoticeSettings settings = m_feed.noticeSettings();
            if (muted)
                settings.mutedSources.insert(id);
            else
                settings.mutedSources.remove(id);
            saveSettings(settings);
        });
    }
    mute->setEnabled(!mute->isEmpty());
}

void DesktopPresence::saveSettings(const NoticeSettings &settings)
{
    m_feed.setNoticeSettings(settings);
    QStringList disabled;
    for (NoticeKind kind : Kinds) {
        if (!settings.enabled.contains(kind))
            disabled << kindKey(kind);
    }
    QStringList muted(settings.mutedSources.cbegin(), settings.mutedSources.cend());
    muted.sort();
    QSettings store;
    store.setValue(DisabledKindsKey, disabled);
    store.setValue(MutedSourcesKey, muted);
}

} // namespace BackupDash
