// backupdash-cli: headless commands over the same configuration and connectors as the GUI.
#include "app/checkcommand.h"
#include "app/exportfilter.h"
#include "app/languagesetup.h"
#include "app/restorecommand.h"
#include "app/servemetrics.h"
#include "app/snapshotcommand.h"
#include "app/snapshotexport.h"
#include "app/sourcesconfig.h"
#include "models/journallock.h"
#include "models/restorejournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <cstdio>

using namespace BackupDash;

namespace {

// The messages' translation context (lupdate reads Msg::tr()).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

constexpr int ExitUsage = 2;
constexpr int ExitSourceFailed = 1;

void printErr(const QString &line)
{
    std::fprintf(stderr, "backupdash-cli: %s\n", qUtf8Printable(line));
}

int usageError(const QString &message)
{
    printErr(message);
    std::fprintf(stderr,
                 "usage: backupdash-cli snapshot|restores --config FILE [--format json|csv] [--timeout S]\n"
                 "       backupdash-cli check --config FILE [--warning-age H] [--critical-age H] [--source S]…\n"
                 "       backupdash-cli serve-metrics --config FILE --listen ADDRESS:PORT\n"
                 "       backupdash-cli restore --config FILE --source S --task T [--scope X | --backup ID]\n"
                 "              [--destination original|alternate|download] [--target WHERE]\n"
                 "              [--point-in-time ISO] [--overwrite TASKNAME] [--journal FILE] --yes\n");
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backupdash-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKUPDASH_VERSION));
    installLanguage(app, QLocale::system()); // human-readable messages; documents and metrics stay as they are

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Msg::tr("BackupDash headless commands.\n\n"
                "snapshot  poll every configured source once and print one JSON document (or the tasks as CSV);\n"
                "          exit 0 when every source answered, 1 otherwise (one line per failed source on stderr).\n"
                "restores  the same poll; print every source's restore jobs (JSON array or CSV).\n"
                "          Both keep only the sources named by --source and the statuses named by --status.\n"
                "restore   start one restore through the restore journal (sent once; checked, never re-sent);\n"
                "          exit 0 when the vendor accepted it, 1 when it refused or the outcome is unknown.\n"
                "check     a Nagios/Icinga plugin: poll once, print one status line with perfdata; exit 0 OK,\n"
                "          1 WARNING, 2 CRITICAL, 3 UNKNOWN (docs/monitoring.md).\n"
                "serve-metrics  poll on every source's interval and serve Prometheus metrics at\n"
                "          http://ADDRESS:PORT/metrics until stopped (docs/monitoring.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Msg::tr("snapshot, restores, restore, check or serve-metrics"));
    const QCommandLineOption configOption(QStringLiteral("config"), Msg::tr("Sources configuration file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Msg::tr("json (default) or csv."),
                                          QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Msg::tr("Give up on sources still polling after S seconds (default 60)."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        Msg::tr("restore: the source id; check, snapshot, restores: only this source (repeatable)."),
        QStringLiteral("S"));
    const QCommandLineOption warningAgeOption(QStringLiteral("warning-age"),
                                              Msg::tr("check: WARNING when a task has no success for H hours."),
                                              QStringLiteral("H"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          Msg::tr("serve-metrics: the address and port, e.g. 127.0.0.1:9477."),
                                          QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption criticalAgeOption(QStringLiteral("critical-age"),
                                               Msg::tr("check: CRITICAL when a task has no success for H hours."),
                                               QStringLiteral("H"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        Msg::tr("snapshot, restores: only tasks and restores in this normalized status, e.g. failed (repeatable)."),
        QStringLiteral("X"));
    const QCommandLineOption taskOption(QStringLiteral("task"), Msg::tr("restore: the task's id or name."),
                                        QStringLiteral("T"));
    const QCommandLineOption scopeOption(
        QStringList { QStringLiteral("scope"), QStringLiteral("backup") },
        Msg::tr("restore: what to restore (VB365: vex|veod|vesp|vet; Clumio: the backup id, by default the "
                "volume's newest backup)."),
        QStringLiteral("X"));
    const QCommandLineOption destinationOption(QStringLiteral("destination"),
                                               Msg::tr("restore: original (default), alternate or download."),
                                               QStringLiteral("D"), QStringLiteral("original"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), Msg::tr("restore: where to, for --destination alternate."), QStringLiteral("WHERE"));
    const QCommandLineOption pointOption(QStringLiteral("point-in-time"),
                                         Msg::tr("restore: the restore point (ISO 8601; default: latest)."),
                                         QStringLiteral("ISO"));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"),
                                             Msg::tr("restore: overwrite in place; give the task's name to confirm."),
                                             QStringLiteral("TASKNAME"));
    const QCommandLineOption journalOption(QStringLiteral("journal"),
                                           Msg::tr("restore: the restore journal (default: the GUI's)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), Msg::tr("restore: confirm; nothing is sent without it."));
    parser.addOptions({ configOption, formatOption, timeoutOption, sourceOption, taskOption, scopeOption,
                        destinationOption, targetOption, pointOption, overwriteOption, journalOption, yesOption,
                        warningAgeOption, criticalAgeOption, listenOption, statusOption });
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parsed && parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parsed && parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("check")) {
        // A plugin answers every problem with UNKNOWN (3) and one line, never with usage text.
        bool timeoutOk = false;
        const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
        QString problem;
        if (!parsed)
            problem = parser.errorText();
        else if (positional.size() != 1)
            problem = Msg::tr("check takes no further arguments: '%1'").arg(positional.mid(1).join(u' '));
        else if (!timeoutOk || timeout < 1 || timeout > 3600)
            problem =
                Msg::tr("--timeout must be whole seconds from 1 to 3600, not '%1'").arg(parser.value(timeoutOption));
        if (!problem.isEmpty()) {
            std::printf("BACKUPDASH UNKNOWN - %s\n", qUtf8Printable(problem));
            printErr(problem);
            return 3;
        }
        QNetworkAccessManager nam;
        return runCheck({ parser.value(configOption), parser.values(sourceOption), parser.value(warningAgeOption),
                          parser.value(criticalAgeOption), timeout },
                        nam);
    }
    if (!parsed)
        return usageError(parser.errorText());
    if (positional.value(0) == QLatin1String("serve-metrics")) {
        if (positional.size() != 1)
            return usageError(Msg::tr("serve-metrics takes no further arguments"));
        if (!parser.isSet(configOption))
            return usageError(Msg::tr("--config FILE is required"));
        if (!parser.isSet(listenOption))
            return usageError(Msg::tr("serve-metrics needs --listen ADDRESS:PORT, e.g. 127.0.0.1:9477"));
        return serveMetrics(parser.value(configOption), parser.value(listenOption));
    }
    const QStringList commands { QStringLiteral("snapshot"), QStringLiteral("restores"), QStringLiteral("restore") };
    if (positional.size() != 1 || !commands.contains(positional.first()))
        return usageError(positional.isEmpty()
                              ? Msg::tr("no command given")
                              : Msg::tr("unknown command '%1'").arg(positional.join(QLatin1Char(' '))));
    if (!parser.isSet(configOption))
        return usageError(Msg::tr("--config FILE is required"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(Msg::tr("--format must be json or csv, not '%1'").arg(format));
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 1 || timeout > 3600)
        return usageError(
            Msg::tr("--timeout must be whole seconds from 1 to 3600, not '%1'").arg(parser.value(timeoutOption)));

    const Parsed<SourcesConfig> config = loadSourcesConfig(parser.value(configOption));
    if (!config) {
        printErr(config.error);
        return ExitUsage;
    }
    for (const QString &warning : config.value->warnings)
        printErr(Msg::tr("warning: ") + warning);

    QNetworkAccessManager nam;
    if (positional.first() == QLatin1String("restore")) {
        if (!parser.isSet(sourceOption) || !parser.isSet(taskOption))
            return usageError(Msg::tr("restore needs --source S and --task T"));
        if (!parser.isSet(yesOption))
            return usageError(Msg::tr("restore sends a request to the vendor: confirm it with --yes"));
        const auto source = std::find_if(config.value->sources.begin(), config.value->sources.end(),
                                         [&](const SourceConfig &c) { return c.id == parser.value(sourceOption); });
        if (source == config.value->sources.end())
            return usageError(Msg::tr("no source '%1' in the configuration").arg(parser.value(sourceOption)));
        RestoreRequest request;
        request.sourceId = source->id;
        request.taskId = parser.value(taskOption);
        request.itemScope = parser.value(scopeOption);
        const std::optional<RestoreDestination> destination = destinationFromKey(parser.value(destinationOption));
        if (!destination)
            return usageError(Msg::tr("--destination must be original, alternate or download"));
        request.destination = *destination;
        request.alternateTarget = parser.value(targetOption);
        if (request.destination == RestoreDestination::Alternate && request.alternateTarget.isEmpty())
            return usageError(Msg::tr("--destination alternate needs --target WHERE"));
        if (parser.isSet(pointOption)) {
            request.pointInTime = QDateTime::fromString(parser.value(pointOption), Qt::ISODate).toUTC();
            if (!request.pointInTime.isValid())
                return usageError(Msg::tr("--point-in-time must be ISO 8601, not '%1'").arg(parser.value(pointOption)));
        }
        request.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
        const QString journalPath = parser.isSet(journalOption)
            ? parser.value(journalOption)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                  .filePath(QStringLiteral("BackupDash/backupdash/restore-journal.sqlite"));
        JournalLock lock(journalPath);
        if (const JournalDone held = lock.tryAcquire(); !held) {
            printErr(held.error);
            return ExitSourceFailed;
        }
        auto journal = RestoreJournal::open(journalPath);
        if (!journal) {
            printErr(journal.error);
            return ExitSourceFailed;
        }
        request.overwrite = parser.isSet(overwriteOption); // checked against the task's name once found
        RestoreCommand restore(*source, request, **journal.value, nam, timeout);
        restore.setOverwriteConfirmation(parser.value(overwriteOption));
        int code = 0;
        QObject::connect(&restore, &RestoreCommand::finished, &app, [&] {
            // Accepted on stdout; refused or unknown on stderr, where scripts look for errors.
            std::fprintf(restore.exitCode() == 0 ? stdout : stderr, "%s\n", qUtf8Printable(restore.outcome()));
            code = restore.exitCode();
            app.exit(code);
        });
        restore.start();
        return app.exec();
    }

    const Parsed<ExportFilter> filter =
        exportFilterFrom(parser.values(sourceOption), parser.values(statusOption), config.value->sources);
    if (!filter)
        return usageError(filter.error);
    SnapshotCommand command(filteredSources(config.value->sources, *filter.value), nam, timeout);
    int exitCode = 0;
    QObject::connect(&command, &SnapshotCommand::finished, &app, [&] {
        std::vector<SourceResult> results = command.results();
        keepStatuses(results, *filter.value);
        const bool csv = format == QLatin1String("csv");
        QByteArray out;
        if (positional.first() == QLatin1String("restores"))
            out = csv ? restoresCsv(results) : QJsonDocument(restoresJson(results)).toJson(QJsonDocument::Indented);
        else
            out = csv
                ? snapshotCsv(results)
                : QJsonDocument(snapshotJson(results, QDateTime::currentDateTimeUtc())).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        for (const SourceResult &r : results) {
            if (r.state.health == SourceHealth::Ok)
                continue;
            printErr(Msg::tr("source '%1' (%2) %3: %4")
                         .arg(r.state.id, r.state.vendor, healthKey(r.state.health), r.state.lastError));
            exitCode = ExitSourceFailed;
        }
        app.exit(exitCode);
    });
    command.start();
    return app.exec();
}
