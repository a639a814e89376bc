#pragma once

#include "connectors/clumio/clumioparser.h"

#include <QByteArray>
#include <optional>

// The fast reading of GET /tasks pages (simdjson on-demand; issue 8, P1): the same page
// parseTasksPage makes, or nullopt on anything but a well-formed page of well-formed tasks,
// which parseTasksPage then reads (and words) the reference way. Pure; any thread.
namespace BackupDash::Clumio {

std::optional<Page<TaskRecord>> readTasksPageFast(const QByteArray &body);

} // namespace BackupDash::Clumio
