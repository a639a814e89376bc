// The simulator's Clumio EBS volume restore over real loopback HTTP: the volumes' backups
// (filtered, sorted, paged), 202 with the task id for a listed backup and 404 for any other,
// the task listed at once and progressing to its end, abort, tenants, and errors.
#include "simulator/simulator.h"
#include "tests/simulator/simtestclient.h"

#include <QTest>

using namespace BackupDash;
using namespace BackupDash::SimTest;

namespace {

const QByteArray TokenA = QByteArrayLiteral("Bearer sim-clumio-api-token-tenant-a");
const QByteArray TokenB = QByteArrayLiteral("Bearer sim-clumio-api-token-tenant-b");
const QByteArray RestoreType = QByteArrayLiteral("application/api.clumio.restored-aws-ebs-volumes=v1+json");
const QByteArray TasksType = QByteArrayLiteral("application/api.clumio.tasks=v1+json");
const QByteArray BackupsType = QByteArrayLiteral("application/api.clumio.backup-aws-ebs-volumes=v1+json");
const QString BackupsPath = QStringLiteral("/clumio/backups/aws/ebs-volumes");
const QString RestorePath = QStringLiteral("/clumio/restores/aws/ebs-volumes");

SimulatorOptions options(double speed)
{
    SimulatorOptions result;
    result.vendors = { QStringLiteral("clumio") };
    result.seed = 4;
    result.speed = speed;
    result.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return result;
}

QByteArray body(const QString &backupId)
{
    return jsonBody({ { QStringLiteral("source"), QJsonObject { { QStringLiteral("backup_id"), backupId } } },
                      { QStringLiteral("target"),
                        QJsonObject { { QStringLiteral("environment_id"), QStringLiteral("env-1") } } } });
}

} // namespace

class TestSimClumioRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void restoreAnswers202WithTheTaskListedAtOnce()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        const QString backup = firstBackup(sim, TokenA);
        QVERIFY(!backup.isEmpty());
        const Answer created = restore(sim, TokenA, body(backup), "key-a");
        QCOMPARE(created.status, 202);
        const QString taskId = created.json().value(u"task_id").toString();
        QCOMPARE(taskId.size(), 15);
        const QString href =
            created.json().value(u"_links").toObject().value(u"read-task").toObject().value(u"href").toString();
        QCOMPARE(href, QStringLiteral("/clumio/tasks/") + taskId);

        const Answer task = get(sim, TokenA, href);
        QCOMPARE(task.status, 200);
        const QJsonObject t = task.json();
        QCOMPARE(t.value(u"id").toString(), taskId);
        QCOMPARE(t.value(u"category").toString(), QStringLiteral("restore"));
        QCOMPARE(t.value(u"type").toString(), QStringLiteral("aws_ebs_volume_restore"));
        QCOMPARE(t.value(u"status").toString(), QStringLiteral("queued"));
        QCOMPARE(t.value(u"progress_percentage").toInt(), 0);
        QVERIFY(t.value(u"is_abortable").toBool());
        QVERIFY(t.value(u"start_timestamp").isNull());
        QCOMPARE(t.value(u"primary_entity").toObject().value(u"id").toString(), backup);

        // Newest first in the listing, and found by the id filter.
        const QJsonArray page = get(sim, TokenA, QStringLiteral("/clumio/tasks?limit=5"))
                                    .json()
                                    .value(u"_embedded")
                                    .toObject()
                                    .value(u"items")
                                    .toArray();
        QCOMPARE(page.first().toObject(), t);
        const QString filter = QStringLiteral("{\"id\":{\"$in\":[\"%1\"]}}").arg(taskId);
        QCOMPARE(get(sim, TokenA,
                     QStringLiteral("/clumio/tasks?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)))
                     .json()
                     .value(u"total_count")
                     .toInt(),
                 1);
        // The other tenant does not see it.
        QCOMPARE(get(sim, TokenB, href).status, 404);
        const QJsonObject stats = sim.stats();
        QCOMPARE(countOf(stats, "postsByIdempotencyKey", QStringLiteral("key-a")), 1);
        QCOMPARE(countOf(stats, "restoreJobsByIdempotencyKey", QStringLiteral("key-a")), 1);
        QCOMPARE(stats.value(u"requests").toObject().value(u"POST /clumio/restores/aws/ebs-volumes").toInt(), 1);
    }

    void tasksProgressToTheirEnd()
    {
        Simulator sim(options(600)); // ten scenario minutes a second
        QVERIFY(sim.listen() != 0);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << restore(sim, TokenA, body(firstBackup(sim, TokenA)), {}).json().value(u"task_id").toString();
        const QString first = QStringLiteral("/clumio/tasks/") + ids.first();
        QTRY_COMPARE_WITH_TIMEOUT(get(sim, TokenA, first).json().value(u"status").toString(),
                                  QStringLiteral("in_progress"), 5'000);
        QVERIFY(!get(sim, TokenA, first).json().value(u"start_timestamp").isNull());
        for (const QString &id : ids) {
            const QString path = QStringLiteral("/clumio/tasks/") + id;
            QTRY_VERIFY_WITH_TIMEOUT(QStringList({ QStringLiteral("completed"), QStringLiteral("failed") })
                                         .contains(get(sim, TokenA, path).json().value(u"status").toString()),
                                     8'000);
            const QJsonObject done = get(sim, TokenA, path).json();
            QVERIFY(!done.value(u"end_timestamp").isNull());
            QVERIFY(!done.value(u"is_abortable").toBool());
            if (done.value(u"status").toString() == QLatin1String("completed"))
                QCOMPARE(done.value(u"progress_percentage").toInt(), 100);
            else
                QVERIFY(done.value(u"progress_percentage").toInt() < 100);
        }
    }

    void failuresAreAboutOneInSix()
    {
        Simulator sim(options(6'000)); // 100 scenario minutes a second
        QVERIFY(sim.listen() != 0);
        QStringList ids;
        const QString backup = firstBackup(sim, TokenA);
        for (int i = 0; i < 60; ++i)
            ids << restore(sim, TokenA, body(backup), {}).json().value(u"task_id").toString();
        QTest::qWait(300); // 30 scenario minutes: all have ended
        int failed = 0;
        for (const QString &id : ids) {
            const QString status =
                get(sim, TokenA, QStringLiteral("/clumio/tasks/") + id).json().value(u"status").toString();
            QVERIFY2(status == QLatin1String("completed") || status == QLatin1String("failed"), qPrintable(status));
            failed += status == QLatin1String("failed");
        }
        QVERIFY2(failed >= 4 && failed <= 18, qPrintable(QString::number(failed)));
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 60);
    }

    void abortWorksForRunTimeTasks()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        const QString id = restore(sim, TokenA, body(firstBackup(sim, TokenA)), {}).json().value(u"task_id").toString();
        const QUrl url = urlOf(sim.rootUrl(), QStringLiteral("/clumio/tasks/") + id);
        const Headers headers { { "Authorization", TokenA },
                                { "Accept", TasksType },
                                { "Idempotency-Key", "abort-1" } };
        const Answer aborted = send(m_nam, "PATCH", url, "{\"status\":\"aborting\"}", headers);
        QCOMPARE(aborted.status, 200);
        QCOMPARE(aborted.json().value(u"status").toString(), QStringLiteral("aborting"));
        QVERIFY(!aborted.json().value(u"is_abortable").toBool());
        const Answer twice = send(m_nam, "PATCH", url, "{\"status\":\"aborting\"}", headers);
        QCOMPARE(twice.status, 400);
        QCOMPARE(countOf(sim.stats(), "postsByIdempotencyKey", QStringLiteral("abort-1")), 2);
    }

    void abortedTaskEndsAborted()
    {
        Simulator sim(options(120)); // the 30 s of aborting pass in a quarter second
        QVERIFY(sim.listen() != 0);
        const QString id = restore(sim, TokenA, body(firstBackup(sim, TokenA)), {}).json().value(u"task_id").toString();
        const QString path = QStringLiteral("/clumio/tasks/") + id;
        QCOMPARE(send(m_nam, "PATCH", urlOf(sim.rootUrl(), path), "{\"status\":\"aborting\"}",
                      { { "Authorization", TokenA }, { "Accept", TasksType } })
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(get(sim, TokenA, path).json().value(u"status").toString(), QStringLiteral("aborted"),
                                  5'000);
    }

    void backupsAreListedPerVolumeNewestFirst()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        const Answer all = backups(sim, TokenA, QStringLiteral("?limit=100"));
        QCOMPARE(all.status, 200);
        const QJsonArray items = all.json().value(u"_embedded").toObject().value(u"items").toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject newest = items.first().toObject();
        for (const char *key : { "id", "volume_id", "start_timestamp", "expiration_timestamp", "aws_az" })
            QVERIFY2(!newest.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(newest.value(u"size").toInt() > 0);
        QVERIFY(newest.value(u"id").toString() != newest.value(u"volume_id").toString()); // a backup, not the volume
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).toObject().value(u"start_timestamp").toString()
                    >= items.at(i).toObject().value(u"start_timestamp").toString());

        // One volume's backups: the documented filter, and the other sort order.
        const QString volume = newest.value(u"volume_id").toString();
        const QString filter = QStringLiteral("{\"volume_id\":{\"$eq\":\"%1\"}}").arg(volume);
        const QString query = QStringLiteral("?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
        const QJsonObject mine = backups(sim, TokenA, query + QStringLiteral("&sort=-start_timestamp&limit=3")).json();
        const QJsonArray page = mine.value(u"_embedded").toObject().value(u"items").toArray();
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().toObject(), newest);
        for (const QJsonValue &item : page)
            QCOMPARE(item.toObject().value(u"volume_id").toString(), volume);
        QVERIFY(mine.value(u"_links").toObject().contains(u"_next"));
        const QJsonArray oldestFirst = backups(sim, TokenA, query + QStringLiteral("&sort=start_timestamp&limit=100"))
                                           .json()
                                           .value(u"_embedded")
                                           .toObject()
                                           .value(u"items")
                                           .toArray();
        QCOMPARE(oldestFirst.last().toObject(), newest);
        QCOMPARE(oldestFirst.size(), mine.value(u"total_count").toInt());
        // The other tenant has other volumes.
        QCOMPARE(backups(sim, TokenB, query).json().value(u"total_count").toInt(), 0);

        // Asked wrongly: Clumio's error body, in words.
        QCOMPARE(backups(sim, TokenA, QStringLiteral("?sort=size")).status, 400);
        const QString badFilter = QStringLiteral("{\"volume_id\":{\"$in\":[\"x\"]}}");
        QCOMPARE(
            backups(sim, TokenA, QStringLiteral("?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(badFilter)))
                .status,
            400);
        QCOMPARE(send(m_nam, "GET", urlOf(sim.rootUrl(), BackupsPath), {},
                      { { "Authorization", TokenA }, { "Accept", TasksType } })
                     .status,
                 406);
    }

    void onlyAListedBackupIsRestored()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        const Answer volume = backups(sim, TokenA, QStringLiteral("?limit=1"));
        const QString volumeId = volume.json()
                                     .value(u"_embedded")
                                     .toObject()
                                     .value(u"items")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"volume_id")
                                     .toString();
        // The protected volume's id is not a backup (what BackupDash once sent), nor is the other tenant's backup.
        for (const QString &id : { volumeId, firstBackup(sim, TokenB), QStringLiteral("bk-1") }) {
            const Answer refused = restore(sim, TokenA, body(id), "key-refused");
            QCOMPARE(refused.status, 404);
            QVERIFY2(refused.json()
                         .value(u"errors")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"error_message")
                         .toString()
                         .contains(QStringLiteral("was not found")),
                     refused.body.constData());
        }
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 0);
        QCOMPARE(restore(sim, TokenA, body(firstBackup(sim, TokenA)), "key-ok").status, 202);
        QCOMPARE(countOf(sim.stats(), "restoreJobsByIdempotencyKey", QStringLiteral("key-ok")), 1);
    }

    void badRequestsAreAnsweredInClumioWords()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        const auto message = [](const Answer &answer) {
            return answer.json().value(u"errors").toArray().first().toObject().value(u"error_message").toString();
        };
        const Answer wrongAccept = send(m_nam, "POST", urlOf(sim.rootUrl(), RestorePath), body(QStringLiteral("b")),
                                        { { "Authorization", TokenA }, { "Accept", TasksType } });
        QCOMPARE(wrongAccept.status, 406);
        QVERIFY(message(wrongAccept).contains(QLatin1String(RestoreType)));
        const Answer noToken = send(m_nam, "POST", urlOf(sim.rootUrl(), RestorePath), body(QStringLiteral("b")),
                                    { { "Accept", RestoreType } });
        QCOMPARE(noToken.status, 401);
        const Answer noSource = restore(sim, TokenA, "{\"target\":{}}", {});
        QCOMPARE(noSource.status, 400);
        QVERIFY(message(noSource).contains(QLatin1String("source.backup_id")));
        QCOMPARE(restore(sim, TokenA, "[]", {}).status, 400);
        QCOMPARE(restore(sim, TokenA, "{\"source\":{\"backup_id\":\"  \"},\"target\":{}}", {}).status, 400);
        const Answer noTarget = restore(sim, TokenA, "{\"source\":{\"backup_id\":\"b\"}}", {});
        QCOMPARE(noTarget.status, 400);
        QVERIFY(message(noTarget).contains(QLatin1String("'target'")));
        const Answer wrongMethod = send(m_nam, "GET", urlOf(sim.rootUrl(), RestorePath), {},
                                        { { "Authorization", TokenA }, { "Accept", RestoreType } });
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 0);
    }

private:
    Answer backups(const Simulator &sim, const QByteArray &token, const QString &query)
    {
        return send(m_nam, "GET", urlOf(sim.rootUrl(), BackupsPath + query), {},
                    { { "Authorization", token }, { "Accept", BackupsType } });
    }
    QString firstBackup(const Simulator &sim, const QByteArray &token)
    {
        return backups(sim, token, QStringLiteral("?limit=1"))
            .json()
            .value(u"_embedded")
            .toObject()
            .value(u"items")
            .toArray()
            .first()
            .toObject()
            .value(u"id")
            .toString();
    }
    Answer restore(const Simulator &sim, const QByteArray &token, const QByteArray &payload, const QByteArray &key)
    {
        Headers headers { { "Authorization", token }, { "Accept", RestoreType } };
        if (!key.isEmpty())
            headers.append({ "Idempotency-Key", key });
        return send(m_nam, "POST", urlOf(sim.rootUrl(), RestorePath), payload, headers);
    }
    Answer get(const Simulator &sim, const QByteArray &token, const QString &path)
    {
        return send(m_nam, "GET", urlOf(sim.rootUrl(), path), {},
                    { { "Authorization", token }, { "Accept", TasksType } });
    }

    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestSimClumioRestore)
#include "tst_simclumiorestore.moc"
