// The vendors' restore and abort calls as requests and answers: method, path, body, the
// Idempotency-Key, at-most-once sending; what each vendor offers; answers read or refused in words.
#include "connectors/restorecalls.h"

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
