#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <string_view>

namespace BackupDash {

// Lenient readers for vendor JSON: vendors send numbers as numeric strings, booleans as
// "true", and timestamps with 0–9 fractional digits and Z or ±hh:mm. All pure.

// ISO 8601 → UTC (fraction truncated to milliseconds). Invalid QDateTime when unreadable.
QDateTime parseTimestamp(QStringView text);
// The same reading of UTF-8 bytes, without making a QString first (the fast page readers).
QDateTime parseTimestampUtf8(std::string_view utf8);
// Whether parseTimestampUtf8 reads it, without making the QDateTime (a time only validated).
bool isTimestampUtf8(std::string_view utf8);
QDateTime timestampValue(const QJsonValue &value); // null/absent/unreadable → invalid

// Integral number or numeric string; nullopt when absent, null, fractional or not a number.
std::optional<qint64> int64Value(const QJsonValue &value);
// true/false or "true"/"false" (any case); nullopt otherwise.
std::optional<bool> boolValue(const QJsonValue &value);
// A string, or a number rendered exactly (ids); empty when absent or of another type.
QString stringValue(const QJsonValue &value);

// What a JSON value is, in words, for messages about a wrong type: "a string", "null", "absent".
QString jsonKindText(const QJsonValue &value);

// "not valid JSON: unterminated object at byte 17" — the parse error in words.
QString jsonErrorText(const QJsonParseError &error);

// ISO 8601 UTC with milliseconds and Z, or a null JSON value when invalid (the export's form).
QJsonValue timestampJson(const QDateTime &utc);

} // namespace BackupDash
