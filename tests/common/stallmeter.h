#pragma once

// Measures how long the thread's event loop went without turning: a precise timer ticks every
// few milliseconds, and the longest gap between two ticks beyond the tick itself is the longest
// stall an operator would have felt as a frozen window. Counts only while the loop runs, so
// wait with QSignalSpy::wait or an event loop, not with sleeps.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace BackupDash::TestSupport {

class StallMeter final : public QObject
{
public:
    static constexpr int TickMs = 5;

    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_longestMs = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The longest stall since start(), in milliseconds; the tick's own interval is not a stall.
    qint64 longestStallMs() const { return m_longestMs; }

private:
    void tick()
    {
        const qint64 gap = m_clock.restart();
        m_longestMs = std::max(m_longestMs, gap - TickMs);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestMs = 0;
};

} // namespace BackupDash::TestSupport
