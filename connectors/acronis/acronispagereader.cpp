#include "connectors/acronis/acronispagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"

#include <charconv>

namespace BackupDash::Acronis {

namespace {

using namespace FastJson;

bool nullValue(od::value value, bool &null)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    null = type == od::json_type::null && !value.is_null().error();
    return true;
}

// The nested object `value` (null: none), calling `member(key, value)` for each member once;
// false when it is another type or a member is refused.
template<typename Member> bool readObject(od::value value, Member member)
{
    bool null = false;
    if (!nullValue(value, null))
        return false;
    if (null)
        return true;
    od::object o;
    if (value.get_object().get(o))
        return false;
    for (auto m : o) {
        od::field field;
        std::string_view key;
        if (std::move(m).get(field) || keyOf(field, key) || !member(key, field.value()))
            return false;
    }
    return true;
}

struct Raw
{
    std::string_view idString, idText, type, state, resultCode, flatResultCode, seedResultCode;
    std::string_view resourceId, resourceName, resourceType, flatResourceId, title;
    std::optional<qint64> idNumber;
};

bool readId(od::value value, Raw &raw)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type == od::json_type::number) // exact: never through a double
        return (raw.idNumber = int64Of(value)).has_value();
    return stringOrNull(value, raw.idText);
}

// What one page's rows share: one QString per distinct value, a table per member so that each
// lookup goes through that member's few spellings only.
struct PageStrings
{
    Strings types, states, resultCodes, resourceTypes;
};

bool readTask(od::value value, PageStrings &strings, TaskRecord &r)
{
    od::object o;
    if (value.get_object().get(o))
        return false;
    enum Member {
        Id,
        IdString,
        Type,
        State,
        Result,
        ResultCode,
        ResultCodeSeed,
        Resource,
        ResourceId,
        Context,
        Cancellable,
        CancelRequested,
        Enqueued,
        Started,
        Completed,
        Updated
    };
    Members seen;
    Raw raw;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        od::value v = field.value();
        bool ok = true;
        if (is(key, "id")) {
            ok = seen.first(Id) && readId(v, raw);
        } else if (is(key, "idString")) {
            ok = seen.first(IdString) && stringOrNull(v, raw.idString);
        } else if (is(key, "type")) {
            ok = seen.first(Type) && stringOrNull(v, raw.type);
        } else if (is(key, "state")) {
            ok = seen.first(State) && stringOrNull(v, raw.state);
        } else if (is(key, "result")) {
            Members inner;
            ok = seen.first(Result) && readObject(v, [&](std::string_view k, od::value x) {
                     return !is(k, "code") || (inner.first(0) && stringOrNull(x, raw.resultCode));
                 });
        } else if (is(key, "resultCode")) {
            ok = seen.first(ResultCode) && stringOrNull(v, raw.flatResultCode);
        } else if (is(key, "result_code")) {
            ok = seen.first(ResultCodeSeed) && stringOrNull(v, raw.seedResultCode);
        } else if (is(key, "resource")) {
            Members inner;
            ok = seen.first(Resource) && readObject(v, [&](std::string_view k, od::value x) {
                     if (is(k, "id"))
                         return inner.first(0) && stringOrNull(x, raw.resourceId);
                     if (is(k, "name"))
                         return inner.first(1) && stringOrNull(x, raw.resourceName);
                     if (is(k, "type"))
                         return inner.first(2) && stringOrNull(x, raw.resourceType);
                     return true;
                 });
        } else if (is(key, "resource_id")) {
            ok = seen.first(ResourceId) && stringOrNull(v, raw.flatResourceId);
        } else if (is(key, "context")) {
            Members inner;
            ok = seen.first(Context) && readObject(v, [&](std::string_view k, od::value x) {
                     return !is(k, "title") || (inner.first(0) && stringOrNull(x, raw.title));
                 });
        } else if (is(key, "cancellable")) {
            ok = seen.first(Cancellable);
            r.cancellable = boolOf(v).value_or(false);
        } else if (is(key, "cancelRequested")) {
            ok = seen.first(CancelRequested);
            r.cancelRequested = boolOf(v).value_or(false);
        } else if (is(key, "enqueuedAt")) {
            ok = seen.first(Enqueued) && timeOrNone(v, r.enqueuedAt);
        } else if (is(key, "startedAt")) {
            ok = seen.first(Started) && timeOrNone(v, r.startedAt);
        } else if (is(key, "completedAt")) {
            ok = seen.first(Completed) && timeOrNone(v, r.completedAt);
        } else if (is(key, "updatedAt")) {
            ok = seen.first(Updated) && timeOrNone(v, r.updatedAt);
        }
        if (!ok)
            return false;
    }
    // The id: idString, or the number/string id; both there must agree (the reference words it).
    char digits[24];
    std::string_view fromNumber = raw.idText;
    if (raw.idNumber) {
        const auto end = std::to_chars(digits, digits + sizeof digits, *raw.idNumber).ptr;
        fromNumber = std::string_view(digits, size_t(end - digits));
    }
    if (!raw.idString.empty() && !fromNumber.empty() && raw.idString != fromNumber)
        return false;
    const std::string_view id = raw.idString.empty() ? fromNumber : raw.idString;
    if (id.empty())
        return false;
    r.id = text(id);
    r.type = strings.types(raw.type);
    r.state = strings.states(raw.state);
    const std::string_view code = !raw.resultCode.empty() ? raw.resultCode
        : !raw.flatResultCode.empty()                     ? raw.flatResultCode
                                                          : raw.seedResultCode;
    r.resultCode = strings.resultCodes(code);
    r.resourceId = text(raw.resourceId.empty() ? raw.flatResourceId : raw.resourceId);
    r.resourceName = text(raw.resourceName);
    r.resourceType = strings.resourceTypes(raw.resourceType);
    r.title = text(raw.title);
    return true;
}

// paging.cursors.after, leniently as the reference reads it: anything else is no cursor.
bool readAfter(od::value value, QString &after)
{
    Members seen;
    od::object paging;
    if (value.get_object().get(paging))
        return true;
    for (auto m : paging) {
        od::field field;
        std::string_view key;
        if (std::move(m).get(field) || keyOf(field, key))
            return false;
        if (!is(key, "cursors"))
            continue;
        od::object cursors;
        if (!seen.first(0))
            return false;
        if (field.value().get_object().get(cursors))
            continue;
        Members seenAfter;
        for (auto c : cursors) {
            od::field cursor;
            std::string_view name, text_;
            if (std::move(c).get(cursor) || keyOf(cursor, name))
                return false;
            if (!is(name, "after"))
                continue;
            if (!seenAfter.first(0))
                return false;
            if (!cursor.value().get_string().get(text_))
                after = text(text_);
        }
    }
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
    Members seen;
    bool sawItems = false;
    for (auto member : envelope) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return std::nullopt;
        if (is(key, "items")) {
            od::array items;
            if (!seen.first(0) || field.value().get_array().get(items))
                return std::nullopt;
            sawItems = true;
            page.items.reserve(rowsToReserve(rowsHint));
            for (auto element : items) {
                od::value value;
                if (std::move(element).get(value) || !readTask(value, strings, page.items.emplace_back()))
                    return std::nullopt;
            }
        } else if (is(key, "paging")) {
            if (!seen.first(1) || !readAfter(field.value(), page.after))
                return std::nullopt;
        }
    }
    if (!sawItems || !finished(doc))
        return std::nullopt;
    rowsHint = page.items.size();
    // An empty page ends the listing whatever its cursor says: it cannot make progress.
    if (page.items.empty())
        page.after.clear();
    return page;
}

} // namespace BackupDash::Acronis
