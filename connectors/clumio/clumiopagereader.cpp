#include "connectors/clumio/clumiopagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

namespace BackupDash::Clumio {

namespace {

using namespace FastJson;

// What one page's rows share: one QString per distinct value, one status mapping per spelling.
struct PageStrings
{
    Strings strings;
    ByText<Status> statuses;

    Status status(std::string_view spelling, const QString &text)
    {
        const Status *known = statuses.find(spelling);
        return known ? *known : statuses.add(spelling, mapClumioStatus(text));
    }
};

bool nullValue(od::value value, bool &null)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    null = type == od::json_type::null && !value.is_null().error();
    return true;
}

// An optional timestamp: null is none, unreadable text is none too (as timestampValue reads it).
bool readTime(od::value value, QDateTime &out)
{
    std::string_view s;
    if (!stringOrNull(value, s))
        return false;
    if (s.data() != nullptr)
        out = parseTimestampUtf8(s);
    return true;
}

struct Entity
{
    std::string_view id, type, value;
};

bool readEntity(od::value value, Entity &entity)
{
    bool null = false;
    if (!nullValue(value, null))
        return false;
    if (null)
        return true;
    od::object o;
    if (value.get_object().get(o))
        return false;
    Members seen;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        bool ok = true;
        if (key == "id")
            ok = seen.first(0) && stringOrNull(field.value(), entity.id); // a numeric id: the reference
        else if (key == "type")
            ok = seen.first(1) && stringOrNull(field.value(), entity.type);
        else if (key == "value")
            ok = seen.first(2) && stringOrNull(field.value(), entity.value);
        if (!ok)
            return false;
    }
    return true;
}

bool readProgress(od::value value, std::optional<int> &progress)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type == od::json_type::null)
        return !value.is_null().error();
    if (type != od::json_type::number && type != od::json_type::string)
        return false;
    if (const std::optional<qint64> p = int64Of(value); p && *p >= 0 && *p <= 100)
        progress = int(*p);
    return true;
}

// One element of _embedded.items as parseTask reads it; false on anything parseTask would
// refuse or that this reader does not handle.
bool readTask(od::value value, PageStrings &page, TaskRecord &r)
{
    od::object o;
    if (value.get_object().get(o))
        return false;
    enum Member { Id, Type, Category, Genre, Status, Created, Started, Ended, Progress, Abortable, Primary, Parent };
    Members seen;
    std::string_view id, type, category, genre, status;
    Entity primary, parent;
    for (auto member : o) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        bool ok = true;
        if (key == "id")
            ok = seen.first(Id) && !field.value().get_string().get(id);
        else if (key == "type")
            ok = seen.first(Type) && stringOrNull(field.value(), type);
        else if (key == "category")
            ok = seen.first(Category) && stringOrNull(field.value(), category);
        else if (key == "genre")
            ok = seen.first(Genre) && stringOrNull(field.value(), genre);
        else if (key == "status")
            ok = seen.first(Status) && stringOrNull(field.value(), status);
        else if (key == "created_timestamp")
            ok = seen.first(Created) && readTime(field.value(), r.created);
        else if (key == "start_timestamp")
            ok = seen.first(Started) && readTime(field.value(), r.started);
        else if (key == "end_timestamp")
            ok = seen.first(Ended) && readTime(field.value(), r.ended);
        else if (key == "progress_percentage")
            ok = seen.first(Progress) && readProgress(field.value(), r.progress);
        else if (key == "is_abortable")
            ok = seen.first(Abortable) && ((r.abortable = boolOf(field.value()).value_or(false)), true);
        else if (key == "primary_entity")
            ok = seen.first(Primary) && readEntity(field.value(), primary);
        else if (key == "parent_entity")
            ok = seen.first(Parent) && readEntity(field.value(), parent);
        if (!ok)
            return false;
    }
    if (id.empty())
        return false;
    r.id = text(id);
    r.type = page.strings(type);
    r.category = page.strings(category);
    r.genre = page.strings(genre);
    r.vendorStatus = page.strings(status);
    r.status = page.status(status, r.vendorStatus);
    r.entityId = text(primary.id);
    r.entityType = page.strings(primary.type);
    r.entityValue = text(primary.value);
    r.parentType = page.strings(parent.type);
    r.parentValue = page.strings(parent.value);
    return true;
}

// _links._next.href, leniently as the reference reads it: anything else is no link.
bool readNextLink(od::value value, QString &link)
{
    od::object links;
    if (value.get_object().get(links))
        return true;
    Members seen;
    for (auto member : links) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return false;
        if (key != "_next")
            continue;
        od::object next;
        if (!seen.first(0))
            return false;
        if (field.value().get_object().get(next))
            continue;
        Members seenHref;
        for (auto inner : next) {
            od::field hrefField;
            std::string_view innerKey, href;
            if (std::move(inner).get(hrefField) || keyOf(hrefField, innerKey))
                return false;
            if (innerKey != "href")
                continue;
            if (!seenHref.first(0))
                return false;
            if (!hrefField.value().get_string().get(href))
                link = text(href);
        }
    }
    return true;
}

} // namespace

std::optional<Page<TaskRecord>> readTasksPageFast(const QByteArray &body)
{
    od::document doc;
    od::object envelope;
    if (begin(body).get(doc) || doc.get_object().get(envelope))
        return std::nullopt;
    Page<TaskRecord> page;
    PageStrings strings;
    Members seen;
    bool sawItems = false;
    for (auto member : envelope) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || keyOf(field, key))
            return std::nullopt;
        if (key == "_embedded") {
            od::object embedded;
            if (!seen.first(0) || field.value().get_object().get(embedded))
                return std::nullopt;
            for (auto inner : embedded) {
                od::field items;
                std::string_view innerKey;
                if (std::move(inner).get(items) || keyOf(items, innerKey))
                    return std::nullopt;
                if (innerKey != "items")
                    continue;
                od::array list;
                if (sawItems || items.value().get_array().get(list))
                    return std::nullopt;
                sawItems = true;
                for (auto element : list) {
                    od::value value;
                    TaskRecord record;
                    if (std::move(element).get(value) || !readTask(value, strings, record))
                        return std::nullopt;
                    page.items.push_back(std::move(record));
                }
            }
        } else if (key == "_links") {
            if (!seen.first(1) || !readNextLink(field.value(), page.nextLink))
                return std::nullopt;
        }
    }
    // No _embedded (an empty listing, or a page claiming tasks without them): the reference decides.
    if (!sawItems || !finished(doc))
        return std::nullopt;
    if (page.items.empty())
        page.nextLink.clear();
    return page;
}

} // namespace BackupDash::Clumio
