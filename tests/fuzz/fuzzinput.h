#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <cstddef>
#include <cstdint>

// What every fuzz target shares: libFuzzer's bytes as the QByteArray a network reply would
// give (an owned copy, as QNetworkReply::readAll makes), and a fixed clock so a finding
// replays the same way.
namespace BackupDash::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The fast page reader (simdjson) against the QJsonDocument reference: whatever the reference
// reads, the parser must read the same (it may take a page the reference refuses only where a
// member nobody reads is malformed). A difference aborts, so libFuzzer keeps the input.
template<typename Parsed, typename Same> void expectSame(const Parsed &parsed, const Parsed &reference, Same same)
{
    if (reference && (!parsed || !same(*parsed.value, *reference.value)))
        __builtin_trap();
    if (!reference && !parsed && parsed.error != reference.error)
        __builtin_trap();
}

inline QDateTime now()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
}

} // namespace BackupDash::Fuzz
