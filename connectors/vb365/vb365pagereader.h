#pragma once

#include "connectors/vb365/vb365parser.h"

#include <QByteArray>
#include <optional>

// The fast reading of /Jobs and /JobSessions pages (simdjson on-demand; issue 8, P1): the same
// page parseJobsPage/parseSessionsPage make, or nullopt on anything but a well-formed page of
// well-formed elements, which the parser then reads (and words) the reference way. Pure.
namespace BackupDash::Vb365 {

std::optional<Page<JobRecord>> readJobsPageFast(const QByteArray &body);
std::optional<Page<TaskRun>> readSessionsPageFast(const QByteArray &body);

} // namespace BackupDash::Vb365
