#pragma once

#include "simulator/simclock.h"
#include "simulator/simrandom.h"

#include <QUuid>

namespace BackupDash {

struct SimulatorOptions;

// What every vendor's scenario shares: the seed, the one scenario clock, and the seeded ways
// to derive ids and random draws from indices (never from a shared stateful generator).
class SimScenario
{
public:
    explicit SimScenario(const SimulatorOptions &options);

    quint32 seed() const { return m_seed; }
    QDateTime start() const { return m_clock.start(); } // the anchor: scenario "now" at start
    double speed() const { return m_clock.speed(); }
    QDateTime now() const { return m_clock.now(); }

    // A name-based (v5) UUID, stable for this seed: e.g. uuid("vb365/job", 3).
    QUuid uuid(const char *kind, qint64 index, qint64 sub = 0) const;
    SimRandom random(quint64 salt, qint64 a = 0, qint64 b = 0) const;

private:
    quint32 m_seed;
    SimClock m_clock;
    QUuid m_namespace;
};

} // namespace BackupDash
