#pragma once

#include <QJsonArray>
#include <QString>
#include <array>

namespace BackupDash {

// A job's allowed-hours grid: 7 days × 24 hours, Sunday 00:00 first, in the job's frame of
// UTC + minuteOffset. `vendorAllowed` is the array exactly as received (the snapshot export
// must reproduce it unchanged, even when it is malformed); `allowed` is its checked reading.
struct BackupWindow
{
    static constexpr int Hours = 7 * 24;

    QString sourceId;
    QString taskId;
    int minuteOffset = 0;
    QJsonArray vendorAllowed;
    std::array<bool, Hours> allowed {};
    QString error; // non-empty when vendorAllowed is unreadable ("167 elements")

    bool isValid() const { return error.isEmpty(); }
    bool operator==(const BackupWindow &) const = default;
};

} // namespace BackupDash
