#pragma once

#include "models/status.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// What the operator clicked in a status chart: a status (or the stale share) of the whole
// estate or of one source. The Backup tasks tab shows exactly those tasks.
struct ChartPick
{
    std::optional<Status> status; // empty: the tasks shown stale
    QString sourceId; // empty: every source

    bool stale() const { return !status.has_value(); }
    bool operator==(const ChartPick &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::ChartPick)
