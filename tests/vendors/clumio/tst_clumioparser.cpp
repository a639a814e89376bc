// The Clumio parser on pages written from the documentation (the seed clumio-list-tasks.txt
// and the SDK's ReadTaskResponse), not from the simulator's output.
#include "connectors/clumio/clumioincremental.h"
#include "connectors/clumio/clumioparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BackupDash;
using Clumio::TaskRecord;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/clumio/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

std::vector<TaskRecord> itemsOf(const char *name)
{
    const auto page = Clumio::parseTasksPage(fixture(name));
    if (!page)
        qFatal("%s: %s", name, qPrintable(page.error));
    return page.value->items;
}

// A documented task object with the given status, built in code for the enum rows.
QJsonObject taskWithStatus(const QString &status, bool abortable, const QString &category)
{
    return {
        { QStringLiteral("id"), QStringLiteral("42") },
        { QStringLiteral("category"), category },
        { QStringLiteral("type"), QStringLiteral("aws_ebs_volume_incremental_backup") },
        { QStringLiteral("status"), status },
        { QStringLiteral("is_abortable"), abortable },
        { QStringLiteral("created_timestamp"), QStringLiteral("2026-11-22T10:00:00Z") },
        { QStringLiteral("start_timestamp"), QStringLiteral("2026-11-22T10:00:05Z") },
        { QStringLiteral("end_timestamp"), QJsonValue::Null },
        { QStringLiteral("progress_percentage"), 10 },
        { QStringLiteral("primary_entity"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("v") },
                        { QStringLiteral("type"), QStringLiteral("aws_ebs_volume") },
                        { QStringLiteral("value"), QStringLiteral("vol-1") } } },
    };
}

const QDateTime PolledAt = QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::UTC);

} // namespace

class TestClumioParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageAndItsNextLink()
    {
        const auto page = Clumio::parseTasksPage(fixture("tasks-page1.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->nextLink, QStringLiteral("/tasks?limit=3&start=2"));
        QCOMPARE(page.value->items.size(), size_t(3));

        const TaskRecord &done = page.value->items[0];
        QCOMPARE(done.id, QStringLiteral("8123456"));
        QCOMPARE(done.status, Status::Success);
        QCOMPARE(done.vendorStatus, QStringLiteral("completed"));
        QCOMPARE(done.started, utc("2026-11-22T02:00:03.123Z")); // 7 digits truncated to ms
        QCOMPARE(done.ended, utc("2026-11-22T02:17:45.987Z"));
        QCOMPARE(done.progress, std::optional<int>(100));
        QVERIFY(done.parentType.isEmpty()); // parent_entity absent

        const Task task = Clumio::toTask(done, PolledAt);
        QCOMPARE(task.vendor, QStringLiteral("clumio"));
        QCOMPARE(task.name, QStringLiteral("vol-0a1b2c3d4e5f60718 — incremental backup"));
        QCOMPARE(task.workload, QStringLiteral("aws_ebs_volume"));
        QCOMPARE(task.lastRun, done.started);
        QCOMPARE(task.lastSuccess, done.ended);
        QVERIFY(!task.nextRun.isValid());
        QCOMPARE(task.lastRunSeconds, std::optional<qint64>(1062)); // 02:00:03 → 02:17:45
        QVERIFY(task.sourceId.isEmpty());

        const TaskRecord &restore = page.value->items[1];
        QVERIFY(Clumio::isRestore(restore));
        QCOMPARE(restore.created, utc("2026-11-22T09:58:00.000Z")); // +02:00 offset
        QCOMPARE(restore.started, utc("2026-11-22T10:00:00.500Z"));
        const RestoreJob job = Clumio::toRestore(restore);
        QCOMPARE(job.id, QStringLiteral("8123457"));
        QCOMPARE(job.target, QStringLiteral("Zürich – Buchhaltung"));
        QCOMPARE(job.status, Status::Running);
        QCOMPARE(job.vendorStatus, QStringLiteral("in_progress"));
        QCOMPARE(job.progress, std::optional<int>(40));
        QVERIFY(!job.endedAt.isValid());
        QVERIFY(job.abortable);

        const TaskRecord &queued = page.value->items[2];
        QCOMPARE(queued.status, Status::Queued);
        QCOMPARE(queued.entityValue, QStringLiteral("Jürgen Müller"));
        const Task queuedTask = Clumio::toTask(queued, PolledAt);
        QCOMPARE(queuedTask.name, QStringLiteral("Jürgen Müller — backup"));
        QCOMPARE(queuedTask.lastRun, utc("2026-11-22T10:05:00.000Z")); // not started: created
        QVERIFY(!queuedTask.lastSuccess.isValid());
        QVERIFY(!queuedTask.lastRunSeconds);
        QCOMPARE(queuedTask.progress, std::optional<int>(0));
    }

    void middlePageAbortingRestoresAndOffsets()
    {
        const auto page = Clumio::parseTasksPage(fixture("tasks-page2.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->nextLink, QStringLiteral("/tasks?limit=3&start=3"));

        const RestoreJob aborting = Clumio::toRestore(page.value->items[0]);
        QCOMPARE(aborting.target, QStringLiteral("/home/zoë/東京.txt"));
        QCOMPARE(aborting.status, Status::Running);
        QCOMPARE(aborting.vendorStatus, QStringLiteral("aborting"));
        QVERIFY(!aborting.abortable); // never while aborting
        QCOMPARE(page.value->items[0].parentType, QStringLiteral("aws_ebs_volume"));

        const TaskRecord &sync = page.value->items[1];
        QVERIFY(!Clumio::isRestore(sync));
        QCOMPARE(sync.created, utc("2026-11-22T13:30:00.000Z")); // -05:30 offset
        QCOMPARE(sync.ended, utc("2026-11-22T13:34:30.123Z"));
        const Task syncTask = Clumio::toTask(sync, PolledAt);
        QCOMPARE(syncTask.status, Status::Failed);
        QCOMPARE(syncTask.workload, QStringLiteral("microsoft365")); // no primary entity: from the type
        QCOMPARE(syncTask.name, QStringLiteral("inventory sync — 8123460"));
        QVERIFY(!syncTask.lastSuccess.isValid()); // failed
        QCOMPARE(syncTask.lastRunSeconds, std::optional<qint64>(240));

        const RestoreJob aborted = Clumio::toRestore(page.value->items[2]);
        QCOMPARE(aborted.status, Status::Cancelled); // a cancelled run is never a failure
        QCOMPARE(aborted.target, QStringLiteral("東京-batch-01"));
    }

    void lastPageHasNoNextLink()
    {
        const auto page = Clumio::parseTasksPage(fixture("tasks-page3.json"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->nextLink.isEmpty());
        const TaskRecord &running = page.value->items[0];
        QVERIFY(!running.progress); // 250 is not a percentage
        const Task task = Clumio::toTask(running, PolledAt);
        QCOMPARE(task.workload, QStringLiteral("aws_ebs_volume")); // primary_entity null: from the type
        QCOMPARE(task.name, QStringLiteral("incremental backup — 8123462"));
        QCOMPARE(task.status, Status::Running);
        QCOMPARE(task.lastRunSeconds,
                 std::optional<qint64>(PolledAt.toSecsSinceEpoch() - utc("2026-11-21T20:00:05Z").toSecsSinceEpoch()));

        const Task report = Clumio::toTask(page.value->items[1], PolledAt);
        QCOMPARE(report.workload, QStringLiteral("report"));
        QCOMPARE(report.name, QStringLiteral("Activity report – Zoë — activity report file download"));
    }

    void emptyListingMayLeaveOutEmbedded()
    {
        const auto page = Clumio::parseTasksPage(fixture("tasks-empty.json"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->items.empty());
        QVERIFY(page.value->nextLink.isEmpty());
    }

    void snapshotPutsRestoresApartAndOneRunPerTask()
    {
        std::vector<TaskRecord> all;
        for (const char *name : { "tasks-page1.json", "tasks-page2.json", "tasks-page3.json" }) {
            std::vector<TaskRecord> items = itemsOf(name);
            all.insert(all.end(), items.begin(), items.end());
        }
        const SourceSnapshot s = Clumio::buildSnapshot(QStringLiteral("clumio-prod"), all, PolledAt);
        QCOMPARE(s.sourceId, QStringLiteral("clumio-prod"));
        QCOMPARE(s.polledAt, PolledAt);
        QCOMPARE(s.tasks.size(), size_t(5));
        QCOMPARE(s.restores.size(), size_t(3));
        QCOMPARE(s.runs.size(), s.tasks.size());
        for (size_t i = 0; i < s.tasks.size(); ++i) {
            QCOMPARE(s.tasks[i].sourceId, QStringLiteral("clumio-prod"));
            QCOMPARE(s.runs[i].taskId, s.tasks[i].id);
            QCOMPARE(s.runs[i].status, s.tasks[i].status);
            QCOMPARE(s.runs[i].sourceId, QStringLiteral("clumio-prod"));
        }
        for (const RestoreJob &r : s.restores)
            QCOMPARE(r.sourceId, QStringLiteral("clumio-prod"));
        QCOMPARE(s.tasks.front().id, QStringLiteral("8123460")); // newest first: 13:30Z (written 08:00-05:30)
        QVERIFY(s.windows.empty());
    }

    void everyDocumentedStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("vendorAbortable");
        QTest::addColumn<Status>("expected");
        QTest::addColumn<bool>("restoreAbortable");
        QTest::newRow("queued") << QStringLiteral("queued") << true << Status::Queued << true;
        QTest::newRow("in_progress") << QStringLiteral("in_progress") << true << Status::Running << true;
        QTest::newRow("completed") << QStringLiteral("completed") << false << Status::Success << false;
        QTest::newRow("failed") << QStringLiteral("failed") << false << Status::Failed << false;
        QTest::newRow("aborting") << QStringLiteral("aborting") << true << Status::Running << false;
        QTest::newRow("aborted") << QStringLiteral("aborted") << false << Status::Cancelled << false;
        QTest::newRow("upper case") << QStringLiteral("IN_PROGRESS") << true << Status::Running << true;
        QTest::newRow("unknown") << QStringLiteral("paused_by_admin") << false << Status::Unknown << false;
        QTest::newRow("not abortable type") << QStringLiteral("in_progress") << false << Status::Running << false;
    }

    void everyDocumentedStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, vendorAbortable);
        QFETCH(Status, expected);
        QFETCH(bool, restoreAbortable);
        const auto task = Clumio::parseTask(taskWithStatus(status, vendorAbortable, QStringLiteral("backup")));
        QVERIFY2(task, qPrintable(task.error));
        QCOMPARE(task.value->status, expected);
        QCOMPARE(task.value->vendorStatus, status); // raw spelling kept
        QCOMPARE(Clumio::toTask(*task.value, PolledAt).status, expected);
        QCOMPARE(Clumio::toTask(*task.value, PolledAt).vendorStatus, status);
        const auto restore = Clumio::parseTask(taskWithStatus(status, vendorAbortable, QStringLiteral("restore")));
        QVERIFY(Clumio::isRestore(*restore.value));
        QCOMPARE(Clumio::toRestore(*restore.value).status, expected);
        QCOMPARE(Clumio::toRestore(*restore.value).abortable, restoreAbortable);
    }

    void everyDocumentedCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("restore");
        for (const char *c : { "backup", "snapshot", "system", "report_generation", "management", "something_new" })
            QTest::newRow(c) << QString::fromLatin1(c) << false;
        for (const char *c : { "restore", "snapshot_restore" })
            QTest::newRow(c) << QString::fromLatin1(c) << true;
    }

    void everyDocumentedCategory()
    {
        QFETCH(QString, category);
        QFETCH(bool, restore);
        const auto task = Clumio::parseTask(taskWithStatus(QStringLiteral("completed"), false, category));
        QVERIFY2(task, qPrintable(task.error));
        QCOMPARE(Clumio::isRestore(*task.value), restore);
        const SourceSnapshot s = Clumio::buildSnapshot(QStringLiteral("x"), { *task.value }, PolledAt);
        QCOMPARE(s.restores.size(), size_t(restore ? 1 : 0));
        QCOMPARE(s.tasks.size(), size_t(restore ? 0 : 1));
    }

    void workloadsAndTypesInWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("words");
        const auto row = [](const char *type, const char *workload, const char *words) {
            QTest::newRow(type) << QString::fromLatin1(type) << QString::fromLatin1(workload)
                                << QString::fromLatin1(words);
        };
        row("aws_ebs_volume_file_restore", "aws_ebs_volume", "file restore");
        row("aws_ebs_volume_backup_seeding", "aws_ebs_volume", "initial backup");
        row("aws_ebs_volume_incremental_backup", "aws_ebs_volume", "incremental backup");
        row("aws_ebs_volume_backup_indexing", "aws_ebs_volume", "indexing");
        row("aws_ebs_volume_restore", "aws_ebs_volume", "restore");
        row("microsoft365_mailbox_seeding", "microsoft365_mailbox", "initial backup");
        row("microsoft365_mailbox_backup", "microsoft365_mailbox", "backup");
        row("microsoft365_inventory_sync", "microsoft365", "inventory sync");
        row("microsoft365_mail_restore", "microsoft365_mailbox", "mail restore");
        row("aws_rds_backup_target_setup", "", "aws rds backup target setup");
        row("policy_update", "", "policy update");
    }

    void workloadsAndTypesInWords()
    {
        QFETCH(QString, type);
        QFETCH(QString, workload);
        QFETCH(QString, words);
        TaskRecord r;
        r.id = QStringLiteral("1");
        r.type = type;
        QCOMPARE(Clumio::workloadOf(r), workload);
        QCOMPARE(Clumio::typeText(r), words);
        r.entityType = QStringLiteral("protection_group"); // the entity's type wins when it is there
        QCOMPARE(Clumio::workloadOf(r), QStringLiteral("protection_group"));
    }

    void badInputFailsInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>502</html>") << QStringLiteral("tasks page: not valid JSON");
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("tasks page: expected an object with _embedded.items, got an array");
        QTest::newRow("items not a list") << QByteArrayLiteral("{\"_embedded\":{\"items\":{}}}")
                                          << QStringLiteral("tasks page: _embedded.items is not a list");
        QTest::newRow("embedded not an object")
            << QByteArrayLiteral("{\"_embedded\":[]}") << QStringLiteral("tasks page: _embedded.items is not a list");
        QTest::newRow("no embedded but a count") << QByteArrayLiteral("{\"total_count\":5}")
                                                 << QStringLiteral("tasks page: no _embedded.items although "
                                                                   "total_count is not 0");
        QTest::newRow("element not an object") << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":\"1\"},7]}}")
                                               << QStringLiteral("tasks page: element 1 is a number, not an object");
        QTest::newRow("missing id") << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"status\":\"queued\"}]}}")
                                    << QStringLiteral("tasks page: element 0: no id");
        QTest::newRow("numeric id") << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":17}]}}")
                                    << QStringLiteral("tasks page: element 0: \"id\" is a number, not a string");
        QTest::newRow("status number") << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":\"9\",\"status\":3}]}}")
                                       << QStringLiteral("tasks page: element 0: task 9: \"status\" is a number, "
                                                         "not a string");
        QTest::newRow("timestamp number")
            << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":\"9\",\"created_timestamp\":5}]}}")
            << QStringLiteral("task 9: \"created_timestamp\" is a number, not a timestamp");
        QTest::newRow("entity string") << QByteArrayLiteral(
            "{\"_embedded\":{\"items\":[{\"id\":\"9\",\"primary_entity\":\"vol\"}]}}")
                                       << QStringLiteral("task 9: \"primary_entity\" is a string, not an object");
        QTest::newRow("entity value number")
            << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":\"9\",\"parent_entity\":{\"value\":1}}]}}")
            << QStringLiteral("task 9: parent_entity: \"value\" is a number, not a string");
        QTest::newRow("progress object")
            << QByteArrayLiteral("{\"_embedded\":{\"items\":[{\"id\":\"9\",\"progress_percentage\":{}}]}}")
            << QStringLiteral("task 9: \"progress_percentage\" is an object, not a number");
    }

    void badInputFailsInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto page = Clumio::parseTasksPage(body);
        QVERIFY(!page);
        QVERIFY2(page.error.contains(message), qPrintable(page.error));
    }

    void incrementalFiltersAndMerge()
    {
        const QDateTime since(QDate(2026, 11, 15), QTime(10, 0, 0, 999), Qt::UTC);
        QCOMPARE(Clumio::createdSinceFilter(since),
                 QStringLiteral("{\"created_timestamp\":{\"$gte\":\"2026-11-15T10:00:00Z\"}}"));
        QCOMPARE(Clumio::idFilter({ QStringLiteral("101"), QStringLiteral("114") }),
                 QStringLiteral("{\"id\":{\"$in\":[\"101\",\"114\"]}}"));

        std::vector<TaskRecord> all;
        for (const char *name : { "tasks-page1.json", "tasks-page2.json", "tasks-page3.json" }) {
            std::vector<TaskRecord> items = itemsOf(name);
            all.insert(all.end(), items.begin(), items.end());
        }
        // The window starts after the oldest two (created on the 21st, 19:00 and 20:00).
        const QDateTime windowStart = utc("2026-11-21T20:30:00Z");
        const Clumio::TaskCache cache = Clumio::replaceAll(all, windowStart);
        QCOMPARE(cache.size(), 6);
        QVERIFY(!cache.contains(QStringLiteral("8123462")));
        QCOMPARE(Clumio::newestCreated(cache), utc("2026-11-22T13:30:00Z"));

        // queued 8123458, in_progress 8123457, aborting 8123459: re-read in chunks of two.
        const std::vector<QStringList> chunks = Clumio::unfinishedIdChunks(cache, 2);
        QCOMPARE(chunks.size(), size_t(2));
        QCOMPARE(chunks[0], QStringList({ QStringLiteral("8123457"), QStringLiteral("8123458") }));
        QCOMPARE(chunks[1], QStringList({ QStringLiteral("8123459") }));

        TaskRecord finished = cache.value(QStringLiteral("8123457"));
        finished.vendorStatus = QStringLiteral("completed");
        finished.status = Status::Success;
        TaskRecord fresh;
        fresh.id = QStringLiteral("9000000");
        fresh.created = utc("2026-11-22T14:00:00Z");
        const QStringList reread { QStringLiteral("8123457"), QStringLiteral("8123458") };
        // 8123458 did not come back: gone at the vendor. The later window drops 8123461 (21st, 22:00).
        const Clumio::TaskCache merged = Clumio::merge(cache, { finished, fresh }, reread, utc("2026-11-21T23:00:00Z"));
        QCOMPARE(merged.size(), 5);
        QCOMPARE(merged.value(QStringLiteral("8123457")).status, Status::Success);
        QVERIFY(merged.contains(QStringLiteral("9000000")));
        QVERIFY(!merged.contains(QStringLiteral("8123458")));
        QVERIFY(!merged.contains(QStringLiteral("8123461")));
        QVERIFY(merged.contains(QStringLiteral("8123456"))); // finished earlier, not re-read, kept
    }
};

QTEST_GUILESS_MAIN(TestClumioParser)
#include "tst_clumioparser.moc"
