// A poll where nothing changed (issue 8, P5), end to end through Dashboard against the
// simulator with its clock frozen: the pages are compared with the last good poll's by digest,
// nothing is parsed, and the task model emits no signal at all; only the source's row learns
// that it is fresh. A change between polls is still picked up, also when it sits on a later
// page than the first (the walk starts again, parsing).
#include "app/connectorfactory.h"
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "connectors/connector.h"
#include "connectors/lookahead.h"
#include "connectors/pollscheduler.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/acronis/simacronisroutes.h"
#include "simulator/clumio/simclumioroutes.h"
#include "simulator/simrequest.h"
#include "simulator/simresponse.h"
#include "simulator/simulator.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

// Every signal by which a model tells its views that something changed.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , rowsInserted(model, &QAbstractItemModel::rowsInserted)
        , rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
        , rowsMoved(model, &QAbstractItemModel::rowsMoved)
        , modelReset(model, &QAbstractItemModel::modelReset)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , headerDataChanged(model, &QAbstractItemModel::headerDataChanged)
    {
    }
    qsizetype total() const
    {
        return dataChanged.count() + rowsInserted.count() + rowsRemoved.count() + rowsMoved.count() + modelReset.count()
            + layoutChanged.count() + headerDataChanged.count();
    }
    QSignalSpy dataChanged;
    QSignalSpy rowsInserted;
    QSignalSpy rowsRemoved;
    QSignalSpy rowsMoved;
    QSignalSpy modelReset;
    QSignalSpy layoutChanged;
    QSignalSpy headerDataChanged;
};

// A real QNAM that also notes how many requests it had open at once: an unchanged walk asks
// for the next pages (known from the last walk) while the current one is on its way.
class InFlightNam final : public QNetworkAccessManager
{
public:
    void resetMostOpen() { m_mostOpen = m_open; }
    int mostOpen() const { return m_mostOpen; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        m_mostOpen = std::max(m_mostOpen, ++m_open);
        connect(reply, &QNetworkReply::finished, this, [this] { --m_open; });
        return reply;
    }

private:
    int m_open = 0;
    int m_mostOpen = 0;
};

} // namespace

class TestUnchangedPoll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unchangedPollParsesNothingAndLeavesTheTaskModelAlone_data();
    void unchangedPollParsesNothingAndLeavesTheTaskModelAlone();
    void aChangeOnALaterPageIsPickedUp();
    void aClumioAbortIsPickedUp();
    void oneShotConnectorsAlwaysReportAPoll();

private:
    // Polls the source now and waits for the end; true when it ended well.
    bool pollNow(const QString &sourceId);
    // Polls until a poll ends unchanged (Clumio's second poll is its first incremental one).
    bool pollUntilUnchanged(const QString &sourceId);
    SimResponse simRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers);
    QList<Task> tasksOf(const QString &sourceId, Status status) const;
    // GETs of a task list the simulator has answered (its statistics' key starts "GET <prefix>"
    // and ends with `suffix`).
    int taskListings(const QString &prefix, const QString &suffix) const;
    int acronisTaskListings() const { return taskListings(QStringLiteral("/acronis"), QStringLiteral("/tasks")); }

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<InFlightNam> m_nam;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
    std::unique_ptr<QSignalSpy> m_resets;
};

void TestUnchangedPoll::initTestCase()
{
    qRegisterMetaType<ApiError>();
    SimulatorOptions options;
    options.jobs = 40; // Acronis: some 850 tasks in its 7-day window, so 9 pages of 100
    options.jobsByVendor.insert(QStringLiteral("cloudally"), 800); // 8 pages of 100: more than the lookahead holds
    options.speed = 0; // frozen: the vendors answer the same until something is done to them
    // Fixed, so the estate (and which tasks run) is the same every run, and ahead of the wall
    // clock by more than the connectors' 7-day windows, so no task drops out of them while the
    // test runs (that would be a real change).
    options.startTime = QDateTime(QDate(2031, 3, 5), QTime(14, 30), Qt::UTC);
    options.vendors = { QStringLiteral("clumio"), QStringLiteral("acronis"), QStringLiteral("cloudally") };
    m_sim = std::make_unique<Simulator>(options);
    QVERIFY(m_sim->listen(0));
    const auto parsed = parseSourcesConfig(QJsonDocument(m_sim->sourcesConfig(3600)).toJson(),
                                           [](const QString &) { return QString(); });
    QVERIFY2(parsed, qPrintable(parsed.error));

    m_nam = std::make_unique<InFlightNam>();
    m_dashboard = std::make_unique<Dashboard>(*m_nam);
    m_taskTester = std::make_unique<QAbstractItemModelTester>(&m_dashboard->tasks(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_resets = std::make_unique<QSignalSpy>(&m_dashboard->tasks(), &QAbstractItemModel::modelReset);
    m_dashboard->setSources(parsed.value->sources);
    QSignalSpy firstRound(m_dashboard.get(), &Dashboard::everySourcePolled);
    m_dashboard->start();
    QVERIFY(firstRound.wait(60'000));
    for (const SourceState &state : m_dashboard->sources().sources())
        QVERIFY2(state.health == SourceHealth::Ok, qPrintable(state.id + QLatin1String(": ") + state.lastError));
    QVERIFY(m_dashboard->tasks().rowCount() > 0);
}

void TestUnchangedPoll::cleanupTestCase()
{
    QCOMPARE(m_resets->count(), 0); // never a reset on an update
    m_taskTester.reset();
    m_dashboard.reset();
}

bool TestUnchangedPoll::pollNow(const QString &sourceId)
{
    QSignalSpy completed(m_dashboard.get(), &Dashboard::pollCompleted);
    m_dashboard->scheduler().pollNow(sourceId);
    const bool ended = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &call : std::as_const(completed)) {
                if (call.at(0).toString() == sourceId)
                    return true;
            }
            return false;
        },
        30'000);
    if (!ended)
        return false;
    for (const QList<QVariant> &call : std::as_const(completed)) {
        if (call.at(0).toString() == sourceId)
            return call.at(1).toBool();
    }
    return false;
}

bool TestUnchangedPoll::pollUntilUnchanged(const QString &sourceId)
{
    Connector *connector = m_dashboard->connector(sourceId);
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSignalSpy unchanged(connector, &Connector::polledUnchanged);
        if (!pollNow(sourceId))
            return false;
        if (unchanged.count() == 1)
            return true;
    }
    return false;
}

SimResponse TestUnchangedPoll::simRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    SimRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.headers = headers;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return m_sim->handle(request);
}

QList<Task> TestUnchangedPoll::tasksOf(const QString &sourceId, Status status) const
{
    QList<Task> found;
    const TaskTableModel &tasks = m_dashboard->tasks();
    for (int row = 0; row < tasks.rowCount(); ++row) {
        const Task &task = tasks.taskAt(row);
        if (task.sourceId == sourceId && task.status == status)
            found << task;
    }
    return found;
}

int TestUnchangedPoll::taskListings(const QString &prefix, const QString &suffix) const
{
    const QJsonObject requests = m_sim->stats().value(u"requests").toObject();
    int count = 0;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key().startsWith(QLatin1String("GET ") + prefix) && it.key().endsWith(suffix))
            count += it.value().toInt();
    }
    return count;
}

void TestUnchangedPoll::unchangedPollParsesNothingAndLeavesTheTaskModelAlone_data()
{
    QTest::addColumn<QString>("sourceId");
    // The next pages (known from the last walk) asked for while one is on its way.
    QTest::addColumn<bool>("pipelined");
    QTest::addColumn<QString>("listing"); // the task list's path, then its number of pages
    QTest::addColumn<int>("pages");
    // Its unchanged poll: one incremental page.
    QTest::newRow("clumio") << QStringLiteral("sim-clumio-a") << false << QString() << 0;
    QTest::newRow("acronis") << QStringLiteral("sim-acronis") << true << QStringLiteral("/acronis|/tasks") << 9;
    QTest::newRow("cloudally") << QStringLiteral("sim-cloudally") << true
                               << QStringLiteral("/cloudally|/v1/backup-tasks") << 8;
}

void TestUnchangedPoll::unchangedPollParsesNothingAndLeavesTheTaskModelAlone()
{
    QFETCH(QString, sourceId);
    QFETCH(bool, pipelined);
    QFETCH(QString, listing);
    QFETCH(int, pages);
    const QStringList listingPath = listing.split(QLatin1Char('|'));
    QVERIFY(pollUntilUnchanged(sourceId)); // the reference is now the last poll, unchanged

    Connector *connector = m_dashboard->connector(sourceId);
    const qint64 parsedBefore = connector->pagesParsed();
    const SourceState before = *m_dashboard->sources().source(sourceId);
    const SharedSnapshot snapshotBefore = m_dashboard->sharedSnapshot(sourceId);
    const int rows = m_dashboard->tasks().rowCount();
    ModelSignals taskSignals(&m_dashboard->tasks());
    QSignalSpy polled(connector, &Connector::polled);
    QSignalSpy unchanged(connector, &Connector::polledUnchanged);
    QSignalSpy sourceChanged(&m_dashboard->sources(), &QAbstractItemModel::dataChanged);
    m_nam->resetMostOpen();
    const int listingsBefore = listing.isEmpty() ? 0 : taskListings(listingPath.first(), listingPath.last());

    QVERIFY(pollNow(sourceId));
    if (pipelined) // the page on its way and the guesses after it, never more
        QCOMPARE(m_nam->mostOpen(), 1 + Lookahead::ReferenceDepth);
    if (!listing.isEmpty()) // every guess was a page of the walk: none asked for twice or in vain
        QCOMPARE(taskListings(listingPath.first(), listingPath.last()) - listingsBefore, pages);

    QCOMPARE(unchanged.count(), 1);
    QCOMPARE(polled.count(), 0);
    QCOMPARE(connector->pagesParsed(), parsedBefore); // the parse did not run
    QCOMPARE(taskSignals.total(), 0); // no dataChanged, no rows in or out, no reset, no layout
    QCOMPARE(m_dashboard->tasks().rowCount(), rows);
    // The source's own row is fresh again.
    const SourceState *after = m_dashboard->sources().source(sourceId);
    QCOMPARE(after->health, SourceHealth::Ok);
    QVERIFY(after->lastSuccessAt >= before.lastSuccessAt);
    QCOMPARE(after->lastSuccessAt, unchanged.first().first().toDateTime());
    QCOMPARE(after->taskCount, before.taskCount);
    QVERIFY(sourceChanged.count() > 0);
    // The data kept is the very snapshot the last changed poll handed over (no copy); its polledAt
    // stays when that data was fetched, the source state has this poll's time.
    QVERIFY(snapshotBefore);
    QCOMPARE(m_dashboard->sharedSnapshot(sourceId), snapshotBefore);
    QVERIFY(snapshotBefore->polledAt < after->lastSuccessAt);
}

void TestUnchangedPoll::aChangeOnALaterPageIsPickedUp()
{
    const QString sourceId = QStringLiteral("sim-acronis");
    QVERIFY(pollUntilUnchanged(sourceId));
    Connector *connector = m_dashboard->connector(sourceId);

    // An operator cancels a running task at the vendor: its updatedAt moves it to the end of the
    // listing (ordered by updatedAt), so the first page is as before and a later one differs.
    const SimResponse token = simRequest(
        "POST", QStringLiteral("/acronis/api/2/idp/token"), QByteArrayLiteral("grant_type=client_credentials"),
        { { QByteArrayLiteral("Authorization"),
            "Basic "
                + (SimAcronisRoutes::ClientId + QLatin1Char(':') + SimAcronisRoutes::ClientSecret)
                      .toUtf8()
                      .toBase64() },
          { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") } });
    QCOMPARE(token.status, 200);
    const QByteArray bearer =
        "Bearer " + QJsonDocument::fromJson(token.body).object().value(u"access_token").toString().toUtf8();
    QString cancelled;
    for (const Task &task : tasksOf(sourceId, Status::Running) + tasksOf(sourceId, Status::Queued)) {
        const SimResponse answer =
            simRequest("PUT", QStringLiteral("/acronis/api/task_manager/v2/tasks/%1/cancel").arg(task.id), {},
                       { { QByteArrayLiteral("Authorization"), bearer } });
        if (answer.status == 200) {
            cancelled = task.id;
            break;
        }
    }
    QVERIFY2(!cancelled.isEmpty(), "the frozen scenario has a running task that can be cancelled");

    const qint64 parsedBefore = connector->pagesParsed();
    const int getsBefore = acronisTaskListings();
    ModelSignals taskSignals(&m_dashboard->tasks());
    QSignalSpy polled(connector, &Connector::polled);
    QVERIFY(pollNow(sourceId));
    QCOMPARE(polled.count(), 1);
    const qint64 parsed = connector->pagesParsed() - parsedBefore;
    QVERIFY(parsed > 1);
    // The first page was the same and not parsed; the walk started again at a later page that
    // differed, so more pages were fetched than parsed.
    QVERIFY2(acronisTaskListings() - getsBefore > parsed, "the unparsed pages were walked again");
    QVERIFY(taskSignals.dataChanged.count() > 0); // at least the rows' data age
    QCOMPARE(taskSignals.modelReset.count(), 0);
    // The frozen clock keeps the task running (cancelRequested settles seconds later), so what
    // shows is that the changed page was read and parsed: a full snapshot, not "unchanged".
    QVERIFY(m_dashboard->tasks().rowOf(sourceId, cancelled) >= 0);

    // And the poll after it, with nothing new, is unchanged again.
    QSignalSpy unchanged(connector, &Connector::polledUnchanged);
    QVERIFY(pollNow(sourceId));
    QCOMPARE(unchanged.count(), 1);
}

void TestUnchangedPoll::aClumioAbortIsPickedUp()
{
    const QString sourceId = QStringLiteral("sim-clumio-a");
    QVERIFY(pollUntilUnchanged(sourceId));
    Connector *connector = m_dashboard->connector(sourceId);
    const QList<std::pair<QByteArray, QByteArray>> headers {
        { QByteArrayLiteral("Authorization"), "Bearer " + SimClumioRoutes::demoToken(0).toUtf8() },
        { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/api.clumio.tasks=v1+json") }
    };
    QString aborted;
    for (const Task &task : tasksOf(sourceId, Status::Running) + tasksOf(sourceId, Status::Queued)) {
        if (simRequest("PATCH", QStringLiteral("/clumio/tasks/%1").arg(task.id),
                       QByteArrayLiteral("{\"status\":\"aborting\"}"), headers)
                .status
            == 200) {
            aborted = task.id;
            break;
        }
    }
    QVERIFY2(!aborted.isEmpty(), "the frozen scenario has a Clumio task that can be aborted");

    QSignalSpy polled(connector, &Connector::polled);
    ModelSignals taskSignals(&m_dashboard->tasks());
    QVERIFY(pollNow(sourceId));
    QCOMPARE(polled.count(), 1);
    QVERIFY(taskSignals.dataChanged.count() > 0);
    const int row = m_dashboard->tasks().rowOf(sourceId, aborted);
    QVERIFY(row >= 0);
    QCOMPARE(m_dashboard->tasks().taskAt(row).vendorStatus, QStringLiteral("aborting"));
}

void TestUnchangedPoll::oneShotConnectorsAlwaysReportAPoll()
{
    // Without setReportUnchanged (the CLI, a restore command), the same answers still end in polled().
    const auto parsed = parseSourcesConfig(QJsonDocument(m_sim->sourcesConfig(3600)).toJson(),
                                           [](const QString &) { return QString(); });
    QVERIFY(parsed);
    for (const SourceConfig &source : parsed.value->sources) {
        if (source.id != QLatin1String("sim-cloudally"))
            continue;
        std::unique_ptr<Connector> connector = createConnector(source, *m_nam, ConnectorLimits {});
        QVERIFY(connector && !connector->reportsUnchanged());
        for (int poll = 0; poll < 2; ++poll) {
            QSignalSpy polled(connector.get(), &Connector::polled);
            QSignalSpy unchanged(connector.get(), &Connector::polledUnchanged);
            QVERIFY(connector->poll());
            QVERIFY(polled.wait(30'000));
            QCOMPARE(unchanged.count(), 0);
        }
        QVERIFY(connector->pagesParsed() > 0);
        return;
    }
    QFAIL("no CloudAlly source");
}

QTEST_GUILESS_MAIN(TestUnchangedPoll)
#include "tst_unchangedpoll.moc"
