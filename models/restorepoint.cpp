#include "models/restorepoint.h"

#include <algorithm>

namespace BackupDash {

std::optional<RestorePoint> newestRestorePoint(const QList<RestorePoint> &points)
{
    const auto newest = std::max_element(points.cbegin(), points.cend(), [](const auto &a, const auto &b) {
        return a.startTimestamp < b.startTimestamp;
    });
    if (newest == points.cend())
        return std::nullopt;
    return *newest;
}

} // namespace BackupDash
