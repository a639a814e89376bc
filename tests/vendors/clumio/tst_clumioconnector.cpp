// The Clumio connector against backupdash-sim's Clumio API over real loopback HTTP.
#include "connectors/apiclient.h"
#include "connectors/clumio/clumioconnector.h"
#include "simulator/simulator.h"
#include "tests/common/connectorpoll.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;
using namespace BackupDash::TestSupport;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC); // a Sunday, mid-week for the sim's anchor
const QString TokenA = QStringLiteral("sim-clumio-api-token-tenant-a");
const QString TokenB = QStringLiteral("sim-clumio-api-token-tenant-b");

SimulatorOptions optionsAt(const QDateTime &start, int entities = 24)
{
    SimulatorOptions options;
    options.vendors = { QStringLiteral("clumio") };
    options.seed = 7;
    options.jobs = entities;
    options.speed = 0; // frozen: the answers are a pure function of this instant
    options.startTime = start;
    return options;
}

SourceConfig sourceFor(const Simulator &sim, const QString &token = TokenA)
{
    SourceConfig c;
    c.id = QStringLiteral("sim-clumio-a");
    c.vendor = QStringLiteral("clumio");
    c.baseUrl = sim.vendorBaseUrl(QStringLiteral("clumio"));
    c.credentials.token = token;
    return c;
}

int requests(const Simulator &sim, const char *route)
{
    return sim.stats().value(u"requests").toObject().value(QLatin1String(route)).toInt();
}

// What the vendor itself says: total_count of GET /clumio/tasks, asked directly.
qint64 totalCount(QNetworkAccessManager &nam, const Simulator &sim, const QString &token)
{
    QNetworkRequest request(
        QUrl(sim.vendorBaseUrl(QStringLiteral("clumio")).toString() + QStringLiteral("/tasks?limit=1")));
    request.setRawHeader("Accept", "application/api.clumio.tasks=v1+json");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("no answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"total_count").toInteger(-1);
}

// Records every URL the connector asks for, to check the filters an incremental poll sends.
class RecordingNam : public QNetworkAccessManager
{
public:
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        urls << request.url();
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QString filterOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
}

// id → vendor status of everything in a snapshot (tasks and restores).
QHash<QString, QString> statusesOf(const SourceSnapshot &s)
{
    QHash<QString, QString> out;
    for (const Task &t : s.tasks)
        out.insert(t.id, t.vendorStatus);
    for (const RestoreJob &r : s.restores)
        out.insert(r.id, r.vendorStatus);
    return out;
}

} // namespace

class TestClumioConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SourceSnapshot>();
        qRegisterMetaType<ApiError>();
    }

    void cleanup() { m_nam.clearConnectionCache(); }

    void followsEveryPageOfTheTenantsTasks()
    {
        Simulator sim(optionsAt(T0));
        QVERIFY(sim.listen(0));
        ClumioConnector::Options small;
        small.pageSize = 50;
        small.now = [] {
            return T0;
        };
        ClumioConnector connector(sourceFor(sim), m_nam, small);

        const PollOutcome outcome = pollOnce(connector);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error.message));
        const SourceSnapshot &s = *outcome.snapshot;
        const qint64 total = totalCount(m_nam, sim, TokenA);
        QCOMPARE(qint64(s.tasks.size() + s.restores.size()), total);
        QVERIFY(total > 150);
        const int pages = int((total + 49) / 50);
        QVERIFY(pages >= 3);
        QCOMPARE(requests(sim, "GET /clumio/tasks"), pages + 1); // + the direct count above
        QCOMPARE(s.runs.size(), s.tasks.size());
        QVERIFY(!s.restores.empty());

        QSet<QString> ids;
        for (const Task &t : s.tasks) {
            ids.insert(t.id);
            QCOMPARE(t.sourceId, QStringLiteral("sim-clumio-a"));
            QCOMPARE(t.vendor, QStringLiteral("clumio"));
            QVERIFY(!t.name.isEmpty() && !t.workload.isEmpty());
            QVERIFY(t.status != Status::Unknown); // the simulator keeps to documented values
            QVERIFY(t.lastRun >= T0.addDays(-7) && t.lastRun <= T0.addSecs(3600));
        }
        QCOMPARE(ids.size(), int(s.tasks.size())); // no duplicates across pages
        QVERIFY(std::any_of(s.tasks.begin(), s.tasks.end(), [](const Task &t) {
            return t.name.contains(u'ü') || t.name.contains(u'ë') || t.name.contains(QStringLiteral("東京"));
        }));

        // The other tenant's token sees the other tenant's tasks.
        ClumioConnector other(sourceFor(sim, TokenB), m_nam, small);
        const PollOutcome b = pollOnce(other);
        QVERIFY2(b.snapshot, qPrintable(b.error.message));
        QCOMPARE(qint64(b.snapshot->tasks.size() + b.snapshot->restores.size()), totalCount(m_nam, sim, TokenB));
        for (const Task &t : b.snapshot->tasks)
            QVERIFY(!ids.contains(t.id));
    }

    void wrongTokenIsAuthFailed()
    {
        Simulator sim(optionsAt(T0, 3));
        QVERIFY(sim.listen(0));
        ClumioConnector connector(sourceFor(sim, QStringLiteral("not-the-token")), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QVERIFY(!outcome.snapshot);
        QCOMPARE(outcome.error.kind, ApiError::Kind::AuthFailed);
        QCOMPARE(outcome.error.health(), SourceHealth::AuthFailed);
        QCOMPARE(outcome.error.httpStatus, 401);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("The API token is missing, invalid or expired")),
                 qPrintable(outcome.error.message));
        QVERIFY(!connector.isPolling());
    }

    void theStaticTokenNeedsNoGrantAndSurvivesExpireToken()
    {
        Simulator sim(optionsAt(T0, 4));
        QVERIFY(sim.listen(0));
        ClumioConnector::Options options;
        options.now = [] {
            return T0;
        };
        ClumioConnector connector(sourceFor(sim), m_nam, options);
        QVERIFY(pollOnce(connector).snapshot);
        QString error;
        QVERIFY2(sim.setFaults("[{\"vendor\":\"clumio\",\"kind\":\"expire-token\"}]", &error), qPrintable(error));
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));
        // No token endpoint: nothing was granted, nothing was refused.
        QCOMPARE(connector.client().tokenGrantsIssued(), 0);
        const QJsonObject grants = sim.stats().value(u"tokenGrants").toObject();
        for (auto it = grants.begin(); it != grants.end(); ++it)
            QCOMPARE(it.value().toInt(), 0);
        QCOMPARE(sim.stats().value(u"rejected401").toInt(), 0);
    }

    void incrementalPollRereadsUnfinishedTasksAndMatchesAFullFetch()
    {
        QDateTime now = T0;
        ClumioConnector::Options options;
        options.pageSize = 100;
        options.idsPerRequest = 3; // several chunks even for a handful of unfinished tasks
        options.now = [&now] {
            return now;
        };
        RecordingNam nam;

        // Poll 1 at T0: a full refresh.
        auto simA = std::make_unique<Simulator>(optionsAt(T0));
        const quint16 port = simA->listen(0);
        QVERIFY(port);
        ClumioConnector connector(sourceFor(*simA), nam, options);
        const PollOutcome first = pollOnce(connector);
        QVERIFY2(first.snapshot, qPrintable(first.error.message));
        QCOMPARE(filterOf(nam.urls.first()),
                 QStringLiteral("{\"created_timestamp\":{\"$gte\":\"2026-11-15T10:00:00Z\"}}"));
        const QHash<QString, QString> before = statusesOf(*first.snapshot);
        QStringList unfinished;
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (it.value() == QLatin1String("queued") || it.value() == QLatin1String("in_progress")
                || it.value() == QLatin1String("aborting"))
                unfinished << it.key();
        }
        QVERIFY2(!unfinished.isEmpty(), "the scenario should have something running at T0");

        // Two hours later, the same estate (same seed; a pure function of time) answers poll 2.
        simA.reset();
        nam.clearConnectionCache();
        now = T0.addSecs(2 * 3600);
        SimulatorOptions later = optionsAt(now);
        Simulator simB(later);
        QCOMPARE(simB.listen(port), port);
        nam.urls.clear();
        const PollOutcome second = pollOnce(connector);
        QVERIFY2(second.snapshot, qPrintable(second.error.message));

        // Requests: the created-time window from the newest task seen (minus 5 min), and the
        // unfinished ids in chunks of three — nothing else.
        const int chunks = int((unfinished.size() + 2) / 3);
        QCOMPARE(requests(simB, "GET /clumio/tasks"), 1 + chunks);
        QCOMPARE(nam.urls.size(), 1 + chunks);
        const QJsonObject created = QJsonDocument::fromJson(filterOf(nam.urls.first()).toUtf8())
                                        .object()
                                        .value(u"created_timestamp")
                                        .toObject();
        const QDateTime since = QDateTime::fromString(created.value(u"$gte").toString(), Qt::ISODate);
        QVERIFY2(since < T0 && since > T0.addSecs(-3 * 3600), qPrintable(since.toString(Qt::ISODate)));
        QStringList reread;
        for (qsizetype i = 1; i < nam.urls.size(); ++i) {
            const QJsonArray ids = QJsonDocument::fromJson(filterOf(nam.urls.at(i)).toUtf8())
                                       .object()
                                       .value(u"id")
                                       .toObject()
                                       .value(u"$in")
                                       .toArray();
            QVERIFY(ids.size() <= 3);
            for (const QJsonValue &id : ids)
                reread << id.toString();
        }
        reread.sort();
        unfinished.sort();
        QCOMPARE(reread, unfinished);

        // The merged picture equals what a full fetch sees now, status for status.
        ClumioConnector::Options fullOptions = options;
        ClumioConnector fresh(sourceFor(simB), nam, fullOptions);
        const PollOutcome full = pollOnce(fresh);
        QVERIFY2(full.snapshot, qPrintable(full.error.message));
        const QHash<QString, QString> after = statusesOf(*second.snapshot);
        QCOMPARE(after.size(), statusesOf(*full.snapshot).size());
        QCOMPARE(after, statusesOf(*full.snapshot));
        QCOMPARE(second.snapshot->tasks.size(), full.snapshot->tasks.size());
        QCOMPARE(second.snapshot->restores.size(), full.snapshot->restores.size());

        // At least one task that was unfinished at poll 1 has finished by poll 2, and shows it.
        const bool someFinished = std::any_of(unfinished.cbegin(), unfinished.cend(), [&](const QString &id) {
            const QString status = after.value(id);
            return status == QLatin1String("completed") || status == QLatin1String("failed")
                || status == QLatin1String("aborted");
        });
        QVERIFY(someFinished);
        QVERIFY(connector.cachedTaskCount() == qsizetype(after.size()));
    }

    void everyNthPollIsAFullRefresh()
    {
        Simulator sim(optionsAt(T0, 6));
        QVERIFY(sim.listen(0));
        ClumioConnector::Options options;
        options.fullRefreshEvery = 2;
        options.now = [] {
            return T0;
        };
        RecordingNam nam;
        ClumioConnector connector(sourceFor(sim), nam, options);
        const QString full = QStringLiteral("{\"created_timestamp\":{\"$gte\":\"2026-11-15T10:00:00Z\"}}");
        QStringList firstFilters;
        for (int poll = 0; poll < 3; ++poll) {
            nam.urls.clear();
            QVERIFY(pollOnce(connector).snapshot);
            firstFilters << filterOf(nam.urls.first());
        }
        QCOMPARE(firstFilters.at(0), full);
        QVERIFY(firstFilters.at(1) != full);
        QCOMPARE(firstFilters.at(2), full);
    }

    void malformedAnswerIsABadPayloadInWords()
    {
        Simulator sim(optionsAt(T0, 3));
        QVERIFY(sim.listen(0));
        QString error;
        QVERIFY(sim.setFaults("[{\"vendor\":\"clumio\",\"path\":\"/tasks\",\"kind\":\"malformed\"}]", &error));
        ClumioConnector connector(sourceFor(sim), m_nam);
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadPayload);
        QVERIFY2(outcome.error.message.startsWith(QStringLiteral("tasks page: not valid JSON")),
                 qPrintable(outcome.error.message));
        QCOMPARE(connector.cachedTaskCount(), 0);
    }

    void serverGoneIsUnreachable()
    {
        auto sim = std::make_unique<Simulator>(optionsAt(T0, 3));
        QVERIFY(sim->listen(0));
        ClumioConnector connector(sourceFor(*sim), m_nam);
        QVERIFY(pollOnce(connector).snapshot);
        sim.reset();
        const PollOutcome outcome = pollOnce(connector);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unreachable);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error.message));
    }

private:
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestClumioConnector)
#include "tst_clumioconnector.moc"
