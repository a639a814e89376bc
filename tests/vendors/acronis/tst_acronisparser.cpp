// The Acronis parser on pages written from the Task Manager documentation (and the seed's
// flat shape): ids above 2^53, 9 fractional digits, the state × result mapping, restores.
#include "connectors/acronis/acronisparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BackupDash;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/acronis/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

const QDateTime PolledAt = QDateTime(QDate(2026, 11, 22), QTime(10, 5), Qt::UTC);

// One task element as the API gives it, with the fields a test varies.
QJsonObject taskJson(const QString &type, const QString &state, const QJsonValue &result = QJsonValue::Undefined)
{
    QJsonObject o { { QStringLiteral("id"), qint64(944455285181775872) },
                    { QStringLiteral("idString"), QStringLiteral("944455285181775872") },
                    { QStringLiteral("type"), type },
                    { QStringLiteral("state"), state } };
    if (!result.isUndefined())
        o.insert(QStringLiteral("result"), result);
    return o;
}

QByteArray pageOf(const QJsonObject &task)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("items"), QJsonArray { task } } }).toJson();
}

} // namespace

class TestAcronisParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageDocExampleAndBackups()
    {
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(fixture("tasks-page1.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->after, QStringLiteral("Y3Vyc29yLTI="));
        QCOMPARE(page.value->items.size(), size_t(3));

        const SourceSnapshot s = Acronis::buildSnapshot(QStringLiteral("acronis-eu"), page.value->items, PolledAt);
        QCOMPARE(s.sourceId, QStringLiteral("acronis-eu"));
        QCOMPARE(s.tasks.size(), size_t(3));
        QCOMPARE(s.runs.size(), size_t(3));
        QVERIFY(s.restores.empty());

        // The documentation's own example: the id above 2^53 stays exact, 9 digits truncate to ms.
        const Task &agent = s.tasks[0];
        QCOMPARE(agent.id, QStringLiteral("944455285181775872"));
        QCOMPARE(agent.sourceId, QStringLiteral("acronis-eu"));
        QCOMPARE(agent.vendor, QStringLiteral("acronis"));
        QCOMPARE(agent.name, QStringLiteral("Adding agent 'DESKTOP-GFT9S1R' to the management server"));
        QCOMPARE(agent.workload, QString()); // a management task without a resource
        QCOMPARE(agent.status, Status::Success);
        QCOMPARE(agent.vendorStatus, QStringLiteral("completed/ok"));
        QCOMPARE(agent.lastRun, utc("2020-04-22T11:34:03.290Z")); // no startedAt: enqueuedAt
        QCOMPARE(agent.lastSuccess, utc("2020-04-22T11:34:03.290Z"));
        QVERIFY(!agent.lastRunSeconds);
        QVERIFY(!agent.progress);
        QVERIFY(agent.enabled);

        // Nested result, unknown members, a null executor, 7 digits and a +02:00 offset.
        const Task &mailbox = s.tasks[1];
        QCOMPARE(mailbox.id, QStringLiteral("944455285181775873")); // odd: no double holds it
        QCOMPARE(mailbox.name, QStringLiteral("Mailbox backup \u2014 Jürgen Müller"));
        QCOMPARE(mailbox.workload, QStringLiteral("microsoft365_mailbox"));
        QCOMPARE(mailbox.status, Status::Warning);
        QCOMPARE(mailbox.vendorStatus, QStringLiteral("completed/warning"));
        QCOMPARE(mailbox.lastRun, utc("2026-11-22T02:00:05.500Z"));
        QCOMPARE(mailbox.lastSuccess, utc("2026-11-22T02:12:35.987Z"));
        QCOMPARE(mailbox.lastRunSeconds, std::optional<qint64>(750));
        QCOMPARE(page.value->items[1].enqueuedAt, utc("2026-11-22T02:00:00.123Z"));
        QCOMPARE(page.value->items[1].updatedAt, utc("2026-11-22T02:12:36.000Z"));

        // Running: the duration so far, no success yet, nulls where not known yet.
        const Task &onedrive = s.tasks[2];
        QCOMPARE(onedrive.name, QStringLiteral("OneDrive backup \u2014 Zoë Durand"));
        QCOMPARE(onedrive.workload, QStringLiteral("ONEDRIVE"));
        QCOMPARE(onedrive.status, Status::Running);
        QCOMPARE(onedrive.vendorStatus, QStringLiteral("started"));
        QCOMPARE(onedrive.lastRunSeconds, std::optional<qint64>(300));
        QVERIFY(!onedrive.lastSuccess.isValid());

        // One run per task, keyed by the task's id.
        const TaskRun &run = s.runs[1];
        QCOMPARE(run.id, mailbox.id);
        QCOMPARE(run.taskId, mailbox.id);
        QCOMPARE(run.sourceId, QStringLiteral("acronis-eu"));
        QCOMPARE(run.status, Status::Warning);
        QCOMPARE(run.started, utc("2026-11-22T02:00:05.500Z"));
        QCOMPARE(run.ended, utc("2026-11-22T02:12:35.987Z"));
        QVERIFY(!s.runs[2].ended.isValid());
    }

    void middlePageRestoresAndTheSeedShape()
    {
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(fixture("tasks-page2.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->after, QStringLiteral("Y3Vyc29yLTM="));
        const SourceSnapshot s = Acronis::buildSnapshot(QStringLiteral("acronis-eu"), page.value->items, PolledAt);
        QCOMPARE(s.restores.size(), size_t(2));
        QCOMPARE(s.tasks.size(), size_t(1));
        QCOMPARE(s.runs.size(), size_t(1));

        const RestoreJob &running = s.restores[0];
        QCOMPARE(running.id, QStringLiteral("944455285181776001")); // a string id without idString
        QCOMPARE(running.sourceId, QStringLiteral("acronis-eu"));
        QCOMPARE(running.target, QStringLiteral("東京 営業部"));
        QCOMPARE(running.status, Status::Running);
        QCOMPARE(running.createdAt, utc("2026-11-22T13:30:00.123Z")); // -05:00 to UTC
        QCOMPARE(running.startedAt, utc("2026-11-22T13:30:10.500Z"));
        QVERIFY(!running.endedAt.isValid());
        QVERIFY(!running.progress);
        QVERIFY(running.abortable);

        // Lower-case type still names a restore; the flat resultCode; cancelled is not failed.
        const RestoreJob &cancelled = s.restores[1];
        QCOMPARE(cancelled.status, Status::Cancelled);
        QCOMPARE(cancelled.vendorStatus, QStringLiteral("completed/cancelled"));
        QCOMPARE(cancelled.target, QStringLiteral("resource e2d1c0b9-a897-4655-8443-322110ffeedd"));
        QCOMPARE(cancelled.endedAt, utc("2026-11-21T08:05:00.000Z"));
        QVERIFY(!cancelled.abortable);

        // The seed's flat shape: string id, result_code, resource_id.
        const Task &seed = s.tasks[0];
        QCOMPARE(seed.id, QStringLiteral("task-uuid-001"));
        QCOMPARE(seed.status, Status::Failed);
        QCOMPARE(seed.vendorStatus, QStringLiteral("completed/error"));
        QCOMPARE(seed.name, QStringLiteral("backup \u2014 resource 3fa85f64-5717-4562-b3fc-2c963f66afa8"));
        QCOMPARE(seed.workload, QString());
        QVERIFY(!seed.lastSuccess.isValid());
        QCOMPARE(seed.lastRunSeconds, std::optional<qint64>(1800));
    }

    void lastPageHasNoCursor()
    {
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(fixture("tasks-page3.json"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->after.isEmpty());
        const SourceSnapshot s = Acronis::buildSnapshot(QStringLiteral("acronis-eu"), page.value->items, PolledAt);
        QCOMPARE(s.tasks.size(), size_t(2));
        QCOMPARE(s.restores.size(), size_t(1));

        const Task &paused = s.tasks[0];
        QCOMPARE(paused.status, Status::Paused);
        QVERIFY(paused.enabled);
        QCOMPARE(paused.workload, QStringLiteral("google_drive"));
        QCOMPARE(paused.name, QStringLiteral("Google Drive backup \u2014 Zoë Durand"));
        QCOMPARE(paused.lastRunSeconds, std::optional<qint64>(4 * 3600 + 4 * 60 + 40)); // still under way

        const Task &queued = s.tasks[1];
        QCOMPARE(queued.status, Status::Queued);
        QCOMPARE(queued.name, QStringLiteral("Management task \u2014 vm-web-01"));
        QCOMPARE(queued.workload, QStringLiteral("virtual_machine")); // from resource.type
        QCOMPARE(queued.lastRun, utc("2026-11-22T09:59:00.000Z"));
        QVERIFY(!queued.lastRunSeconds);

        const RestoreJob &gmail = s.restores[0];
        QCOMPARE(gmail.status, Status::Failed);
        QCOMPARE(gmail.target, QStringLiteral("Gmail restore")); // no resource: the type in words
        QVERIFY(!gmail.abortable);
    }

    void emptyPageEndsTheListingWhateverItsCursor()
    {
        const Parsed<Acronis::TasksPage> page =
            Acronis::parseTasksPage(QByteArrayLiteral("{\"items\":[],\"paging\":{\"cursors\":{\"after\":\"abc\"}}}"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->items.empty());
        QVERIFY(page.value->after.isEmpty());
    }

    void everyStateAndResult_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Status>("expected");
        QTest::addColumn<QString>("vendorStatus");
        QTest::newRow("enqueued") << "enqueued"
                                  << "" << Status::Queued << "enqueued";
        QTest::newRow("assigned") << "assigned"
                                  << "" << Status::Queued << "assigned";
        QTest::newRow("started") << "started"
                                 << "" << Status::Running << "started";
        QTest::newRow("paused") << "paused"
                                << "" << Status::Paused << "paused";
        QTest::newRow("completed/ok") << "completed"
                                      << "ok" << Status::Success << "completed/ok";
        QTest::newRow("completed/warning") << "completed"
                                           << "warning" << Status::Warning << "completed/warning";
        QTest::newRow("completed/error") << "completed"
                                         << "error" << Status::Failed << "completed/error";
        QTest::newRow("completed/cancelled") << "completed"
                                             << "cancelled" << Status::Cancelled << "completed/cancelled";
        QTest::newRow("completed/abandoned") << "completed"
                                             << "abandoned" << Status::Failed << "completed/abandoned";
        QTest::newRow("completed/timedout") << "completed"
                                            << "timedout" << Status::Failed << "completed/timedout";
        QTest::newRow("completed, no result") << "completed"
                                              << "" << Status::Unknown << "completed";
        QTest::newRow("unknown state kept") << "hibernating"
                                            << "" << Status::Unknown << "hibernating";
        QTest::newRow("unknown result kept") << "completed"
                                             << "exploded" << Status::Unknown << "completed/exploded";
        QTest::newRow("other letter case") << "Completed"
                                           << "OK" << Status::Success << "Completed/OK";
    }

    void everyStateAndResult()
    {
        QFETCH(QString, state);
        QFETCH(QString, code);
        QFETCH(Status, expected);
        QFETCH(QString, vendorStatus);
        // The same value through each of the three result shapes, as a backup and as a restore.
        const QList<QJsonObject> shapes {
            taskJson(QStringLiteral("UserMailboxBackup"), state,
                     code.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                    : QJsonValue(QJsonObject { { QStringLiteral("code"), code } })),
            [&] {
                QJsonObject o = taskJson(QStringLiteral("SPBackup"), state);
                if (!code.isEmpty())
                    o.insert(QStringLiteral("resultCode"), code);
                return o;
            }(),
            [&] {
                QJsonObject o = taskJson(QStringLiteral("GSBackupGMail"), state);
                if (!code.isEmpty())
                    o.insert(QStringLiteral("result_code"), code);
                return o;
            }(),
        };
        for (const QJsonObject &shape : shapes) {
            const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(pageOf(shape));
            QVERIFY2(page, qPrintable(page.error));
            const SourceSnapshot s = Acronis::buildSnapshot(QString(), page.value->items, PolledAt);
            QCOMPARE(s.tasks.size(), size_t(1));
            QCOMPARE(s.tasks[0].status, expected);
            QCOMPARE(s.tasks[0].vendorStatus, vendorStatus);
            QCOMPARE(s.runs[0].status, expected);
        }
        QJsonObject restore = shapes[0];
        restore.insert(QStringLiteral("type"), QStringLiteral("UserMailboxRestore"));
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(pageOf(restore));
        QVERIFY2(page, qPrintable(page.error));
        const SourceSnapshot s = Acronis::buildSnapshot(QString(), page.value->items, PolledAt);
        QCOMPARE(s.restores.size(), size_t(1));
        QCOMPARE(s.restores[0].status, expected);
        QCOMPARE(s.restores[0].vendorStatus, vendorStatus);
    }

    void nestedResultWinsOverTheFlatForms()
    {
        QJsonObject o = taskJson(QStringLiteral("ODBackup"), QStringLiteral("completed"),
                                 QJsonObject { { QStringLiteral("code"), QStringLiteral("cancelled") } });
        o.insert(QStringLiteral("resultCode"), QStringLiteral("error"));
        o.insert(QStringLiteral("result_code"), QStringLiteral("error"));
        const Parsed<Acronis::TaskRecord> record = Acronis::parseTask(o);
        QVERIFY2(record, qPrintable(record.error));
        QCOMPARE(record.value->resultCode, QStringLiteral("cancelled"));
    }

    void workloadByTypeThenResource_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<bool>("restore");
        QTest::addColumn<QString>("words");
        QTest::newRow("UserMailboxBackup") << "UserMailboxBackup"
                                           << "mailbox"
                                           << "microsoft365_mailbox" << false << "Mailbox backup";
        QTest::newRow("UserMailboxRestore") << "UserMailboxRestore"
                                            << ""
                                            << "microsoft365_mailbox" << true << "Mailbox restore";
        QTest::newRow("ODBackup") << "ODBackup"
                                  << ""
                                  << "ONEDRIVE" << false << "OneDrive backup";
        QTest::newRow("ODRestore") << "ODRestore"
                                   << ""
                                   << "ONEDRIVE" << true << "OneDrive restore";
        QTest::newRow("SPBackup") << "SPBackup"
                                  << ""
                                  << "SHAREPOINT" << false << "SharePoint backup";
        QTest::newRow("SPRestore") << "SPRestore"
                                   << ""
                                   << "SHAREPOINT" << true << "SharePoint restore";
        QTest::newRow("GSBackupGMail") << "GSBackupGMail"
                                       << ""
                                       << "google_gmail" << false << "Gmail backup";
        QTest::newRow("GSRestoreGMail") << "GSRestoreGMail"
                                        << ""
                                        << "google_gmail" << true << "Gmail restore";
        QTest::newRow("GSBackupGDrive") << "GSBackupGDrive"
                                        << ""
                                        << "google_drive" << false << "Google Drive backup";
        QTest::newRow("GSRestoreGDrive") << "GSRestoreGDrive"
                                         << ""
                                         << "google_drive" << true << "Google Drive restore";
        QTest::newRow("GUID on a machine") << "A59E8BF2-39C3-42C4-B667-CB672381A214"
                                           << "machine"
                                           << "machine" << false << "Management task";
        QTest::newRow("GUID, no resource") << "A59E8BF2-39C3-42C4-B667-CB672381A214"
                                           << ""
                                           << "" << false << "Management task";
        QTest::newRow("other type") << "replication"
                                    << "virtual_machine"
                                    << "virtual_machine" << false << "replication";
    }

    void workloadByTypeThenResource()
    {
        QFETCH(QString, type);
        QFETCH(QString, resourceType);
        QFETCH(QString, workload);
        QFETCH(bool, restore);
        QFETCH(QString, words);
        Acronis::TaskRecord record;
        record.type = type;
        record.resourceType = resourceType;
        QCOMPARE(Acronis::workloadOf(record), workload);
        QCOMPARE(Acronis::isRestoreType(type), restore);
        QCOMPARE(Acronis::typeText(type), words);
    }

    void idsStayExactAbove2To53()
    {
        // An odd value near the docs' example: no double holds it.
        const qint64 id = 944455285181775873;
        QJsonObject o = taskJson(QStringLiteral("ODBackup"), QStringLiteral("started"));
        o.insert(QStringLiteral("id"), id);
        o.remove(QStringLiteral("idString"));
        const Parsed<Acronis::TaskRecord> record = Acronis::parseTask(o);
        QVERIFY2(record, qPrintable(record.error));
        QCOMPARE(record.value->id, QStringLiteral("944455285181775873"));
        QVERIFY(qint64(double(id)) != id); // what a double path would have produced
        // The same through JSON text, as it arrives.
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(
            QByteArrayLiteral("{\"items\":[{\"id\":944455285181775873,\"state\":\"started\"}]}"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->items[0].id, QStringLiteral("944455285181775873"));
        // idString alone is enough.
        const Parsed<Acronis::TaskRecord> onlyString =
            Acronis::parseTask(QJsonObject { { QStringLiteral("idString"), QStringLiteral("944455285181775873") } });
        QVERIFY2(onlyString, qPrintable(onlyString.error));
        QCOMPARE(onlyString.value->id, QStringLiteral("944455285181775873"));
    }

    void badInputFailsInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArrayLiteral("{\"items\": [") << "tasks page: not valid JSON";
        QTest::newRow("an array") << QByteArrayLiteral("[]")
                                  << "tasks page: expected an object with an \"items\" array, got an array";
        QTest::newRow("no items") << QByteArrayLiteral("{\"data\":[]}")
                                  << "tasks page: expected an object with an \"items\" array, got an object with "
                                     "keys data";
        QTest::newRow("items not an array")
            << QByteArrayLiteral("{\"items\":{}}")
            << "tasks page: expected an object with an \"items\" array, got an object with keys items";
        QTest::newRow("element not an object")
            << QByteArrayLiteral("{\"items\":[{\"id\":1},42]}") << "tasks page: element 1 is not an object";
        QTest::newRow("no id") << QByteArrayLiteral("{\"items\":[{\"state\":\"started\"}]}")
                               << "tasks page: element 0: no id (neither \"id\" nor \"idString\")";
        QTest::newRow("id is a boolean") << QByteArrayLiteral("{\"items\":[{\"id\":true}]}")
                                         << "tasks page: element 0: \"id\" is neither a number nor a string";
        QTest::newRow("id is fractional") << QByteArrayLiteral("{\"items\":[{\"id\":1.5}]}")
                                          << "tasks page: element 0: \"id\" is not a 64-bit integer";
        QTest::newRow("idString is a number") << QByteArrayLiteral("{\"items\":[{\"idString\":7}]}")
                                              << "tasks page: element 0: \"idString\" is not a string";
        QTest::newRow("id and idString disagree")
            << QByteArrayLiteral("{\"items\":[{\"id\":944455285181775872,\"idString\":\"944455285181775873\"}]}")
            << "tasks page: element 0: \"id\" 944455285181775872 and \"idString\" 944455285181775873 disagree";
        QTest::newRow("state is a number") << QByteArrayLiteral("{\"items\":[{\"id\":1,\"state\":3}]}")
                                           << "tasks page: element 0: \"state\" is not a string";
        QTest::newRow("type is an object") << QByteArrayLiteral("{\"items\":[{\"id\":1,\"type\":{}}]}")
                                           << "tasks page: element 0: \"type\" is not a string";
        QTest::newRow("result is a number") << QByteArrayLiteral("{\"items\":[{\"id\":1,\"result\":0}]}")
                                            << "tasks page: element 0: \"result\" is not an object";
        QTest::newRow("result code is a number")
            << QByteArrayLiteral("{\"items\":[{\"id\":1,\"result\":{\"code\":0}}]}")
            << "tasks page: element 0: result: \"code\" is not a string";
        QTest::newRow("resource is a string") << QByteArrayLiteral("{\"items\":[{\"id\":1,\"resource\":\"vm\"}]}")
                                              << "tasks page: element 0: \"resource\" is not an object";
    }

    void badInputFailsInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(body);
        QVERIFY(!page);
        QVERIFY2(page.error.startsWith(expected), qPrintable(page.error));
    }

    void tokenWithAbsoluteExpiry()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC);
        const Parsed<TokenGrant> grant = Acronis::parseToken(fixture("token.json"), now);
        QVERIFY2(grant, qPrintable(grant.error));
        QCOMPARE(grant.value->accessToken, QStringLiteral("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        QVERIFY(grant.value->refreshToken.isEmpty()); // client credentials: sign in again
        QCOMPARE(grant.value->expiresAt, QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC));
    }

    void tokenWithRelativeOrNoExpiry()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC);
        const Parsed<TokenGrant> relative = Acronis::parseToken(fixture("token-expires-in.json"), now);
        QVERIFY2(relative, qPrintable(relative.error));
        QCOMPARE(relative.value->expiresAt, now.addSecs(3600));

        const Parsed<TokenGrant> none = Acronis::parseToken(QByteArrayLiteral("{\"access_token\":\"t\"}"), now);
        QVERIFY2(none, qPrintable(none.error));
        QCOMPARE(none.value->expiresAt, now.addSecs(2 * 3600)); // the documented two hours

        // Our clock ahead of the vendor's: an absolute time in the past falls back to the lifetime.
        const Parsed<TokenGrant> skewed = Acronis::parseToken(
            QByteArrayLiteral("{\"access_token\":\"t\",\"expires_on\":1000,\"expires_in\":600}"), now);
        QVERIFY2(skewed, qPrintable(skewed.error));
        QCOMPARE(skewed.value->expiresAt, now.addSecs(600));
    }

    // Found by fuzz_acronis: an expires_on beyond qint64 was cast from double (undefined
    // behaviour). It is no time at all, so expires_in, else the default, applies.
    void tokenWithAbsoluteExpiryOutOfRange()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC);
        const Parsed<TokenGrant> fuzzed = Acronis::parseToken(
            QByteArrayLiteral("{\"access_token\": \"e72.c2lncrer\", \"expires_on\": 999999999999991795651200, "
                              "\"id_token\": \"eyJhbGci=\"}\n"),
            now);
        QVERIFY2(fuzzed, qPrintable(fuzzed.error));
        QCOMPARE(fuzzed.value->expiresAt, now.addSecs(2 * 3600));

        const Parsed<TokenGrant> withLifetime = Acronis::parseToken(
            QByteArrayLiteral("{\"access_token\":\"t\",\"expires_on\":-1e300,\"expires_in\":600}"), now);
        QVERIFY2(withLifetime, qPrintable(withLifetime.error));
        QCOMPARE(withLifetime.value->expiresAt, now.addSecs(600));

        // In range for qint64 but not for a date: still no time, never a crash.
        const Parsed<TokenGrant> farOff =
            Acronis::parseToken(QByteArrayLiteral("{\"access_token\":\"t\",\"expires_on\":9.1e18}"), now);
        QVERIFY2(farOff, qPrintable(farOff.error));
        QCOMPARE(farOff.value->expiresAt, now.addSecs(2 * 3600));
    }

    void tokenWithoutAccessTokenFails()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Parsed<TokenGrant> missing =
            Acronis::parseToken(QByteArrayLiteral("{\"token_type\":\"bearer\",\"expires_on\":1795651200}"), now);
        QVERIFY(!missing);
        QCOMPARE(missing.error, QStringLiteral("no access_token in the answer"));
        const Parsed<TokenGrant> broken = Acronis::parseToken(QByteArrayLiteral("<html>"), now);
        QVERIFY(!broken);
        QVERIFY2(broken.error.startsWith(QStringLiteral("not valid JSON")), qPrintable(broken.error));
    }
};

QTEST_GUILESS_MAIN(TestAcronisParser)
#include "tst_acronisparser.moc"
