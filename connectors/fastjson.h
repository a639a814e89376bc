#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <algorithm>
#include <bit>
#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
#ifdef __SSE2__
    // Most keys end within 16 bytes: the closing quote found in one step when no backslash
    // comes before it. Reading 16 bytes is safe: the document is padded for simdjson, which
    // itself reads up to SIMDJSON_PADDING bytes past any string.
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(begin));
    const auto quotes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))));
    const auto backslashes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
    if (quotes != 0 && (backslashes & ((quotes & -quotes) - 1)) == 0) {
        key = std::string_view(begin, size_t(std::countr_zero(quotes)));
        return simdjson::SUCCESS;
    }
#endif
    const char *end = begin;
    for (; *end != '"'; ++end) { // the closing quote is there: stage 1 checked every string
        if (*end == '\\')
            return field.unescaped_key().get(key);
    }
    key = std::string_view(begin, size_t(end - begin));
    return simdjson::SUCCESS;
}

// Room for a page's rows before reading it: as many as this thread's previous page of that
// kind had (a connector asks for one page size throughout), capped so that one huge page does
// not make every later one reserve as much.
inline size_t rowsToReserve(size_t previousPage)
{
    return std::min<size_t>(previousPage, 1000);
}

// Whether `key` is the member name `name`. The length is known at compile time, so the bytes
// are compared inline; string_view's == calls memcmp for each candidate a key is tried against.
template<size_t N> inline bool is(std::string_view key, const char (&name)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), name, N - 1) == 0;
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

// UTF-8 → QString as QString::fromUtf8 makes it (empty and null kept apart). A hand-widening of
// ASCII was measured 2–7 % slower than Qt's converter, so it is Qt's.
inline QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// One string per distinct value within a page: statuses, types and workloads repeat on every
// row, and rows sharing one QString cost one allocation (and less memory in the models).
class Strings
{
public:
    const QString &operator()(std::string_view utf8)
    {
        const QString *seen = m_seen.find(utf8);
        return seen ? *seen : m_seen.add(utf8, text(utf8));
    }

private:
    ByText<QString> m_seen;
};

// Whether the n bytes at p hold no backslash and no control character: a string simdjson
// would copy to its buffer unchanged. Reads in steps of 16 bytes, which the padding allows.
inline bool plainString(const char *p, size_t n)
{
#ifdef __SSE2__
    for (size_t i = 0; i < n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1f)), bytes);
        auto odd = unsigned(_mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')))));
        if (n - i < 16)
            odd &= (1u << (n - i)) - 1;
        if (odd != 0)
            return false;
    }
    return true;
#else
    return std::none_of(p, p + n, [](char c) { return c == '\\' || static_cast<unsigned char>(c) < 0x20; });
#endif
}

// A string value's text, as get_string() gives it. One without escapes is viewed in place
// between its quotes (in the page's bytes, which outlive the read like simdjson's buffer):
// get_string() would copy it through a virtual call, a cost paid 10–15 times per row. The value
// is then left unconsumed, which On Demand skips; anything else goes through get_string().
inline simdjson::error_code stringOf(od::value value, std::string_view &out)
{
    std::string_view token = value.raw_json_token(); // the string and the spaces after it
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    if (token.empty() || token.front() != '"')
        return simdjson::INCORRECT_TYPE; // what get_string() answers, leaving the value unread
    if (token.size() >= 2 && token.back() == '"' && plainString(token.data() + 1, token.size() - 2)) {
        out = token.substr(1, token.size() - 2);
        return simdjson::SUCCESS;
    }
    return value.get_string().get(out);
}

// stringOrNull's answer for a value that is not a string.
bool nullOrOther(od::value value, std::string_view &out);

// A string, or null (empty). False for any other type: the caller bails out.
inline bool stringOrNull(od::value value, std::string_view &out)
{
    return !stringOf(value, out) || nullOrOther(value, out);
}
// jsonvalues.h's boolValue: true/false or "true"/"false" (any case, trimmed); nullopt otherwise.
std::optional<bool> boolOf(od::value value);
// jsonvalues.h's int64Value: an integral number below 9.2e18 or a numeric string; nullopt
// otherwise (null, fractional, another type).
std::optional<qint64> int64Of(od::value value);
// int64Of for a member whose every value is taken, false for a token simdjson cannot type:
// Qt's parser reads some non-JSON numbers (".5"), so such a page is the reference's.
bool int64OrNone(od::value value, std::optional<qint64> &out);
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
