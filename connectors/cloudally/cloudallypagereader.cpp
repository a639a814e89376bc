#include "connectors/cloudally/cloudallypagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

namespace BackupDash::CloudAlly {

namespace {

using namespace FastJson;

// What one page's rows share: one QString per distinct value, one status mapping per spelling.
// A table per member, so that each lookup goes through that member's few spellings only.
struct PageStrings
{
    Strings workloads;
    ByText<std::pair<QString, Status>> statuses;
    ByText<ByText<QString>> schedules; // frequency → timezone → words
    QString vendor = QStringLiteral("cloudally");

    const std::pair<QString, Status> &status(std::string_view spelling)
    {
        if (const auto *known = statuses.find(spelling))
            return *known;
        const QString words = text(spelling);
        return statuses.add(spelling, { words, mapCloudAllyStatus(words) });
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

// createdAt, read only to refuse an unreadable one as parseTask does: no QDateTime is made.
bool checkTime(od::value value)
{
    std::string_view s;
    return stringOrNull(value, s) && (s.data() == nullptr || isTimestampUtf8(s));
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
        if (is(key, "frequency")) {
            if (!seen.first(0) || !stringOrNull(field.value(), frequency))
                return false;
        } else if (is(key, "timezone")) {
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
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        bool ok = true;
        if (is(key, "id")) {
            ok = seen.first(Id) && !stringOf(field.value(), id);
        } else if (is(key, "name")) {
            ok = seen.first(Name) && stringOrNull(field.value(), name);
        } else if (is(key, "type")) {
            ok = seen.first(Type) && stringOrNull(field.value(), type);
        } else if (is(key, "status")) {
            ok = seen.first(Status) && stringOrNull(field.value(), status);
        } else if (is(key, "lastBackup")) {
            ok = seen.first(LastBackup) && readTime(field.value(), task.lastSuccess);
        } else if (is(key, "createdAt")) {
            ok = seen.first(CreatedAt) && checkTime(field.value());
        } else if (is(key, "size")) {
            bool null = false;
            ok = seen.first(Size) && isNull(field.value(), null);
            if (ok && !null) {
                task.sizeBytes = int64Of(field.value());
                ok = task.sizeBytes && *task.sizeBytes >= 0;
            }
        } else if (is(key, "schedule")) {
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
    task.workload = page.workloads(type);
    const auto &[vendorStatus, mapped] = page.status(status);
    task.vendorStatus = vendorStatus;
    task.status = mapped;
    if (task.status == Status::Success)
        task.lastRun = task.lastSuccess;
    task.enabled = true;
    return true;
}

} // namespace

std::optional<TasksPage> readTasksPageFast(const QByteArray &body)
{
    // The rows are built in place, in room for as many as this thread's last page had (the
    // connector asks for the same page size each time): no row is moved or the vector regrown.
    thread_local size_t rowsHint = 0;
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
        if (is(key, "data")) {
            od::array data;
            if (!seen.first(Data) || field.value().get_array().get(data))
                return std::nullopt;
            sawData = true;
            page.tasks.reserve(rowsToReserve(rowsHint));
            for (auto element : data) {
                od::value value;
                if (std::move(element).get(value) || !readTask(value, strings, page.tasks.emplace_back()))
                    return std::nullopt;
            }
        } else if (is(key, "nextPageToken")) {
            std::string_view token;
            if (!seen.first(Token) || !stringOrNull(field.value(), token))
                return std::nullopt;
            page.nextPageToken = text(token);
        } else if (is(key, "totalPages")) {
            bool null = false;
            if (!seen.first(Total) || !isNull(field.value(), null))
                return std::nullopt;
            if (!null && !(page.totalPages = int64Of(field.value())))
                return std::nullopt;
        }
    }
    if (!sawData || !finished(doc))
        return std::nullopt;
    rowsHint = page.tasks.size();
    return page;
}

} // namespace BackupDash::CloudAlly
