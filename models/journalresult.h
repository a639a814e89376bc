#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace BackupDash {

// The answer of a journal or lock call: a value, or what went wrong in words for the operator.
template<typename T> struct JournalResult
{
    std::optional<T> value;
    QString error;

    static JournalResult ok(T v) { return JournalResult { std::move(v), {} }; }
    static JournalResult fail(QString why) { return JournalResult { std::nullopt, std::move(why) }; }
    explicit operator bool() const { return value.has_value(); }
};

// A call that yields nothing but can fail.
using JournalDone = JournalResult<std::monostate>;

} // namespace BackupDash
