#pragma once

// Starts the built backupdash-sim ($BACKUPDASH_SIM) as a child process on a free loopback
// port, writing its sources configuration to `configPath`, and waits for its "listening" line.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace BackupDash::TestSupport {

// The child's first line on stdout, or empty when none came within the time.
inline QString firstLineOf(QProcess &process, int timeoutMs = 15'000)
{
    if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, timeoutMs))
        return {};
    return QString::fromUtf8(process.readLine()).trimmed();
}

// True once the simulator listens and the configuration exists; `why` says otherwise.
inline bool startSimulator(QProcess &sim, const QString &configPath, const QStringList &extraArguments, QString *why)
{
    const QString exe = qEnvironmentVariable("BACKUPDASH_SIM");
    if (!QFile::exists(exe)) {
        *why = QStringLiteral("BACKUPDASH_SIM does not name the simulator: '%1'").arg(exe);
        return false;
    }
    sim.start(
        exe,
        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-config"), configPath }
            + extraArguments);
    if (!sim.waitForStarted()) {
        *why = sim.errorString();
        return false;
    }
    const QString line = firstLineOf(sim);
    static const QRegularExpression listening(
        QStringLiteral("^backupdash-sim listening on http://127\\.0\\.0\\.1:\\d+$"));
    if (!listening.match(line).hasMatch() || !QFile::exists(configPath)) {
        *why = QStringLiteral("the simulator did not start: '%1' %2")
                   .arg(line, QString::fromUtf8(sim.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace BackupDash::TestSupport
