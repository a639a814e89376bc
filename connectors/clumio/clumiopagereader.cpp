#include "connectors/clumio/clumiopagereader.h"

#include "connectors/fastjson.h"
#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

namespace BackupDash::Clumio {

namespace {

using namespace FastJson;

// What one page's rows share: one QString per distinct value, one status mapping per spelling.
// A table per member, so that each lookup goes through that member's few spellings only.
struct PageStrings
{
    Strings types, categories, genres, entityTypes, parentTypes, parentValues;
    ByText<std::pair<QString, Status>> statuses;

    const std::pair<QString, Status> &status(std::string_view spelling)
    {
        if (const auto *known = statuses.find(spelling))
            return *known;
        const QString words = text(spelling);
        return statuses.add(spelling, { words, mapClumioStatus(words) });
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
        if (is(key, "id"))
            ok = seen.first(0) && stringOrNull(field.value(), entity.id); // a numeric id: the reference
        else if (is(key, "type"))
            ok = seen.first(1) && stringOrNull(field.value(), entity.type);
        else if (is(key, "value"))
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
        if (is(key, "id"))
            ok = seen.first(Id) && !stringOf(field.value(), id);
        else if (is(key, "type"))
            ok = seen.first(Type) && stringOrNull(field.value(), type);
        else if (is(key, "category"))
            ok = seen.first(Category) && stringOrNull(field.value(), category);
        else if (is(key, "genre"))
            ok = seen.first(Genre) && stringOrNull(field.value(), genre);
        else if (is(key, "status"))
            ok = seen.first(Status) && stringOrNull(field.value(), status);
        else if (is(key, "created_timestamp"))
            ok = seen.first(Created) && readTime(field.value(), r.created);
        else if (is(key, "start_timestamp"))
            ok = seen.first(Started) && readTime(field.value(), r.started);
        else if (is(key, "end_timestamp"))
            ok = seen.first(Ended) && readTime(field.value(), r.ended);
        else if (is(key, "progress_percentage"))
            ok = seen.first(Progress) && readProgress(field.value(), r.progress);
        else if (is(key, "is_abortable"))
            ok = seen.first(Abortable) && ((r.abortable = boolOf(field.value()).value_or(false)), true);
        else if (is(key, "primary_entity"))
            ok = seen.first(Primary) && readEntity(field.value(), primary);
        else if (is(key, "parent_entity"))
            ok = seen.first(Parent) && readEntity(field.value(), parent);
        if (!ok)
            return false;
    }
    if (id.empty())
        return false;
    r.id = text(id);
    r.type = page.types(type);
    r.category = page.categories(category);
    r.genre = page.genres(genre);
    const auto &[vendorStatus, mapped] = page.status(status);
    r.vendorStatus = vendorStatus;
    r.status = mapped;
    r.entityId = text(primary.id);
    r.entityType = page.entityTypes(primary.type);
    r.entityValue = text(primary.value);
    r.parentType = page.parentTypes(parent.type);
    r.parentValue = page.parentValues(parent.value);
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
        if (!is(key, "_next"))
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
            if (!is(innerKey, "href"))
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
    // The rows are built in place, in room for as many as this thread's last page had (the
    // connector asks for the same page size each time): no row is moved or the vector regrown.
    thread_local size_t rowsHint = 0;
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
        if (is(key, "_embedded")) {
            od::object embedded;
            if (!seen.first(0) || field.value().get_object().get(embedded))
                return std::nullopt;
            for (auto inner : embedded) {
                od::field items;
                std::string_view innerKey;
                if (std::move(inner).get(items) || keyOf(items, innerKey))
                    return std::nullopt;
                if (!is(innerKey, "items"))
                    continue;
                od::array list;
                if (sawItems || items.value().get_array().get(list))
                    return std::nullopt;
                sawItems = true;
                page.items.reserve(rowsToReserve(rowsHint));
                for (auto element : list) {
                    od::value value;
                    if (std::move(element).get(value) || !readTask(value, strings, page.items.emplace_back()))
                        return std::nullopt;
                }
            }
        } else if (is(key, "_links")) {
            if (!seen.first(1) || !readNextLink(field.value(), page.nextLink))
                return std::nullopt;
        }
    }
    // No _embedded (an empty listing, or a page claiming tasks without them): the reference decides.
    if (!sawItems || !finished(doc))
        return std::nullopt;
    rowsHint = page.items.size();
    if (page.items.empty())
        page.nextLink.clear();
    return page;
}

} // namespace BackupDash::Clumio
