#include "bench/common/benchfigures.h"

#include <QTextStream>
#include <cstdio>

namespace BackupDash::Bench {

namespace {

QString number(double value)
{
    // Three significant figures are what a bench table can honestly claim.
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3);
}

} // namespace

void printFigure(const Figure &figure)
{
    const QString baseline = figure.baselineName.isEmpty()
        ? QStringLiteral("-")
        : QStringLiteral("%1: %2 %3").arg(figure.baselineName, number(figure.baseline), figure.unit);
    const QString line = QStringLiteral("FIGURE\t%1\t%2\t%3 %4\t%5\t%6\t%7\n")
                             .arg(figure.id, figure.what, number(figure.value), figure.unit, baseline, figure.target,
                                  figure.met ? QStringLiteral("met") : QStringLiteral("MISSED"));
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

double Measured::counter(const std::string &name) const
{
    const auto it = counters.find(name);
    return it == counters.end() ? 0.0 : it->second;
}

void CollectingReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.error_occurred)
            continue;
        // With repetitions, the median aggregate stands for the benchmark; without, the run.
        const bool aggregate = run.run_type == Run::RT_Aggregate;
        if (aggregate && run.aggregate_name != "median")
            continue;
        const std::string name = run.run_name.str();
        if (!aggregate && m_results.count(name))
            continue; // a repetition: the median comes later and replaces it
        Measured measured;
        measured.realTimeMs = run.GetAdjustedRealTime() * 1e3 / benchmark::GetTimeUnitMultiplier(run.time_unit);
        for (const auto &[key, counter] : run.counters)
            measured.counters[key] = counter.value;
        m_results[name] = measured;
    }
}

std::optional<Measured> CollectingReporter::result(const std::string &name) const
{
    const auto it = m_results.find(name);
    if (it == m_results.end())
        return std::nullopt;
    return it->second;
}

bool runBenchmarks(int &argc, char **argv, CollectingReporter &reporter)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return false;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return true;
}

} // namespace BackupDash::Bench
