#include "connectors/vb365/vb365pagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

#include <QJsonDocument>
#include <string>

namespace BackupDash::Vb365 {

namespace {

using namespace FastJson;

// What one page's rows share: one QString per distinct value, one status mapping per spelling,
// and one reading of each distinct schedulePolicy (jobs share a handful of schedules).
struct PageStrings
{
    Strings strings;
    ByText<Status> statuses;
    struct Policy
    {
        bool valid = false; // JSON the reference accepts (the fast reader only skipped over it)
        QString schedule;
        std::optional<BackupWindow> window;
    };
    std::unordered_map<std::string_view, Policy> policies; // keyed by the policy's JSON text

    Status status(std::string_view spelling, const QString &text)
    {
        const Status *known = statuses.find(spelling);
        return known ? *known : statuses.add(spelling, mapVb365Status(text));
    }
    // The policy read the reference way, once per distinct text.
    const Policy &policy(std::string_view json)
    {
        auto found = policies.find(json);
        if (found == policies.end()) {
            QJsonParseError error;
            const QJsonObject o =
                QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())), &error).object();
            found =
                policies.emplace(json, Policy { error.error == QJsonParseError::NoError, scheduleText(o), windowOf(o) })
                    .first;
        }
        return found->second;
    }
};

// VB365's str(): a string, or null/absent (empty). A number or another type: the reference.
bool readText(od::value value, std::string_view &out)
{
    return stringOrNull(value, out);
}

bool readJob(od::value value, PageStrings &page, JobRecord &record)
{
    od::object o;
    if (value.get_object().get(o))
        return false;
    enum Member { Id, Name, Enabled, LastStatus, LastRun, NextRun, LastBackup, Policy, Organization };
    Members seen;
    std::string_view id, name, lastStatus, organization, policy;
    std::optional<bool> enabled;
    Task &task = record.task;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        od::value v = field.value();
        bool ok = true;
        if (key == "id") {
            ok = seen.first(Id) && readText(v, id);
        } else if (key == "name") {
            ok = seen.first(Name) && readText(v, name);
        } else if (key == "isEnabled") {
            ok = seen.first(Enabled);
            enabled = boolOf(v);
        } else if (key == "lastStatus") {
            ok = seen.first(LastStatus) && readText(v, lastStatus);
        } else if (key == "lastRun") {
            ok = seen.first(LastRun) && timeOrNone(v, task.lastRun);
        } else if (key == "nextRun") {
            ok = seen.first(NextRun) && timeOrNone(v, task.nextRun);
        } else if (key == "lastBackup") {
            ok = seen.first(LastBackup) && timeOrNone(v, task.lastSuccess);
        } else if (key == "schedulePolicy") {
            od::object p;
            ok = seen.first(Policy) && !v.get_object().get(p) && !p.raw_json().get(policy);
        } else if (key == "organizationId") {
            ok = seen.first(Organization) && readText(v, organization);
        }
        if (!ok)
            return false;
    }
    if (id.empty())
        return false;
    task.id = text(id);
    task.name = name.empty() ? task.id : text(name);
    task.workload = page.strings("MS365");
    task.enabled = enabled.value_or(true);
    task.vendorStatus = page.strings(lastStatus);
    task.status = task.enabled ? page.status(lastStatus, task.vendorStatus) : Status::Paused;
    if (!policy.empty()) {
        const PageStrings::Policy &read = page.policy(policy);
        if (!read.valid)
            return false;
        task.schedule = read.schedule;
        record.window = read.window;
        if (record.window)
            record.window->taskId = task.id;
    }
    record.organizationId = page.strings(organization);
    return true;
}

bool readSession(od::value value, PageStrings &page, TaskRun &run)
{
    od::object o;
    if (value.get_object().get(o))
        return false;
    enum Member { Id, JobId, Status, Created, Ended, Statistics };
    Members seen;
    std::string_view id, jobId, status;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        od::value v = field.value();
        bool ok = true;
        if (key == "id") {
            ok = seen.first(Id) && readText(v, id);
        } else if (key == "jobId") {
            ok = seen.first(JobId) && readText(v, jobId);
        } else if (key == "status") {
            ok = seen.first(Status) && readText(v, status);
        } else if (key == "creationTime") {
            ok = seen.first(Created) && timeOrNone(v, run.started);
        } else if (key == "endTime") {
            ok = seen.first(Ended) && timeOrNone(v, run.ended);
        } else if (key == "statistics") {
            od::object stats;
            if (!seen.first(Statistics) || v.get_object().get(stats))
                return false;
            Members inner;
            for (auto s : stats) {
                od::field stat;
                std::string_view name;
                if (std::move(s).get(stat) || keyOf(stat, name))
                    return false;
                if (name == "transferredDataBytes")
                    ok = inner.first(0) && int64OrNone(stat.value(), run.transferredBytes);
                else if (name == "processedObjects")
                    ok = inner.first(1) && int64OrNone(stat.value(), run.processedObjects);
                if (!ok) // a repeated one stays refused whatever follows it
                    return false;
            }
        }
        if (!ok)
            return false;
    }
    if (id.empty())
        return false;
    run.id = text(id);
    run.taskId = page.strings(jobId);
    run.vendorStatus = page.strings(status);
    run.status = page.status(status, run.vendorStatus);
    return true;
}

// The v5+ envelope {offset, limit, setId, _links{next{href}}, results}, as readListPage reads it.
template<typename Item, typename ReadOne> std::optional<Page<Item>> readPage(const QByteArray &body, ReadOne readOne)
{
    od::document doc;
    od::object envelope;
    if (begin(body).get(doc) || doc.get_object().get(envelope))
        return std::nullopt; // v3/v4 bare arrays and everything odd: the reference
    Page<Item> page;
    PageStrings strings;
    Members seen;
    std::optional<qint64> limit;
    bool sawResults = false;
    for (auto member : envelope) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return std::nullopt;
        if (key == "results") {
            od::array results;
            if (!seen.first(0) || field.value().get_array().get(results))
                return std::nullopt;
            sawResults = true;
            for (auto element : results) {
                od::value value;
                Item item;
                if (std::move(element).get(value) || !readOne(value, strings, item))
                    return std::nullopt;
                page.items.push_back(std::move(item));
            }
        } else if (key == "limit") {
            if (!seen.first(1) || !int64OrNone(field.value(), limit))
                return std::nullopt;
        } else if (key == "_links") {
            od::object links;
            if (!seen.first(2) || field.value().get_object().get(links))
                return std::nullopt; // a non-object: rare, the reference reads it
            Members inner;
            for (auto l : links) {
                od::field link;
                std::string_view name;
                if (std::move(l).get(link) || keyOf(link, name))
                    return std::nullopt;
                if (name != "next")
                    continue;
                od::object next;
                if (!inner.first(0) || link.value().get_object().get(next))
                    return std::nullopt;
                Members hrefSeen;
                for (auto h : next) {
                    od::field href;
                    std::string_view hrefKey, hrefText;
                    if (std::move(h).get(href) || keyOf(href, hrefKey))
                        return std::nullopt;
                    if (hrefKey != "href")
                        continue;
                    if (!hrefSeen.first(0) || href.value().get_string().get(hrefText))
                        return std::nullopt;
                    page.nextLink = text(hrefText);
                }
            }
        }
    }
    if (!sawResults || !finished(doc))
        return std::nullopt;
    // A short page is the last one, whatever the links say.
    if ((limit && *limit > 0 && qint64(page.items.size()) < *limit) || page.items.empty())
        page.nextLink.clear();
    return page;
}

} // namespace

std::optional<Page<JobRecord>> readJobsPageFast(const QByteArray &body)
{
    return readPage<JobRecord>(body, readJob);
}

std::optional<Page<TaskRun>> readSessionsPageFast(const QByteArray &body)
{
    return readPage<TaskRun>(body, readSession);
}

} // namespace BackupDash::Vb365
