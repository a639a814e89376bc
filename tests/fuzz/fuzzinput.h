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

inline QDateTime now()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
}

} // namespace BackupDash::Fuzz
