#include "simulator/simcommandline.h"
#include "simulator/simsignalwatcher.h"
#include "simulator/simulator.h"

#include <QCoreApplication>
#include <cstdio>

using namespace BackupDash;

namespace {
void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int fail(int exitCode, const QString &text)
{
    printLine(stderr, QStringLiteral("backupdash-sim: ") + text);
    return exitCode;
}
} // namespace

int main(int argc, char *argv[])
{
    SimSignalWatcher::blockTerminationSignals(); // before anything can start a thread
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backupdash-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKUPDASH_VERSION));

    SimCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SimCommandLine::Outcome::Help:
        std::fputs(commandLine.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    case SimCommandLine::Outcome::Version:
        printLine(stdout, QStringLiteral("backupdash-sim %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    case SimCommandLine::Outcome::Error:
        return fail(2, commandLine.errorText());
    case SimCommandLine::Outcome::Run:
        break;
    }

    Simulator simulator(commandLine.options());
    QString error;
    if (!commandLine.faults().isEmpty() && !simulator.setFaults(commandLine.faults(), &error))
        return fail(2, QStringLiteral("invalid --faults: %1").arg(error));
    if (simulator.listen(commandLine.port()) == 0)
        return fail(
            1,
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(commandLine.port()).arg(simulator.errorString()));
    // The config exists before the line that tells a waiting test it may read it.
    if (!commandLine.configPath().isEmpty() && !simulator.writeConfig(commandLine.configPath(), &error))
        return fail(1, error);

    SimSignalWatcher terminationSignals;
    QObject::connect(&terminationSignals, &SimSignalWatcher::terminationRequested, &app, &QCoreApplication::quit);
    printLine(stdout, QStringLiteral("backupdash-sim listening on %1").arg(simulator.rootUrl().toString()));
    return QCoreApplication::exec();
}
