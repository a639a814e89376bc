#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// What the vendors' fast page readers share (simdjson on-demand; issue 8, P1). A fast reader
// handles the shapes vendors really send and answers nullopt on anything else: the parser then
// asks its QJsonDocument reader, which stays the reference for every odd input and every error
// text. Internal to backupdash_connectors (simdjson is linked privately).
namespace BackupDash::FastJson {

namespace od = simdjson::ondemand;

// Starts iterating `body` with this thread's parser: one per worker thread, reused, so its
// buffers grow to the largest page once. The body is padded through a thread-local copy unless
// its own allocation has the room. The document is valid until this thread's next begin().
simdjson::simdjson_result<od::document> begin(const QByteArray &body);

// A member's key. Keys without escapes (all the vendors send) are read in place; an escaped
// one is unescaped (On Demand allows that once per key).
inline simdjson::error_code keyOf(od::field &field, std::string_view &key)
{
    const char *begin = field.key().raw();
    const char *end = begin;
    for (; *end != '"'; ++end) { // the closing quote is there: stage 1 checked every string
        if (*end == '\\')
            return field.unescaped_key().get(key);
    }
    key = std::string_view(begin, size_t(end - begin));
    return simdjson::SUCCESS;
}

// Whether the document was read to its end (nothing trails the root value).
inline bool finished(od::document &doc)
{
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

// A value per distinct text within a page. A page holds a handful of statuses, types and
// workloads: they are looked up linearly (cheaper than hashing short strings) until there are
// more, then hashed. The views it keys on must outlive it (the document's strings do).
template<typename V> class ByText
{
public:
    V *find(std::string_view key)
    {
        for (auto &[k, v] : m_few) {
            if (k == key)
                return &v;
        }
        const auto found = m_many.find(key);
        return found == m_many.end() ? nullptr : &found->second;
    }
    V &add(std::string_view key, V value)
    {
        if (m_few.size() < Few) {
            m_few.reserve(Few); // entries never move: callers may hold what add() answered
            return m_few.emplace_back(key, std::move(value)).second;
        }
        return m_many.emplace(key, std::move(value)).first->second;
    }

private:
    static constexpr size_t Few = 16;
    std::vector<std::pair<std::string_view, V>> m_few;
    std::unordered_map<std::string_view, V> m_many;
};

// One string per distinct value within a page: statuses, types and workloads repeat on every
// row, and rows sharing one QString cost one allocation (and less memory in the models).
class Strings
{
public:
    const QString &operator()(std::string_view utf8)
    {
        const QString *seen = m_seen.find(utf8);
        return seen ? *seen : m_seen.add(utf8, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    }

private:
    ByText<QString> m_seen;
};

inline QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// A string, or null (empty). False for any other type: the caller bails out.
bool stringOrNull(od::value value, std::string_view &out);
// jsonvalues.h's boolValue: true/false or "true"/"false" (any case, trimmed); nullopt otherwise.
std::optional<bool> boolOf(od::value value);
// jsonvalues.h's int64Value: an integral number below 9.2e18 or a numeric string; nullopt
// otherwise (null, fractional, another type).
std::optional<qint64> int64Of(od::value value);
// jsonvalues.h's timestampValue: a readable string is a time, any other type none. False for a
// string simdjson cannot unescape ("\0", which Qt's parser lets through): the reference's page.
bool timeOrNone(od::value value, QDateTime &out);

// Each member a reader cares about, once: a repeated one sends the page to the reference
// reader, so that which of the two copies counts is decided in one place.
class Members
{
public:
    bool first(int member) { return !(m_seen & (1u << member)) && (m_seen |= 1u << member); }

private:
    quint32 m_seen = 0;
};

} // namespace BackupDash::FastJson
