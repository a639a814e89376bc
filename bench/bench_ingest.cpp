// P1 (issue 8): parse + normalize of 100k-task pages per vendor, in MB/s of page bytes.
// Four readers of the same pages: ours (the connector's page parser, bytes → the structs it
// hands on), ours before simdjson (the parser's QJsonDocument reference reading, which it still
// falls back to for odd pages), simdjson on-demand pulling the same fields into string_views/numbers (parser reused,
// padded strings made outside the timing, as simdjson advises), and QJsonDocument walking them.
// The pages are the fixtures' tasks (tests/fixtures, the vendors' real shapes) repeated with
// unique ids up to 100k, in the page sizes the connectors ask for. Rates are MB of page bytes
// per second of this thread's CPU time (the machine is shared).
#include "bench/common/benchfigures.h"
#include "connectors/acronis/acronisparser.h"
#include "connectors/cloudally/cloudallyparser.h"
#include "connectors/clumio/clumioparser.h"
#include "connectors/vb365/vb365parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <ctime>
#include <functional>
#include <simdjson.h>
#include <string_view>
#include <vector>

using namespace BackupDash;
namespace od = simdjson::ondemand;

namespace {

constexpr int TaskCount = 100'000;

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bench_ingest: cannot read fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The vendor's items from its fixture pages: the templates the generated tasks copy.
QJsonArray templates(const QStringList &pages, const std::function<QJsonArray(const QJsonObject &)> &itemsOf)
{
    QJsonArray all;
    for (const QString &page : pages) {
        for (const QJsonValue &item : itemsOf(fixture(page)))
            all.append(item);
    }
    return all;
}

struct Corpus
{
    std::vector<QByteArray> pages; // as they come off the wire
    std::vector<simdjson::padded_string> padded; // the same bytes, padded for simdjson
    qint64 bytes = 0;
};

// `count` items cut into pages of `pageSize`; `item(i)` makes the i-th, `envelope` wraps a page.
Corpus makeCorpus(int count, int pageSize, const std::function<QJsonObject(int)> &item,
                  const std::function<QJsonObject(const QJsonArray &, bool last)> &envelope)
{
    Corpus corpus;
    for (int start = 0; start < count; start += pageSize) {
        QJsonArray items;
        for (int i = start; i < std::min(count, start + pageSize); ++i)
            items.append(item(i));
        const QByteArray body =
            QJsonDocument(envelope(items, start + pageSize >= count)).toJson(QJsonDocument::Compact);
        corpus.bytes += body.size();
        corpus.padded.emplace_back(body.constData(), size_t(body.size()));
        corpus.pages.push_back(body);
    }
    return corpus;
}

QString numbered(const QString &base, int i)
{
    return base + QLatin1Char('-') + QString::number(i);
}

// --- the corpora --------------------------------------------------------------------------------

Corpus acronisCorpus()
{
    const QJsonArray tasks =
        templates({ QStringLiteral("acronis/tasks-page1.json"), QStringLiteral("acronis/tasks-page2.json"),
                    QStringLiteral("acronis/tasks-page3.json") },
                  [](const QJsonObject &page) { return page.value(QLatin1String("items")).toArray(); });
    return makeCorpus(
        TaskCount, 100,
        [&tasks](int i) {
            QJsonObject task = tasks.at(i % tasks.size()).toObject();
            const qint64 id = 944455285181775872LL + i;
            task.insert(QStringLiteral("id"), id);
            task.insert(QStringLiteral("idString"), QString::number(id));
            return task;
        },
        [](const QJsonArray &items, bool last) {
            QJsonObject envelope { { QStringLiteral("items"), items } };
            if (!last) {
                envelope.insert(
                    QStringLiteral("paging"),
                    QJsonObject { { QStringLiteral("cursors"),
                                    QJsonObject { { QStringLiteral("after"),
                                                    QStringLiteral("MTAwOjk0NDQ1NTI4NTE4MTc3NTk3Mg") } } } });
            }
            return envelope;
        });
}

Corpus clumioCorpus()
{
    const QJsonObject first = fixture(QStringLiteral("clumio/tasks-page1.json"));
    const QJsonArray tasks =
        templates({ QStringLiteral("clumio/tasks-page1.json"), QStringLiteral("clumio/tasks-page2.json"),
                    QStringLiteral("clumio/tasks-page3.json") },
                  [](const QJsonObject &page) {
                      return page.value(QLatin1String("_embedded")).toObject().value(QLatin1String("items")).toArray();
                  });
    return makeCorpus(
        TaskCount, 100,
        [&tasks](int i) {
            QJsonObject task = tasks.at(i % tasks.size()).toObject();
            task.insert(QStringLiteral("id"), QString::number(8'000'000 + i));
            return task;
        },
        [first](const QJsonArray &items, bool last) {
            QJsonObject envelope = first;
            envelope.insert(QStringLiteral("_embedded"), QJsonObject { { QStringLiteral("items"), items } });
            envelope.insert(QStringLiteral("current_count"), items.size());
            envelope.insert(QStringLiteral("total_count"), TaskCount);
            if (last) {
                QJsonObject links = envelope.value(QLatin1String("_links")).toObject();
                links.remove(QStringLiteral("_next"));
                envelope.insert(QStringLiteral("_links"), links);
            }
            return envelope;
        });
}

Corpus cloudAllyCorpus()
{
    const QJsonArray tasks =
        templates({ QStringLiteral("cloudally/tasks-page1.json"), QStringLiteral("cloudally/tasks-page2.json"),
                    QStringLiteral("cloudally/tasks-page3.json") },
                  [](const QJsonObject &page) { return page.value(QLatin1String("data")).toArray(); });
    return makeCorpus(
        TaskCount, 100,
        [&tasks](int i) {
            QJsonObject task = tasks.at(i % tasks.size()).toObject();
            task.insert(QStringLiteral("id"), QStringLiteral("5f3c1e9a7b2d4c%1").arg(i, 10, 16, QLatin1Char('0')));
            return task;
        },
        [](const QJsonArray &items, bool last) {
            return QJsonObject { { QStringLiteral("data"), items },
                                 { QStringLiteral("totalPages"), TaskCount / 100 },
                                 { QStringLiteral("nextPageToken"),
                                   last ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QStringLiteral("eyJwYWdlIjoyfQ")) } };
        });
}

QJsonObject vb365Envelope(const QJsonObject &first, const QJsonArray &items, bool last)
{
    QJsonObject envelope = first;
    envelope.insert(QStringLiteral("results"), items);
    envelope.insert(QStringLiteral("limit"), items.size());
    if (last) {
        QJsonObject links = envelope.value(QLatin1String("_links")).toObject();
        links.remove(QStringLiteral("next"));
        envelope.insert(QStringLiteral("_links"), links);
    }
    return envelope;
}

Corpus vb365JobsCorpus()
{
    const QJsonObject first = fixture(QStringLiteral("vb365/jobs-v8-page1.json"));
    const QJsonArray jobs =
        templates({ QStringLiteral("vb365/jobs-v8-page1.json"), QStringLiteral("vb365/jobs-v8-page2.json") },
                  [](const QJsonObject &page) { return page.value(QLatin1String("results")).toArray(); });
    return makeCorpus(
        TaskCount, 500,
        [&jobs](int i) {
            QJsonObject job = jobs.at(i % jobs.size()).toObject();
            job.insert(QStringLiteral("id"), numbered(job.value(QLatin1String("id")).toString(), i));
            return job;
        },
        [first](const QJsonArray &items, bool last) { return vb365Envelope(first, items, last); });
}

Corpus vb365SessionsCorpus()
{
    // The connector reads the newest `sessionsPerJob` (10) sessions of each job: one page each.
    const QJsonObject first = fixture(QStringLiteral("vb365/sessions-v8.json"));
    const QJsonArray sessions = first.value(QLatin1String("results")).toArray();
    return makeCorpus(
        TaskCount, 10,
        [&sessions](int i) {
            QJsonObject session = sessions.at(i % sessions.size()).toObject();
            session.insert(QStringLiteral("id"), numbered(session.value(QLatin1String("id")).toString(), i));
            session.insert(QStringLiteral("jobId"),
                           QStringLiteral("a1b2c3d4-0001-4000-8000-%1").arg(i / 10, 12, 10, QLatin1Char('0')));
            return session;
        },
        [first](const QJsonArray &items, bool) { return vb365Envelope(first, items, true); });
}

// --- simdjson on-demand: the same fields into string_views and numbers --------------------------

// What the extraction read, summed so that nothing is optimised away.
struct Sink
{
    size_t bytes = 0;
    int64_t numbers = 0;
    void text(od::value v)
    {
        std::string_view s;
        if (!v.get_string().get(s))
            bytes += s.size();
    }
    void integer(od::value v)
    {
        int64_t n = 0;
        if (!v.get_int64().get(n))
            numbers += n;
        else
            text(v);
    }
    void flag(od::value v)
    {
        bool b = false;
        if (!v.get_bool().get(b))
            numbers += b;
    }
};

od::parser &simdParser()
{
    static od::parser parser;
    return parser;
}

// A member's key (unescaped once: On Demand allows one unescaping per key).
std::string_view keyOf(od::field &field)
{
    return field.unescaped_key().value_unsafe();
}

void simdAcronis(const simdjson::padded_string &page, Sink &sink)
{
    od::document doc = simdParser().iterate(page);
    for (od::field envelope : doc.get_object()) {
        const std::string_view top = keyOf(envelope);
        if (top == "items") {
            for (od::value task : envelope.value().get_array()) {
                for (od::field f : task.get_object()) {
                    const std::string_view key = keyOf(f);
                    if (key == "id")
                        sink.integer(f.value());
                    else if (key == "idString" || key == "type" || key == "state" || key == "enqueuedAt"
                             || key == "startedAt" || key == "completedAt" || key == "updatedAt" || key == "resultCode"
                             || key == "result_code")
                        sink.text(f.value());
                    else if (key == "cancellable" || key == "cancelRequested")
                        sink.flag(f.value());
                    else if (key == "result" || key == "resource" || key == "context") {
                        od::object o;
                        if (f.value().get_object().get(o))
                            continue;
                        for (od::field g : o) {
                            const std::string_view inner = keyOf(g);
                            if (inner == "code" || inner == "id" || inner == "name" || inner == "type"
                                || inner == "title")
                                sink.text(g.value());
                        }
                    }
                }
            }
        } else if (top == "paging") {
            sink.text(envelope.value()["cursors"]["after"].value_unsafe());
        }
    }
}

void simdClumio(const simdjson::padded_string &page, Sink &sink)
{
    od::document doc = simdParser().iterate(page);
    for (od::field envelope : doc.get_object()) {
        const std::string_view top = keyOf(envelope);
        if (top == "_embedded") {
            for (od::value task : envelope.value()["items"].get_array()) {
                for (od::field f : task.get_object()) {
                    const std::string_view key = keyOf(f);
                    if (key == "id" || key == "type" || key == "category" || key == "genre" || key == "status"
                        || key == "created_timestamp" || key == "start_timestamp" || key == "end_timestamp")
                        sink.text(f.value());
                    else if (key == "progress_percentage")
                        sink.integer(f.value());
                    else if (key == "is_abortable")
                        sink.flag(f.value());
                    else if (key == "primary_entity" || key == "parent_entity") {
                        od::object o;
                        if (f.value().get_object().get(o))
                            continue;
                        for (od::field g : o)
                            sink.text(g.value());
                    }
                }
            }
        } else if (top == "_links") {
            for (od::field link : envelope.value().get_object()) {
                if (keyOf(link) == "_next")
                    sink.text(link.value()["href"].value_unsafe());
            }
        }
    }
}

void simdCloudAlly(const simdjson::padded_string &page, Sink &sink)
{
    od::document doc = simdParser().iterate(page);
    for (od::field envelope : doc.get_object()) {
        const std::string_view top = keyOf(envelope);
        if (top == "data") {
            for (od::value task : envelope.value().get_array()) {
                for (od::field f : task.get_object()) {
                    const std::string_view key = keyOf(f);
                    if (key == "id" || key == "name" || key == "type" || key == "status" || key == "lastBackup"
                        || key == "createdAt")
                        sink.text(f.value());
                    else if (key == "size")
                        sink.integer(f.value());
                    else if (key == "schedule") {
                        od::object o;
                        if (f.value().get_object().get(o))
                            continue;
                        for (od::field g : o)
                            sink.text(g.value());
                    }
                }
            }
        } else if (top == "nextPageToken") {
            sink.text(envelope.value());
        } else if (top == "totalPages") {
            sink.integer(envelope.value());
        }
    }
}

void simdVb365Jobs(const simdjson::padded_string &page, Sink &sink)
{
    od::document doc = simdParser().iterate(page);
    for (od::field envelope : doc.get_object()) {
        const std::string_view key = keyOf(envelope);
        if (key == "limit") {
            sink.integer(envelope.value());
        } else if (key == "_links") {
            for (od::field link : envelope.value().get_object()) {
                if (keyOf(link) == "next")
                    sink.text(link.value()["href"].value_unsafe());
            }
        } else if (key == "results") {
            for (od::value job : envelope.value().get_array()) {
                for (od::field f : job.get_object()) {
                    const std::string_view k = keyOf(f);
                    if (k == "id" || k == "name" || k == "lastStatus" || k == "lastRun" || k == "nextRun"
                        || k == "lastBackup" || k == "organizationId")
                        sink.text(f.value());
                    else if (k == "isEnabled")
                        sink.flag(f.value());
                    else if (k == "schedulePolicy") {
                        for (od::field p : f.value().get_object()) {
                            const std::string_view pk = keyOf(p);
                            if (pk == "backupWindowSettings" || pk == "periodicallyWindowSettings") {
                                for (od::field w : p.value().get_object()) {
                                    const std::string_view wk = keyOf(w);
                                    if (wk == "minuteOffset") {
                                        sink.integer(w.value());
                                    } else if (wk == "backupWindow") {
                                        for (od::value cell : w.value().get_array())
                                            sink.flag(cell);
                                    }
                                }
                            } else if (pk == "scheduleEnabled" || pk == "backupWindowEnabled"
                                       || pk == "periodicallyWindowEnabled") {
                                sink.flag(p.value());
                            } else {
                                sink.text(p.value());
                            }
                        }
                    }
                }
            }
        }
    }
}

void simdVb365Sessions(const simdjson::padded_string &page, Sink &sink)
{
    od::document doc = simdParser().iterate(page);
    for (od::field envelope : doc.get_object()) {
        const std::string_view key = keyOf(envelope);
        if (key == "limit") {
            sink.integer(envelope.value());
        } else if (key == "results") {
            for (od::value session : envelope.value().get_array()) {
                for (od::field f : session.get_object()) {
                    const std::string_view k = keyOf(f);
                    if (k == "id" || k == "jobId" || k == "status" || k == "creationTime" || k == "endTime")
                        sink.text(f.value());
                    else if (k == "statistics") {
                        for (od::field s : f.value().get_object()) {
                            const std::string_view sk = keyOf(s);
                            if (sk == "transferredDataBytes" || sk == "processedObjects")
                                sink.integer(s.value());
                        }
                    }
                }
            }
        }
    }
}

// --- QJsonDocument: fromJson + the same fields --------------------------------------------------

struct QtSink
{
    qsizetype chars = 0;
    qint64 numbers = 0;
    void text(const QJsonValue &v) { chars += v.toString().size(); }
    void integer(const QJsonValue &v) { numbers += v.isString() ? v.toString().toLongLong() : v.toInteger(); }
    void flag(const QJsonValue &v) { numbers += v.toBool(); }
    void texts(const QJsonObject &o, std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            text(o.value(QLatin1String(key)));
    }
};

void qtAcronis(const QByteArray &page, QtSink &sink)
{
    const QJsonObject envelope = QJsonDocument::fromJson(page).object();
    for (const QJsonValue &value : envelope.value(QLatin1String("items")).toArray()) {
        const QJsonObject t = value.toObject();
        sink.integer(t.value(QLatin1String("id")));
        sink.texts(t,
                   { "idString", "type", "state", "enqueuedAt", "startedAt", "completedAt", "updatedAt", "resultCode",
                     "result_code" });
        sink.flag(t.value(QLatin1String("cancellable")));
        sink.flag(t.value(QLatin1String("cancelRequested")));
        sink.texts(t.value(QLatin1String("result")).toObject(), { "code" });
        sink.texts(t.value(QLatin1String("resource")).toObject(), { "id", "name", "type" });
        sink.texts(t.value(QLatin1String("context")).toObject(), { "title" });
    }
    sink.text(envelope.value(QLatin1String("paging"))
                  .toObject()
                  .value(QLatin1String("cursors"))
                  .toObject()
                  .value(QLatin1String("after")));
}

void qtClumio(const QByteArray &page, QtSink &sink)
{
    const QJsonObject envelope = QJsonDocument::fromJson(page).object();
    const QJsonArray items =
        envelope.value(QLatin1String("_embedded")).toObject().value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject t = value.toObject();
        sink.texts(
            t,
            { "id", "type", "category", "genre", "status", "created_timestamp", "start_timestamp", "end_timestamp" });
        sink.integer(t.value(QLatin1String("progress_percentage")));
        sink.flag(t.value(QLatin1String("is_abortable")));
        sink.texts(t.value(QLatin1String("primary_entity")).toObject(), { "id", "type", "value" });
        sink.texts(t.value(QLatin1String("parent_entity")).toObject(), { "id", "type", "value" });
    }
    sink.text(envelope.value(QLatin1String("_links"))
                  .toObject()
                  .value(QLatin1String("_next"))
                  .toObject()
                  .value(QLatin1String("href")));
}

void qtCloudAlly(const QByteArray &page, QtSink &sink)
{
    const QJsonObject envelope = QJsonDocument::fromJson(page).object();
    for (const QJsonValue &value : envelope.value(QLatin1String("data")).toArray()) {
        const QJsonObject t = value.toObject();
        sink.texts(t, { "id", "name", "type", "status", "lastBackup", "createdAt" });
        sink.integer(t.value(QLatin1String("size")));
        sink.texts(t.value(QLatin1String("schedule")).toObject(), { "frequency", "timezone" });
    }
    sink.text(envelope.value(QLatin1String("nextPageToken")));
    sink.integer(envelope.value(QLatin1String("totalPages")));
}

void qtVb365Jobs(const QByteArray &page, QtSink &sink)
{
    const QJsonObject envelope = QJsonDocument::fromJson(page).object();
    sink.integer(envelope.value(QLatin1String("limit")));
    for (const QJsonValue &value : envelope.value(QLatin1String("results")).toArray()) {
        const QJsonObject j = value.toObject();
        sink.texts(j, { "id", "name", "lastStatus", "lastRun", "nextRun", "lastBackup", "organizationId" });
        sink.flag(j.value(QLatin1String("isEnabled")));
        const QJsonObject policy = j.value(QLatin1String("schedulePolicy")).toObject();
        sink.texts(policy, { "type", "dailyType", "dailyTime", "periodicallyEvery" });
        sink.flag(policy.value(QLatin1String("scheduleEnabled")));
        sink.flag(policy.value(QLatin1String("backupWindowEnabled")));
        const QJsonObject settings = policy.value(QLatin1String("backupWindowSettings")).toObject();
        sink.integer(settings.value(QLatin1String("minuteOffset")));
        for (const QJsonValue &cell : settings.value(QLatin1String("backupWindow")).toArray())
            sink.flag(cell);
    }
    sink.text(envelope.value(QLatin1String("_links"))
                  .toObject()
                  .value(QLatin1String("next"))
                  .toObject()
                  .value(QLatin1String("href")));
}

void qtVb365Sessions(const QByteArray &page, QtSink &sink)
{
    const QJsonObject envelope = QJsonDocument::fromJson(page).object();
    sink.integer(envelope.value(QLatin1String("limit")));
    for (const QJsonValue &value : envelope.value(QLatin1String("results")).toArray()) {
        const QJsonObject s = value.toObject();
        sink.texts(s, { "id", "jobId", "status", "creationTime", "endTime" });
        const QJsonObject stats = s.value(QLatin1String("statistics")).toObject();
        sink.integer(stats.value(QLatin1String("transferredDataBytes")));
        sink.integer(stats.value(QLatin1String("processedObjects")));
    }
}

// --- ours: the connectors' page parsers -----------------------------------------------------------

template<typename Result> size_t itemsOf(const Result &parsed);
size_t itemsOf(const Parsed<Acronis::TasksPage> &p)
{
    return p ? p.value->items.size() : 0;
}
size_t itemsOf(const Parsed<Page<Clumio::TaskRecord>> &p)
{
    return p ? p.value->items.size() : 0;
}
size_t itemsOf(const Parsed<CloudAlly::TasksPage> &p)
{
    return p ? p.value->tasks.size() : 0;
}
size_t itemsOf(const Parsed<Page<Vb365::JobRecord>> &p)
{
    return p ? p.value->items.size() : 0;
}
size_t itemsOf(const Parsed<Page<TaskRun>> &p)
{
    return p ? p.value->items.size() : 0;
}

struct Vendor
{
    const char *name;
    Corpus corpus;
    std::function<size_t(const QByteArray &)> ours;
    std::function<size_t(const QByteArray &)> before;
    void (*simd)(const simdjson::padded_string &, Sink &);
    void (*qt)(const QByteArray &, QtSink &);
};

std::vector<Vendor> &vendors()
{
    static std::vector<Vendor> all;
    return all;
}

// Every vendor, or only `only` (the profiling mode): each corpus takes a while to make.
void setUpVendors(const QByteArray &only)
{
    auto &all = vendors();
    const auto add = [&](const char *name, Vendor (*make)()) {
        if (only.isEmpty() || only == name)
            all.push_back(make());
    };
    add("VB365 jobs", [] {
        return Vendor { "VB365 jobs",
                        vb365JobsCorpus(),
                        [](const QByteArray &b) { return itemsOf(Vb365::parseJobsPage(b)); },
                        [](const QByteArray &b) { return itemsOf(Vb365::parseJobsPageReference(b)); },
                        simdVb365Jobs,
                        qtVb365Jobs };
    });
    add("VB365 sessions", [] {
        return Vendor { "VB365 sessions",
                        vb365SessionsCorpus(),
                        [](const QByteArray &b) { return itemsOf(Vb365::parseSessionsPage(b)); },
                        [](const QByteArray &b) { return itemsOf(Vb365::parseSessionsPageReference(b)); },
                        simdVb365Sessions,
                        qtVb365Sessions };
    });
    add("Clumio tasks", [] {
        return Vendor { "Clumio tasks",
                        clumioCorpus(),
                        [](const QByteArray &b) { return itemsOf(Clumio::parseTasksPage(b)); },
                        [](const QByteArray &b) { return itemsOf(Clumio::parseTasksPageReference(b)); },
                        simdClumio,
                        qtClumio };
    });
    add("Acronis tasks", [] {
        return Vendor { "Acronis tasks",
                        acronisCorpus(),
                        [](const QByteArray &b) { return itemsOf(Acronis::parseTasksPage(b)); },
                        [](const QByteArray &b) { return itemsOf(Acronis::parseTasksPageReference(b)); },
                        simdAcronis,
                        qtAcronis };
    });
    add("CloudAlly tasks", [] {
        return Vendor { "CloudAlly tasks",
                        cloudAllyCorpus(),
                        [](const QByteArray &b) { return itemsOf(CloudAlly::parseTasksPage(b)); },
                        [](const QByteArray &b) { return itemsOf(CloudAlly::parseTasksPageReference(b)); },
                        simdCloudAlly,
                        qtCloudAlly };
    });
}

// This thread's CPU time: the machine is shared, so wall time says more about the neighbours.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs `body` once per iteration and reports its CPU time per iteration as the counter cpu_ms.
template<typename Body> void timed(benchmark::State &state, Body body)
{
    const double start = threadCpuMs();
    for (auto _ : state)
        body();
    state.counters["cpu_ms"] = (threadCpuMs() - start) / double(state.iterations());
}

std::string benchName(const Vendor &v, const char *reader)
{
    return std::string(v.name) + "/" + reader;
}

// How often each reader runs per repetition (the fast ones more, for a measurable time).
int iterationsOf(const std::string &reader)
{
    return reader == "simdjson" ? 5 : reader == "ours" ? 2 : 1;
}

// The name Google Benchmark reports a registered benchmark under.
std::string reportedName(const Vendor &v, const char *reader)
{
    return benchName(v, reader) + "/iterations:" + std::to_string(iterationsOf(reader)) + "/repeats:3";
}

void registerParser(const Vendor *v, const char *reader, std::function<size_t(const QByteArray &)> Vendor::*parse,
                    int iterations)
{
    benchmark::RegisterBenchmark(benchName(*v, reader).c_str(),
                                 [v, parse](benchmark::State &state) {
                                     timed(state, [&] {
                                         size_t items = 0;
                                         for (const QByteArray &page : v->corpus.pages)
                                             items += (v->*parse)(page);
                                         if (items != size_t(TaskCount))
                                             state.SkipWithError("a parser did not read every task");
                                     });
                                 })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(iterations)
        ->Repetitions(3);
}

void registerBenchmarks()
{
    for (const Vendor &vendor : vendors()) {
        const Vendor *v = &vendor;
        registerParser(v, "ours", &Vendor::ours, iterationsOf("ours"));
        registerParser(v, "ours-before", &Vendor::before, iterationsOf("ours-before"));
        benchmark::RegisterBenchmark(benchName(*v, "simdjson").c_str(),
                                     [v](benchmark::State &state) {
                                         timed(state, [&] {
                                             Sink sink;
                                             for (const simdjson::padded_string &page : v->corpus.padded)
                                                 v->simd(page, sink);
                                             benchmark::DoNotOptimize(sink);
                                         });
                                     })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(iterationsOf("simdjson"))
            ->Repetitions(3);
        benchmark::RegisterBenchmark(benchName(*v, "qjsondocument").c_str(),
                                     [v](benchmark::State &state) {
                                         timed(state, [&] {
                                             QtSink sink;
                                             for (const QByteArray &page : v->corpus.pages)
                                                 v->qt(page, sink);
                                             benchmark::DoNotOptimize(sink);
                                         });
                                     })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(iterationsOf("qjsondocument"))
            ->Repetitions(3);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // BENCH_INGEST_PROFILE="Clumio tasks": only our parser on that vendor, 20 rounds, for perf.
    const QByteArray vendor = qgetenv("BENCH_INGEST_PROFILE");
    setUpVendors(vendor);
    if (!vendor.isEmpty()) {
        for (const Vendor &v : vendors()) {
            for (int round = 0; v.name == vendor && round < 20; ++round) {
                for (const QByteArray &page : v.corpus.pages)
                    v.ours(page);
            }
        }
        return 0;
    }
    registerBenchmarks();
    Bench::CollectingReporter reporter;
    if (!Bench::runBenchmarks(argc, argv, reporter))
        return 1;
    for (const Vendor &v : vendors()) {
        const auto ours = reporter.result(reportedName(v, "ours"));
        const auto before = reporter.result(reportedName(v, "ours-before"));
        const auto simd = reporter.result(reportedName(v, "simdjson"));
        const auto qt = reporter.result(reportedName(v, "qjsondocument"));
        if (!ours || !before || !simd || !qt)
            continue; // filtered out on the command line
        const double megabytes = double(v.corpus.bytes) / 1e6;
        // Rates from CPU time (median of 3); the wall-clock ones are in the log above.
        const double oursRate = megabytes / (ours->counter("cpu_ms") / 1e3);
        const double simdRate = megabytes / (simd->counter("cpu_ms") / 1e3);
        const double qtRate = megabytes / (qt->counter("cpu_ms") / 1e3);
        const double beforeRate = megabytes / (before->counter("cpu_ms") / 1e3);
        std::printf("%s: %.1f MB in %zu pages; ours %.0f MB/s (before: %.0f), simdjson %.0f MB/s, "
                    "QJsonDocument %.0f MB/s, ours/simdjson %.1f %% (before: %.1f %%)\n",
                    v.name, megabytes, v.corpus.pages.size(), oursRate, beforeRate, simdRate, qtRate,
                    100 * oursRate / simdRate, 100 * beforeRate / simdRate);
        const QString what = QStringLiteral("%1 ingest, 100k").arg(QLatin1String(v.name));
        Bench::printFigure({ QStringLiteral("P1"), what, oursRate, QStringLiteral("MB/s"),
                             QStringLiteral("simdjson on-demand"), simdRate, QStringLiteral("≥ 50 % of simdjson"),
                             oursRate >= 0.5 * simdRate });
        Bench::printFigure({ QStringLiteral("P1"), what + QStringLiteral(" (before: QJsonDocument parser)"), beforeRate,
                             QStringLiteral("MB/s"), QStringLiteral("simdjson on-demand"), simdRate,
                             QStringLiteral("≥ 50 % of simdjson"), beforeRate >= 0.5 * simdRate });
        Bench::printFigure({ QStringLiteral("P1"), what + QStringLiteral(" (QJsonDocument walk)"), qtRate,
                             QStringLiteral("MB/s"), QStringLiteral("simdjson on-demand"), simdRate,
                             QStringLiteral("baseline only"), true });
    }
    return 0;
}
