#include "models/statusmapping.h"

#include <QTest>

using namespace BackupDash;

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vb365JobAndSessionStatus_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<Status>("expected");
        // Every value of status-mapping.md, in the documented spelling and in other cases.
        QTest::newRow("Success") << "Success" << Status::Success;
        QTest::newRow("Warning") << "Warning" << Status::Warning;
        QTest::newRow("Failed") << "Failed" << Status::Failed;
        QTest::newRow("Running") << "Running" << Status::Running;
        QTest::newRow("Stopped") << "Stopped" << Status::Cancelled;
        QTest::newRow("Queued") << "Queued" << Status::Queued;
        QTest::newRow("NotConfigured") << "NotConfigured" << Status::Unknown;
        QTest::newRow("Disconnected") << "Disconnected" << Status::Unknown;
        QTest::newRow("Updating (newer)") << "Updating" << Status::Unknown;
        QTest::newRow("empty") << "" << Status::Unknown;
        QTest::newRow("lower") << "success" << Status::Success;
        QTest::newRow("upper") << "FAILED" << Status::Failed;
        QTest::newRow("mixed") << "wArNiNg" << Status::Warning;
        QTest::newRow("stopped lower") << "stopped" << Status::Cancelled;
        QTest::newRow("padded is not a match") << " Success" << Status::Unknown;
    }
    void vb365JobAndSessionStatus()
    {
        QFETCH(QString, vendor);
        QFETCH(Status, expected);
        QCOMPARE(mapVb365Status(vendor), expected);
    }

    void vb365RestoreSession_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("result");
        QTest::addColumn<Status>("expected");
        QTest::newRow("starting") << "Starting"
                                  << "" << Status::Queued;
        QTest::newRow("working") << "Working"
                                 << "" << Status::Running;
        QTest::newRow("stopping") << "Stopping"
                                  << "" << Status::Running;
        QTest::newRow("stopped success") << "Stopped"
                                         << "Success" << Status::Success;
        QTest::newRow("stopped warning") << "Stopped"
                                         << "Warning" << Status::Warning;
        QTest::newRow("stopped failed") << "Stopped"
                                        << "Failed" << Status::Failed;
        QTest::newRow("stopped by a person") << "Stopped"
                                             << "" << Status::Cancelled;
        QTest::newRow("stopped odd result") << "Stopped"
                                            << "Partial" << Status::Unknown;
        QTest::newRow("unknown state") << "Hibernating"
                                       << "" << Status::Unknown;
        QTest::newRow("case") << "stopped"
                              << "success" << Status::Success;
    }
    void vb365RestoreSession()
    {
        QFETCH(QString, state);
        QFETCH(QString, result);
        QFETCH(Status, expected);
        QCOMPARE(mapVb365RestoreSession(state, result), expected);
    }

    void clumioTaskStatus_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<Status>("expected");
        QTest::newRow("queued") << "queued" << Status::Queued;
        QTest::newRow("in_progress") << "in_progress" << Status::Running;
        QTest::newRow("aborting") << "aborting" << Status::Running;
        QTest::newRow("completed") << "completed" << Status::Success;
        QTest::newRow("failed") << "failed" << Status::Failed;
        QTest::newRow("aborted is cancelled") << "aborted" << Status::Cancelled;
        QTest::newRow("case") << "COMPLETED" << Status::Success;
        QTest::newRow("newer value") << "paused_for_maintenance" << Status::Unknown;
        QTest::newRow("empty") << "" << Status::Unknown;
    }
    void clumioTaskStatus()
    {
        QFETCH(QString, vendor);
        QFETCH(Status, expected);
        QCOMPARE(mapClumioStatus(vendor), expected);
    }

    void acronisStateAndResult_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("result");
        QTest::addColumn<Status>("expected");
        QTest::newRow("enqueued") << "enqueued"
                                  << "" << Status::Queued;
        QTest::newRow("assigned") << "assigned"
                                  << "ok" << Status::Queued;
        QTest::newRow("started") << "started"
                                 << "" << Status::Running;
        QTest::newRow("paused") << "paused"
                                << "" << Status::Paused;
        QTest::newRow("completed ok") << "completed"
                                      << "ok" << Status::Success;
        QTest::newRow("completed warning") << "completed"
                                           << "warning" << Status::Warning;
        QTest::newRow("completed error") << "completed"
                                         << "error" << Status::Failed;
        QTest::newRow("completed abandoned") << "completed"
                                             << "abandoned" << Status::Failed;
        QTest::newRow("completed timedout") << "completed"
                                            << "timedout" << Status::Failed;
        QTest::newRow("completed cancelled") << "completed"
                                             << "cancelled" << Status::Cancelled;
        QTest::newRow("completed none") << "completed"
                                        << "" << Status::Unknown;
        QTest::newRow("completed other") << "completed"
                                         << "exploded" << Status::Unknown;
        QTest::newRow("unknown state") << "hibernating"
                                       << "ok" << Status::Unknown;
        QTest::newRow("case") << "Completed"
                              << "OK" << Status::Success;
    }
    void acronisStateAndResult()
    {
        QFETCH(QString, state);
        QFETCH(QString, result);
        QFETCH(Status, expected);
        QCOMPARE(mapAcronisStatus(state, result), expected);
    }

    void cloudAllyStatus_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<Status>("expected");
        QTest::newRow("success") << "success" << Status::Success;
        QTest::newRow("failed") << "failed" << Status::Failed;
        QTest::newRow("in_progress") << "in_progress" << Status::Running;
        QTest::newRow("paused") << "paused" << Status::Paused;
        QTest::newRow("pending") << "pending" << Status::Queued;
        QTest::newRow("absent") << "" << Status::Unknown;
        QTest::newRow("case") << "SUCCESS" << Status::Success;
        QTest::newRow("newer value") << "archived" << Status::Unknown;
    }
    void cloudAllyStatus()
    {
        QFETCH(QString, vendor);
        QFETCH(Status, expected);
        QCOMPARE(mapCloudAllyStatus(vendor), expected);
    }

    void contractKeysRoundTrip()
    {
        const QStringList keys { QStringLiteral("success"),   QStringLiteral("warning"), QStringLiteral("failed"),
                                 QStringLiteral("running"),   QStringLiteral("queued"),  QStringLiteral("paused"),
                                 QStringLiteral("cancelled"), QStringLiteral("unknown") };
        for (int i = 0; i < StatusCount; ++i) {
            const auto status = static_cast<Status>(i);
            QCOMPARE(statusKey(status), keys[i]);
            QCOMPARE(statusFromKey(keys[i]), std::optional<Status>(status));
            QVERIFY(!statusText(status).isEmpty());
        }
        QVERIFY(!statusFromKey(u"fine"));
        QCOMPARE(healthKey(SourceHealth::Ok), QStringLiteral("ok"));
        QCOMPARE(healthKey(SourceHealth::Stale), QStringLiteral("stale"));
        QCOMPARE(healthKey(SourceHealth::Unreachable), QStringLiteral("unreachable"));
        QCOMPARE(healthKey(SourceHealth::AuthFailed), QStringLiteral("auth_failed"));
    }

    void severityPutsFailuresFirstAndCancelledBelowFailed()
    {
        QVERIFY(statusSeverity(Status::Failed) > statusSeverity(Status::Warning));
        QVERIFY(statusSeverity(Status::Warning) > statusSeverity(Status::Unknown));
        QVERIFY(statusSeverity(Status::Cancelled) < statusSeverity(Status::Failed));
        QVERIFY(statusSeverity(Status::Success) < statusSeverity(Status::Running));
        for (int i = 0; i < StatusCount; ++i)
            QVERIFY(statusSeverity(static_cast<Status>(i)) <= statusSeverity(Status::Failed));
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
