#pragma once

#include "simulator/vb365/simvb365model.h"

#include <QDateTime>
#include <QHash>
#include <vector>

namespace BackupDash {

class SimScenario;

// Restore (explore) sessions: at most one per 8-hour cell of absolute time, plus two tied to
// the scenario's start (one working at start, one starting three minutes in) so a fresh demo
// shows a queue that moves. Each passes Starting → Working → Stopping → Stopped.
namespace SimVb365Restores {

constexpr qint64 StartingTicks = 45 * 10'000'000LL; // 45 s
constexpr qint64 StoppingTicks = 20 * 10'000'000LL; // 20 s

// Sessions created in [from, now], newest first, in their state at `now`. `stops` holds the
// stops operators asked for (session id → ticks); without them every answer is pure.
std::vector<SimVb365RestoreSession> between(const SimScenario &scenario,
                                            const std::vector<SimVb365Organization> &organizations,
                                            const QDateTime &from, const QDateTime &now,
                                            const QHash<QUuid, qint64> &stops = {});

// Sets state, result, details and endTicks of a session whose createdTicks and planned
// endTicks are set: Starting for `startingTicks`, Working, Stopping, then Stopped with
// `finalResult` (empty: stopped by its user). A stop at `stopTicks` (0: none) before the
// planned end ends it then, without a result.
void settle(SimVb365RestoreSession &session, qint64 nowTicks, const QString &finalResult, qint64 stopTicks,
            qint64 startingTicks = StartingTicks);

} // namespace SimVb365Restores
} // namespace BackupDash
