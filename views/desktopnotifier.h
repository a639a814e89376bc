#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace BackupDash {

// Desktop notifications through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications). Each notification carries a caller's key; clicking it
// emits activated(key). Without a bus or a service it falls back to the tray's balloon
// messages when a tray is given, else it says once, in words, that it cannot notify.
// Nothing here blocks on the service: Notify is sent asynchronously.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    // The freedesktop urgency levels, in their wire values.
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    Q_ENUM(Urgency)

    explicit DesktopNotifier(QObject *parent = nullptr); // the session bus
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The tray whose messages stand in when the bus cannot notify (may be nullptr).
    void setFallbackTray(QSystemTrayIcon *tray);

    void notify(const QString &key, const QString &title, const QString &body, Urgency urgency);

    // True when a notification can reach the operator (service or tray).
    bool available() const;
    // Why notifications cannot be shown, in words; empty while they can.
    QString problem() const;

Q_SIGNALS:
    void activated(const QString &key); // the operator clicked the notification of `key`
    void delivered(const QString &key); // the service accepted the notification of `key`
    void unavailable(const QString &problem); // once, at the first notification that reached no one

private Q_SLOTS:
    // Connected by name to the service's D-Bus signals, which need slots with these signatures.
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    bool serviceReachable() const;
    bool trayUsable() const;
    void sendToService(const QString &key, const QString &title, const QString &body, Urgency urgency);
    void fallBack(const QString &key, const QString &title, const QString &body, Urgency urgency);
    void remember(uint id, const QString &key);

    QDBusConnection m_bus;
    bool m_serviceUp = false; // registered or activatable
    bool m_lastCallFailed = false; // the service is there but refused the last notification
    QString m_busProblem; // why the bus cannot notify, empty while it can
    bool m_reported = false;
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastTrayKey; // the tray shows one message at a time: a click is about the last one
    QHash<uint, QString> m_keys; // the service's notification id → the caller's key
    QList<uint> m_order; // ids oldest first, to forget the oldest when a service never closes them
};

} // namespace BackupDash
