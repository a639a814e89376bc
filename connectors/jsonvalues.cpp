#include "connectors/jsonvalues.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace BackupDash {

namespace {

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

// Two ASCII digits at `p` (seconds, zone offsets); -1 otherwise.
inline int twoDigits(const char *p)
{
    const unsigned tens = unsigned(p[0]) - '0', ones = unsigned(p[1]) - '0';
    return tens > 9 || ones > 9 ? -1 : int(tens * 10 + ones);
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days from 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

// yyyy-MM-ddTHH:mm[:ss[.fffffffff]][Z|±hh:mm|±hhmm] in ASCII, as parseTimestamp reads it, to
// ms since the epoch. False for anything else; that includes every text with bytes beyond
// ASCII or surrounding space (it reads digits and separators only, from the first byte to the
// last), which parseTimestampUtf8 then leaves to the QString reading.
bool plainTimestampMSecs(std::string_view s, qint64 &msecs)
{
    const size_t size = s.size();
    const char *p = s.data();
    if (size < 16 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != ' ') || p[13] != ':')
        return false;
    // The twelve digits of yyyy-MM-ddTHH:mm checked without a branch each (| not ||).
    const auto notDigit = [p](int at) {
        return unsigned(unsigned(p[at]) - '0' > 9);
    };
    if (notDigit(0) | notDigit(1) | notDigit(2) | notDigit(3) | notDigit(5) | notDigit(6) | notDigit(8) | notDigit(9)
        | notDigit(11) | notDigit(12) | notDigit(14) | notDigit(15))
        return false;
    const auto digit = [p](int at) {
        return p[at] - '0';
    };
    const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const int month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9);
    const int hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15);
    size_t pos = 16;
    int second = 0, msec = 0;
    if (pos < size && p[pos] == ':') {
        if (pos + 3 > size || (second = twoDigits(p + pos + 1)) < 0)
            return false;
        pos += 3;
        if (pos < size && (p[pos] == '.' || p[pos] == ',')) {
            const size_t start = ++pos;
            while (pos < size && unsigned(p[pos]) - '0' <= 9)
                ++pos;
            if (pos == start)
                return false;
            static constexpr int Scale[] = { 100, 10, 1 }; // truncated to milliseconds
            for (size_t i = 0; i < std::min<size_t>(pos - start, 3); ++i)
                msec += (p[start + i] - '0') * Scale[i];
        }
    }
    int offsetSeconds = 0;
    if (pos < size) {
        const char zone = p[pos];
        if (zone == 'Z' || zone == 'z') {
            ++pos;
        } else if (zone == '+' || zone == '-') {
            if (pos + 3 > size)
                return false;
            const int oh = twoDigits(p + pos + 1);
            size_t mpos = pos + 3;
            if (mpos < size && p[mpos] == ':')
                ++mpos;
            if (mpos + 2 > size)
                return false;
            const int om = twoDigits(p + mpos);
            if (oh < 0 || om < 0)
                return false;
            offsetSeconds = (oh * 3600 + om * 60) * (zone == '-' ? -1 : 1);
            pos = mpos + 2;
        }
    }
    if (pos != size)
        return false;
    static constexpr int DaysInMonth[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (year == 0 || month < 1 || month > 12 || day < 1
        || day > DaysInMonth[month - 1] + (month == 2 && isLeapYear(year)) || hour > 23 || minute > 59 || second > 59)
        return false;
    msecs =
        (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds) * 1000 + msec;
    return true;
}

} // namespace

QDateTime parseTimestampUtf8(std::string_view s)
{
    qint64 msecs = 0;
    if (plainTimestampMSecs(s, msecs))
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    // Unreadable as plain ASCII: non-ASCII bytes (Unicode digits) or surrounding space may still
    // be read by the QString reading; anything else is unreadable there too.
    const auto plain = [](char c) {
        return c > ' ' && c < 0x7f;
    };
    if (s.empty() || (plain(s.front()) && plain(s.back()) && std::all_of(s.begin(), s.end(), [](char c) {
                          return static_cast<unsigned char>(c) < 0x80;
                      })))
        return {};
    return parseTimestamp(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

bool isTimestampUtf8(std::string_view s)
{
    qint64 msecs = 0;
    return plainTimestampMSecs(s, msecs) || parseTimestampUtf8(s).isValid();
}

QDateTime parseTimestamp(QStringView s)
{
    s = s.trimmed();
    // yyyy-MM-ddTHH:mm[:ss[.fffffffff]][Z|±hh:mm|±hhmm]
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || s.size() < 16 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-')
        || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' ')) || s[13] != QLatin1Char(':'))
        return {};
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    if (hour < 0 || minute < 0)
        return {};
    qsizetype pos = 16;
    int second = 0, msec = 0;
    if (pos < s.size() && s[pos] == QLatin1Char(':')) {
        second = digits(s, pos + 1, 2);
        if (second < 0)
            return {};
        pos += 3;
        if (pos < s.size() && (s[pos] == QLatin1Char('.') || s[pos] == QLatin1Char(','))) {
            ++pos;
            int scale = 100;
            const qsizetype start = pos;
            while (pos < s.size() && s[pos].isDigit()) {
                msec += s[pos].digitValue() * scale; // truncated to milliseconds
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return {};
        }
    }
    int offsetSeconds = 0;
    if (pos < s.size()) {
        const QChar zone = s[pos];
        if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
            ++pos;
        } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
            const int oh = digits(s, pos + 1, 2);
            qsizetype mpos = pos + 3;
            if (mpos < s.size() && s[mpos] == QLatin1Char(':'))
                ++mpos;
            const int om = digits(s, mpos, 2);
            if (oh < 0 || om < 0)
                return {};
            offsetSeconds = (oh * 3600 + om * 60) * (zone == QLatin1Char('-') ? -1 : 1);
            pos = mpos + 2;
        }
    }
    if (pos != s.size())
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    // No zone at all: vendors mean UTC in every document we have.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QDateTime timestampValue(const QJsonValue &value)
{
    return value.isString() ? parseTimestamp(value.toString()) : QDateTime();
}

std::optional<qint64> int64Value(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Integers that fit are stored exactly by QJsonValue; toInteger() keeps them exact.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 9.2e18)
            return value.toInteger(qint64(d));
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> boolValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString stringValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const auto n = int64Value(value))
            return QString::number(*n);
    }
    return {};
}

QString jsonKindText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("JsonValues", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonValues", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonValues", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonValues", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonValues", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonValues", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonValues", "absent");
}

QString jsonErrorText(const QJsonParseError &error)
{
    return QCoreApplication::translate("Json", "not valid JSON: %1 at byte %2")
        .arg(error.errorString())
        .arg(error.offset);
}

QJsonValue timestampJson(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace BackupDash
