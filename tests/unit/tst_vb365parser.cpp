#include "connectors/vb365/vb365parser.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace BackupDash;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/vb365/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}
} // namespace

class TestVb365Parser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedJobAndIts168HourWindow()
    {
        const QJsonObject job = QJsonDocument::fromJson(fixture("job-v3-seed.json")).object();
        const Parsed<Vb365::JobRecord> parsed = Vb365::parseJob(job);
        QVERIFY2(parsed, qPrintable(parsed.error));
        const Task &task = parsed.value->task;
        QCOMPARE(task.id, QStringLiteral("3c407448-4d05-432f-a651-144827bed5ce"));
        QCOMPARE(task.name, QStringLiteral("test_job"));
        QCOMPARE(task.status, Status::Success);
        QCOMPARE(task.vendorStatus, QStringLiteral("Success"));
        QCOMPARE(task.lastRun, utc("2017-05-30T12:19:14.792Z")); // 7 digits truncated to ms
        QCOMPARE(task.nextRun, utc("2017-06-02T02:00:00.000Z"));
        QCOMPARE(task.schedule, QStringLiteral("Friday at 19:00"));

        QVERIFY(parsed.value->window.has_value());
        const BackupWindow &w = *parsed.value->window;
        QVERIFY2(w.isValid(), qPrintable(w.error));
        QCOMPARE(w.minuteOffset, 0);
        QCOMPARE(w.vendorAllowed.size(), 168);
        QCOMPARE(int(std::count(w.allowed.begin(), w.allowed.end(), true)), 138);
        // Blocked per the seed: Mon 06–08 and 19, Tue 06–08 and 14–19, Thu 03, 04, 18, 19, Fri 05–17.
        const auto at = [&w](int day, int hour) {
            return w.allowed[size_t(day * 24 + hour)];
        };
        QVERIFY(at(0, 0) && at(0, 23)); // Sunday fully allowed
        QVERIFY(!at(1, 6) && !at(1, 8) && at(1, 9) && !at(1, 19));
        QVERIFY(!at(2, 14) && !at(2, 19) && at(2, 20));
        QVERIFY(!at(4, 3) && !at(4, 19) && at(4, 5));
        QVERIFY(!at(5, 5) && !at(5, 17) && at(5, 18) && at(5, 4));
        QVERIFY(at(6, 0) && at(6, 23)); // Saturday fully allowed
    }

    void envelopePageWithNextLinkAndOddFields()
    {
        const auto page = Vb365::parseJobsPage(fixture("jobs-v8-page1.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->nextLink,
                 QStringLiteral("/v8/Jobs?offset=3&limit=3&setId=6f0e8a1c-0000-4000-8000-000000000001"));
        QCOMPARE(page.value->items.size(), size_t(3));

        const auto &zurich = page.value->items[0];
        QCOMPARE(zurich.task.name, QStringLiteral("Exchange – Zürich Büro"));
        QCOMPARE(zurich.task.status, Status::Warning); // "warning" in lower case
        QCOMPARE(zurich.task.vendorStatus, QStringLiteral("warning"));
        QCOMPARE(zurich.task.lastSuccess, utc("2026-11-22T02:41:09.987Z"));
        QCOMPARE(zurich.task.schedule, QStringLiteral("Workdays at 02:00"));
        QCOMPARE(zurich.organizationId, QStringLiteral("org-1"));
        QVERIFY(zurich.window && zurich.window->isValid());
        QCOMPARE(zurich.window->minuteOffset, 330);
        QVERIFY(!zurich.window->allowed[size_t(1 * 24 + 8)]);
        QVERIFY(zurich.window->allowed[size_t(1 * 24 + 18)]);

        const auto &onedrive = page.value->items[1];
        QVERIFY(!onedrive.task.enabled); // "false" as a string
        QCOMPARE(onedrive.task.status, Status::Paused);
        QCOMPARE(onedrive.task.vendorStatus, QStringLiteral("Success")); // last status kept beside it
        QCOMPARE(onedrive.task.schedule, QStringLiteral("Every 4 hours"));
        QVERIFY(onedrive.window); // periodic window, not the disabled daily one
        QCOMPARE(onedrive.window->minuteOffset, -210);
        QVERIFY(!onedrive.window->allowed[0] && onedrive.window->allowed[24]);

        const auto &teams = page.value->items[2];
        QCOMPARE(teams.task.status, Status::Unknown);
        QCOMPARE(teams.task.vendorStatus, QStringLiteral("NotConfigured"));
        QVERIFY(!teams.task.lastRun.isValid());
        QVERIFY(!teams.task.lastSuccess.isValid());
        QCOMPARE(teams.task.schedule, QStringLiteral("Not scheduled"));
        QVERIFY(!teams.window);
    }

    void lastPageAndMalformedWindowsAreReportedPerJob()
    {
        const auto page = Vb365::parseJobsPage(fixture("jobs-v8-page2.json"));
        QVERIFY2(page, qPrintable(page.error));
        QVERIFY(page.value->nextLink.isEmpty());
        QCOMPARE(page.value->items.size(), size_t(2));
        const auto &sharepoint = page.value->items[0];
        QCOMPARE(sharepoint.task.lastRun, utc("2026-11-22T08:30:00.000Z")); // +01:00 offset
        QVERIFY(!sharepoint.task.nextRun.isValid()); // explicit null
        QCOMPARE(sharepoint.task.status, Status::Running);
        QVERIFY(sharepoint.window && !sharepoint.window->isValid());
        QCOMPARE(sharepoint.window->error, QStringLiteral("backup window unreadable: 167 elements"));
        QCOMPARE(sharepoint.window->vendorAllowed.size(), 167); // kept as received for the export
        const auto &finance = page.value->items[1];
        QCOMPARE(finance.window->error, QStringLiteral("backup window unreadable: element 100 is not true/false"));
    }

    void bareArrayOfOlderVersions()
    {
        const auto page = Vb365::parseJobsPage(fixture("jobs-v4-bare.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->items.size(), size_t(1));
        QVERIFY(page.value->nextLink.isEmpty());
        QCOMPARE(page.value->items[0].task.status, Status::Cancelled); // Stopped is never a failure
        QCOMPARE(page.value->items[0].task.lastRun, utc("2019-02-04T23:49:22.852Z"));
    }

    void shortPageEndsPagingWhateverTheLinksSay()
    {
        const QByteArray body = R"({"offset":0,"limit":5,"_links":{"next":{"href":"/v8/Jobs?offset=5&limit=5"}},
                                    "results":[{"id":"x","name":"only one"}]})";
        const auto page = Vb365::parseJobsPage(body);
        QVERIFY(page);
        QVERIFY(page.value->nextLink.isEmpty());
    }

    void badPayloadsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"results\":[{\"id\":") << QStringLiteral("jobs: not valid JSON");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("jobs: not valid JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("jobs: not valid JSON");
        QTest::newRow("wrong shape")
            << QByteArray(R"({"items":[]})")
            << QStringLiteral(
                   "jobs: expected a list (an array, or an object with \"results\"), got an object with keys items");
        QTest::newRow("results not array")
            << QByteArray(R"({"results":{"id":"a"}})") << QStringLiteral("jobs: expected a list");
        QTest::newRow("element not object")
            << QByteArray(R"({"results":[42]})") << QStringLiteral("jobs: element 0 is not an object");
        QTest::newRow("job without id") << QByteArray(R"([{"id":"a"},{"name":"no id"}])")
                                        << QStringLiteral("jobs: element 1: a job without an \"id\"");
    }
    void badPayloadsSayWhatIsWrong()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto page = Vb365::parseJobsPage(body);
        QVERIFY(!page);
        QVERIFY2(page.error.startsWith(expected), qPrintable(page.error));
    }

    void sessionsWithRunningAndLargeNumbers()
    {
        const auto page = Vb365::parseSessionsPage(fixture("sessions-v8.json"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->items.size(), size_t(4));
        const TaskRun &warning = page.value->items[0];
        QCOMPARE(warning.transferredBytes, std::optional<qint64>(6442450944LL)); // numeric string, > 2^32
        QCOMPARE(warning.status, Status::Warning);
        const TaskRun &running = page.value->items[1];
        QCOMPARE(running.status, Status::Running);
        QVERIFY(!running.ended.isValid());
        QCOMPARE(page.value->items[3].transferredBytes, std::optional<qint64>(5368709120LL));

        const auto v3 = Vb365::parseSessionsPage(fixture("sessions-v3-bare.json"));
        QVERIFY2(v3, qPrintable(v3.error));
        QCOMPARE(v3.value->items[0].processedObjects, std::optional<qint64>(1193));
        QCOMPARE(v3.value->items[0].ended, utc("2019-02-04T16:50:21.302Z"));
    }

    void restoreSessionsStateTimesResult()
    {
        const auto page = Vb365::parseRestoreSessionsPage(fixture("restoresessions-v8.json"));
        QVERIFY2(page, qPrintable(page.error));
        const auto &r = page.value->items;
        QCOMPARE(r.size(), size_t(5));
        QCOMPARE(r[0].status, Status::Success);
        QCOMPARE(r[0].target, QStringLiteral("Restore of j.doe mailbox"));
        QCOMPARE(r[0].vendorStatus, QStringLiteral("Stopped/Success"));
        QVERIFY(!r[0].abortable);
        QCOMPARE(r[1].status, Status::Running);
        QCOMPARE(r[1].target, QStringLiteral("Veod · fabrikam.onmicrosoft.com"));
        QVERIFY(r[1].abortable);
        QVERIFY(!r[1].progress); // VB365 counts objects; never exported as a percentage
        QCOMPARE(r[2].status, Status::Cancelled);
        QCOMPARE(r[3].status, Status::Queued);
        QCOMPARE(r[4].status, Status::Failed);
    }

    void tokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("lifetime");
        QTest::newRow("number") << QByteArray(R"({"access_token":"A","refresh_token":"R","expires_in":3600})") << true
                                << qint64(3600);
        QTest::newRow("string") << QByteArray(R"({"access_token":"A","refresh_token":"R","expires_in":"1800"})") << true
                                << qint64(1800);
        QTest::newRow("absent") << QByteArray(R"({"access_token":"A"})") << true << qint64(3600);
        QTest::newRow("no token") << QByteArray(R"({"token_type":"bearer"})") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("OK") << false << qint64(0);
    }
    void tokenAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, lifetime);
        const QDateTime now = utc("2026-11-22T10:00:00.000Z");
        const auto grant = Vb365::parseToken(body, now);
        QCOMPARE(bool(grant), ok);
        if (ok)
            QCOMPARE(now.secsTo(grant.value->expiresAt), lifetime);
        else
            QVERIFY(!grant.error.isEmpty());
    }

    void snapshotJoinsJobsAndSessions()
    {
        auto jobs = Vb365::parseJobsPage(fixture("jobs-v8-page1.json"));
        QVERIFY(jobs);
        auto sessions = Vb365::parseSessionsPage(fixture("sessions-v8.json"));
        QVERIFY(sessions);
        // The third job reports nothing itself: its runs must fill in last run, status and last success.
        std::vector<std::vector<TaskRun>> perJob(3);
        perJob[2] = sessions.value->items;
        jobs.value->items[2].task.vendorStatus.clear();
        const QDateTime polledAt = utc("2026-11-22T10:05:00.000Z");
        const SourceSnapshot s =
            Vb365::buildSnapshot(QStringLiteral("vb"), std::move(jobs.value->items), std::move(perJob), {}, polledAt);
        QCOMPARE(s.tasks.size(), size_t(3));
        QCOMPARE(s.runs.size(), size_t(4));
        QCOMPARE(s.windows.size(), size_t(2));
        QCOMPARE(s.windows[0].sourceId, QStringLiteral("vb"));
        const Task &teams = s.tasks[2];
        QCOMPARE(teams.sourceId, QStringLiteral("vb"));
        QCOMPARE(teams.lastRun, utc("2026-11-22T10:00:00.000Z")); // newest session, not list order
        QCOMPARE(teams.status, Status::Running);
        QCOMPARE(teams.lastRunSeconds, std::optional<qint64>(300)); // running for 5 min at poll time
        QCOMPARE(teams.lastSuccess, utc("2026-11-22T02:41:09.987Z")); // newest Success/Warning end
        for (const TaskRun &run : s.runs)
            QCOMPARE(run.taskId, teams.id);
        // A job's own lastRun/lastBackup win over its sessions.
        QCOMPARE(s.tasks[0].lastRun, utc("2026-11-22T02:00:04.123Z"));
    }
};

QTEST_GUILESS_MAIN(TestVb365Parser)
#include "tst_vb365parser.moc"
