#include "app/snapshotexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BackupDash;

namespace {
const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

SourceResult okSource()
{
    SourceResult r;
    r.state.id = QStringLiteral("vb365-hq");
    r.state.vendor = QStringLiteral("veeam-vb365");
    r.state.health = SourceHealth::Ok;
    r.state.lastSuccessAt = T0.addSecs(-2);
    SourceSnapshot s;
    s.sourceId = r.state.id;
    s.polledAt = T0.addSecs(-2);
    Task t;
    t.sourceId = s.sourceId;
    t.id = QStringLiteral("3c407448-4d05-432f-a651-144827bed5ce");
    t.name = QStringLiteral("test_job, \"quoted\"");
    t.workload = QStringLiteral("MS365");
    t.status = Status::Success;
    t.vendorStatus = QStringLiteral("Success");
    t.lastRun = QDateTime(QDate(2017, 5, 30), QTime(12, 19, 14, 792), Qt::UTC);
    t.nextRun = QDateTime(QDate(2017, 6, 2), QTime(2, 0), Qt::UTC);
    t.sizeBytes = 6442450944LL;
    s.tasks.push_back(t);
    RestoreJob job;
    job.sourceId = s.sourceId;
    job.id = QStringLiteral("r-2");
    job.target = QStringLiteral("Veod");
    job.status = Status::Running;
    job.vendorStatus = QStringLiteral("Working");
    job.createdAt = T0;
    job.abortable = true;
    s.restores.push_back(job);
    BackupWindow w;
    w.sourceId = s.sourceId;
    w.taskId = t.id;
    w.minuteOffset = -210;
    QJsonArray allowed;
    for (int i = 0; i < 167; ++i) // malformed on purpose: the export keeps it as received
        allowed.append(i % 5 != 0);
    w.vendorAllowed = allowed;
    w.error = QStringLiteral("backup window unreadable: 167 elements");
    s.windows.push_back(w);
    r.snapshot = s;
    return r;
}

SourceResult failedSource()
{
    SourceResult r;
    r.state.id = QStringLiteral("clumio-prod");
    r.state.vendor = QStringLiteral("clumio");
    r.state.health = SourceHealth::Unreachable;
    r.state.lastError = QStringLiteral("Clumio refused the API token (HTTP 401)");
    return r;
}
bool hasEmptyString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().isEmpty();
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &e) { return hasEmptyString(e); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::any_of(o.begin(), o.end(), [](const QJsonValue &e) { return hasEmptyString(e); });
    }
    return false;
}
} // namespace

class TestSnapshotExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFollowsTheContract()
    {
        const QJsonObject doc = snapshotJson({ okSource(), failedSource() }, T0);
        QCOMPARE(doc.value(u"generatedAt").toString(), QStringLiteral("2026-11-22T10:00:00Z"));
        const QJsonArray sources = doc.value(u"sources").toArray();
        QCOMPARE(sources.size(), 2);
        const QJsonObject hq = sources[0].toObject();
        QCOMPARE(hq.value(u"state").toString(), QStringLiteral("ok"));
        QVERIFY(hq.value(u"error").isNull()); // null, never ""
        QCOMPARE(hq.value(u"polledAt").toString(), QStringLiteral("2026-11-22T09:59:58Z"));
        QCOMPARE(hq.value(u"taskCount").toInt(), 1);
        QCOMPARE(hq.value(u"restoreCount").toInt(), 1);
        const QJsonObject clumio = sources[1].toObject();
        QCOMPARE(clumio.value(u"state").toString(), QStringLiteral("unreachable"));
        QCOMPARE(clumio.value(u"error").toString(), QStringLiteral("Clumio refused the API token (HTTP 401)"));
        QVERIFY(clumio.value(u"polledAt").isNull());
        QCOMPARE(clumio.value(u"taskCount").toInt(), 0);

        const QJsonObject task = doc.value(u"tasks").toArray().first().toObject();
        QCOMPARE(task.keys().size(), 12);
        QCOMPARE(task.value(u"source").toString(), QStringLiteral("vb365-hq"));
        QCOMPARE(task.value(u"id").toString(), QStringLiteral("3c407448-4d05-432f-a651-144827bed5ce"));
        QCOMPARE(task.value(u"status").toString(), QStringLiteral("success"));
        QCOMPARE(task.value(u"vendorStatus").toString(), QStringLiteral("Success"));
        QCOMPARE(task.value(u"lastRun").toString(), QStringLiteral("2017-05-30T12:19:14.792Z"));
        QCOMPARE(task.value(u"nextRun").toString(), QStringLiteral("2017-06-02T02:00:00Z"));
        QVERIFY(task.value(u"lastSuccess").isNull());
        QCOMPARE(task.value(u"sizeBytes").toInteger(), 6442450944LL);
        QVERIFY(task.value(u"progress").isNull());
        QCOMPARE(task.value(u"enabled").toBool(), true);

        const QJsonObject restore = doc.value(u"restores").toArray().first().toObject();
        QCOMPARE(restore.value(u"status").toString(), QStringLiteral("running"));
        QVERIFY(restore.value(u"progress").isNull());
        QVERIFY(restore.value(u"endedAt").isNull());
        QCOMPARE(restore.value(u"abortable").toBool(), true);

        const QJsonObject window = doc.value(u"windows").toArray().first().toObject();
        QCOMPARE(window.value(u"minuteOffset").toInt(), -210);
        QCOMPARE(window.value(u"taskId").toString(), task.value(u"id").toString());
        QCOMPARE(window.value(u"allowed").toArray(), okSource().snapshot->windows[0].vendorAllowed);

        // Nothing in the document is an empty string: absent values are null.
        QVERIFY(!hasEmptyString(doc));
    }

    void csvIsTheTasksTable()
    {
        const QByteArray csv = snapshotCsv({ okSource(), failedSource() });
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, one task, final empty after CRLF
        QCOMPARE(lines[0],
                 QByteArray("source,id,name,workload,status,vendorStatus,lastRun,lastSuccess,nextRun,sizeBytes,"
                            "progress,enabled\r"));
        QCOMPARE(lines[1],
                 QByteArray("vb365-hq,3c407448-4d05-432f-a651-144827bed5ce,\"test_job, \"\"quoted\"\"\",MS365,"
                            "success,Success,2017-05-30T12:19:14.792Z,,2017-06-02T02:00:00Z,6442450944,,true\r"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotExport)
#include "tst_snapshotexport.moc"
