#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace BackupDash::TestSupport {

// Holds every thread of Qt's global pool until destroyed, as a long task there would: what
// must go on meanwhile (polls, parsing, attention) proves it needs none of them. Qt 6.4's raster
// engine waits for that pool while it paints, so long work there freezes the window.
class GlobalPoolBlocker
{
public:
    GlobalPoolBlocker()
        : m_pool(*QThreadPool::globalInstance())
        , m_threads(m_pool.maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            m_pool.start([this] {
                m_started.release();
                m_release.acquire();
            });
        }
    }
    ~GlobalPoolBlocker()
    {
        m_release.release(m_threads);
        m_pool.waitForDone();
    }
    Q_DISABLE_COPY_MOVE(GlobalPoolBlocker)

    // True once every thread of the pool is held (waits up to 10 s; call once).
    bool holdsAll() { return m_started.tryAcquire(m_threads, 10'000); }

private:
    QThreadPool &m_pool;
    const int m_threads;
    QSemaphore m_started;
    QSemaphore m_release;
};

} // namespace BackupDash::TestSupport
