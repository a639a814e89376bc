// backupdash-cli: headless commands over the same configuration and connectors as the GUI.
#include "app/snapshotcommand.h"
#include "app/snapshotexport.h"
#include "app/sourcesconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace BackupDash;

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitSourceFailed = 1;

void printErr(const QString &line)
{
    std::fprintf(stderr, "backupdash-cli: %s\n", qUtf8Printable(line));
}

int usageError(const QString &message)
{
    printErr(message);
    std::fprintf(stderr, "usage: backupdash-cli snapshot --config FILE [--format json|csv] [--timeout S]\n");
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backupdash-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKUPDASH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "BackupDash headless commands.\n\n"
        "snapshot  poll every configured source once and print one JSON document (or the tasks as CSV);\n"
        "          exit 0 when every source answered, 1 otherwise (one line per failed source on stderr)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("snapshot"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Sources configuration file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("json (default) or csv."),
                                          QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Give up on sources still polling after S seconds (default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions({ configOption, formatOption, timeoutOption });
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("snapshot"))
        return usageError(positional.isEmpty()
                              ? QStringLiteral("no command given")
                              : QStringLiteral("unknown command '%1'").arg(positional.join(QLatin1Char(' '))));
    if (!parser.isSet(configOption))
        return usageError(QStringLiteral("--config FILE is required"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(QStringLiteral("--format must be json or csv, not '%1'").arg(format));
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 1 || timeout > 3600)
        return usageError(QStringLiteral("--timeout must be whole seconds from 1 to 3600, not '%1'")
                              .arg(parser.value(timeoutOption)));

    const Parsed<SourcesConfig> config = loadSourcesConfig(parser.value(configOption));
    if (!config) {
        printErr(config.error);
        return ExitUsage;
    }
    for (const QString &warning : config.value->warnings)
        printErr(QStringLiteral("warning: ") + warning);

    QNetworkAccessManager nam;
    SnapshotCommand command(config.value->sources, nam, timeout);
    int exitCode = 0;
    QObject::connect(&command, &SnapshotCommand::finished, &app, [&] {
        const std::vector<SourceResult> &results = command.results();
        const QByteArray out = format == QLatin1String("csv")
            ? snapshotCsv(results)
            : QJsonDocument(snapshotJson(results, QDateTime::currentDateTimeUtc())).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        for (const SourceResult &r : results) {
            if (r.state.health == SourceHealth::Ok)
                continue;
            printErr(QStringLiteral("source '%1' (%2) %3: %4")
                         .arg(r.state.id, r.state.vendor, healthKey(r.state.health), r.state.lastError));
            exitCode = ExitSourceFailed;
        }
        app.exit(exitCode);
    });
    command.start();
    return app.exec();
}
