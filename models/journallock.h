#pragma once

#include "models/journalresult.h"

#include <QLockFile>
#include <QString>

namespace BackupDash {

// One BackupDash at a time works a restore journal: two would be two senders of the same
// requests. A QLockFile at `<journal path>.lock`; a lock left by a dead process on this host is
// taken over, a live holder's lock never goes stale by age.
class JournalLock final
{
    Q_DISABLE_COPY_MOVE(JournalLock)

public:
    explicit JournalLock(const QString &journalPath);
    ~JournalLock(); // releases

    // Ok, or who holds it in words ("another BackupDash (pid 4711 on host x) is working …").
    JournalDone tryAcquire();
    void release();
    bool isHeld() const { return m_lock.isLocked(); }
    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace BackupDash
