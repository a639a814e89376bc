#pragma once

#include "connectors/cloudally/cloudallyparser.h"

#include <QByteArray>
#include <optional>

// The fast reading of GET /v1/backup-tasks pages (simdjson on-demand; issue 8, P1): the same
// TasksPage parseTasksPage makes, or nullopt on anything but a well-formed page of well-formed
// tasks, which parseTasksPage then reads (and words) the reference way. Pure; any thread.
namespace BackupDash::CloudAlly {

std::optional<TasksPage> readTasksPageFast(const QByteArray &body);

} // namespace BackupDash::CloudAlly
