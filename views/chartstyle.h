#pragma once

#include "models/status.h"

#include <QBrush>
#include <QList>
#include <QString>
#include <optional>

namespace BackupDash::ChartStyle {

// The order status charts stack and list their parts in: worst first, as the task table
// sorts, and the stale share last (empty optional).
QList<std::optional<Status>> chartOrder();
// Each part's brush: the status icons' colours, with the three grey statuses told apart by
// lightness and the stale share hatched, so that no two parts look alike.
QBrush brushFor(const std::optional<Status> &part);
// "Failed", …, "Stale" (the tasks of sources whose data is not current).
QString labelFor(const std::optional<Status> &part);

} // namespace BackupDash::ChartStyle
