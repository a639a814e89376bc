#pragma once

#include "models/task.h"

#include <vector>

namespace BackupDash {

// Makes the tasks' repeated values (source id, vendor, workload, vendor status, schedule, restore
// scope) share one string per distinct value, as a parser hands every row its own copy: at 100k
// tasks the copies cost ~350 B per task. Values stay equal; only their storage is shared.
void shareRepeatedStrings(std::vector<Task> &tasks);

} // namespace BackupDash
