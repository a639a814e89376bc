#include "app/checkcommand.h"

#include "app/checkverdict.h"
#include "app/snapshotcommand.h"
#include "app/sourcesconfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cmath>
#include <cstdio>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads CheckCommandMsg::tr(), a free tr() would leave it guessing.
struct CheckCommandMsg
{
    Q_DECLARE_TR_FUNCTIONS(BackupDash::CheckCommand)
};

int report(const CheckVerdict &verdict)
{
    std::printf("%s\n", qUtf8Printable(verdict.statusLine()));
    std::fflush(stdout);
    if (verdict.state == CheckState::Unknown && verdict.perfdata.isEmpty()) // the plugin's own problem
        std::fprintf(stderr, "backupdash-cli: %s\n", qUtf8Printable(verdict.text));
    return int(verdict.state);
}

// Hours > 0, or the reason why not.
std::optional<double> hoursFrom(const QString &text, const char *option, QString *error)
{
    bool ok = false;
    const double hours = text.toDouble(&ok);
    if (!ok || !std::isfinite(hours) || hours <= 0 || hours > 24 * 366) {
        *error = CheckCommandMsg::tr("%1 must be a number of hours above 0 (at most a year), not '%2'")
                     .arg(QLatin1String(option), text);
        return std::nullopt;
    }
    return hours;
}

} // namespace

int runCheck(const CheckArguments &arguments, QNetworkAccessManager &nam)
{
    if (arguments.configPath.isEmpty())
        return report(checkProblem(CheckCommandMsg::tr("--config FILE is required")));
    CheckThresholds thresholds;
    QString error;
    if (!arguments.warningAgeHours.isEmpty()
        && !(thresholds.warningAgeHours = hoursFrom(arguments.warningAgeHours, "--warning-age", &error)))
        return report(checkProblem(error));
    if (!arguments.criticalAgeHours.isEmpty()
        && !(thresholds.criticalAgeHours = hoursFrom(arguments.criticalAgeHours, "--critical-age", &error)))
        return report(checkProblem(error));
    if (thresholds.warningAgeHours && thresholds.criticalAgeHours
        && *thresholds.warningAgeHours > *thresholds.criticalAgeHours)
        return report(checkProblem(CheckCommandMsg::tr("--warning-age (%1 h) must not be above --critical-age (%2 h)")
                                       .arg(*thresholds.warningAgeHours)
                                       .arg(*thresholds.criticalAgeHours)));

    const Parsed<SourcesConfig> config = loadSourcesConfig(arguments.configPath);
    if (!config)
        return report(checkProblem(config.error));
    std::vector<SourceConfig> sources;
    QHash<QString, double> rpoHours;
    for (const SourceConfig &source : config.value->sources) {
        if (!arguments.sources.isEmpty() && !arguments.sources.contains(source.id))
            continue;
        sources.push_back(source);
        rpoHours.insert(source.id, source.rpoHours);
    }
    for (const QString &wanted : arguments.sources) {
        const bool known = std::any_of(sources.begin(), sources.end(),
                                       [&](const SourceConfig &source) { return source.id == wanted; });
        if (!known)
            return report(checkProblem(CheckCommandMsg::tr("no source '%1' in %2").arg(wanted, arguments.configPath)));
    }
    const bool anyEnabled =
        std::any_of(sources.begin(), sources.end(), [](const SourceConfig &source) { return source.enabled; });
    if (!anyEnabled)
        return report(checkProblem(CheckCommandMsg::tr("no enabled source to check in %1").arg(arguments.configPath)));

    SnapshotCommand poll(sources, nam, arguments.timeoutSeconds);
    QEventLoop loop;
    QObject::connect(&poll, &SnapshotCommand::finished, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return report(checkVerdict(poll.results(), rpoHours, thresholds, QDateTime::currentDateTimeUtc()));
}

} // namespace BackupDash
