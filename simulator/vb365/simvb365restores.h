#pragma once

#include "simulator/vb365/simvb365model.h"

#include <QDateTime>
#include <vector>

namespace BackupDash {

class SimScenario;

// Restore (explore) sessions: at most one per 8-hour cell of absolute time, plus two tied to
// the scenario's start (one working at start, one starting three minutes in) so a fresh demo
// shows a queue that moves. Each passes Starting → Working → Stopping → Stopped.
namespace SimVb365Restores {

// Sessions created in [from, now], newest first, in their state at `now`.
std::vector<SimVb365RestoreSession> between(const SimScenario &scenario,
                                            const std::vector<SimVb365Organization> &organizations,
                                            const QDateTime &from, const QDateTime &now);

} // namespace SimVb365Restores
} // namespace BackupDash
