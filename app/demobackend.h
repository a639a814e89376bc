#pragma once

#include "connectors/sourceconfig.h"

#include <QThread>
#include <vector>

namespace BackupDash {

class Simulator;

// `--demo`: the simulator runs in-process on its own thread (so serving it never stalls the
// window) on a free loopback port, and hands back a configuration that points at it.
class DemoBackend final
{
    Q_DISABLE_COPY_MOVE(DemoBackend)

public:
    static constexpr int Speed = 60; // one simulated hour per real minute: runs start and end while you watch

    DemoBackend();
    ~DemoBackend();

    bool start(QString *error);
    QByteArray configJson() const { return m_configJson; }

private:
    QThread m_thread;
    QObject m_anchor; // lives in m_thread: the context that runs code there
    Simulator *m_simulator = nullptr; // lives in m_thread
    QByteArray m_configJson;
};

} // namespace BackupDash
