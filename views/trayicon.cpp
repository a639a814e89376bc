#include "views/trayicon.h"

#include "models/formatting.h"
#include "views/statusicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <algorithm>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads TrayIconMsg::tr(), a wrapper would hide them.
struct TrayIconMsg
{
    Q_DECLARE_TR_FUNCTIONS(TrayIcon)
};

// Counts the caller got wrong must not make the tray say "-1 failed" or look calmer than the
// counts: a failure counted but not chosen as the worst still makes the icon red.
TraySummary normalized(const TraySummary &in)
{
    TraySummary s = in;
    for (int *count : { &s.failed, &s.warning, &s.running, &s.total, &s.unreachableSources, &s.staleSources })
        *count = std::max(0, *count);
    const auto raise = [&s](Status status) {
        if (statusSeverity(status) > statusSeverity(s.worst))
            s.worst = status;
    };
    if (s.failed > 0)
        raise(Status::Failed);
    if (s.warning > 0)
        raise(Status::Warning);
    if (s.total == 0 && s.failed == 0 && s.warning == 0)
        s.worst = Status::Unknown; // nothing known yet
    return s;
}

struct Look
{
    bool outdated; // calm, but not current: the grey clock instead of the worst status
    Status worst;
    StatusIcons::EstateBadge badge;

    QString key() const { return QStringLiteral("%1/%2/%3").arg(outdated).arg(int(worst)).arg(int(badge)); }
};

Look lookFor(const TraySummary &summary)
{
    using StatusIcons::EstateBadge;
    const TraySummary s = normalized(summary);
    const EstateBadge badge = s.unreachableSources > 0 ? EstateBadge::UnreachableSource
        : s.staleSources > 0                           ? EstateBadge::StaleSource
                                                       : EstateBadge::None;
    const bool alarming = s.worst == Status::Failed || s.worst == Status::Warning || s.worst == Status::Unknown;
    if (alarming || badge == EstateBadge::None)
        return { false, s.worst, badge };
    // The grey clock already says "stale"; only an unreachable source adds to it.
    return { true, s.worst, badge == EstateBadge::UnreachableSource ? badge : EstateBadge::None };
}

QIcon iconOf(const Look &look)
{
    return look.outdated ? StatusIcons::outdatedEstateIcon(look.badge)
                         : StatusIcons::estateIcon(look.worst, look.badge);
}

} // namespace

QString trayToolTip(const TraySummary &summary, const QDateTime &now)
{
    // Explicit singular/plural: no English translation catalogue is loaded for %n forms.
    const TraySummary s = normalized(summary);
    QStringList parts;
    if (s.failed == 0 && s.warning == 0) {
        if (s.total == 0)
            parts << TrayIconMsg::tr("No tasks known yet");
        else if (s.worst == Status::Unknown)
            parts << (s.total == 1 ? TrayIconMsg::tr("1 task, status unknown")
                                   : TrayIconMsg::tr("%n tasks, some with status unknown", nullptr, s.total));
        else
            parts << (s.total == 1 ? TrayIconMsg::tr("No failure or warning in 1 task")
                                   : TrayIconMsg::tr("No failures or warnings in %n tasks", nullptr, s.total));
    }
    if (s.failed > 0)
        parts << TrayIconMsg::tr("%1 failed").arg(s.failed);
    if (s.warning > 0)
        parts << (s.warning == 1 ? TrayIconMsg::tr("1 warning") : TrayIconMsg::tr("%n warnings", nullptr, s.warning));
    if (s.running > 0)
        parts << TrayIconMsg::tr("%1 running").arg(s.running);
    if (s.unreachableSources > 0)
        parts << (s.unreachableSources == 1 ? TrayIconMsg::tr("1 source unreachable")
                                            : TrayIconMsg::tr("%n sources unreachable", nullptr, s.unreachableSources));
    if (s.staleSources > 0)
        parts << (s.staleSources == 1 ? TrayIconMsg::tr("1 source stale")
                                      : TrayIconMsg::tr("%n sources stale", nullptr, s.staleSources));

    QString when;
    if (!s.asOf.isValid()) {
        when = TrayIconMsg::tr("not polled yet");
    } else {
        // The time alone reads at a glance; a picture from another day must say which.
        const QDateTime local = s.asOf.toLocalTime();
        when = TrayIconMsg::tr("as of %1")
                   .arg(local.date() == now.toLocalTime().date() ? formatClockTime(s.asOf, false)
                                                                 : formatTimestamp(s.asOf));
    }
    return TrayIconMsg::tr("BackupDash") + QLatin1Char('\n') + parts.join(QLatin1String(", ")) + QStringLiteral(" — ")
        + when;
}

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_showWindow(new QAction(tr("&Show window"), this))
    , m_pausePolling(new QAction(tr("&Pause polling"), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_pausePolling->setCheckable(true);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(m_pausePolling, &QAction::toggled, this, &TrayIcon::pausePollingToggled);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_toolTip = trayToolTip(m_summary);
    m_lookKey = lookFor(m_summary).key();

    // Asking once is enough: without a tray (offscreen, a desktop with none) there is nothing
    // to show, and creating a QSystemTrayIcon there only produces warnings.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(m_showWindow);
    m_menu->addAction(m_pausePolling);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
    m_tray = std::make_unique<QSystemTrayIcon>(iconOf(lookFor(m_summary)));
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    m_tray->show();
}

TrayIcon::~TrayIcon() = default; // here, where QMenu and QSystemTrayIcon are complete

void TrayIcon::setSummary(const TraySummary &summary)
{
    m_summary = summary;
    const QString toolTip = trayToolTip(summary);
    const Look look = lookFor(summary);
    const bool iconChanged = look.key() != m_lookKey;
    m_lookKey = look.key();
    if (toolTip != m_toolTip) {
        m_toolTip = toolTip;
        if (m_tray)
            m_tray->setToolTip(m_toolTip);
    }
    // Re-sending the same picture makes some tray hosts flicker.
    if (iconChanged && m_tray)
        m_tray->setIcon(iconOf(look));
}

void TrayIcon::setPollingPaused(bool paused)
{
    const QSignalBlocker blocker(m_pausePolling);
    m_pausePolling->setChecked(paused);
}

bool TrayIcon::isPollingPaused() const
{
    return m_pausePolling->isChecked();
}

QIcon TrayIcon::iconFor(const TraySummary &summary)
{
    return iconOf(lookFor(summary));
}

} // namespace BackupDash
