#include "views/desktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QSystemTrayIcon>

namespace BackupDash {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");

// A service that never sends NotificationClosed must not make the id map grow for ever.
constexpr qsizetype MaxRemembered = 256;

QString appIcon(DesktopNotifier::Urgency urgency)
{
    // Icon names from the freedesktop icon naming specification, present in every theme.
    return urgency == DesktopNotifier::Urgency::Critical ? QStringLiteral("dialog-error")
                                                         : QStringLiteral("dialog-information");
}

QString noServiceProblem()
{
    return DesktopNotifier::tr("Desktop notifications are off: no notification service (%1) is running on the "
                               "session bus.")
        .arg(Service);
}

QSystemTrayIcon::MessageIcon trayMessageIcon(DesktopNotifier::Urgency urgency)
{
    return urgency == DesktopNotifier::Urgency::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_busProblem = tr("Desktop notifications are off: there is no D-Bus session bus to send them through.");
        return;
    }
    // The service's signals reach every client; the ids say which notifications are ours.
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));

    // A notification daemon may start (or stop) after us.
    auto *watcher = new QDBusServiceWatcher(
        Service, m_bus, QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        m_serviceUp = true;
        m_lastCallFailed = false; // a new daemon deserves a fresh start
        m_busProblem.clear();
    });
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_serviceUp = serviceReachable();
        if (!m_serviceUp)
            m_busProblem = noServiceProblem();
        m_keys.clear(); // ids belong to the daemon that gave them
        m_order.clear();
    });
    m_serviceUp = serviceReachable();
    if (!m_serviceUp)
        m_busProblem = noServiceProblem();
}

DesktopNotifier::~DesktopNotifier() = default;

// Registered now, or started by the bus on the first call (most daemons are activatable).
bool DesktopNotifier::serviceReachable() const
{
    const QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(Service))
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(Service);
}

bool DesktopNotifier::trayUsable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable()
        && QSystemTrayIcon::supportsMessages();
}

void DesktopNotifier::setFallbackTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (!m_tray)
        return;
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastTrayKey.isEmpty())
            Q_EMIT activated(m_lastTrayKey);
    });
}

bool DesktopNotifier::available() const
{
    return (m_serviceUp && !m_lastCallFailed) || trayUsable();
}

QString DesktopNotifier::problem() const
{
    return available() ? QString() : m_busProblem;
}

void DesktopNotifier::notify(const QString &key, const QString &title, const QString &body, Urgency urgency)
{
    if (m_serviceUp)
        sendToService(key, title, body, urgency);
    else
        fallBack(key, title, body, urgency);
}

void DesktopNotifier::sendToService(const QString &key, const QString &title, const QString &body, Urgency urgency)
{
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout) → id
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QVariantMap hints { { QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)) } };
    call << QStringLiteral("BackupDash") << uint(0) << appIcon(urgency) << title << body
         << QStringList { DefaultAction, tr("Show") } << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key, title, body, urgency] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            // Tried again on the next notification; this one goes to the tray if it can.
            m_lastCallFailed = true;
            m_busProblem = tr("The notification service did not show a notification: %1").arg(reply.error().message());
            fallBack(key, title, body, urgency);
            return;
        }
        m_lastCallFailed = false;
        m_reported = false;
        remember(reply.value(), key);
        Q_EMIT delivered(key);
    });
}

void DesktopNotifier::fallBack(const QString &key, const QString &title, const QString &body, Urgency urgency)
{
    if (trayUsable()) {
        m_lastTrayKey = key;
        m_reported = false;
        m_tray->showMessage(title, body, trayMessageIcon(urgency));
        return;
    }
    // Said once per outage: a status line, not a message per failed task.
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT unavailable(m_busProblem);
}

void DesktopNotifier::remember(uint id, const QString &key)
{
    if (!m_keys.contains(id))
        m_order.append(id);
    m_keys.insert(id, key);
    while (m_order.size() > MaxRemembered)
        m_keys.remove(m_order.takeFirst());
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != DefaultAction)
        return;
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return; // another application's notification, or one we no longer know
    Q_EMIT activated(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed or closed: the id is done either way
    if (m_keys.remove(id))
        m_order.removeOne(id);
}

} // namespace BackupDash
