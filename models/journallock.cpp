#include "models/journallock.h"

#include <QCoreApplication>

namespace BackupDash {

JournalLock::JournalLock(const QString &journalPath)
    : m_path(journalPath + QStringLiteral(".lock"))
    , m_lock(m_path)
{
    // 0: no age limit. The default (30 s) calls a lock stale once it is old; only Qt's flock keeps
    // a live holder's lock then, and file systems without flock (NFS) would hand it over. A dead
    // holder on this host is still detected by its pid.
    m_lock.setStaleLockTime(0);
}

JournalLock::~JournalLock() = default;

JournalDone JournalLock::tryAcquire()
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return JournalDone::ok({});
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.getLockInfo(&pid, &host, &application)) {
            return JournalDone::fail(QCoreApplication::translate("BackupDash::JournalLock",
                                                                 "another BackupDash (pid %1 on host %2) is working "
                                                                 "the restore journal")
                                         .arg(pid)
                                         .arg(host));
        }
        return JournalDone::fail(QCoreApplication::translate("BackupDash::JournalLock",
                                                             "another BackupDash is working the restore journal "
                                                             "(lock file %1)")
                                     .arg(m_path));
    }
    case QLockFile::PermissionError:
        return JournalDone::fail(
            QCoreApplication::translate("BackupDash::JournalLock", "cannot create the lock file %1: permission denied")
                .arg(m_path));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return JournalDone::fail(
        QCoreApplication::translate("BackupDash::JournalLock", "cannot create the lock file %1").arg(m_path));
}

void JournalLock::release()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

} // namespace BackupDash
