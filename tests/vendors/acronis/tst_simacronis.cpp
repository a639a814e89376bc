// backupdash-sim's Acronis API over real loopback HTTP: client-credentials auth, the error
// body, cursor paging and filters, exact 64-bit ids, determinism and the scenario's mixture.
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <numeric>

using namespace BackupDash;

namespace {

const QByteArray ClientId = QByteArrayLiteral("8c3e6f0a-5d2b-4a71-9e44-1f2a3b4c5d6e");
const QByteArray ClientSecret = QByteArrayLiteral("sim-acronis-demo-secret");
const QString Tasks = QStringLiteral("/acronis/api/task_manager/v2/tasks");

SimulatorOptions fixedOptions(int jobs = 24, quint32 seed = 1)
{
    SimulatorOptions o;
    o.vendors = { QStringLiteral("acronis") };
    o.jobs = jobs;
    o.seed = seed;
    o.speed = 0;
    o.startTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return o;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error() const { return json().value(u"error").toObject(); }
    QJsonArray items() const { return json().value(u"items").toArray(); }
    QString after() const
    {
        return json().value(u"paging").toObject().value(u"cursors").toObject().value(u"after").toString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

QString query(const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q.toString(QUrl::FullyEncoded);
}

} // namespace

class TestSimAcronis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_nam.clearConnectionCache(); }

    void clientCredentialsGrant()
    {
        SimulatorOptions o = fixedOptions(3);
        o.tokenLifetimeSeconds = 7200;
        Simulator sim(o);
        QVERIFY(sim.listen(0));
        const Answer a = grant(sim, ClientId, ClientSecret);
        QCOMPARE(a.status, 200);
        const QJsonObject token = a.json();
        QVERIFY(!token.value(u"access_token").toString().isEmpty());
        QCOMPARE(token.value(u"token_type").toString(), QStringLiteral("bearer"));
        QVERIFY(!token.value(u"id_token").toString().isEmpty());
        QVERIFY(!token.contains(u"refresh_token"));
        const qint64 expiresOn = token.value(u"expires_on").toInteger();
        QVERIFY(qAbs(expiresOn - (QDateTime::currentSecsSinceEpoch() + 7200)) <= 2); // absolute, real time
        QCOMPARE(sim.stats().value(u"tokenGrants").toObject().value(u"client_credentials").toInt(), 1);
    }

    void wrongClientIs401AndOtherGrantsAre400()
    {
        Simulator sim(fixedOptions(3));
        QVERIFY(sim.listen(0));
        for (const QByteArray &secret : { QByteArrayLiteral("nope"), QByteArray() }) {
            const Answer a = grant(sim, ClientId, secret);
            QCOMPARE(a.status, 401);
            QCOMPARE(a.error().value(u"code").toString(), QStringLiteral("invalid_client"));
            QVERIFY(a.error().value(u"message").toString().startsWith(QStringLiteral("Client authentication failed")));
        }
        const Answer noBasic =
            send("POST", urlOf(sim, QStringLiteral("/acronis/api/2/idp/token")), "grant_type=client_credentials", {});
        QCOMPARE(noBasic.status, 401);
        QCOMPARE(noBasic.error().value(u"code").toString(), QStringLiteral("invalid_client"));
        const Answer password = grant(sim, ClientId, ClientSecret, "grant_type=password&username=a&password=b");
        QCOMPARE(password.status, 400);
        QCOMPARE(password.error().value(u"code").toString(), QStringLiteral("unsupported_grant_type"));
        QCOMPARE(sim.stats().value(u"tokenGrants").toObject().value(u"client_credentials").toInt(), 0);
    }

    void tasksNeedAValidBearerToken()
    {
        Simulator sim(fixedOptions(3));
        QVERIFY(sim.listen(0));
        for (const QByteArray &token : { QByteArray(), QByteArrayLiteral("forged") }) {
            const Answer a = get(sim, Tasks, token);
            QCOMPARE(a.status, 401);
            QCOMPARE(a.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
            QVERIFY(!a.error().value(u"code").toString().isEmpty());
            QVERIFY(!a.error().value(u"message").toString().isEmpty());
        }
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 2);
        const QByteArray token = accessToken(sim);
        QCOMPARE(get(sim, Tasks, token).status, 200);
        QVERIFY(sim.setFaults("[{\"vendor\":\"acronis\",\"kind\":\"expire-token\"}]", nullptr));
        QCOMPARE(get(sim, Tasks, token).status, 401);
    }

    void cursorPagesToTheEndInOrder()
    {
        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const QByteArray token = accessToken(sim);
        const Answer all =
            get(sim, Tasks + QLatin1Char('?') + query({ { QStringLiteral("limit"), QStringLiteral("1000") } }), token);
        QCOMPARE(all.status, 200);
        QVERIFY(all.after().isEmpty());
        const qsizetype total = all.items().size();
        QVERIFY2(total > 200, qPrintable(QString::number(total)));

        QString next = Tasks + QLatin1Char('?')
            + query({ { QStringLiteral("limit"), QStringLiteral("40") },
                      { QStringLiteral("lod"), QStringLiteral("full") },
                      { QStringLiteral("order"), QStringLiteral("asc(updatedAt)") } });
        QSet<QString> ids;
        QString previousUpdate;
        int pages = 0;
        while (!next.isEmpty() && pages < 100) {
            const Answer page = get(sim, next, token);
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue &item : page.items()) {
                const QJsonObject task = item.toObject();
                ids.insert(task.value(u"idString").toString());
                const QString updated = task.value(u"updatedAt").toString();
                QVERIFY2(previousUpdate <= updated, qPrintable(previousUpdate + QLatin1String(" > ") + updated));
                previousUpdate = updated;
            }
            next = page.after().isEmpty() ? QString()
                                          : Tasks + QLatin1Char('?')
                    + query({ { QStringLiteral("limit"), QStringLiteral("40") },
                              { QStringLiteral("lod"), QStringLiteral("full") },
                              { QStringLiteral("after"), page.after() } });
        }
        QCOMPARE(pages, int((total + 39) / 40));
        QCOMPARE(ids.size(), total);
        QCOMPARE(sim.stats().value(u"requests").toObject().value(QStringLiteral("GET ") + Tasks).toInt(), pages + 1);
    }

    void laterPagesTakeNoFiltersAndBadParametersAre400()
    {
        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const QByteArray token = accessToken(sim);
        const Answer first =
            get(sim, Tasks + QLatin1Char('?') + query({ { QStringLiteral("limit"), QStringLiteral("10") } }), token);
        QVERIFY(!first.after().isEmpty());
        const QList<std::pair<QString, QString>> bad[] = {
            { { QStringLiteral("after"), first.after() }, { QStringLiteral("state"), QStringLiteral("started") } },
            { { QStringLiteral("after"), QStringLiteral("bm90LWEtY3Vyc29y") } },
            { { QStringLiteral("after"), QStringLiteral("***") } },
            { { QStringLiteral("limit"), QStringLiteral("0") } },
            { { QStringLiteral("lod"), QStringLiteral("everything") } },
            { { QStringLiteral("state"), QStringLiteral("sleeping") } },
            { { QStringLiteral("resultCode"), QStringLiteral("meh") } },
            { { QStringLiteral("updatedAt"), QStringLiteral("gt(yesterday)") } },
            { { QStringLiteral("order"), QStringLiteral("sideways(updatedAt)") } },
        };
        const QStringList words { QStringLiteral("'state' cannot be combined with 'after'"),
                                  QStringLiteral("for 'after'"),
                                  QStringLiteral("for 'after'"),
                                  QStringLiteral("for 'limit'"),
                                  QStringLiteral("for 'lod'"),
                                  QStringLiteral("for 'state'"),
                                  QStringLiteral("for 'resultCode'"),
                                  QStringLiteral("for 'updatedAt'"),
                                  QStringLiteral("for 'order'") };
        for (qsizetype i = 0; i < words.size(); ++i) {
            const Answer a = get(sim, Tasks + QLatin1Char('?') + query(bad[i]), token);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.error().value(u"code").toString(), QStringLiteral("BadRequest"));
            QVERIFY2(a.error().value(u"message").toString().contains(words[i]),
                     qPrintable(a.error().value(u"message").toString()));
        }
        // The cursor carries the first page's filters.
        const Answer filtered = get(sim,
                                    Tasks + QLatin1Char('?')
                                        + query({ { QStringLiteral("limit"), QStringLiteral("5") },
                                                  { QStringLiteral("resultCode"), QStringLiteral("ok") } }),
                                    token);
        const Answer second = get(sim,
                                  Tasks + QLatin1Char('?')
                                      + query({ { QStringLiteral("limit"), QStringLiteral("5") },
                                                { QStringLiteral("after"), filtered.after() } }),
                                  token);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.items().size(), 5);
        for (const QJsonValue &item : second.items())
            QCOMPARE(item.toObject().value(u"result").toObject().value(u"code").toString(), QStringLiteral("ok"));
    }

    void filtersNarrowTheListing()
    {
        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const QByteArray token = accessToken(sim);
        const auto list = [&](QList<std::pair<QString, QString>> items) {
            items.prepend({ QStringLiteral("limit"), QStringLiteral("1000") });
            const Answer a = get(sim, Tasks + QLatin1Char('?') + query(items), token);
            if (a.status != 200)
                qFatal("%s", a.body.constData());
            return a.items();
        };
        const qsizetype all = list({}).size();

        const QJsonArray errors = list({ { QStringLiteral("state"), QStringLiteral("completed") },
                                         { QStringLiteral("resultCode"), QStringLiteral("error") } });
        QVERIFY(!errors.isEmpty());
        for (const QJsonValue &v : errors) {
            const QJsonObject task = v.toObject();
            QCOMPARE(task.value(u"state").toString(), QStringLiteral("completed"));
            QCOMPARE(task.value(u"result").toObject().value(u"code").toString(), QStringLiteral("error"));
            QVERIFY(
                !task.value(u"result").toObject().value(u"error").toObject().value(u"message").toString().isEmpty());
        }

        const QJsonArray mailboxes = list({ { QStringLiteral("type"), QStringLiteral("UserMailboxBackup") } });
        QVERIFY(!mailboxes.isEmpty() && mailboxes.size() < all);
        for (const QJsonValue &v : mailboxes)
            QCOMPARE(v.toObject().value(u"type").toString(), QStringLiteral("UserMailboxBackup"));

        const QString since = QStringLiteral("2026-11-21T10:00:00.5+00:00");
        const QJsonArray recent = list({ { QStringLiteral("updatedAt"), QStringLiteral("gt(%1)").arg(since) } });
        QVERIFY(!recent.isEmpty() && recent.size() < all);
        for (const QJsonValue &v : recent)
            QVERIFY(v.toObject().value(u"updatedAt").toString() > QStringLiteral("2026-11-21T10:00:00.5"));

        const QJsonArray newestFirst = list({ { QStringLiteral("order"), QStringLiteral("desc(enqueuedAt)") } });
        QCOMPARE(newestFirst.size(), all);
        for (qsizetype i = 1; i < newestFirst.size(); ++i) {
            QVERIFY(newestFirst[i - 1].toObject().value(u"enqueuedAt").toString()
                    >= newestFirst[i].toObject().value(u"enqueuedAt").toString());
        }
    }

    void idsAreExactIntegersAndTimesHaveNineDigits()
    {
        // Qt 6 keeps a qint64 exact in QJsonValue and writes it digit for digit.
        const QByteArray written = QJsonDocument(QJsonObject { { QStringLiteral("id"), qint64(944455285181775873) } })
                                       .toJson(QJsonDocument::Compact);
        QCOMPARE(written, QByteArrayLiteral("{\"id\":944455285181775873}"));

        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const Answer a = get(sim, Tasks + QStringLiteral("?limit=1000"), accessToken(sim));
        QCOMPARE(a.status, 200);
        static const QRegularExpression nine(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z$"));
        int notADouble = 0;
        for (const QJsonValue &v : a.items()) {
            const QJsonObject task = v.toObject();
            const QString idString = task.value(u"idString").toString();
            QVERIFY2(a.body.contains("\"id\":" + idString.toLatin1() + ','), qPrintable(idString)); // the raw integer
            QCOMPARE(task.value(u"id").toInteger(), idString.toLongLong());
            QVERIFY(idString.toLongLong() > (qint64(1) << 53));
            if (qint64(double(idString.toLongLong())) != idString.toLongLong())
                ++notADouble;
            for (const char *key : { "enqueuedAt", "startedAt", "completedAt", "updatedAt" }) {
                const QJsonValue time = task.value(QLatin1String(key));
                if (!time.isUndefined())
                    QVERIFY2(nine.match(time.toString()).hasMatch(), qPrintable(time.toString()));
            }
        }
        QVERIFY(notADouble > a.items().size() / 2);
    }

    void oneTaskById()
    {
        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const QByteArray token = accessToken(sim);
        const Answer list = get(sim, Tasks + QStringLiteral("?limit=3"), token);
        const QJsonObject listed = list.items().at(2).toObject();
        const Answer one = get(sim, Tasks + QLatin1Char('/') + listed.value(u"idString").toString(), token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), listed);
        const Answer missing = get(sim, Tasks + QStringLiteral("/12345"), token);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error().value(u"code").toString(), QStringLiteral("NotFound"));
        QVERIFY(missing.error().value(u"message").toString().contains(QStringLiteral("12345")));
        QCOMPARE(sim.stats()
                     .value(u"requests")
                     .toObject()
                     .value(QStringLiteral("GET ") + Tasks + QStringLiteral("/{id}"))
                     .toInt(),
                 2);
    }

    void sameSeedAndTimeGiveTheSameBody()
    {
        const auto pages = [this](quint32 seed) {
            Simulator sim(fixedOptions(24, seed));
            if (!sim.listen(0))
                qFatal("listen failed");
            const QByteArray token = accessToken(sim);
            const Answer first = get(sim, Tasks + QStringLiteral("?limit=25&lod=full&order=asc(updatedAt)"), token);
            const Answer second = get(sim,
                                      Tasks + QLatin1Char('?')
                                          + query({ { QStringLiteral("limit"), QStringLiteral("25") },
                                                    { QStringLiteral("lod"), QStringLiteral("full") },
                                                    { QStringLiteral("after"), first.after() } }),
                                      token);
            m_nam.clearConnectionCache();
            return first.body + second.body;
        };
        const QByteArray a = pages(5);
        QVERIFY(a.size() > 10'000);
        QCOMPARE(pages(5), a);
        QVERIFY(pages(6) != a);
    }

    void aRealisticMixtureOfDocumentedValues()
    {
        Simulator sim(fixedOptions());
        QVERIFY(sim.listen(0));
        const Answer a = get(sim, Tasks + QStringLiteral("?limit=1000"), accessToken(sim));
        const QStringList states { QStringLiteral("enqueued"), QStringLiteral("assigned"), QStringLiteral("started"),
                                   QStringLiteral("paused"), QStringLiteral("completed") };
        const QStringList codes {
            QStringLiteral("ok"),        QStringLiteral("error"),     QStringLiteral("warning"),
            QStringLiteral("cancelled"), QStringLiteral("abandoned"), QStringLiteral("timedout")
        };
        const QStringList types { QStringLiteral("UserMailboxBackup"), QStringLiteral("SPBackup"),
                                  QStringLiteral("ODBackup"),          QStringLiteral("GSBackupGMail"),
                                  QStringLiteral("GSBackupGDrive"),    QStringLiteral("UserMailboxRestore"),
                                  QStringLiteral("SPRestore"),         QStringLiteral("ODRestore"),
                                  QStringLiteral("GSRestoreGMail"),    QStringLiteral("GSRestoreGDrive") };
        QMap<QString, int> byCode;
        int restores = 0, nonAscii = 0, active = 0;
        for (const QJsonValue &v : a.items()) {
            const QJsonObject task = v.toObject();
            const QString state = task.value(u"state").toString();
            QVERIFY2(states.contains(state), qPrintable(state));
            const QString type = task.value(u"type").toString();
            QVERIFY2(types.contains(type) || !QUuid::fromString(type).isNull(), qPrintable(type));
            if (state == QLatin1String("completed")) {
                const QString code = task.value(u"result").toObject().value(u"code").toString();
                QVERIFY2(codes.contains(code), qPrintable(code));
                ++byCode[code];
                QVERIFY(!task.value(u"cancellable").toBool());
            } else {
                QVERIFY(!task.contains(u"result"));
                ++active;
            }
            if (type.contains(QLatin1String("Restore")))
                ++restores;
            const QString name = task.value(u"resource").toObject().value(u"name").toString();
            if (name.toLatin1() != name.toUtf8())
                ++nonAscii;
        }
        const int completed = std::accumulate(byCode.cbegin(), byCode.cend(), 0);
        QVERIFY(byCode.value(QStringLiteral("ok")) > completed * 6 / 10); // mostly success
        QVERIFY(byCode.value(QStringLiteral("warning")) > 0);
        QVERIFY(byCode.value(QStringLiteral("error")) > 0);
        QVERIFY(byCode.value(QStringLiteral("cancelled")) < completed / 10); // rare
        QVERIFY(restores > 0);
        QVERIFY(nonAscii > 0);
        QVERIFY(active < a.items().size() / 10); // a few under way
    }

    void scalesWithJobs()
    {
        const auto count = [this](int jobs) {
            Simulator sim(fixedOptions(jobs));
            if (!sim.listen(0))
                qFatal("listen failed");
            const qsizetype n = get(sim, Tasks + QStringLiteral("?limit=1000"), accessToken(sim)).items().size();
            m_nam.clearConnectionCache();
            return n;
        };
        const qsizetype small = count(10);
        const qsizetype large = count(40);
        QVERIFY(small > 0);
        QVERIFY2(large > 3 * small, qPrintable(QStringLiteral("%1 vs %2").arg(large).arg(small)));
    }

    void sourceEntryNamesTheDemoClient()
    {
        Simulator sim(fixedOptions(3));
        QVERIFY(sim.listen(0));
        const QJsonArray sources = sim.sourcesConfig().value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject entry = sources.first().toObject();
        QCOMPARE(entry.value(u"id").toString(), QStringLiteral("sim-acronis"));
        QCOMPARE(entry.value(u"vendor").toString(), QStringLiteral("acronis"));
        QVERIFY(entry.value(u"baseUrl").toString().endsWith(QStringLiteral("/acronis")));
        const QJsonObject auth = entry.value(u"auth").toObject();
        // The entry's credentials are the ones the token endpoint accepts.
        QCOMPARE(
            grant(sim, auth.value(u"clientId").toString().toUtf8(), auth.value(u"clientSecret").toString().toUtf8())
                .status,
            200);
    }

private:
    static QUrl urlOf(const Simulator &sim, const QString &pathAndQuery)
    {
        return sim.rootUrl().resolved(QUrl(pathAndQuery));
    }

    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5'000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(7'000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    Answer grant(const Simulator &sim, const QByteArray &id, const QByteArray &secret,
                 const QByteArray &body = QByteArrayLiteral("grant_type=client_credentials"))
    {
        return send("POST", urlOf(sim, QStringLiteral("/acronis/api/2/idp/token")), body,
                    { { "Authorization", "Basic " + (id + ':' + secret).toBase64() } });
    }

    QByteArray accessToken(const Simulator &sim)
    {
        return grant(sim, ClientId, ClientSecret).json().value(u"access_token").toString().toUtf8();
    }

    Answer get(const Simulator &sim, const QString &pathAndQuery, const QByteArray &token)
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + token });
        return send("GET", urlOf(sim, pathAndQuery), {}, headers);
    }

    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestSimAcronis)
#include "tst_simacronis.moc"
