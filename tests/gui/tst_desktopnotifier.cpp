// Desktop notifications against a fake org.freedesktop.Notifications on the private session
// bus this test runs on (dbus-run-session): the Notify call on the wire, clicks mapped back to
// the caller's key, other ids ignored, and no service or no bus reported in words.
#include "views/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusError>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <memory>

using namespace BackupDash;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString FakeBus = QStringLiteral("fake-notification-daemon");

} // namespace

// The notification daemon's side of the specification, as much as the notifier uses. It is
// registered from a connection of its own, so calls and signals really cross the bus.
class FakeNotifications : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout;
    };
    QList<Call> calls;
    uint nextId = 41;
    bool refuse = false;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
                             const QString &body, const QStringList &actions, const QVariantMap &hints,
                             int expire_timeout)
    {
        if (refuse) {
            sendErrorReply(QDBusError::Failed, QStringLiteral("too many notifications"));
            return 0;
        }
        calls.append({ app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout });
        return nextId++;
    }

    Q_SCRIPTABLE QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }

    Q_SCRIPTABLE void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &action_key);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNotifications> m_fake;

    void startDaemon()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, FakeBus);
        QVERIFY2(bus.isConnected(), "no session bus: run this test under dbus-run-session");
        m_fake = std::make_unique<FakeNotifications>();
        QVERIFY(bus.registerObject(Path, m_fake.get(),
                                   QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals));
        QVERIFY(bus.registerService(Service));
    }

    // Sends one notification and waits until the service has answered with its id.
    static void deliver(DesktopNotifier &notifier, const QString &key)
    {
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        notifier.notify(key, QStringLiteral("Backup failed"), QStringLiteral("The job failed."),
                        DesktopNotifier::Urgency::Critical);
        QVERIFY(delivered.wait());
        QCOMPARE(delivered.at(0).at(0).toString(), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus: run this test under dbus-run-session");
    }

    void cleanup()
    {
        // Released with a call that returns once the bus has done it, so the next test finds
        // the name free; closing the connection alone would race with it.
        QDBusConnection bus(FakeBus);
        if (bus.isConnected()) {
            bus.unregisterService(Service);
            bus.unregisterObject(Path);
        }
        QDBusConnection::disconnectFromBus(FakeBus);
        m_fake.reset();
    }

    void notifySendsTheFreedesktopCall()
    {
        startDaemon();
        DesktopNotifier notifier;
        QVERIFY(notifier.available());
        QVERIFY(notifier.problem().isEmpty());

        deliver(notifier, QStringLiteral("task/vb365-hq/7"));
        QCOMPARE(m_fake->calls.size(), 1);
        const FakeNotifications::Call &call = m_fake->calls.first();
        QCOMPARE(call.appName, QStringLiteral("BackupDash"));
        QCOMPARE(call.replacesId, 0u);
        QVERIFY(!call.appIcon.isEmpty());
        QCOMPARE(call.summary, QStringLiteral("Backup failed"));
        QCOMPARE(call.body, QStringLiteral("The job failed."));
        QCOMPARE(call.actions, (QStringList { QStringLiteral("default"), QStringLiteral("Show") }));
        QCOMPARE(call.expireTimeout, -1);
        const QVariant urgency = call.hints.value(QStringLiteral("urgency"));
        QCOMPARE(urgency.metaType(), QMetaType::fromType<uchar>()); // a byte on the wire, as the spec says
        QCOMPARE(urgency.value<uchar>(), uchar(2));
    }

    void urgencyLevelsGoOnTheWire()
    {
        startDaemon();
        DesktopNotifier notifier;
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        notifier.notify(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("b"), DesktopNotifier::Urgency::Low);
        notifier.notify(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("b"),
                        DesktopNotifier::Urgency::Normal);
        QVERIFY(delivered.wait());
        if (delivered.count() < 2)
            QVERIFY(delivered.wait());
        QCOMPARE(m_fake->calls.size(), 2);
        QCOMPARE(m_fake->calls.at(0).hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(0));
        QCOMPARE(m_fake->calls.at(1).hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(1));
    }

    void clickEmitsActivatedWithTheKey()
    {
        startDaemon();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        deliver(notifier, QStringLiteral("first")); // id 41
        deliver(notifier, QStringLiteral("second")); // id 42

        Q_EMIT m_fake->ActionInvoked(42, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("second"));
    }

    void unknownIdsAndActionsAreIgnored()
    {
        startDaemon();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        deliver(notifier, QStringLiteral("ours")); // id 41
        deliver(notifier, QStringLiteral("marker")); // id 42

        // Another application's notification and an action we never offered, then a click on
        // the marker: the bus keeps their order, so the marker's activation comes first or the
        // others were not ignored.
        Q_EMIT m_fake->ActionInvoked(999, QStringLiteral("default"));
        Q_EMIT m_fake->ActionInvoked(41, QStringLiteral("snooze"));
        Q_EMIT m_fake->ActionInvoked(42, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("marker"));
    }

    void closedNotificationsAreForgotten()
    {
        startDaemon();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        deliver(notifier, QStringLiteral("closed")); // id 41
        deliver(notifier, QStringLiteral("open")); // id 42

        Q_EMIT m_fake->NotificationClosed(41, 2);
        Q_EMIT m_fake->ActionInvoked(41, QStringLiteral("default"));
        Q_EMIT m_fake->ActionInvoked(42, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("open"));
    }

    void absentServiceIsReportedOnce()
    {
        // Nothing owns org.freedesktop.Notifications on this private bus, and nothing can start it.
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(Service));
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QVERIFY(!notifier.available());
        QVERIFY(notifier.problem().contains(Service));

        notifier.notify(QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"),
                        DesktopNotifier::Urgency::Critical);
        notifier.notify(QStringLiteral("k2"), QStringLiteral("t"), QStringLiteral("b"),
                        DesktopNotifier::Urgency::Normal);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.at(0).at(0).toString(), notifier.problem());
    }

    void noBusIsReportedInWords()
    {
        const QString name = QStringLiteral("nowhere");
        {
            const QDBusConnection nowhere =
                QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/backupdash-bus"), name);
            QVERIFY(!nowhere.isConnected());
            DesktopNotifier notifier(nowhere);
            QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
            QVERIFY(!notifier.available());
            QVERIFY(notifier.problem().contains(QStringLiteral("session bus")));
            notifier.notify(QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"),
                            DesktopNotifier::Urgency::Low);
            QCOMPARE(unavailable.count(), 1);
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void refusedNotificationIsReportedThenRetried()
    {
        startDaemon();
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        m_fake->refuse = true;
        notifier.notify(QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"),
                        DesktopNotifier::Urgency::Critical);
        QVERIFY(unavailable.wait());
        QVERIFY(!notifier.available());
        QVERIFY2(notifier.problem().contains(QStringLiteral("too many notifications")), qPrintable(notifier.problem()));

        m_fake->refuse = false;
        deliver(notifier, QStringLiteral("k"));
        QVERIFY(notifier.available());
        QVERIFY(notifier.problem().isEmpty());
        QCOMPARE(unavailable.count(), 1);
    }

    void serviceStartedLaterIsUsed()
    {
        DesktopNotifier notifier;
        QVERIFY(!notifier.available());
        startDaemon();
        QTRY_VERIFY(notifier.available());
        QVERIFY(notifier.problem().isEmpty());
        deliver(notifier, QStringLiteral("late"));
        QCOMPARE(m_fake->calls.size(), 1);
    }

    void trayThatCannotShowIsNoFallback()
    {
        // Offscreen there is no tray: a QSystemTrayIcon given anyway does not make it available,
        // and one deleted while set is simply gone.
        auto tray = std::make_unique<QSystemTrayIcon>();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        notifier.setFallbackTray(tray.get());
        QCOMPARE(notifier.available(), QSystemTrayIcon::isSystemTrayAvailable() && tray->isVisible());
        Q_EMIT tray->messageClicked(); // no message was shown: nothing to activate
        QCOMPARE(activated.count(), 0);
        tray.reset();
        notifier.notify(QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"),
                        DesktopNotifier::Urgency::Normal);
        QVERIFY(!notifier.available());
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
