#pragma once

#include "models/task.h"

#include <vector>

namespace BackupDash {

// Makes the tasks' repeated values (source id, vendor, workload, vendor status, schedule, restore
// scope) share one string per distinct value, where a parser hands every row its own copy (six
// small allocations per row). Values stay equal; only their storage is shared.
void shareRepeatedStrings(std::vector<Task> &tasks);

} // namespace BackupDash
