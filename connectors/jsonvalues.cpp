#include "connectors/jsonvalues.h"

#include <QCoreApplication>
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

} // namespace

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
