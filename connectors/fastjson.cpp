#include "connectors/fastjson.h"

#include "connectors/jsonvalues.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace BackupDash::FastJson {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Whether every escape in the body reads the same in simdjson and in Qt's parser. Qt lets
// through what JSON forbids ("\T", "\0") and takes surrogate escapes simdjson may refuse; both
// came up in fuzzing as pages the fast readers read differently. Such a page is left to the
// reference, which decides and words it. One memchr pass: vendor pages have few backslashes.
bool escapesReadAlike(const char *p, const char *end)
{
    while ((p = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)))) != nullptr) {
        if (end - p < 2)
            return false;
        const char c = p[1];
        if (c == 'u') {
            if (end - p < 6)
                return false;
            int code = 0;
            for (int i = 2; i < 6; ++i) {
                const int digit = hexDigit(p[i]);
                if (digit < 0)
                    return false;
                code = code * 16 + digit;
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                return false;
            p += 6;
            continue;
        }
        if (c != '"' && c != '\\' && c != '/' && c != 'b' && c != 'f' && c != 'n' && c != 'r' && c != 't')
            return false;
        p += 2;
    }
    return true;
}

} // namespace

simdjson::simdjson_result<od::document> begin(const QByteArray &body)
{
    // Per thread: a parser is not shareable, and each poll worker reads one page at a time.
    thread_local od::parser parser;
    thread_local std::string padded;
    const size_t size = size_t(body.size());
    const char *bytes = body.constData();
    size_t capacity = size_t(body.capacity());
    if (capacity < size + simdjson::SIMDJSON_PADDING) {
        padded.resize(size + simdjson::SIMDJSON_PADDING);
        std::copy(body.constData(), body.constData() + size, padded.data());
        bytes = padded.data();
        capacity = padded.size();
    }
    // Stage 1 (run by iterate()) first: it is the first to read the page, which is not in the
    // cache yet, and hides that behind its work; the escape check after it finds the bytes warm.
    simdjson::simdjson_result<od::document> doc = parser.iterate(bytes, size, capacity);
    if (!escapesReadAlike(bytes, bytes + size))
        return simdjson::STRING_ERROR;
    return doc;
}

bool nullOrOther(od::value value, std::string_view &out)
{
    // Not a string (a recoverable error in On Demand): null is the only other answer taken.
    bool null = false;
    out = {};
    return !value.is_null().get(null) && null;
}

std::optional<bool> boolOf(od::value value)
{
    od::json_type type;
    if (value.type().get(type))
        return std::nullopt;
    bool flag = false;
    if (type == od::json_type::boolean && !value.get_bool().get(flag))
        return flag;
    std::string_view s;
    if (type != od::json_type::string || value.get_string().get(s))
        return std::nullopt;
    return boolValue(QJsonValue(text(s)));
}

std::optional<qint64> int64Of(od::value value)
{
    od::json_type type;
    if (value.type().get(type))
        return std::nullopt;
    if (type == od::json_type::number) {
        // Read from the number's own text, as QJsonValue holds it: an integer that fits qint64
        // exactly, else a double. simdjson 3.0.1's get_number() gives 0 for a decimal with a
        // few hundred digits (a fuzz finding), so only the text is trusted.
        std::string_view token = value.raw_json_token();
        while (!token.empty()
               && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
            token.remove_suffix(1);
        qint64 whole = 0;
        const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), whole);
        if (error == std::errc() && end == token.data() + token.size())
            return whole;
        bool ok = false;
        const double d = QByteArray::fromRawData(token.data(), qsizetype(token.size())).toDouble(&ok);
        if (!ok || !std::isfinite(d) || std::floor(d) != d || std::abs(d) >= 9.2e18)
            return std::nullopt;
        return qint64(d);
    }
    std::string_view s;
    if (type != od::json_type::string || value.get_string().get(s))
        return std::nullopt;
    // Plain digits are the vendors' numeric strings; anything else is read as the reference does.
    if (!s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 n = 0;
        for (char c : s)
            n = n * 10 + (c - '0');
        return n;
    }
    return int64Value(QJsonValue(text(s)));
}

bool int64OrNone(od::value value, std::optional<qint64> &out)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    out = int64Of(value);
    return true;
}

bool timeOrNone(od::value value, QDateTime &out)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type != od::json_type::string) {
        out = {};
        return true;
    }
    std::string_view s;
    if (stringOf(value, s))
        return false;
    out = parseTimestampUtf8(s);
    return true;
}

} // namespace BackupDash::FastJson
