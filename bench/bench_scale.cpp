// Issue 8 at scale, against a backupdash-sim child process over loopback:
//   S  the simulator's start-up to "listening" at --jobs 100000 (every vendor) and at the P3 estate;
//   P3 a full poll of about 100,000 tasks per vendor (Clumio, Acronis, CloudAlly) through the real
//      connectors (Connector::poll, no GUI), beside curl fetching the very same pages with the same
//      headers. Every vendor's paging is sequential by nature (Clumio's next link, Acronis' cursor,
//      CloudAlly's nextPageToken), so the curl baseline is sequential too: one curl process, one
//      kept-alive connection, the URLs our connector asked for, in order, bodies discarded;
//   P5 an unchanged poll of the same 100,000 tasks through Dashboard (no parse, no task-model
//      signal) beside a changed one (the full poll, parsed).
// The simulator's clock is frozen (--speed 0) at a fixed time, so every poll sees the same estate.
#include "app/connectorfactory.h"
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "bench/common/benchfigures.h"
#include "connectors/acronis/acronisauthenticator.h"
#include "connectors/apiclient.h"
#include "connectors/cloudally/cloudallyauthenticator.h"
#include "connectors/clumio/clumioconnector.h"
#include "connectors/clumio/clumioincremental.h"
#include "connectors/connector.h"
#include "connectors/pollscheduler.h"
#include "models/tasktablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

using namespace BackupDash;
using namespace BackupDash::Bench;

namespace {

// Resources per vendor that give about 100,000 listed tasks over the scenario's 7 days (Clumio and
// Acronis list task executions, many per protected resource; a CloudAlly task is a job).
const QString P3Jobs = QStringLiteral("clumio=3500,acronis=4700,cloudally=100000,veeam-vb365=50");
const QString FrozenAt = QStringLiteral("2031-03-05T14:30:00Z"); // ahead of the connectors' 7-day windows
const QStringList Vendors { QStringLiteral("clumio"), QStringLiteral("acronis"), QStringLiteral("cloudally") };

// Clumio's connector asks for the tasks created since its clock's now − 7 days, to the second:
// pinned here, so that its pages are the very URLs curl fetches (and the simulator answers both
// from the same kept pages; a new filter each poll would make the simulator build every page
// again for ours alone).
const QDateTime g_clumioNow = QDateTime::currentDateTimeUtc();

using Headers = QList<QPair<QByteArray, QByteArray>>;

void fail(const QString &why)
{
    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(why));
    std::exit(1);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The simulator built beside this program (build/default/simulator/), or $BACKUPDASH_SIM.
QString simPath()
{
    const QString given = qEnvironmentVariable("BACKUPDASH_SIM");
    return given.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../simulator/backupdash-sim")
                           : given;
}

// A backupdash-sim child: started, and how long it took to say it listens.
struct SimProcess
{
    std::unique_ptr<QProcess> process;
    double startMs = 0;
    QUrl root;

    ~SimProcess()
    {
        if (process) {
            process->terminate();
            process->waitForFinished(10'000);
        }
    }
};

std::unique_ptr<SimProcess> startSim(const QStringList &arguments)
{
    auto sim = std::make_unique<SimProcess>();
    sim->process = std::make_unique<QProcess>();
    sim->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    sim->process->start(simPath(), QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    QByteArray out;
    const QByteArray marker = "backupdash-sim listening on ";
    const bool listening = waitFor(
        [&] {
            out += sim->process->readAllStandardOutput();
            return out.contains('\n') || sim->process->state() == QProcess::NotRunning;
        },
        120'000);
    const qsizetype at = out.indexOf(marker);
    if (!listening || at < 0)
        fail(QStringLiteral("the simulator did not start: %1").arg(QString::fromUtf8(out)));
    sim->startMs = double(timer.nsecsElapsed()) / 1e6;
    sim->root = QUrl(QString::fromUtf8(out.mid(at + marker.size()).trimmed()));
    return sim;
}

// One request, waited for; the body or a fatal error.
ApiResult sendAndWait(ApiClient &client, const ApiRequest &request)
{
    std::optional<ApiResult> answer;
    client.send(request, [&answer](const ApiResult &result) { answer = result; });
    if (!waitFor([&] { return answer.has_value(); }, 60'000) || !answer->ok())
        fail(QStringLiteral("%1 failed: %2")
                 .arg(client.urlFor(request).toString(), answer ? answer->error.message : QStringLiteral("no answer")));
    return *answer;
}

// What curl must send to be the same client: the connector's headers and its token.
Headers vendorHeaders(QNetworkAccessManager &nam, const SourceConfig &source)
{
    Headers headers { { "Accept", "application/json" }, { "Accept-Encoding", "gzip, deflate" } };
    std::unique_ptr<Authenticator> auth;
    const Credentials &c = source.credentials;
    if (source.vendor == QLatin1String("clumio")) {
        headers[0].second = "application/api.clumio.tasks=v1+json";
        headers.append({ "Authorization", "Bearer " + c.token.toUtf8() });
        return headers;
    }
    if (source.vendor == QLatin1String("acronis"))
        auth = std::make_unique<AcronisAuthenticator>(c.clientId, c.clientSecret);
    else
        auth = std::make_unique<CloudAllyAuthenticator>(CloudAllyAuthenticator::Mode::Partner, c.username, c.password,
                                                        c.clientId, c.clientSecret);
    ApiClient client(nam, ApiClient::Options::forSource(source, 30'000, 64LL << 20), nullptr);
    ApiRequest grant = auth->grantRequest(QString());
    grant.authenticated = false;
    // The grant goes out as the connector sends it: its own headers plus the authenticator's.
    QNetworkRequest decorated;
    auth->decorate(decorated);
    for (const QByteArray &name : decorated.rawHeaderList()) {
        grant.headers.append({ name, decorated.rawHeader(name) });
        headers.append({ name, decorated.rawHeader(name) });
    }
    const ApiResult answer = sendAndWait(client, grant);
    const Parsed<TokenGrant> token = auth->parseGrant(answer.response.body, QDateTime::currentDateTimeUtc());
    if (!token)
        fail(QStringLiteral("no token from %1: %2").arg(source.id, token.error));
    headers.append({ "Authorization", "Bearer " + token.value->accessToken.toUtf8() });
    return headers;
}

// The pages a full poll of `source` asks for, in order, exactly as its connector builds them
// (default page sizes, first-page filters), found by walking the listing once.
QList<QUrl> pageUrls(QNetworkAccessManager &nam, const SourceConfig &source, const Headers &headers, int *tasks)
{
    ApiClient::Options options = ApiClient::Options::forSource(source, 30'000, 64LL << 20);
    options.defaultHeaders = headers;
    ApiClient client(nam, options, nullptr);
    QList<QUrl> urls;
    *tasks = 0;
    ApiRequest request;
    if (source.vendor == QLatin1String("clumio")) {
        request.path = QStringLiteral("/tasks");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        request.query.addQueryItem(QStringLiteral("start"), QStringLiteral("1"));
        const QString filter = Clumio::createdSinceFilter(g_clumioNow.addDays(-7));
        request.query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    } else if (source.vendor == QLatin1String("acronis")) {
        request.path = QStringLiteral("/api/task_manager/v2/tasks");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        request.query.addQueryItem(QStringLiteral("lod"), QStringLiteral("full"));
        QDateTime since = QDateTime::currentDateTimeUtc().addDays(-7);
        since.setTime(QTime(since.time().hour(), 0));
        request.query.addQueryItem(QStringLiteral("updatedAt"),
                                   QStringLiteral("gt(%1)").arg(since.toString(Qt::ISODate)));
        request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc(updatedAt)"));
    } else {
        request.path = QStringLiteral("/v1/backup-tasks");
        request.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        request.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    }
    for (int page = 1;; ++page) {
        urls << client.urlFor(request);
        const QJsonObject body = QJsonDocument::fromJson(sendAndWait(client, request).response.body).object();
        ApiRequest next;
        next.path = request.path;
        if (source.vendor == QLatin1String("clumio")) {
            *tasks += int(body.value(u"_embedded").toObject().value(u"items").toArray().size());
            const QString link = body.value(u"_links").toObject().value(u"_next").toObject().value(u"href").toString();
            if (link.isEmpty())
                break;
            next.path.clear();
            next.hostPath = link;
        } else if (source.vendor == QLatin1String("acronis")) {
            *tasks += int(body.value(u"items").toArray().size());
            const QString after =
                body.value(u"paging").toObject().value(u"cursors").toObject().value(u"after").toString();
            if (after.isEmpty())
                break;
            next.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            next.query.addQueryItem(QStringLiteral("lod"), QStringLiteral("full"));
            next.query.addQueryItem(QStringLiteral("after"), after);
        } else {
            *tasks += int(body.value(u"data").toArray().size());
            const QString token = body.value(u"nextPageToken").toString();
            if (token.isEmpty() || page >= body.value(u"totalPages").toInt())
                break;
            next.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
            next.query.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
            next.query.addQueryItem(QStringLiteral("nextPageToken"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(token)));
        }
        request = next;
    }
    return urls;
}

// A curl config that fetches `urls` one after another on one connection, bodies discarded.
QString writeCurlConfig(const QTemporaryDir &dir, const QString &vendor, const QList<QUrl> &urls,
                        const Headers &headers)
{
    const QString path = dir.filePath(vendor + QStringLiteral(".curl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path));
    const auto quoted = [](QByteArray text) {
        return '"' + text.replace('\\', "\\\\").replace('"', "\\\"") + '"';
    };
    file.write("silent\nshow-error\nfail\n");
    for (const auto &[name, value] : headers)
        file.write("header = " + quoted(name + ": " + value) + '\n');
    for (const QUrl &url : urls)
        file.write("url = " + quoted(url.toString(QUrl::FullyEncoded).toUtf8()) + "\noutput = \"/dev/null\"\n");
    return path;
}

struct Vendor
{
    SourceConfig source;
    QString curlConfig;
    int pages = 0;
    int tasks = 0;
    qsizetype polledTasks = 0;
};

std::map<QString, Vendor> g_vendors;
QNetworkAccessManager *g_nam = nullptr;
// P5's Dashboard, and what it saw during the unchanged polls.
Dashboard *g_dashboard = nullptr;
std::map<QString, qint64> g_unchangedParsed; // by vendor, over every unchanged poll
std::map<QString, qint64> g_unchangedModelSignals;

// A full poll through the vendor's real connector, as the app makes it.
void pollFull(benchmark::State &state, const QString &vendor)
{
    Vendor &v = g_vendors.at(vendor);
    for (auto _ : state) {
        std::unique_ptr<Connector> connector;
        if (vendor == QLatin1String("clumio")) {
            ClumioConnector::Options options;
            options.now = [] {
                return g_clumioNow;
            };
            connector = std::make_unique<ClumioConnector>(v.source, *g_nam, options);
        } else {
            connector = createConnector(v.source, *g_nam);
        }
        SharedSnapshot snapshot;
        QString error;
        QObject::connect(connector.get(), &Connector::polled, [&](const SharedSnapshot &s) { snapshot = s; });
        QObject::connect(connector.get(), &Connector::pollFailed, [&](const ApiError &e) { error = e.message; });
        connector->poll();
        if (!waitFor([&] { return snapshot || !error.isEmpty(); }, 300'000) || !snapshot)
            fail(QStringLiteral("%1: the poll failed: %2").arg(vendor, error));
        v.polledTasks = qsizetype(snapshot->tasks.size());
        state.PauseTiming(); // the snapshot's destruction is not the poll's
        snapshot.reset();
        connector.reset();
        state.ResumeTiming();
    }
    state.counters["tasks"] = double(v.polledTasks);
}

void curlBaseline(benchmark::State &state, const QString &vendor)
{
    const Vendor &v = g_vendors.at(vendor);
    for (auto _ : state) {
        QProcess curl;
        curl.start(QStringLiteral("curl"), { QStringLiteral("--config"), v.curlConfig });
        if (!curl.waitForFinished(300'000) || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0)
            fail(QStringLiteral("curl failed for %1: %2").arg(vendor, QString::fromUtf8(curl.readAllStandardError())));
    }
}

std::vector<SourceConfig> g_p5Sources;

// P5's Dashboard, made when a P5 benchmark first runs: a first poll of each source fills the
// models and sets the reference the unchanged polls compare with.
void ensureDashboard()
{
    if (g_dashboard)
        return;
    g_dashboard = new Dashboard(*g_nam); // deleted at the end of main(), before the manager
    g_dashboard->setSources(g_p5Sources);
    bool firstRound = false;
    const QMetaObject::Connection once =
        QObject::connect(g_dashboard, &Dashboard::everySourcePolled, [&firstRound] { firstRound = true; });
    g_dashboard->start();
    if (!waitFor([&] { return firstRound; }, 600'000))
        fail(QStringLiteral("P5: the first polls did not end"));
    QObject::disconnect(once);
    g_dashboard->setPollingPaused(true); // only the polls asked for
}

// One more poll of a source whose data has not changed, through Dashboard.
void pollUnchanged(benchmark::State &state, const QString &vendor)
{
    ensureDashboard();
    const QString sourceId = g_vendors.at(vendor).source.id;
    Connector *connector = g_dashboard->connector(sourceId);
    TaskTableModel &tasks = g_dashboard->tasks();
    for (auto _ : state) {
        const qint64 parsedBefore = connector->pagesParsed();
        int unchanged = 0;
        bool ended = false;
        qint64 modelSignals = 0;
        QList<QMetaObject::Connection> counting;
        counting << QObject::connect(connector, &Connector::polledUnchanged, [&unchanged] { ++unchanged; });
        counting << QObject::connect(g_dashboard, &Dashboard::pollCompleted, [&ended] { ended = true; });
        counting << QObject::connect(&tasks, &QAbstractItemModel::dataChanged, [&modelSignals] { ++modelSignals; });
        counting << QObject::connect(&tasks, &QAbstractItemModel::rowsInserted, [&modelSignals] { ++modelSignals; });
        counting << QObject::connect(&tasks, &QAbstractItemModel::rowsRemoved, [&modelSignals] { ++modelSignals; });
        counting << QObject::connect(&tasks, &QAbstractItemModel::modelReset, [&modelSignals] { ++modelSignals; });
        counting << QObject::connect(&tasks, &QAbstractItemModel::layoutChanged, [&modelSignals] { ++modelSignals; });
        g_dashboard->scheduler().pollNow(sourceId);
        if (!waitFor([&] { return ended; }, 300'000))
            fail(QStringLiteral("%1: the unchanged poll did not end").arg(vendor));
        for (const QMetaObject::Connection &c : counting)
            QObject::disconnect(c);
        if (unchanged != 1)
            fail(QStringLiteral("%1: the poll did not end unchanged").arg(vendor));
        g_unchangedParsed[vendor] += connector->pagesParsed() - parsedBefore;
        g_unchangedModelSignals[vendor] += modelSignals;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary directory"));

    // S: start-up to listening, the plain form at the largest estate, then the P3 estate.
    double startPlainMs = 0;
    {
        const auto sim = startSim({ QStringLiteral("--jobs"), QStringLiteral("100000"), QStringLiteral("--speed"),
                                    QStringLiteral("0"), QStringLiteral("--start-time"), FrozenAt });
        startPlainMs = sim->startMs;
    }
    const QString configPath = dir.filePath(QStringLiteral("sources.json"));
    const auto sim = startSim({ QStringLiteral("--jobs"), P3Jobs, QStringLiteral("--vendors"), Vendors.join(u','),
                                QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start-time"),
                                FrozenAt, QStringLiteral("--write-config"), configPath });
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::ReadOnly))
        fail(QStringLiteral("no config from the simulator"));
    const auto config = parseSourcesConfig(configFile.readAll(), [](const QString &) { return QString(); });
    if (!config)
        fail(config.error);

    QNetworkAccessManager nam;
    g_nam = &nam;
    for (const SourceConfig &source : config.value->sources) {
        if (!Vendors.contains(source.vendor) || source.id == QLatin1String("sim-clumio-b"))
            continue;
        Vendor v;
        v.source = source;
        const Headers headers = vendorHeaders(nam, source);
        const QList<QUrl> urls = pageUrls(nam, source, headers, &v.tasks);
        v.pages = int(urls.size());
        v.curlConfig = writeCurlConfig(dir, source.vendor, urls, headers);
        std::printf("%s: %d tasks in %d pages\n", qPrintable(source.vendor), v.tasks, v.pages);
        g_vendors[source.vendor] = v;
        if (source.vendor != QLatin1String("clumio")) // Clumio's unchanged polls are its incremental ones
            g_p5Sources.push_back(source);
    }

    for (const QString &vendor : Vendors) {
        const std::string name = vendor.toStdString();
        benchmark::RegisterBenchmark(("P3/ours/" + name).c_str(), pollFull, vendor)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(1)
            ->Repetitions(3);
        benchmark::RegisterBenchmark(("P3/curl/" + name).c_str(), curlBaseline, vendor)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(1)
            ->Repetitions(3);
        if (vendor != QLatin1String("clumio"))
            benchmark::RegisterBenchmark(("P5/unchanged/" + name).c_str(), pollUnchanged, vendor)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime()
                ->Iterations(1)
                ->Repetitions(3);
    }
    CollectingReporter reporter;
    if (!runBenchmarks(argc, argv, reporter))
        return 2;

    printFigure({ QStringLiteral("S"), QStringLiteral("backupdash-sim start-up to listening, --jobs 100000"),
                  startPlainMs, QStringLiteral("ms"), QString(), 0, QStringLiteral("≤ a few s (3000 ms)"),
                  startPlainMs <= 3000 });
    printFigure({ QStringLiteral("S"), QStringLiteral("backupdash-sim start-up, P3 estate (%1)").arg(P3Jobs),
                  sim->startMs, QStringLiteral("ms"), QString(), 0, QStringLiteral("≤ a few s (3000 ms)"),
                  sim->startMs <= 3000 });
    for (const QString &vendor : Vendors) {
        const std::string name = vendor.toStdString();
        // Google Benchmark names a run with its settings.
        const std::string settings = "/iterations:1/repeats:3/real_time";
        const auto ours = reporter.result("P3/ours/" + name + settings);
        const auto curl = reporter.result("P3/curl/" + name + settings);
        const Vendor &v = g_vendors.at(vendor);
        if (ours && curl)
            printFigure(
                { QStringLiteral("P3"),
                  QStringLiteral("%1 full poll, %2 tasks, %3 pages (sequential)").arg(vendor).arg(v.tasks).arg(v.pages),
                  ours->realTimeMs, QStringLiteral("ms"), QStringLiteral("curl, same pages, sequential"),
                  curl->realTimeMs, QStringLiteral("≤ 1.5× curl"), ours->realTimeMs <= 1.5 * curl->realTimeMs });
        const auto unchanged = reporter.result("P5/unchanged/" + name + settings);
        if (unchanged && ours)
            printFigure({ QStringLiteral("P5"),
                          QStringLiteral("%1 unchanged poll, %2 tasks (parse ran: %3 / model signals: %4)")
                              .arg(vendor)
                              .arg(v.tasks)
                              .arg(g_unchangedParsed[vendor] == 0 ? QStringLiteral("no") : QStringLiteral("YES"))
                              .arg(g_unchangedModelSignals[vendor]),
                          unchanged->realTimeMs, QStringLiteral("ms"), QStringLiteral("changed (full, parsed) poll"),
                          ours->realTimeMs, QStringLiteral("no parse, 0 model signals; faster than changed"),
                          g_unchangedParsed[vendor] == 0 && g_unchangedModelSignals[vendor] == 0
                              && unchanged->realTimeMs < ours->realTimeMs });
    }
    delete g_dashboard;
    return 0;
}
