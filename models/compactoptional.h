#pragma once

#include <QtGlobal>

#include <concepts>
#include <limits>
#include <optional>
#include <utility>

namespace BackupDash {

// An optional integer in the integer's own size: the lowest value of T stands for "absent".
// std::optional<qint64> takes 16 B and a Task holds three optional numbers; 100,000 tasks
// carry 2.4 MB less this way (docs/performance.md, "Unchanged polls, and P4 met").
//
// A value T cannot hold, the lowest one included, becomes absent rather than wrapped. The
// parsers never hand one over: they reject negative sizes and percentages outside 0–100, and
// durations are at least 0.
template<std::signed_integral T> class CompactOptional
{
public:
    static constexpr T Absent = std::numeric_limits<T>::min();

    constexpr CompactOptional() noexcept = default;
    constexpr CompactOptional(std::nullopt_t) noexcept { }
    template<std::integral U>
    constexpr CompactOptional(U value) noexcept
        : m_value(std::in_range<T>(value) ? T(value) : Absent)
    {
    }
    template<std::integral U>
    constexpr CompactOptional(const std::optional<U> &value) noexcept
        : m_value(value ? CompactOptional(*value).m_value : Absent)
    {
    }

    constexpr bool has_value() const noexcept { return m_value != Absent; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr T operator*() const noexcept
    {
        Q_ASSERT(has_value());
        return m_value;
    }
    constexpr T value_or(T fallback) const noexcept { return has_value() ? m_value : fallback; }

    // Where the wider std::optional is wanted (SQL binding, export), it converts without a cast.
    template<std::integral U> constexpr operator std::optional<U>() const noexcept
    {
        return has_value() ? std::optional<U>(U(m_value)) : std::nullopt;
    }

    friend constexpr bool operator==(CompactOptional, CompactOptional) noexcept = default;
    template<std::integral U> friend constexpr bool operator==(CompactOptional a, const std::optional<U> &b) noexcept
    {
        return a.has_value() ? (b && std::cmp_equal(*a, *b)) : !b;
    }

private:
    T m_value = Absent;
};

} // namespace BackupDash
