// The vendors' restore and abort calls as requests and answers: method, path, body, the
// Idempotency-Key, at-most-once sending; what each vendor offers; answers read or refused in words.
#include "connectors/restorecalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BackupDash;

namespace {

RestoreRequest request(const char *vendor)
{
    RestoreRequest r;
    r.journalId = QStringLiteral("5b0c9a52-2f1e-4a7e-9a43-0d7e3c1b2a11");
    r.vendor = QString::fromLatin1(vendor);
    r.sourceId = QStringLiteral("src");
    r.taskId = QStringLiteral("task-1");
    r.taskName = QStringLiteral("Exchange – Zürich");
    return r;
}

QByteArray header(const ApiRequest &r, const char *name)
{
    for (const auto &[key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject bodyOf(const ApiRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject ebsBackup(const QString &id, const QString &start)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("volume_id"), QStringLiteral("vol-1") },
             { QStringLiteral("start_timestamp"), start },
             { QStringLiteral("expiration_timestamp"), QStringLiteral("2026-12-06T10:00:00Z") },
             { QStringLiteral("size"), 100 },
             { QStringLiteral("aws_az"), QStringLiteral("us-west-2a") } };
}

QByteArray halList(const QJsonArray &items)
{
    return json({ { QStringLiteral("_embedded"), QJsonObject { { QStringLiteral("items"), items } } },
                  { QStringLiteral("total_count"), items.size() } });
}

// A mailbox step as RestoreService journals it: the session it works in and the mailbox.
RestoreRequest mailboxStep()
{
    RestoreRequest r = request("veeam-vb365");
    r.itemScope = QStringLiteral("vex");
    r.parentJournalId = QStringLiteral("0d6b7e43-61c8-4a7e-9c2a-3f7b8e1d2c10");
    r.vendorJobId = QStringLiteral("session 1");
    r.itemId = QStringLiteral("mb/7");
    r.itemName = QStringLiteral("anna.berg@contoso.com");
    return r;
}

} // namespace

class TestRestoreCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersFollowTheVendorsApis()
    {
        QVERIFY(restoreOfferFor(QStringLiteral("veeam-vb365")).canRestore);
        QCOMPARE(restoreOfferFor(QStringLiteral("veeam-vb365")).scopes.size(), 4);
        QVERIFY(restoreOfferFor(QStringLiteral("clumio")).canRestore);
        QVERIFY(restoreOfferFor(QStringLiteral("cloudally")).destinations.contains(RestoreDestination::Download));
        const RestoreOffer acronis = restoreOfferFor(QStringLiteral("acronis"));
        QVERIFY(!acronis.canRestore);
        QVERIFY(acronis.whyNot.contains(QStringLiteral("no public API")));
        QVERIFY(!restoreOfferFor(QStringLiteral("tapes")).whyNot.isEmpty());
    }

    void vb365ExploreAndStop()
    {
        RestoreRequest r = request("veeam-vb365");
        r.itemScope = QStringLiteral("veod");
        r.pointInTime = QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC);
        const ApiRequest explore =
            Vb365::exploreRequest(QStringLiteral("v8"), QStringLiteral("org 1"), r, QDateTime::currentDateTimeUtc());
        QCOMPARE(explore.method, QByteArray("POST"));
        QCOMPARE(explore.path, QStringLiteral("/v8/Organizations/org%201/Explore"));
        QVERIFY(explore.atMostOnce);
        QCOMPARE(header(explore, "Idempotency-Key"), r.journalId.toUtf8());
        QCOMPARE(bodyOf(explore).value(u"type").toString(), QStringLiteral("veod"));
        QCOMPARE(bodyOf(explore).value(u"datetime").toString(), QStringLiteral("2026-11-21T22:00:00Z"));
        const ApiRequest stop = Vb365::stopSessionRequest(QStringLiteral("v8"), QStringLiteral("s-1"), r.journalId);
        QCOMPARE(stop.path, QStringLiteral("/v8/RestoreSessions/s-1/Stop"));
        QVERIFY(stop.atMostOnce);
        QCOMPARE(Vb365::parseRestoreSessionId(QByteArrayLiteral("{\"id\":\"abc\",\"state\":\"Working\"}")).value,
                 QStringLiteral("abc"));
    }

    void clumioRestoreAndAbort()
    {
        RestoreRequest r = request("clumio");
        r.itemScope = QStringLiteral("backup-77");
        r.destination = RestoreDestination::Alternate;
        r.alternateTarget = QStringLiteral("us-west-2b");
        const ApiRequest restore = Clumio::ebsVolumeRestoreRequest(r);
        QCOMPARE(restore.path, QStringLiteral("/restores/aws/ebs-volumes"));
        QCOMPARE(header(restore, "Accept"), QByteArray("application/api.clumio.restored-aws-ebs-volumes=v1+json"));
        QCOMPARE(bodyOf(restore).value(u"source").toObject().value(u"backup_id").toString(),
                 QStringLiteral("backup-77"));
        QCOMPARE(bodyOf(restore).value(u"target").toObject().value(u"aws_az").toString(), QStringLiteral("us-west-2b"));
        const ApiRequest abort = Clumio::abortTaskRequest(QStringLiteral("t/1"), r.journalId);
        QCOMPARE(abort.method, QByteArray("PATCH"));
        QCOMPARE(abort.path, QStringLiteral("/tasks/t%2F1"));
        QCOMPARE(bodyOf(abort).value(u"status").toString(), QStringLiteral("aborting"));
        QCOMPARE(Clumio::parseRestoreTaskId(QByteArrayLiteral("{\"task_id\":\"123\",\"_links\":{}}")).value,
                 QStringLiteral("123"));
    }

    void clumioBackupsOfAVolumeNewestFirst()
    {
        const ApiRequest list = Clumio::ebsBackupsRequest(QStringLiteral("vol-1"));
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.path, QStringLiteral("/backups/aws/ebs-volumes"));
        QVERIFY(!list.atMostOnce);
        QCOMPARE(header(list, "Accept"), QByteArray("application/api.clumio.backup-aws-ebs-volumes=v1+json"));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-start_timestamp"));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        const QJsonObject filter =
            QJsonDocument::fromJson(list.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).toUtf8())
                .object();
        QCOMPARE(filter.value(u"volume_id").toObject().value(u"$eq").toString(), QStringLiteral("vol-1"));

        const Parsed<QList<RestorePoint>> points = Clumio::parseEbsBackups(
            halList({ ebsBackup(QStringLiteral("b-new"), QStringLiteral("2026-11-22T10:00:00Z")),
                      ebsBackup(QStringLiteral("b-old"), QStringLiteral("2026-11-21T22:00:00.5+02:00")) }));
        QVERIFY2(points, qPrintable(points.error));
        QCOMPARE(points.value->size(), 2);
        const RestorePoint &first = points.value->first();
        QCOMPARE(first.backupId, QStringLiteral("b-new"));
        QCOMPARE(first.startTimestamp, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        QCOMPARE(first.expirationTimestamp, QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
        QCOMPARE(first.sizeGiB, std::optional<qint64>(100));
        QCOMPARE(first.availabilityZone, QStringLiteral("us-west-2a"));
        QCOMPARE(points.value->at(1).startTimestamp, QDateTime(QDate(2026, 11, 21), QTime(20, 0, 0, 500), Qt::UTC));
        QCOMPARE(newestRestorePoint(*points.value)->backupId, QStringLiteral("b-new"));
        QVERIFY(!newestRestorePoint({}));

        const Parsed<QList<RestorePoint>> none = Clumio::parseEbsBackups(halList({}));
        QVERIFY(none);
        QVERIFY(none.value->isEmpty());
    }

    void clumioBadBackupListsAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>") << "EBS backups: not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "EBS backups: expected an object";
        QTest::newRow("no items") << QByteArray("{\"_embedded\":{}}") << "EBS backups: no \"_embedded.items\" list";
        QTest::newRow("no id") << halList(
            { QJsonObject { { QStringLiteral("start_timestamp"), QStringLiteral("2026-11-22T10:00:00Z") } } })
                               << "EBS backups: an item has no \"id\"";
        QTest::newRow("bad time") << halList({ ebsBackup(QStringLiteral("b"), QStringLiteral("yesterday")) })
                                  << "EBS backups: an item has no \"id\" or no readable";
    }
    void clumioBadBackupListsAreRefusedInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Parsed<QList<RestorePoint>> points = Clumio::parseEbsBackups(body);
        QVERIFY(!points);
        QVERIFY2(points.error.startsWith(error), qPrintable(points.error));
    }

    void vb365MailboxListAndRestore()
    {
        const ApiRequest list = Vb365::organizationMailboxesRequest(QStringLiteral("v8"), QStringLiteral("org 1"));
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.path, QStringLiteral("/v8/Organizations/org%201/Mailboxes"));
        const Parsed<QList<Mailbox>> mailboxes = Vb365::parseMailboxes(
            json({ { QStringLiteral("offset"), 0 },
                   { QStringLiteral("results"),
                     QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("m1") },
                                                { QStringLiteral("name"), QStringLiteral("Anna Berg") },
                                                { QStringLiteral("email"), QStringLiteral("anna.berg@contoso.com") } },
                                  QJsonObject { { QStringLiteral("name"), QStringLiteral("no id: skipped") } } } } }));
        QVERIFY2(mailboxes, qPrintable(mailboxes.error));
        QCOMPARE(mailboxes.value->size(), 1);
        QCOMPARE(
            mailboxes.value->first(),
            (Mailbox { QStringLiteral("m1"), QStringLiteral("Anna Berg"), QStringLiteral("anna.berg@contoso.com") }));
        QCOMPARE(Vb365::parseMailboxes(QByteArrayLiteral("[]")).value->size(), 0); // v2–v5: a bare array
        QVERIFY(Vb365::parseMailboxes(QByteArrayLiteral("{\"results\":3}")).error.contains(u"expected a list"));
        QVERIFY(Vb365::parseMailboxes(QByteArrayLiteral("{")).error.startsWith(u"mailboxes:"));

        RestoreRequest step = mailboxStep();
        const ApiRequest original = Vb365::mailboxRestoreRequest(QStringLiteral("v8"), step);
        QCOMPARE(original.method, QByteArray("POST"));
        QCOMPARE(original.path,
                 QStringLiteral("/v8/RestoreSessions/session%201/Organization/Mailboxes/mb%2F7/Restore"));
        QVERIFY(original.atMostOnce);
        QCOMPARE(header(original, "Idempotency-Key"), step.journalId.toUtf8());
        QVERIFY(bodyOf(original).value(u"changedItems").toBool());
        QVERIFY(bodyOf(original).value(u"deletedItems").toBool());
        QVERIFY(!bodyOf(original).contains(u"mailbox"));
        QVERIFY(!original.body.contains("assword")); // no credential ever goes with it

        step.destination = RestoreDestination::Alternate;
        step.alternateTarget = QStringLiteral("restore-area@contoso.com");
        const ApiRequest elsewhere = Vb365::mailboxRestoreRequest(QStringLiteral("v8"), step);
        QVERIFY(elsewhere.path.endsWith(u"/Mailboxes/mb%2F7/RestoreTo"));
        QCOMPARE(bodyOf(elsewhere).value(u"mailbox").toString(), QStringLiteral("restore-area@contoso.com"));
    }

    void vb365MailboxStepIsFoundInTheSessionEvents()
    {
        const RestoreRequest step = mailboxStep();
        const ApiRequest events = Vb365::sessionEventsRequest(QStringLiteral("v8"), step.vendorJobId);
        QCOMPARE(events.path, QStringLiteral("/v8/RestoreSessions/session%201/Events"));
        const auto event = [](const char *id, const char *type, const QString &title) {
            return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                                 { QStringLiteral("type"), QLatin1String(type) },
                                 { QStringLiteral("status"), QStringLiteral("Success") },
                                 { QStringLiteral("title"), title },
                                 { QStringLiteral("message"), QStringLiteral("12 items created") } };
        };
        const QByteArray body =
            json({ { QStringLiteral("results"),
                     QJsonArray { event("e0", "None", QStringLiteral("Restore session started")),
                                  event("e1", "Restore", QStringLiteral("Restoring mailbox Anna.Berg@contoso.com")),
                                  event("e2", "Restore", QStringLiteral("Restoring mailbox lukas.meier@contoso.com")),
                                  event("e3", "Save", QStringLiteral("Saving anna.berg@contoso.com")) } } });
        const Parsed<QStringList> found = Vb365::mailboxRestoreEvents(body, step);
        QVERIFY2(found, qPrintable(found.error));
        QCOMPARE(*found.value, QStringList { QStringLiteral("e1") });
        RestoreRequest other = step;
        other.itemName = QStringLiteral("zoe.martin@contoso.com");
        other.itemId = QStringLiteral("mb-9");
        QVERIFY(Vb365::mailboxRestoreEvents(body, other).value->isEmpty());
        // Bad input says so rather than "none found" (which would settle the step as not done).
        QVERIFY(!Vb365::mailboxRestoreEvents(QByteArrayLiteral("<html>"), step));
        QVERIFY(!Vb365::mailboxRestoreEvents(QByteArrayLiteral("{\"results\":{}}"), step));
    }

    void acronisCancel()
    {
        const ApiRequest cancel = Acronis::cancelTaskRequest(QStringLiteral("944455285181775872"), QStringLiteral("j"));
        QCOMPARE(cancel.method, QByteArray("PUT"));
        QCOMPARE(cancel.path, QStringLiteral("/api/task_manager/v2/tasks/944455285181775872/cancel"));
        QVERIFY(cancel.atMostOnce);
    }

    void cloudAllyRestoreAndItsJob()
    {
        RestoreRequest r = request("cloudally");
        r.destination = RestoreDestination::Download;
        const ApiRequest start = CloudAlly::startRestoreRequest(r);
        QCOMPARE(start.path, QStringLiteral("/v1/restore"));
        QCOMPARE(bodyOf(start).value(u"backupTaskId").toString(), QStringLiteral("task-1"));
        QCOMPARE(bodyOf(start).value(u"destination").toString(), QStringLiteral("download"));
        QCOMPARE(CloudAlly::restoreJobRequest(QStringLiteral("r 1")).path, QStringLiteral("/v1/restore/r%201"));
        QCOMPARE(CloudAlly::parseRestoreJobId(QByteArrayLiteral("{\"id\":\"r1\",\"status\":\"pending\"}")).value,
                 QStringLiteral("r1"));
        const Parsed<RestoreJob> job = CloudAlly::parseRestoreJob(
            QByteArrayLiteral("{\"id\":\"r1\",\"backupTaskId\":\"task-1\",\"status\":\"in_progress\",\"progress\":40,"
                              "\"startedAt\":\"2026-11-22T10:00:00.1234567+01:00\",\"completedAt\":null}"));
        QVERIFY2(job, qPrintable(job.error));
        QCOMPARE(job.value->status, Status::Running);
        QCOMPARE(job.value->progress, std::optional<int>(40));
        QCOMPARE(job.value->startedAt, QDateTime(QDate(2026, 11, 22), QTime(9, 0, 0, 123), Qt::UTC));
        QVERIFY(!job.value->endedAt.isValid());
        QCOMPARE(
            CloudAlly::parseRestoreJob(QByteArrayLiteral("{\"id\":\"r2\",\"status\":\"cancelled\"}")).value->status,
            Status::Cancelled);
    }

    void badAnswersAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>") << "restore session: not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "restore session: expected an object";
        QTest::newRow("no id") << QByteArray("{\"state\":\"Working\"}") << "restore session: no \"id\" in the answer";
    }
    void badAnswersAreRefusedInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Parsed<QString> id = Vb365::parseRestoreSessionId(body);
        QVERIFY(!id);
        QVERIFY2(id.error.startsWith(error), qPrintable(id.error));
        QVERIFY(!Clumio::parseRestoreTaskId(QByteArrayLiteral("{\"_links\":{}}")));
        QVERIFY(!CloudAlly::parseRestoreJob(QByteArrayLiteral("{\"status\":\"success\"}")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreCalls)
#include "tst_restorecalls.moc"
