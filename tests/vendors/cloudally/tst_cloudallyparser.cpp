// The CloudAlly parser on fixtures written from the documentation (README "CloudAlly" and the
// seed's backup-task schema), every documented enum value, and every bad input it refuses.
#include "connectors/cloudally/cloudallypaging.h"
#include "connectors/cloudally/cloudallyparser.h"
#include "connectors/pagedfetch.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace BackupDash;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/cloudally/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

// A one-task page around `taskJson` (a JSON object's text).
QByteArray pageWith(const QByteArray &taskJson)
{
    return QByteArrayLiteral("{\"data\":[") + taskJson
        + QByteArrayLiteral("],\"totalPages\":1,\"nextPageToken\":null}");
}

} // namespace

class TestCloudAllyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPage()
    {
        const auto page = CloudAlly::parseTasksPage(fixture("tasks-page1.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->nextPageToken, QStringLiteral("eyJwYWdlIjoyfQ"));
        QCOMPARE(page.value->totalPages, std::optional<qint64>(3));
        QCOMPARE(page.value->tasks.size(), size_t(3));

        const Task &mailbox = page.value->tasks[0];
        QCOMPARE(mailbox.id, QStringLiteral("5f3c1e9a7b2d4c0012ab34cd"));
        QCOMPARE(mailbox.name, QStringLiteral("Jürgen Müller – Exchange mailbox"));
        QCOMPARE(mailbox.vendor, QStringLiteral("cloudally"));
        QVERIFY(mailbox.sourceId.isEmpty()); // the connector's source fills it
        QCOMPARE(mailbox.workload, QStringLiteral("MS365"));
        QCOMPARE(mailbox.status, Status::Success);
        QCOMPARE(mailbox.vendorStatus, QStringLiteral("success"));
        QCOMPARE(mailbox.lastSuccess, utc("2026-11-22T02:41:09.987Z")); // 7 digits truncated to ms
        QCOMPARE(mailbox.lastRun, mailbox.lastSuccess); // a successful task's last run is its last backup
        QVERIFY(!mailbox.nextRun.isValid());
        QCOMPARE(mailbox.sizeBytes, std::optional<qint64>(5368709120LL)); // above 32 bits
        QCOMPARE(mailbox.schedule, QStringLiteral("Daily (Europe/Berlin)"));
        QVERIFY(mailbox.enabled);
        QVERIFY(!mailbox.progress);
        QVERIFY(!mailbox.lastRunSeconds);

        const Task &gmail = page.value->tasks[1];
        QCOMPARE(gmail.name, QStringLiteral("東京ロジスティクス – Gmail & Drive"));
        QCOMPARE(gmail.status, Status::Failed);
        QCOMPARE(gmail.lastSuccess, utc("2026-11-21T17:45:00.123Z")); // +05:30 offset
        QVERIFY(!gmail.lastRun.isValid()); // failed: the vendor does not say when it ran
        QVERIFY(!gmail.sizeBytes); // null
        QCOMPARE(gmail.schedule, QStringLiteral("Every 3 hours"));

        const Task &salesforce = page.value->tasks[2];
        QCOMPARE(salesforce.id, QStringLiteral("000123")); // exact, leading zeros kept
        QCOMPARE(salesforce.status, Status::Running);
        QCOMPARE(salesforce.vendorStatus, QStringLiteral("in_progress"));
        QVERIFY(!salesforce.lastSuccess.isValid());
        QVERIFY(!salesforce.lastRun.isValid());
        QVERIFY(!salesforce.sizeBytes); // absent
        QCOMPARE(salesforce.schedule, QStringLiteral("Manual only"));
    }

    void middlePage()
    {
        const auto page = CloudAlly::parseTasksPage(fixture("tasks-page2.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->nextPageToken, QStringLiteral("eyJwYWdlIjozfQ"));
        QCOMPARE(page.value->tasks.size(), size_t(3));
        const Task &box = page.value->tasks[0];
        QCOMPARE(box.status, Status::Paused);
        QVERIFY(box.enabled);
        QCOMPARE(box.lastSuccess, utc("2026-11-21T00:00:00.000Z")); // -03:00 offset
        QCOMPARE(box.schedule, QStringLiteral("Daily (America/Sao_Paulo)"));
        const Task &dropbox = page.value->tasks[1];
        QCOMPARE(dropbox.status, Status::Queued);
        QVERIFY(dropbox.schedule.isEmpty()); // no schedule given
        const Task &sharepoint = page.value->tasks[2];
        QCOMPARE(sharepoint.lastSuccess, utc("2026-11-22T16:00:00.123Z"));
        QCOMPARE(sharepoint.sizeBytes, std::optional<qint64>(9007199254740993LL)); // above 2^53, exact
        QCOMPARE(sharepoint.schedule, QStringLiteral("Daily"));
    }

    void lastPage()
    {
        const auto page = CloudAlly::parseTasksPage(fixture("tasks-page3.json"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->nextPageToken.isEmpty());
        QCOMPARE(page.value->tasks.size(), size_t(2));
        const Task &onedrive = page.value->tasks[0];
        QCOMPARE(onedrive.status, Status::Unknown); // status absent
        QCOMPARE(onedrive.vendorStatus, QString());
        QVERIFY(!onedrive.lastRun.isValid());
        QCOMPARE(onedrive.sizeBytes, std::optional<qint64>(1073741824LL)); // a numeric string
        const Task &archive = page.value->tasks[1];
        QCOMPARE(archive.workload, QStringLiteral("EXCHANGE_ONLINE_ARCHIVE")); // unknown type kept as sent
        QCOMPARE(archive.status, Status::Unknown);
        QCOMPARE(archive.vendorStatus, QStringLiteral("archived"));
        QCOMPARE(archive.sizeBytes, std::optional<qint64>(0));
        QCOMPARE(archive.schedule, QStringLiteral("weekly")); // unknown frequency shown as sent
    }

    void everyStatus_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<Status>("expected");
        QTest::newRow("success") << QStringLiteral("success") << Status::Success;
        QTest::newRow("failed") << QStringLiteral("failed") << Status::Failed;
        QTest::newRow("in_progress") << QStringLiteral("in_progress") << Status::Running;
        QTest::newRow("paused") << QStringLiteral("paused") << Status::Paused;
        QTest::newRow("pending") << QStringLiteral("pending") << Status::Queued;
        QTest::newRow("other case") << QStringLiteral("In_Progress") << Status::Running;
        QTest::newRow("unknown") << QStringLiteral("deleted") << Status::Unknown;
    }

    void everyStatus()
    {
        QFETCH(QString, vendor);
        QFETCH(Status, expected);
        const QByteArray json = QByteArrayLiteral("{\"id\":\"t1\",\"name\":\"n\",\"type\":\"BOX\",\"status\":\"")
            + vendor.toUtf8() + QByteArrayLiteral("\"}");
        const auto task = CloudAlly::parseTask(QJsonDocument::fromJson(json).object());
        QVERIFY2(task, qPrintable(task.error));
        QCOMPARE(task.value->status, expected);
        QCOMPARE(task.value->vendorStatus, vendor); // raw spelling kept
    }

    void everyType_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type :
             { "MS365", "GOOGLE_WORKSPACE", "SALESFORCE", "BOX", "DROPBOX", "SHAREPOINT", "ONEDRIVE", "SLACK" })
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void everyType()
    {
        QFETCH(QString, type);
        const QByteArray json = QByteArrayLiteral("{\"id\":\"t1\",\"name\":\"n\",\"type\":\"") + type.toUtf8()
            + QByteArrayLiteral("\",\"status\":\"success\"}");
        const auto task = CloudAlly::parseTask(QJsonDocument::fromJson(json).object());
        QVERIFY2(task, qPrintable(task.error));
        QCOMPARE(task.value->workload, type);
    }

    void everySchedule_data()
    {
        QTest::addColumn<QByteArray>("schedule");
        QTest::addColumn<QString>("words");
        QTest::newRow("daily with zone") << QByteArrayLiteral("{\"frequency\":\"daily\",\"timezone\":\"Asia/Tokyo\"}")
                                         << QStringLiteral("Daily (Asia/Tokyo)");
        QTest::newRow("daily without zone")
            << QByteArrayLiteral("{\"frequency\":\"daily\"}") << QStringLiteral("Daily");
        QTest::newRow("every 3 hours") << QByteArrayLiteral("{\"frequency\":\"every_3_hours\",\"timezone\":\"UTC\"}")
                                       << QStringLiteral("Every 3 hours");
        QTest::newRow("manual") << QByteArrayLiteral("{\"frequency\":\"manual\"}") << QStringLiteral("Manual only");
        QTest::newRow("unknown") << QByteArrayLiteral("{\"frequency\":\"hourly\"}") << QStringLiteral("hourly");
        QTest::newRow("empty") << QByteArrayLiteral("{}") << QString();
    }

    void everySchedule()
    {
        QFETCH(QByteArray, schedule);
        QFETCH(QString, words);
        QCOMPARE(CloudAlly::scheduleText(QJsonDocument::fromJson(schedule).object()), words);
    }

    void missingNameFallsBackToTheId()
    {
        const auto task = CloudAlly::parseTask(QJsonDocument::fromJson("{\"id\":\"abc\",\"type\":\"BOX\"}").object());
        QVERIFY2(task, qPrintable(task.error));
        QCOMPARE(task.value->name, QStringLiteral("abc"));
        QCOMPARE(task.value->status, Status::Unknown);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArrayLiteral("<html>502</html>")
                                  << QStringLiteral("backup tasks: not valid JSON");
        QTest::newRow("array") << QByteArrayLiteral("[]")
                               << QStringLiteral("backup tasks: expected an object with \"data\", got an array");
        QTest::newRow("no data") << QByteArrayLiteral("{\"totalPages\":1}")
                                 << QStringLiteral("backup tasks: \"data\" is absent, not an array");
        QTest::newRow("data object") << QByteArrayLiteral("{\"data\":{}}")
                                     << QStringLiteral("backup tasks: \"data\" is an object, not an array");
        QTest::newRow("element not object") << QByteArrayLiteral("{\"data\":[{\"id\":\"a\"},\"b\"]}")
                                            << QStringLiteral("backup tasks: element 1 is a string, not an object");
        QTest::newRow("missing id") << pageWith(QByteArrayLiteral("{\"name\":\"n\",\"type\":\"BOX\"}"))
                                    << QStringLiteral("backup tasks: element 0: no id");
        QTest::newRow("empty id") << pageWith(QByteArrayLiteral("{\"id\":\"\"}"))
                                  << QStringLiteral("backup tasks: element 0: no id");
        QTest::newRow("numeric id") << pageWith(QByteArrayLiteral("{\"id\":17}"))
                                    << QStringLiteral("backup tasks: element 0: \"id\" is a number, not a string");
        QTest::newRow("name not string") << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"name\":[\"x\"]}"))
                                         << QStringLiteral(
                                                "backup tasks: element 0: task t: \"name\" is an array, not a string");
        QTest::newRow("status not string")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"status\":1}"))
            << QStringLiteral("backup tasks: element 0: task t: \"status\" is a number, not a string");
        QTest::newRow("type not string")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"type\":true}"))
            << QStringLiteral("backup tasks: element 0: task t: \"type\" is true/false, not a string");
        QTest::newRow("unreadable lastBackup")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"lastBackup\":\"yesterday\"}"))
            << QStringLiteral("backup tasks: element 0: task t: \"lastBackup\" is not a date-time: 'yesterday'");
        QTest::newRow("numeric createdAt")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"createdAt\":1700000000}"))
            << QStringLiteral("backup tasks: element 0: task t: \"createdAt\" is a number, not a date-time");
        QTest::newRow("fractional size")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"size\":1.5}"))
            << QStringLiteral("backup tasks: element 0: task t: \"size\" is not a byte count: a number");
        QTest::newRow("negative size") << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"size\":\"-1\"}"))
                                       << QStringLiteral(
                                              "backup tasks: element 0: task t: \"size\" is not a byte count: -1");
        QTest::newRow("schedule string")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"schedule\":\"daily\"}"))
            << QStringLiteral("backup tasks: element 0: task t: \"schedule\" is a string, not an object");
        QTest::newRow("frequency number")
            << pageWith(QByteArrayLiteral("{\"id\":\"t\",\"schedule\":{\"frequency\":3}}"))
            << QStringLiteral("backup tasks: element 0: task t: schedule: \"frequency\" is a number, not a string");
        QTest::newRow("token number") << QByteArrayLiteral("{\"data\":[],\"nextPageToken\":2}")
                                      << QStringLiteral("backup tasks: \"nextPageToken\" is a number, not a string");
        QTest::newRow("totalPages text") << QByteArrayLiteral("{\"data\":[],\"totalPages\":\"many\"}")
                                         << QStringLiteral("backup tasks: \"totalPages\" is not a whole number");
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto page = CloudAlly::parseTasksPage(body);
        QVERIFY(!page);
        QVERIFY2(page.error.startsWith(error), qPrintable(page.error));
    }

    void tokenWithExpiry()
    {
        const QDateTime now = utc("2026-11-22T10:00:00.000Z");
        const auto grant = CloudAlly::parseToken(fixture("token-partner.json"), now);
        QVERIFY2(grant, qPrintable(grant.error));
        QCOMPARE(grant.value->accessToken, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.cGFydG5lcg.c2ln"));
        QCOMPARE(grant.value->refreshToken, QStringLiteral("rt-7f1c2b"));
        QCOMPARE(grant.value->expiresAt, now.addSecs(900));
    }

    void tokenWithoutExpiryLastsAnHour()
    {
        const QDateTime now = utc("2026-11-22T10:00:00.000Z");
        const auto grant = CloudAlly::parseToken(fixture("token-no-expiry.json"), now);
        QVERIFY2(grant, qPrintable(grant.error));
        QCOMPARE(grant.value->expiresAt, now.addSecs(3600));
        const auto asText = CloudAlly::parseToken(QByteArrayLiteral("{\"accessToken\":\"a\",\"expiresIn\":\"120\"}"),
                                                  now); // a numeric string
        QVERIFY2(asText, qPrintable(asText.error));
        QCOMPARE(asText.value->expiresAt, now.addSecs(120));
        QVERIFY(asText.value->refreshToken.isEmpty());
    }

    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArrayLiteral("Unauthorized") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArrayLiteral("[]") << QStringLiteral("the answer is not an object");
        QTest::newRow("snake case only") << QByteArrayLiteral("{\"access_token\":\"a\"}")
                                         << QStringLiteral("no accessToken in the answer");
    }

    void badTokens()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto grant = CloudAlly::parseToken(body, QDateTime::currentDateTimeUtc());
        QVERIFY(!grant);
        QVERIFY2(grant.error.startsWith(error), qPrintable(grant.error));
    }

    void snapshotCarriesTheSource()
    {
        const auto page = CloudAlly::parseTasksPage(fixture("tasks-page1.json"));
        QVERIFY(page);
        const QDateTime at = utc("2026-11-22T10:00:00.000Z");
        const SourceSnapshot s = CloudAlly::buildSnapshot(QStringLiteral("ca-1"), page.value->tasks, at);
        QCOMPARE(s.sourceId, QStringLiteral("ca-1"));
        QCOMPARE(s.polledAt, at);
        QCOMPARE(s.tasks.size(), size_t(3));
        for (const Task &t : s.tasks)
            QCOMPARE(t.sourceId, QStringLiteral("ca-1"));
        QVERIFY(s.runs.empty());
        QVERIFY(s.restores.empty());
        QVERIFY(s.windows.empty());
    }

    void pagingSteps()
    {
        using CloudAlly::nextStep;
        const auto next = nextStep(1, QStringLiteral("t2"), 3, {});
        QVERIFY(!next.done && next.error.isEmpty());
        QCOMPARE(next.nextPage, 2);
        QCOMPARE(next.nextPageToken, QStringLiteral("t2"));
        QVERIFY(nextStep(3, QString(), 3, { QStringLiteral("t2") }).done); // no token
        QVERIFY(nextStep(3, QStringLiteral("t4"), 3, {}).done); // past totalPages
        QVERIFY(!nextStep(3, QStringLiteral("t4"), std::nullopt, {}).done); // no total: follow the token
        const auto loop = nextStep(3, QStringLiteral("t2"), 9, { QStringLiteral("t2"), QStringLiteral("t3") });
        QVERIFY(!loop.done);
        QCOMPARE(
            loop.error,
            QStringLiteral("backup tasks: the paging does not end (page 3 hands out the nextPageToken 't2' again)"));
        QVERIFY(!nextStep(MaxPages, QStringLiteral("x"), std::nullopt, {}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudAllyParser)
#include "tst_cloudallyparser.moc"
