#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace BackupDash {

// A parser's answer: a value, or what was wrong with the input in words.
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    static Parsed ok(T v) { return Parsed { std::move(v), {} }; }
    static Parsed fail(QString why) { return Parsed { std::nullopt, std::move(why) }; }
    explicit operator bool() const { return value.has_value(); }
};

} // namespace BackupDash
