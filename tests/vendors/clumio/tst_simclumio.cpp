// The simulator's Clumio API over real loopback HTTP: auth per tenant, the versioned Accept
// header, HAL paging, filters, errors, abort, and determinism.
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
const QByteArray TokenA = QByteArrayLiteral("sim-clumio-api-token-tenant-a");
const QByteArray TokenB = QByteArrayLiteral("sim-clumio-api-token-tenant-b");
const QByteArray MediaType = QByteArrayLiteral("application/api.clumio.tasks=v1+json");

SimulatorOptions optionsAt(const QDateTime &start, quint32 seed = 3, double speed = 0)
{
    SimulatorOptions options;
    options.vendors = { QStringLiteral("clumio") };
    options.seed = seed;
    options.speed = speed;
    options.startTime = start;
    return options;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(u"_embedded").toObject().value(u"items").toArray(); }
    // The first error of Clumio's {"errors":[{"error_code","error_message"}]} body.
    QJsonObject error() const { return json().value(u"errors").toArray().first().toObject(); }
};

QString filterQuery(const QString &json)
{
    return QStringLiteral("filter=") + QString::fromLatin1(QUrl::toPercentEncoding(json));
}

} // namespace

class TestSimClumio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void tokenAndAcceptHeaderAreRequired()
    {
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        const Answer noToken = send(sim, "GET", QStringLiteral("/clumio/tasks"), {}, {});
        QCOMPARE(noToken.status, 401);
        QVERIFY(noToken.error().value(u"error_code").isDouble());
        QCOMPARE(noToken.error().value(u"error_message").toString(),
                 QStringLiteral("The API token is missing, invalid or expired."));
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/tasks"), QByteArrayLiteral("wrong")).status, 401);

        const Answer noAccept = send(sim, "GET", QStringLiteral("/clumio/tasks"), TokenA, {}, "application/json");
        QCOMPARE(noAccept.status, 406);
        QVERIFY(noAccept.error().value(u"error_message").toString().contains(QLatin1String(MediaType)));
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/tasks"), TokenA).status, 200);
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/restores"), TokenA).status, 404);
        QCOMPARE(send(sim, "DELETE", QStringLiteral("/clumio/tasks"), TokenA).status, 405);
    }

    void halPagingToTheEnd()
    {
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        const Answer first = send(sim, "GET", QStringLiteral("/clumio/tasks?limit=40"), TokenA);
        QCOMPARE(first.status, 200);
        const QJsonObject envelope = first.json();
        const qint64 total = envelope.value(u"total_count").toInteger();
        QVERIFY(total > 120);
        QCOMPARE(envelope.value(u"start").toString(), QStringLiteral("1")); // a string, 1-based
        QCOMPARE(envelope.value(u"limit").toInt(), 40);
        QCOMPARE(envelope.value(u"current_count").toInt(), 40);
        QCOMPARE(envelope.value(u"total_pages_count").toInteger(), (total + 39) / 40);
        const QJsonObject links = envelope.value(u"_links").toObject();
        QVERIFY(!links.contains(u"_prev"));
        QCOMPARE(links.value(u"_next").toObject().value(u"href").toString(),
                 QStringLiteral("/clumio/tasks?limit=40&start=2"));
        QCOMPARE(links.value(u"_last").toObject().value(u"href").toString(),
                 QStringLiteral("/clumio/tasks?limit=40&start=%1").arg((total + 39) / 40));

        QSet<QString> ids;
        QString next = QStringLiteral("/clumio/tasks?limit=40");
        int pages = 0;
        QJsonObject last;
        while (!next.isEmpty()) {
            const Answer page = send(sim, "GET", next, TokenA);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.items()) {
                const QJsonObject task = item.toObject();
                QVERIFY(task.value(u"id").isString());
                ids.insert(task.value(u"id").toString());
                const QString status = task.value(u"status").toString();
                static const QStringList Documented { QStringLiteral("queued"),    QStringLiteral("in_progress"),
                                                      QStringLiteral("completed"), QStringLiteral("failed"),
                                                      QStringLiteral("aborting"),  QStringLiteral("aborted") };
                QVERIFY2(Documented.contains(status), qPrintable(status));
                QVERIFY(task.value(u"created_timestamp").toString().endsWith(u'Z'));
            }
            last = page.json();
            next = last.value(u"_links").toObject().value(u"_next").toObject().value(u"href").toString();
            ++pages;
        }
        QCOMPARE(qint64(ids.size()), total);
        QCOMPARE(qint64(pages), (total + 39) / 40);
        QVERIFY(last.value(u"_links").toObject().contains(u"_prev"));
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/tasks?limit=1000"), TokenA).json().value(u"limit").toInt(),
                 100); // clamped
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /clumio/tasks").toInt(), pages + 2);
    }

    void tenantsSeeTheirOwnTasks()
    {
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        const QJsonArray a = send(sim, "GET", QStringLiteral("/clumio/tasks?limit=100"), TokenA).items();
        const QJsonArray b = send(sim, "GET", QStringLiteral("/clumio/tasks?limit=100"), TokenB).items();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QString idOfA = a.first().toObject().value(u"id").toString();
        for (const QJsonValue &item : b)
            QVERIFY(item.toObject().value(u"id").toString() != idOfA);
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/tasks/") + idOfA, TokenA).json().value(u"id").toString(),
                 idOfA);
        QCOMPARE(send(sim, "GET", QStringLiteral("/clumio/tasks/") + idOfA, TokenB).status, 404);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"GET /clumio/tasks/{id}").toInt(), 2);

        const QJsonArray sources = sim.sourcesConfig().value(u"sources").toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).toObject().value(u"id").toString(), QStringLiteral("sim-clumio-a"));
        QCOMPARE(sources.at(1).toObject().value(u"id").toString(), QStringLiteral("sim-clumio-b"));
        QCOMPARE(sources.at(1).toObject().value(u"auth").toObject().value(u"token").toString(),
                 QString::fromLatin1(TokenB));
        QCOMPARE(sources.at(0).toObject().value(u"baseUrl").toString(),
                 sim.vendorBaseUrl(QStringLiteral("clumio")).toString());
    }

    void filtersNarrowTheListing()
    {
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        const Answer completed = send(sim, "GET",
                                      QStringLiteral("/clumio/tasks?limit=100&")
                                          + filterQuery(QStringLiteral("{\"status\":{\"$in\":[\"completed\"]}}")),
                                      TokenA);
        QCOMPARE(completed.status, 200);
        QVERIFY(!completed.items().isEmpty());
        for (const QJsonValue &item : completed.items())
            QCOMPARE(item.toObject().value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(completed.json().value(u"filter_applied").toString(),
                 QStringLiteral("{\"status\":{\"$in\":[\"completed\"]}}"));
        // The filter travels in the links, so the next page is filtered the same way.
        const QString next =
            completed.json().value(u"_links").toObject().value(u"_next").toObject().value(u"href").toString();
        QVERIFY2(QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded)
                     == QStringLiteral("{\"status\":{\"$in\":[\"completed\"]}}"),
                 qPrintable(next));

        const Answer recent =
            send(sim, "GET",
                 QStringLiteral("/clumio/tasks?limit=100&")
                     + filterQuery(QStringLiteral("{\"created_timestamp\":{\"$gte\":\"2026-11-22T04:00:00Z\"},"
                                                  "\"category\":{\"$in\":[\"backup\",\"snapshot\"]}}")),
                 TokenA);
        QCOMPARE(recent.status, 200);
        QVERIFY(!recent.items().isEmpty());
        for (const QJsonValue &item : recent.items()) {
            QVERIFY(item.toObject().value(u"created_timestamp").toString() >= QStringLiteral("2026-11-22T04:00:00Z"));
            QVERIFY(item.toObject().value(u"category").toString().startsWith(u"backup")
                    || item.toObject().value(u"category").toString() == QStringLiteral("snapshot"));
        }

        const QString one = completed.items().at(0).toObject().value(u"id").toString();
        const QString two = completed.items().at(1).toObject().value(u"id").toString();
        const Answer byId =
            send(sim, "GET",
                 QStringLiteral("/clumio/tasks?")
                     + filterQuery(QStringLiteral("{\"id\":{\"$in\":[\"%1\",\"%2\",\"1\"]}}").arg(one, two)),
                 TokenA);
        QCOMPARE(byId.json().value(u"total_count").toInt(), 2);
    }

    void malformedRequestsAre400InWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << filterQuery(QStringLiteral("{status")) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << filterQuery(QStringLiteral("[]")) << QStringLiteral("must be a JSON object");
        QTest::newRow("unknown field") << filterQuery(QStringLiteral("{\"colour\":{\"$in\":[\"red\"]}}"))
                                       << QStringLiteral("'colour' is not supported");
        QTest::newRow("wrong operator") << filterQuery(QStringLiteral("{\"status\":{\"$eq\":\"queued\"}}"))
                                        << QStringLiteral("'$eq' is not supported for 'status'");
        QTest::newRow("bad time") << filterQuery(QStringLiteral("{\"created_timestamp\":{\"$gte\":\"yesterday\"}}"))
                                  << QStringLiteral("RFC 3339");
        QTest::newRow("in not a list") << filterQuery(QStringLiteral("{\"id\":{\"$in\":\"101\"}}"))
                                       << QStringLiteral("must be an array of strings");
        QTest::newRow("start zero") << QStringLiteral("start=0") << QStringLiteral("'start'");
        QTest::newRow("limit text") << QStringLiteral("limit=many") << QStringLiteral("'limit'");
    }

    void malformedRequestsAre400InWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, words);
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        const Answer answer = send(sim, "GET", QStringLiteral("/clumio/tasks?") + query, TokenA);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.error().value(u"error_code").toInteger() > 0);
        QVERIFY2(answer.error().value(u"error_message").toString().contains(words), answer.body.constData());
    }

    void sameSeedAndTimeGiveTheSameBody()
    {
        Simulator one(optionsAt(T0));
        Simulator two(optionsAt(T0));
        Simulator otherSeed(optionsAt(T0, 4));
        QVERIFY(one.listen(0) && two.listen(0) && otherSeed.listen(0));
        const QString path = QStringLiteral("/clumio/tasks?limit=100&start=2");
        const QByteArray a = send(one, "GET", path, TokenA).body;
        QVERIFY(!a.isEmpty());
        QCOMPARE(send(two, "GET", path, TokenA).body, a);
        QVERIFY(send(otherSeed, "GET", path, TokenA).body != a);
    }

    void abortMovesAnUnfinishedTaskToAbortingThenAborted()
    {
        // 200× speed: the simulator's 30 s of aborting pass in 0.15 s.
        Simulator sim(optionsAt(T0, 3, 200));
        QVERIFY(sim.listen(0));
        const Answer running =
            send(sim, "GET",
                 QStringLiteral("/clumio/tasks?limit=100&")
                     + filterQuery(QStringLiteral("{\"status\":{\"$in\":[\"queued\",\"in_progress\"]}}")),
                 TokenA);
        QString abortable;
        QString notAbortable;
        for (const QJsonValue &item : running.items()) {
            const QJsonObject task = item.toObject();
            (task.value(u"is_abortable").toBool() ? abortable : notAbortable) = task.value(u"id").toString();
        }
        QVERIFY2(!abortable.isEmpty(), running.body.constData());

        const QString path = QStringLiteral("/clumio/tasks/") + abortable;
        QCOMPARE(send(sim, "PATCH", path, TokenA, QByteArrayLiteral("{\"status\":\"running\"}")).status, 400);
        const Answer aborted = send(sim, "PATCH", path, TokenA, QByteArrayLiteral("{\"status\":\"aborting\"}"));
        QCOMPARE(aborted.status, 200);
        QCOMPARE(aborted.json().value(u"status").toString(), QStringLiteral("aborting"));
        QCOMPARE(aborted.json().value(u"is_abortable").toBool(), false);
        const Answer again = send(sim, "PUT", path, TokenA, QByteArrayLiteral("{\"status\":\"aborting\"}"));
        QCOMPARE(again.status, 400);
        QVERIFY2(again.error().value(u"error_message").toString().contains(QStringLiteral("cannot be aborted")),
                 again.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(send(sim, "GET", path, TokenA).json().value(u"status").toString(),
                                  QStringLiteral("aborted"), 5000);
        QVERIFY(!send(sim, "GET", path, TokenA).json().value(u"end_timestamp").isNull());
        QCOMPARE(sim.stats().value(u"requests").toObject().value(u"PATCH /clumio/tasks/{id}").toInt(), 2);
        QCOMPARE(send(sim, "PATCH", QStringLiteral("/clumio/tasks/999"), TokenA,
                      QByteArrayLiteral("{\"status\":\"aborting\"}"))
                     .status,
                 404);
    }

private:
    Answer send(const Simulator &sim, const QByteArray &verb, const QString &pathAndQuery, const QByteArray &token,
                const QByteArray &body = {}, const QByteArray &accept = MediaType)
    {
        QNetworkRequest request(sim.rootUrl().resolved(QUrl(pathAndQuery)));
        request.setTransferTimeout(5000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Accept", accept);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(7000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestSimClumio)
#include "tst_simclumio.moc"
