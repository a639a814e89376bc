// One BackupDash at a time works the restore journal: a second holder is refused with the
// holder's pid in words, a released lock is free again, a dead holder's lock is taken over.
#include "models/journallock.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace BackupDash;

namespace {

const char *const HoldArgument = "--hold-lock";

// The child half of the cross-process tests: takes the lock, says so, then waits to be killed.
int holdLockUntilKilled(const QString &journalPath)
{
    JournalLock lock(journalPath);
    const JournalDone held = lock.tryAcquire();
    if (!held) {
        std::fprintf(stdout, "refused %s\n", qPrintable(held.error));
        return 1;
    }
    std::fprintf(stdout, "held %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    for (int i = 0; i < 120; ++i)
        QThread::msleep(500);
    return 0;
}

} // namespace

class TestJournalLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acquireReleaseAndAcquireAgain()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalLock lock(journal);
        QCOMPARE(lock.lockFilePath(), journal + QStringLiteral(".lock"));
        QVERIFY(!lock.isHeld());
        const JournalDone first = lock.tryAcquire();
        QVERIFY2(first, qPrintable(first.error));
        QVERIFY(lock.isHeld());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QVERIFY(lock.tryAcquire()); // already ours: still fine
        lock.release();
        QVERIFY(!lock.isHeld());
        QVERIFY(!QFile::exists(lock.lockFilePath()));
        QVERIFY(lock.tryAcquire());
    }

    void secondHolderRefusedWithThePid()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalLock first(journal);
        QVERIFY(first.tryAcquire());
        JournalLock second(journal);
        const JournalDone refused = second.tryAcquire();
        QVERIFY(!refused);
        QVERIFY(!second.isHeld());
        const QString expected = QStringLiteral("another BackupDash (pid %1 on host %2) is working the restore journal")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QSysInfo::machineHostName());
        QCOMPARE(refused.error, expected);
        first.release();
        QVERIFY(second.tryAcquire());
        QVERIFY(!first.tryAcquire());
    }

    void aLiveHoldersOldLockIsNotStale()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalLock first(journal);
        QVERIFY(first.tryAcquire());
        // Held for a day by a process that is still running: age alone must not free it.
        QFile file(first.lockFilePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
        file.close();
        JournalLock second(journal);
        QVERIFY(!second.tryAcquire());
        QVERIFY(first.isHeld());
    }

    void destructorReleases()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            JournalLock first(journal);
            QVERIFY(first.tryAcquire());
        }
        JournalLock second(journal);
        QVERIFY(second.tryAcquire());
    }

    void anotherProcessHoldsItThenDies()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(HoldArgument), journal });
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10'000));
        const QString said = QString::fromUtf8(child.readLine()).trimmed();
        QCOMPARE(said, QStringLiteral("held %1").arg(child.processId()));

        JournalLock lock(journal);
        const JournalDone refused = lock.tryAcquire();
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("(pid %1 on host ").arg(child.processId())),
                 qPrintable(refused.error));

        child.kill(); // SIGKILL: the lock file stays behind, naming a dead pid
        QVERIFY(child.waitForFinished());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        const JournalDone taken = lock.tryAcquire();
        QVERIFY2(taken, qPrintable(taken.error));
        QVERIFY(lock.isHeld());
    }

    void unwritableLockPathIsAnErrorInWords()
    {
        QTemporaryDir dir;
        // The journal's "folder" is a regular file: no lock file can be created under it.
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        JournalLock lock(notAFolder + QStringLiteral("/journal.sqlite"));
        const JournalDone refused = lock.tryAcquire();
        QVERIFY(!refused);
        QVERIFY2(refused.error.startsWith(QStringLiteral("cannot create the lock file ") + notAFolder),
                 qPrintable(refused.error));
        QVERIFY(!lock.isHeld());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], HoldArgument) == 0) {
        QCoreApplication app(argc, argv);
        return holdLockUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestJournalLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journallock.moc"
