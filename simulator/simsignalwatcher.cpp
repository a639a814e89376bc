#include "simulator/simsignalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>
#endif

namespace BackupDash {

#ifdef Q_OS_LINUX
namespace {
sigset_t terminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace
#endif

void SimSignalWatcher::blockTerminationSignals()
{
#ifdef Q_OS_LINUX
    const sigset_t set = terminationSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
#endif
}

SimSignalWatcher::SimSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    const sigset_t set = terminationSignals();
    m_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0)
        return;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SimSignalWatcher::readSignal);
#endif
}

SimSignalWatcher::~SimSignalWatcher()
{
#ifdef Q_OS_LINUX
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void SimSignalWatcher::readSignal()
{
#ifdef Q_OS_LINUX
    signalfd_siginfo info {};
    while (::read(m_fd, &info, sizeof(info)) == ssize_t(sizeof(info)))
        Q_EMIT terminationRequested(int(info.ssi_signo));
#endif
}

} // namespace BackupDash
