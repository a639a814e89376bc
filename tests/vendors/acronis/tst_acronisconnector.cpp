// The Acronis connector against backupdash-sim's Acronis API over real loopback HTTP.
#include "connectors/acronis/acronisconnector.h"
#include "connectors/apiclient.h"
#include "simulator/simrequest.h"
#include "simulator/simresponse.h"
#include "simulator/simulator.h"
#include "tests/common/connectorpoll.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;
using namespace BackupDash::TestSupport;

namespace {

const QString TasksRoute = QStringLiteral("GET /acronis/api/task_manager/v2/tasks");
const QString ClientId = QStringLiteral("8c3e6f0a-5d2b-4a71-9e44-1f2a3b4c5d6e");
const QString ClientSecret = QStringLiteral("sim-acronis-demo-secret");

// Remembers every URL it is asked for, so a test can read the queries the connector sent.
class RecordingNam : public QNetworkAccessManager
{
public:
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        urls.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

SimulatorOptions options(int jobs = 24)
{
    SimulatorOptions o;
    o.vendors = { QStringLiteral("acronis") };
    o.jobs = jobs;
    o.seed = 7;
    o.speed = 0; // frozen: the connector and the test's own listing see the same tasks
    return o;
}

SourceConfig sourceFor(const Simulator &sim, const QString &secret = ClientSecret)
{
    SourceConfig c;
    c.id = QStringLiteral("sim-acronis");
    c.vendor = QStringLiteral("acronis");
    c.baseUrl = sim.vendorBaseUrl(QStringLiteral("acronis"));
    c.credentials.clientId = ClientId;
    c.credentials.clientSecret = secret;
    return c;
}

int grants(const Simulator &sim)
{
    return sim.stats().value(u"tokenGrants").toObject().value(u"client_credentials").toInt();
}

int tasksRequests(const Simulator &sim)
{
    return sim.stats().value(u"requests").toObject().value(TasksRoute).toInt();
}

// The simulator's own answer to `firstQuery`, every page, without sockets: id → idString.
QStringList simulatorIds(Simulator &sim, const QUrlQuery &firstQuery)
{
    SimRequest grant;
    grant.method = "POST";
    grant.path = QStringLiteral("/acronis/api/2/idp/token");
    grant.headers.append(
        { "Authorization", "Basic " + (ClientId + QLatin1Char(':') + ClientSecret).toUtf8().toBase64() });
    grant.body = "grant_type=client_credentials";
    const QByteArray token =
        QJsonDocument::fromJson(sim.handle(grant).body).object().value(u"access_token").toString().toUtf8();
    QStringList ids;
    QUrlQuery query = firstQuery;
    for (int page = 0; page < 1000; ++page) {
        SimRequest list;
        list.method = "GET";
        list.path = QStringLiteral("/acronis/api/task_manager/v2/tasks");
        list.query = query;
        list.headers.append({ "Authorization", "Bearer " + token });
        const QJsonObject body = QJsonDocument::fromJson(sim.handle(list).body).object();
        for (const QJsonValue &item : body.value(u"items").toArray())
            ids << item.toObject().value(u"idString").toString();
        const QString after = body.value(u"paging").toObject().value(u"cursors").toObject().value(u"after").toString();
        if (after.isEmpty())
            break;
        query = QUrlQuery();
        query.addQueryItem(QStringLiteral("limit"), firstQuery.queryItemValue(QStringLiteral("limit")));
        query.addQueryItem(QStringLiteral("after"), after);
    }
    return ids;
}

QStringList snapshotIds(const SourceSnapshot &s)
{
    QStringList ids;
    for (const Task &t : s.tasks)
        ids << t.id;
    for (const RestoreJob &r : s.restores)
        ids << r.id;
    return ids;
}

} // namespace

class TestAcronisConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SourceSnapshot>();
        qRegisterMetaType<ApiError>();
    }

    void followsEveryCursorWithFiltersOnTheFirstPageOnly()
    {
        Simulator sim(options());
        QVERIFY(sim.listen(0));
        RecordingNam nam;
        AcronisConnector::Options small;
        small.pageSize = 50;
        AcronisConnector connector(sourceFor(sim), nam, small);

        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        QCOMPARE(grants(sim), 1);

        QList<QUrl> pages;
        for (const QUrl &url : nam.urls) {
            QVERIFY2(url.path().startsWith(QStringLiteral("/acronis/")),
                     qPrintable(url.toString())); // base prefix kept
            if (url.path().endsWith(QStringLiteral("/api/task_manager/v2/tasks")))
                pages << url;
        }
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        QCOMPARE(tasksRequests(sim), pages.size());

        const QUrlQuery first(pages.first());
        QCOMPARE(first.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
        QCOMPARE(first.queryItemValue(QStringLiteral("lod")), QStringLiteral("full"));
        QCOMPARE(first.queryItemValue(QStringLiteral("order")), QStringLiteral("asc(updatedAt)"));
        const QString since = first.queryItemValue(QStringLiteral("updatedAt"), QUrl::FullyDecoded);
        QVERIFY2(since.startsWith(QStringLiteral("gt(")) && since.endsWith(QStringLiteral("Z)")), qPrintable(since));
        const QDateTime from = QDateTime::fromString(since.mid(3, since.size() - 4), Qt::ISODate);
        QVERIFY(from.isValid());
        // The window starts on the whole hour at or before now − 7 days, so that the first page
        // stays the same from poll to poll within the hour (unchanged polls, docs/performance.md).
        const qint64 behindWeek = from.secsTo(QDateTime::currentDateTimeUtc()) - 7 * 86'400;
        QVERIFY2(behindWeek >= 0 && behindWeek < 3600 + 120, qPrintable(since));
        QCOMPARE(from.time().minute(), 0);
        QCOMPARE(from.time().second(), 0);
        QVERIFY(!first.hasQueryItem(QStringLiteral("after")));
        for (qsizetype i = 1; i < pages.size(); ++i) {
            QStringList keys;
            for (const auto &[key, value] : QUrlQuery(pages[i]).queryItems())
                keys << key;
            keys.sort();
            QCOMPARE(keys, QStringList({ QStringLiteral("after"), QStringLiteral("limit"), QStringLiteral("lod") }));
        }

        // Everything the simulator lists for the same query, each exactly once.
        const SourceSnapshot &s = *outcome.snapshot;
        QStringList expected = simulatorIds(sim, first);
        QStringList got = snapshotIds(s);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got.size() > 2 * 50);
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
    }

    void snapshotHasTasksRunsAndRestoresWithExactIds()
    {
        Simulator sim(options());
        QVERIFY(sim.listen(0));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim), nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        const SourceSnapshot &s = *outcome.snapshot;
        QCOMPARE(s.sourceId, QStringLiteral("sim-acronis"));
        QVERIFY(!s.tasks.empty());
        QVERIFY(!s.restores.empty());
        QCOMPARE(s.runs.size(), s.tasks.size()); // one run per backup task

        constexpr qint64 TwoTo53 = qint64(1) << 53;
        int notADouble = 0;
        for (const QString &id : snapshotIds(s)) {
            bool ok = false;
            const qint64 value = id.toLongLong(&ok);
            QVERIFY2(ok && value > TwoTo53, qPrintable(id));
            if (qint64(double(value)) != value)
                ++notADouble;
        }
        QVERIFY(notADouble > 0); // a double-based reader would have changed these

        QSet<Status> seen;
        for (size_t i = 0; i < s.tasks.size(); ++i) {
            const Task &t = s.tasks[i];
            QCOMPARE(t.sourceId, QStringLiteral("sim-acronis"));
            QCOMPARE(t.vendor, QStringLiteral("acronis"));
            QVERIFY(!t.name.isEmpty());
            QVERIFY(!t.name.contains(QStringLiteral("restore"), Qt::CaseInsensitive));
            QVERIFY(!t.progress);
            QCOMPARE(s.runs[i].taskId, t.id);
            seen.insert(t.status);
            // A cancelled run is never shown as a failure.
            if (t.vendorStatus.endsWith(QStringLiteral("/cancelled")))
                QCOMPARE(t.status, Status::Cancelled);
            if (t.status == Status::Success || t.status == Status::Warning)
                QVERIFY(t.lastSuccess.isValid());
        }
        QVERIFY(seen.contains(Status::Success));
        QVERIFY(seen.contains(Status::Failed));
        QVERIFY(!seen.contains(Status::Unknown));
        for (const RestoreJob &r : s.restores) {
            QVERIFY(!r.target.isEmpty());
            QVERIFY(!r.progress);
            QVERIFY(r.createdAt.isValid());
            if (r.status != Status::Running && r.status != Status::Queued)
                QVERIFY(!r.abortable);
        }
    }

    void wrongSecretIsAuthFailed()
    {
        Simulator sim(options(3));
        QVERIFY(sim.listen(0));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim, QStringLiteral("s3cr3t-that-is-wrong")), nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY(!outcome.snapshot);
        QCOMPARE(outcome.error.kind, ApiError::Kind::AuthFailed);
        QCOMPARE(outcome.error.health(), SourceHealth::AuthFailed);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("Client authentication failed")),
                 qPrintable(outcome.error.message));
        QVERIFY(!outcome.error.message.contains(QStringLiteral("s3cr3t"))); // the secret is never echoed
        QCOMPARE(grants(sim), 0);
        QCOMPARE(tasksRequests(sim), 0);
        QVERIFY(!connector.isPolling());
    }

    void newTokenAfterItExpires()
    {
        SimulatorOptions o = options(3);
        o.tokenLifetimeSeconds = 2;
        Simulator sim(o);
        QVERIFY(sim.listen(0));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim), nam);
        QVERIFY(pollOnce(connector).snapshot);
        QCOMPARE(grants(sim), 1);
        QVERIFY(pollOnce(connector).snapshot); // still valid: reused
        QCOMPARE(grants(sim), 1);

        const QDateTime expired = QDateTime::currentDateTimeUtc().addMSecs(2'100);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired, 5'000);
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(grants(sim), 2); // a new client-credentials grant: there is no refresh token
        QCOMPARE(connector.client().tokenGrantsIssued(), 2);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 0); // renewed ahead of expiry
    }

    void newTokenOn401()
    {
        Simulator sim(options(6));
        QVERIFY(sim.listen(0));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim), nam);
        const PollOutcome first = pollOnce(connector);
        QVERIFY(first.snapshot);
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"acronis\",\"kind\":\"expire-token\"}]", &error));
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        QCOMPARE(snapshotIds(*second.snapshot).size(), snapshotIds(*first.snapshot).size());
        QCOMPARE(grants(sim), 2);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 1);
    }

    void malformedPageIsABadPayloadInWords()
    {
        Simulator sim(options(3));
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(sim.setFaults(
            "[{\"vendor\":\"acronis\",\"path\":\"/api/task_manager/v2/tasks\",\"kind\":\"malformed\"}]", &error));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim), nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadPayload);
        QVERIFY2(outcome.error.message.startsWith(QStringLiteral("tasks page: not valid JSON")),
                 qPrintable(outcome.error.message));
    }

    void vendorErrorBodyIsShown()
    {
        Simulator sim(options(3));
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(sim.setFaults(
            "[{\"vendor\":\"acronis\",\"path\":\"/api/task_manager/v2/tasks\",\"kind\":\"status\",\"value\":503}]",
            &error));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(sim), nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(outcome.error.httpStatus, 503);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("/acronis/api/task_manager/v2/tasks")),
                 qPrintable(outcome.error.message));
    }

    void serverGoneIsUnreachable()
    {
        auto sim = std::make_unique<Simulator>(options(3));
        QVERIFY(sim->listen(0));
        QNetworkAccessManager nam;
        AcronisConnector connector(sourceFor(*sim), nam);
        QVERIFY(pollOnce(connector).snapshot);
        sim.reset();
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unreachable);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error.message));
        QVERIFY(!connector.isPolling());
    }
};

QTEST_GUILESS_MAIN(TestAcronisConnector)
#include "tst_acronisconnector.moc"
