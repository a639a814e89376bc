#pragma once

#include <QObject>

class QSocketNotifier;

namespace BackupDash {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (Linux signalfd: no handler,
// no global state). Call blockTerminationSignals() first thing in main(), before any thread
// exists, so no thread takes the default "terminate" action instead.
class SimSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSignalWatcher)

public:
    static void blockTerminationSignals();

    explicit SimSignalWatcher(QObject *parent = nullptr);
    ~SimSignalWatcher() override;

    bool isActive() const { return m_fd >= 0; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace BackupDash
