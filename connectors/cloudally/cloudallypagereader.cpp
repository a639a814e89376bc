#include "connectors/cloudally/cloudallypagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

namespace BackupDash::CloudAlly {

namespace {

using namespace FastJson;

// What one page's rows share: one QString per distinct value, one status mapping per spelling.
struct PageStrings
{
    Strings strings;
    ByText<Status> statuses;
    ByText<ByText<QString>> schedules; // frequency → timezone → words
    QString vendor = QStringLiteral("cloudally");

    Status status(std::string_view spelling, const QString &text)
    {
        const Status *known = statuses.find(spelling);
        return known ? *known : statuses.add(spelling, mapCloudAllyStatus(text));
    }
};

// A date-time member as parseTask reads it: null is none; unreadable bails out.
bool readTime(od::value value, QDateTime &out)
{
    std::string_view s;
    if (!stringOrNull(value, s))
        return false;
    if (s.data() == nullptr)
        return true;
    out = parseTimestampUtf8(s);
    return out.isValid();
}

bool isNull(od::value value, bool &null)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    null = type == od::json_type::null && !value.is_null().error();
    return true;
}

bool readSchedule(od::value value, PageStrings &page, QString &out)
{
    bool null = false;
    if (!isNull(value, null))
        return false;
    if (null)
        return true;
    od::object schedule;
    if (value.get_object().get(schedule))
        return false;
    std::string_view frequency, timezone;
    Members seen;
    for (auto member : schedule) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        if (key == "frequency") {
            if (!seen.first(0) || !stringOrNull(field.value(), frequency))
                return false;
        } else if (key == "timezone") {
            if (!seen.first(1) || !stringOrNull(field.value(), timezone))
                return false;
        }
    }
    ByText<QString> *zones = page.schedules.find(frequency);
    if (!zones)
        zones = &page.schedules.add(frequency, {});
    const QString *words = zones->find(timezone);
    out = words ? *words : zones->add(timezone, scheduleWords(text(frequency), text(timezone)));
    return true;
}

// One element of data[] as parseTask reads it; false on anything parseTask would refuse or
// that this reader does not handle.
bool readTask(od::value value, PageStrings &page, Task &task)
{
    od::object o;
    if (value.get_object().get(o))
        return false;
    enum Member { Id, Name, Type, Status, LastBackup, CreatedAt, Size, Schedule };
    Members seen;
    std::string_view id, name, type, status;
    QDateTime createdAt;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        bool ok = true;
        if (key == "id") {
            ok = seen.first(Id) && !field.value().get_string().get(id);
        } else if (key == "name") {
            ok = seen.first(Name) && stringOrNull(field.value(), name);
        } else if (key == "type") {
            ok = seen.first(Type) && stringOrNull(field.value(), type);
        } else if (key == "status") {
            ok = seen.first(Status) && stringOrNull(field.value(), status);
        } else if (key == "lastBackup") {
            ok = seen.first(LastBackup) && readTime(field.value(), task.lastSuccess);
        } else if (key == "createdAt") {
            ok = seen.first(CreatedAt) && readTime(field.value(), createdAt);
        } else if (key == "size") {
            bool null = false;
            ok = seen.first(Size) && isNull(field.value(), null);
            if (ok && !null) {
                task.sizeBytes = int64Of(field.value());
                ok = task.sizeBytes && *task.sizeBytes >= 0;
            }
        } else if (key == "schedule") {
            ok = seen.first(Schedule) && readSchedule(field.value(), page, task.schedule);
        }
        if (!ok)
            return false;
    }
    if (id.empty())
        return false;
    task.vendor = page.vendor;
    task.id = text(id);
    task.name = name.empty() ? task.id : text(name); // required by the schema, but a row needs words
    task.workload = page.strings(type);
    task.vendorStatus = page.strings(status);
    task.status = page.status(status, task.vendorStatus);
    if (task.status == Status::Success)
        task.lastRun = task.lastSuccess;
    task.enabled = true;
    return true;
}

} // namespace

std::optional<TasksPage> readTasksPageFast(const QByteArray &body)
{
    od::document doc;
    od::object envelope;
    if (begin(body).get(doc) || doc.get_object().get(envelope))
        return std::nullopt;
    TasksPage page;
    PageStrings strings;
    enum Member { Data, Token, Total };
    Members seen;
    bool sawData = false;
    for (auto member : envelope) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return std::nullopt;
        if (key == "data") {
            od::array data;
            if (!seen.first(Data) || field.value().get_array().get(data))
                return std::nullopt;
            sawData = true;
            for (auto element : data) {
                od::value value;
                Task task;
                if (std::move(element).get(value) || !readTask(value, strings, task))
                    return std::nullopt;
                page.tasks.push_back(std::move(task));
            }
        } else if (key == "nextPageToken") {
            std::string_view token;
            if (!seen.first(Token) || !stringOrNull(field.value(), token))
                return std::nullopt;
            page.nextPageToken = text(token);
        } else if (key == "totalPages") {
            bool null = false;
            if (!seen.first(Total) || !isNull(field.value(), null))
                return std::nullopt;
            if (!null && !(page.totalPages = int64Of(field.value())))
                return std::nullopt;
        }
    }
    if (!sawData || !finished(doc))
        return std::nullopt;
    return page;
}

} // namespace BackupDash::CloudAlly
