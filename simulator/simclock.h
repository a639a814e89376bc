#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace BackupDash {

// Scenario time: start + real elapsed time × speed. Speed 0 freezes the scenario at start.
class SimClock
{
public:
    SimClock(const QDateTime &start, double speed);

    QDateTime start() const { return m_start; }
    double speed() const { return m_speed; }
    QDateTime now() const;

private:
    QDateTime m_start;
    double m_speed;
    QElapsedTimer m_elapsed;
};

} // namespace BackupDash
