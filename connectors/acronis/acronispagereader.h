#pragma once

#include "connectors/acronis/acronisparser.h"

#include <QByteArray>
#include <optional>

// The fast reading of GET /api/task_manager/v2/tasks pages (simdjson on-demand; issue 8, P1):
// the same page parseTasksPage makes, or nullopt on anything but a well-formed page of
// well-formed tasks, which parseTasksPage then reads (and words) the reference way. Pure.
namespace BackupDash::Acronis {

std::optional<TasksPage> readTasksPageFast(const QByteArray &body);

} // namespace BackupDash::Acronis
