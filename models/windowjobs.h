#pragma once

#include "models/sourcesnapshot.h"
#include "models/windowjob.h"

#include <vector>

namespace BackupDash {

// The Backup windows tab's jobs from one source's snapshot: each task with its runs; Veeam
// VB365 tasks carry their window (or may run any time when it is disabled); other vendors'
// tasks have no allowed-hours grid and show only when they ran. Pure.
void appendWindowJobs(const SourceSnapshot &snapshot, std::vector<WindowJob> &out);

// Vendors whose jobs carry a 7×24 allowed-hours grid.
bool vendorHasWindows(const QString &vendor);

} // namespace BackupDash
