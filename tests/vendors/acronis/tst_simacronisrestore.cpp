// The simulator's Acronis task cancel over real loopback HTTP: a cancellable task that has not
// completed ends completed with result cancelled; any other is a 409. Acronis has no public
// endpoint that starts a restore, and neither has the simulator.
#include "simulator/simulator.h"
#include "tests/simulator/simtestclient.h"

#include <QTest>

using namespace BackupDash;
using namespace BackupDash::SimTest;

namespace {

const QString Tasks = QStringLiteral("/acronis/api/task_manager/v2/tasks");

SimulatorOptions options(double speed)
{
    SimulatorOptions result;
    result.vendors = { QStringLiteral("acronis") };
    result.seed = 8;
    result.speed = speed;
    result.startTime = QDateTime(QDate(2026, 11, 22), QTime(21, 30), Qt::UTC); // nightly machine backups run
    return result;
}

} // namespace

class TestSimAcronisRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void cancelEndsARunningTaskCancelled()
    {
        Simulator sim(options(20)); // the 8 s a cancel takes pass in 0.4 s
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QJsonObject running = firstTask([](const QJsonObject &t) {
            return t.value(u"state").toString() == QLatin1String("started") && t.value(u"cancellable").toBool();
        });
        QVERIFY2(!running.isEmpty(), "the scenario has a task running at its start");
        const QString id = running.value(u"idString").toString();
        const Answer cancelled = cancel(id, "cancel-1");
        QCOMPARE(cancelled.status, 200);
        QVERIFY(cancelled.json().value(u"cancelRequested").toBool());
        QCOMPARE(cancelled.json().value(u"idString").toString(), id);
        QTRY_COMPARE_WITH_TIMEOUT(get(Tasks + QLatin1Char('/') + id).json().value(u"state").toString(),
                                  QStringLiteral("completed"), 5'000);
        const QJsonObject done = get(Tasks + QLatin1Char('/') + id).json();
        QCOMPARE(done.value(u"result").toObject().value(u"code").toString(), QStringLiteral("cancelled"));
        QVERIFY(!done.value(u"cancellable").toBool());
        QVERIFY(done.value(u"completedAt").toString() > done.value(u"startedAt").toString());
        // The listing agrees with the task.
        bool listed = false;
        for (const QJsonValue value : get(Tasks + QStringLiteral("?limit=1000")).json().value(u"items").toArray()) {
            if (value.toObject().value(u"idString").toString() == id) {
                listed = true;
                QCOMPARE(value.toObject().value(u"result").toObject().value(u"code").toString(),
                         QStringLiteral("cancelled"));
            }
        }
        QVERIFY(listed);
        QCOMPARE(countOf(sim.stats(), "postsByIdempotencyKey", QStringLiteral("cancel-1")), 1); // PUT counts too
        QCOMPARE(sim.stats()
                     .value(u"requests")
                     .toObject()
                     .value(QStringLiteral("PUT ") + Tasks + QStringLiteral("/{id}/cancel"))
                     .toInt(),
                 1);
    }

    void completedOrUnknownTasksAreRefused()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QJsonObject completed =
            firstTask([](const QJsonObject &t) { return t.value(u"state").toString() == QLatin1String("completed"); });
        QVERIFY(!completed.isEmpty());
        const Answer refused = cancel(completed.value(u"idString").toString(), {});
        QCOMPARE(refused.status, 409);
        const QJsonObject error = refused.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("TaskCompleted"));
        QVERIFY(error.value(u"message").toString().contains(QLatin1String("already completed")));
        QCOMPARE(get(Tasks + QLatin1Char('/') + completed.value(u"idString").toString()).json(),
                 completed); // unchanged

        const Answer unknown = cancel(QStringLiteral("12345"), {});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("NotFound"));
        QCOMPARE(cancel(QStringLiteral("not-a-number"), {}).status, 404);
        QCOMPARE(send(m_nam, "POST", urlOf(m_root, Tasks + QStringLiteral("/12345/cancel")), {},
                      { { "Authorization", m_token } })
                     .status,
                 405);
        QCOMPARE(send(m_nam, "PUT", urlOf(m_root, Tasks + QStringLiteral("/12345/cancel"))).status, 401);
    }

    void noEndpointStartsARestore()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        QCOMPARE(send(m_nam, "POST", urlOf(m_root, Tasks), "{\"type\":\"UserMailboxRestore\"}",
                      { { "Authorization", m_token }, { "Idempotency-Key", "none" } })
                     .status,
                 405);
        QCOMPARE(send(m_nam, "POST", urlOf(m_root, QStringLiteral("/acronis/api/2/restores")), "{}",
                      { { "Authorization", m_token } })
                     .status,
                 404);
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 0);
        QCOMPARE(countOf(sim.stats(), "postsByIdempotencyKey", QStringLiteral("none")), 1);
    }

private:
    void connectTo(const Simulator &sim)
    {
        m_root = sim.rootUrl();
        const QByteArray basic = "Basic "
            + QStringLiteral("8c3e6f0a-5d2b-4a71-9e44-1f2a3b4c5d6e:sim-acronis-demo-secret").toLatin1().toBase64();
        const Answer token = send(m_nam, "POST", urlOf(m_root, QStringLiteral("/acronis/api/2/idp/token")),
                                  "grant_type=client_credentials", { { "Authorization", basic } });
        m_token = "Bearer " + token.json().value(u"access_token").toString().toLatin1();
    }
    template<typename Predicate> QJsonObject firstTask(Predicate predicate)
    {
        for (const QJsonValue value : get(Tasks + QStringLiteral("?limit=1000")).json().value(u"items").toArray()) {
            if (predicate(value.toObject()))
                return value.toObject();
        }
        return {};
    }
    Answer get(const QString &path)
    {
        return send(m_nam, "GET", urlOf(m_root, path), {}, { { "Authorization", m_token } });
    }
    Answer cancel(const QString &id, const QByteArray &key)
    {
        Headers headers { { "Authorization", m_token } };
        if (!key.isEmpty())
            headers.append({ "Idempotency-Key", key });
        return send(m_nam, "PUT", urlOf(m_root, Tasks + QLatin1Char('/') + id + QStringLiteral("/cancel")), {},
                    headers);
    }

    QNetworkAccessManager m_nam;
    QUrl m_root;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestSimAcronisRestore)
#include "tst_simacronisrestore.moc"
