#pragma once

// What every bench program shares: Google Benchmark does the timing loops; a collecting
// reporter keeps each benchmark's result, and the program then prints its figures, each beside
// its baseline from the same run, as FIGURE lines that scripts/bench gathers into one table.
#include <QString>
#include <benchmark/benchmark.h>
#include <map>
#include <optional>
#include <string>

namespace BackupDash::Bench {

// One row of scripts/bench's table.
struct Figure
{
    QString id; // "P1", "P2", …
    QString what; // "VB365 ingest, 100k tasks"
    double value = 0;
    QString unit; // "MB/s", "ms", "B/task"
    QString baselineName; // "simdjson on-demand"; empty when the target is absolute
    double baseline = 0;
    QString target; // the target in words: "≥ 50 % of simdjson", "≤ 10 ms"
    bool met = false;
};

// Prints `FIGURE<TAB>id<TAB>what<TAB>value unit<TAB>baseline<TAB>target<TAB>met|MISSED` on stdout.
void printFigure(const Figure &figure);

// What one benchmark measured: real time per iteration (median when repetitions ran) and its
// counters (rates already divided by time, as Google Benchmark reports them).
struct Measured
{
    double realTimeMs = 0;
    std::map<std::string, double> counters;
    double counter(const std::string &name) const;
};

// Shows the usual console output and keeps every benchmark's result by name.
class CollectingReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override;
    std::optional<Measured> result(const std::string &name) const;

private:
    std::map<std::string, Measured> m_results;
};

// benchmark::Initialize + RunSpecifiedBenchmarks with the collector; returns false when the
// command line was not understood (the caller exits non-zero).
bool runBenchmarks(int &argc, char **argv, CollectingReporter &reporter);

} // namespace BackupDash::Bench
