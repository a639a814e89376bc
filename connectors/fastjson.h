#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>

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

// One string per distinct value within a page: statuses, types and workloads repeat on every
// row, and rows sharing one QString cost one allocation (and less memory in the models).
// The views it keys on must outlive it (the document's strings do, for the page).
class Strings
{
public:
    const QString &operator()(std::string_view utf8);

private:
    std::unordered_map<std::string_view, QString> m_seen;
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
