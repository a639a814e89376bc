#include "simulator/simclock.h"

#include <cmath>

namespace BackupDash {

SimClock::SimClock(const QDateTime &start, double speed)
    : m_start(start.toUTC())
    , m_speed(speed)
{
    m_elapsed.start();
}

QDateTime SimClock::now() const
{
    const double scenarioMs = double(m_elapsed.nsecsElapsed()) / 1e6 * m_speed;
    return m_start.addMSecs(qint64(std::floor(scenarioMs)));
}

} // namespace BackupDash
