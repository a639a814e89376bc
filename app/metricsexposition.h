#pragma once

#include "app/pollhistogram.h"
#include "models/sourcesnapshot.h"
#include "models/sourcestate.h"

#include <QByteArray>
#include <QHash>
#include <vector>

namespace BackupDash {

// What /metrics shows, as values: the sources' states, their last good snapshots, the polls.
struct MetricsInput
{
    std::vector<SourceState> sources;
    QHash<QString, SharedSnapshot> snapshots; // last good one per source
    PollHistogram polls;
};

// The Prometheus text exposition format 0.0.4: per source up/stale, last good poll, tasks and
// restores per status; per task its last success; the poll-duration histogram and the polls'
// counters. docs/monitoring.md lists every family. Pure.
QByteArray metricsText(const MetricsInput &input);

// A label value escaped as the format wants: backslash, double quote and line feed.
QString escapeLabelValue(const QString &value);

} // namespace BackupDash
