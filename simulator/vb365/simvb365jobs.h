#pragma once

#include "simulator/vb365/simvb365model.h"

#include <vector>

namespace BackupDash {

class SimScenario;

// The estate's jobs, drawn from the seed: realistic names over the organizations, workloads and
// sizes, ~60 % daily and ~40 % periodic schedules, windows on about half of them, about one in
// ten disabled, and one that was never scheduled.
namespace SimVb365Jobs {

std::vector<SimVb365Job> build(const SimScenario &scenario, const std::vector<SimVb365Organization> &organizations,
                               int jobCount);

} // namespace SimVb365Jobs
} // namespace BackupDash
