// VB365 restore sessions started and stopped over real loopback HTTP: Explore creates one that
// is listed at once, works and ends; Stop (and the older Action) ends it without a result.
// One mailbox of the organization is restored inside a working Exchange session and listed
// among the session's events.
#include "simulator/simulator.h"
#include "tests/simulator/simtestclient.h"

#include <QTest>

using namespace BackupDash;
using namespace BackupDash::SimTest;

namespace {

constexpr int FinishMs = 8'000;

SimulatorOptions options(double speed)
{
    SimulatorOptions result;
    result.seed = 11;
    result.speed = speed;
    result.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return result;
}

QByteArray exploreBody(const QString &type = QStringLiteral("vex"))
{
    return jsonBody({ { QStringLiteral("datetime"), QStringLiteral("2026-11-21T08:00:00Z") },
                      { QStringLiteral("type"), type },
                      { QStringLiteral("showDeleted"), true } });
}

} // namespace

class TestSimVb365Restore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void exploreCreatesAWorkingSessionListedAtOnce()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const Answer created = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(), "key-1");
        QCOMPARE(created.status, 201);
        const QJsonObject session = created.json();
        const QString id = session.value(u"id").toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(session.value(u"state").toString(), QStringLiteral("Working"));
        QCOMPARE(session.value(u"type").toString(), QStringLiteral("Vex"));
        QVERIFY(!session.contains(u"result"));
        QVERIFY(!session.contains(u"endTime"));
        QCOMPARE(session.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
                 QStringLiteral("/vb365/v8/RestoreSessions/") + id);

        const QJsonArray listed = get(QStringLiteral("/RestoreSessions?limit=500")).json().value(u"results").toArray();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.first().toObject(), session); // newest first, the same object
        QCOMPARE(get(QStringLiteral("/RestoreSessions/") + id).json(), session);

        const QJsonObject stats = sim.stats();
        QCOMPARE(countOf(stats, "postsByIdempotencyKey", QStringLiteral("key-1")), 1);
        QCOMPARE(countOf(stats, "restoreJobsByIdempotencyKey", QStringLiteral("key-1")), 1);
        QCOMPARE(stats.value(u"requests").toObject().value(u"POST /vb365/v8/Organizations/{id}/Explore").toInt(), 1);
    }

    void sessionsProgressToAResult()
    {
        Simulator sim(options(600)); // 20 scenario minutes in 2 s
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        QStringList ids;
        for (const char *type : { "vex", "veod", "vesp", "vet", "VEX", "vex" }) {
            const Answer created = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org),
                                        exploreBody(QString::fromLatin1(type)), {});
            QCOMPARE(created.status, 201);
            ids << created.json().value(u"id").toString();
        }
        for (const QString &id : ids) {
            QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/RestoreSessions/") + id).json().value(u"state").toString(),
                                      QStringLiteral("Stopped"), FinishMs);
            const QJsonObject done = get(QStringLiteral("/RestoreSessions/") + id).json();
            const QString result = done.value(u"result").toString();
            QVERIFY2(QStringList({ QStringLiteral("Success"), QStringLiteral("Warning"), QStringLiteral("Failed") })
                         .contains(result),
                     qPrintable(result));
            QVERIFY(done.value(u"endTime").toString() > done.value(u"creationTime").toString());
        }
        QCOMPARE(countOf(sim.stats(), "restoreJobsByIdempotencyKey", QString()), 6);
    }

    // About 1 in 6 fails, a few warn, most succeed; the same seed gives the same fates.
    void resultsFollowTheSeed()
    {
        const auto results = [this] {
            Simulator sim(options(3'000));
            if (sim.listen() == 0)
                return QStringList();
            connectTo(sim);
            QStringList ids;
            for (int i = 0; i < 60; ++i)
                ids << post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(), {})
                           .json()
                           .value(u"id")
                           .toString();
            QTest::qWait(500); // 25 scenario minutes: every session has ended
            QStringList out;
            for (const QString &id : ids)
                out << get(QStringLiteral("/RestoreSessions/") + id).json().value(u"result").toString();
            return out;
        };
        const QStringList first = results();
        QCOMPARE(first.size(), 60);
        QCOMPARE(results(), first);
        const qsizetype failed = first.count(QStringLiteral("Failed"));
        const qsizetype warned = first.count(QStringLiteral("Warning"));
        QVERIFY2(failed >= 4 && failed <= 18, qPrintable(first.join(u',')));
        QVERIFY2(warned >= 2 && warned <= 16, qPrintable(first.join(u',')));
        QCOMPARE(first.count(QStringLiteral("Success")) + failed + warned, 60);
    }

    void stopEndsTheSessionWithoutAResult()
    {
        Simulator sim(options(60)); // Stopping lasts 20 scenario seconds: a third of a second
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QString id = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(), {})
                               .json()
                               .value(u"id")
                               .toString();
        const Answer stopped = post(QStringLiteral("/RestoreSessions/%1/Stop").arg(id), {}, "stop-1");
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json().value(u"state").toString(), QStringLiteral("Stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/RestoreSessions/") + id).json().value(u"state").toString(),
                                  QStringLiteral("Stopped"), FinishMs);
        const QJsonObject done = get(QStringLiteral("/RestoreSessions/") + id).json();
        QVERIFY(!done.contains(u"result")); // Stopped without a result: cancelled
        QVERIFY(done.value(u"details").toString().startsWith(QLatin1String("Session was stopped by")));
        const Answer again = post(QStringLiteral("/RestoreSessions/%1/Stop").arg(id), {}, {});
        QCOMPARE(again.status, 400);
        QVERIFY(again.json().value(u"message").toString().contains(QLatin1String("already stopped")));
        QCOMPARE(countOf(sim.stats(), "postsByIdempotencyKey", QStringLiteral("stop-1")), 1);
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 1); // a stop creates nothing
    }

    void olderActionStopsAScenarioSessionToo()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        // The scenario has a session working at start.
        QJsonObject working;
        for (const QJsonValue value :
             get(QStringLiteral("/RestoreSessions?limit=500")).json().value(u"results").toArray()) {
            if (value.toObject().value(u"state").toString() == QLatin1String("Working"))
                working = value.toObject();
        }
        QVERIFY(!working.isEmpty());
        const QString id = working.value(u"id").toString();
        const Answer wrong = post(QStringLiteral("/RestoreSessions/%1/Action").arg(id), "{\"start\":null}", {});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(post(QStringLiteral("/RestoreSessions/%1/Action").arg(id), "not json", {}).status, 400);
        const Answer stopped = post(QStringLiteral("/RestoreSessions/%1/Action").arg(id), "{\"stop\":null}", {});
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json().value(u"state").toString(), QStringLiteral("Stopping"));
        QCOMPARE(get(QStringLiteral("/RestoreSessions/") + id).json().value(u"state").toString(),
                 QStringLiteral("Stopping"));
    }

    void badRequestsAreAnsweredInVb365Words()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QString explore = QStringLiteral("/Organizations/%1/Explore").arg(m_org);
        const auto message = [](const Answer &answer) {
            return answer.json().value(u"message").toString();
        };

        const Answer notJson = post(explore, "{", {});
        QCOMPARE(notJson.status, 400);
        QVERIFY(message(notJson).contains(QLatin1String("JSON object")));
        const Answer badType = post(explore, exploreBody(QStringLiteral("vmail")), {});
        QCOMPARE(badType.status, 400);
        QVERIFY(message(badType).contains(QLatin1String("'type'")));
        const Answer badTime = post(explore, "{\"type\":\"vex\",\"datetime\":\"yesterday\"}", {});
        QCOMPARE(badTime.status, 400);
        QVERIFY(message(badTime).contains(QLatin1String("'datetime'")));
        QCOMPARE(post(explore, "{\"type\":\"vex\"}", {}).status, 400);
        QCOMPARE(post(explore, "{\"type\":\"vex\",\"datetime\":\"2026-11-21T08:00:00Z\",\"reason\":5}", {}).status,
                 400);
        const Answer unknownOrg =
            post(QStringLiteral("/Organizations/00000000-0000-0000-0000-000000000001/Explore"), exploreBody(), {});
        QCOMPARE(unknownOrg.status, 404);
        QVERIFY(message(unknownOrg).contains(QLatin1String("was not found")));
        QCOMPARE(get(explore).status, 405);
        const Answer unknownSession = post(QStringLiteral("/RestoreSessions/%1/Stop").arg(m_org), {}, {});
        QCOMPARE(unknownSession.status, 404);
        QCOMPARE(message(unknownSession), QStringLiteral("Restore session with ID '%1' was not found.").arg(m_org));
        QCOMPARE(get(QStringLiteral("/RestoreSessions/x/Stop")).status, 405);
        QCOMPARE(send(m_nam, "POST", urlOf(sim.rootUrl(), QStringLiteral("/vb365/v8") + explore), exploreBody()).status,
                 401);
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 0);
    }

    void organizationsListTheirMailboxes()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QJsonObject page = get(QStringLiteral("/Organizations/%1/Mailboxes?offset=0&limit=5").arg(m_org)).json();
        const QJsonArray results = page.value(u"results").toArray();
        QCOMPARE(results.size(), 5);
        QVERIFY(page.value(u"_links").toObject().contains(u"next"));
        const QJsonObject first = results.first().toObject();
        QVERIFY(!QUuid::fromString(first.value(u"id").toString()).isNull());
        QVERIFY(first.value(u"email").toString().contains(QLatin1Char('@')));
        QVERIFY(!first.value(u"name").toString().isEmpty());
        // The same every time (the seed's), and another organization's are others.
        QCOMPARE(get(QStringLiteral("/Organizations/%1/Mailboxes?limit=5").arg(m_org)).json().value(u"results"),
                 page.value(u"results"));
        QCOMPARE(get(QStringLiteral("/Organizations/nope/Mailboxes")).status, 404);
    }

    void oneMailboxIsRestoredInASessionAndListedAsAnEvent()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QJsonObject mailbox = firstMailbox();
        const QString session = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(), {})
                                    .json()
                                    .value(u"id")
                                    .toString();
        const QJsonArray before =
            get(QStringLiteral("/RestoreSessions/%1/Events").arg(session)).json().value(u"results").toArray();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().toObject().value(u"title").toString(), QStringLiteral("Restore session started"));

        const QString path = QStringLiteral("/RestoreSessions/%1/Organization/Mailboxes/%2")
                                 .arg(session, mailbox.value(u"id").toString());
        const Answer restored =
            post(path + QStringLiteral("/Restore"),
                 "{\"changedItems\":true,\"deletedItems\":true,\"markRestoredAsUnread\":true}", "mb-key-1");
        QCOMPARE(restored.status, 200);
        QVERIFY(restored.json().value(u"createdItemsCount").toInt() > 0);
        const Answer elsewhere =
            post(path + QStringLiteral("/RestoreTo"), "{\"mailbox\":\"restore-area@contoso.com\"}", "mb-key-2");
        QCOMPARE(elsewhere.status, 200);

        const QJsonArray events =
            get(QStringLiteral("/RestoreSessions/%1/Events").arg(session)).json().value(u"results").toArray();
        QCOMPARE(events.size(), 3);
        const QJsonObject event = events.at(1).toObject();
        QCOMPARE(event.value(u"type").toString(), QStringLiteral("Restore"));
        QVERIFY2(event.value(u"title").toString().contains(mailbox.value(u"email").toString()),
                 qPrintable(event.value(u"title").toString()));
        QVERIFY(
            events.at(2).toObject().value(u"title").toString().contains(QStringLiteral("restore-area@contoso.com")));
        const QJsonObject stats = sim.stats();
        QCOMPARE(countOf(stats, "postsByIdempotencyKey", QStringLiteral("mb-key-1")), 1);
        QCOMPARE(countOf(stats, "restoreJobsByIdempotencyKey", QStringLiteral("mb-key-1")), 1);
        QCOMPARE(countOf(stats, "restoreJobsByIdempotencyKey", QStringLiteral("mb-key-2")), 1);
    }

    void mailboxRestoresAreRefusedInVb365Words()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const QString mailbox = firstMailbox().value(u"id").toString();
        const QString vex = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(), {})
                                .json()
                                .value(u"id")
                                .toString();
        const QString veod =
            post(QStringLiteral("/Organizations/%1/Explore").arg(m_org), exploreBody(QStringLiteral("veod")), {})
                .json()
                .value(u"id")
                .toString();
        const auto restore = [&](const QString &session, const QString &id, const QByteArray &body,
                                 const char *how = "Restore") {
            return post(
                QStringLiteral("/RestoreSessions/%1/Organization/Mailboxes/%2/%3").arg(session, id, QLatin1String(how)),
                body, {});
        };
        QCOMPARE(restore(vex, QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000"), "{}").status, 404);
        QCOMPARE(restore(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000"), mailbox, "{}").status, 404);
        QCOMPARE(restore(veod, mailbox, "{}").status, 400); // not an Exchange session
        QCOMPARE(restore(vex, mailbox, "[]").status, 400);
        QCOMPARE(restore(vex, mailbox, "{}", "RestoreTo").status, 400); // to where?
        QCOMPARE(post(QStringLiteral("/RestoreSessions/%1/Stop").arg(vex), {}, {}).status, 200);
        const Answer stopped = restore(vex, mailbox, "{}");
        QCOMPARE(stopped.status, 400);
        QVERIFY2(stopped.body.contains("restores nothing"), stopped.body.constData());
        QCOMPARE(get(QStringLiteral("/RestoreSessions/%1/Organization/Mailboxes/%2/Restore").arg(vex, mailbox)).status,
                 405);
        QCOMPARE(sim.stats().value(u"restoreJobsCreated").toInt(), 2); // the two sessions only
    }

    void reasonIsKeptForReconciliation()
    {
        Simulator sim(options(0));
        QVERIFY(sim.listen() != 0);
        connectTo(sim);
        const Answer created = post(QStringLiteral("/Organizations/%1/Explore").arg(m_org),
                                    "{\"type\":\"veod\",\"datetime\":\"2026-11-21T08:00:00.5Z\",\"reason\":\"journal "
                                    "7f9c\"}",
                                    {});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"reason").toString(), QStringLiteral("journal 7f9c"));
        QCOMPARE(created.json().value(u"type").toString(), QStringLiteral("Veod"));
    }

private:
    void connectTo(const Simulator &sim)
    {
        m_root = sim.rootUrl();
        const Answer token = send(m_nam, "POST", urlOf(m_root, QStringLiteral("/vb365/v8/Token")),
                                  "grant_type=password&username=demo%40backupdash.local&password=demo-password");
        m_token = "Bearer " + token.json().value(u"access_token").toString().toLatin1();
        m_org = get(QStringLiteral("/Organizations"))
                    .json()
                    .value(u"results")
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id")
                    .toString();
    }
    QJsonObject firstMailbox()
    {
        return get(QStringLiteral("/Organizations/%1/Mailboxes").arg(m_org))
            .json()
            .value(u"results")
            .toArray()
            .first()
            .toObject();
    }
    Answer get(const QString &path)
    {
        return send(m_nam, "GET", urlOf(m_root, QStringLiteral("/vb365/v8") + path), {},
                    { { "Authorization", m_token } });
    }
    Answer post(const QString &path, const QByteArray &body, const QByteArray &key)
    {
        Headers headers { { "Authorization", m_token } };
        if (!key.isEmpty())
            headers.append({ "Idempotency-Key", key });
        return send(m_nam, "POST", urlOf(m_root, QStringLiteral("/vb365/v8") + path), body, headers);
    }

    QNetworkAccessManager m_nam;
    QUrl m_root;
    QByteArray m_token;
    QString m_org;
};

QTEST_GUILESS_MAIN(TestSimVb365Restore)
#include "tst_simvb365restore.moc"
