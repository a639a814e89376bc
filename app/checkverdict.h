#pragma once

#include "app/snapshotexport.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace BackupDash {

// Nagios plugin states; the value is the exit code (Nagios plugin guidelines).
enum class CheckState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

struct CheckThresholds
{
    // No success within this many hours: WARNING / CRITICAL. Unset: each source's rpoHours
    // from the configuration makes a WARNING.
    std::optional<double> warningAgeHours;
    std::optional<double> criticalAgeHours;
};

// What `backupdash-cli check` says about one poll of the configured sources.
struct CheckVerdict
{
    CheckState state = CheckState::Unknown;
    QString text; // the words after "BACKUPDASH <STATE> - "
    QString perfdata; // counts per status, sources down, oldest success age

    QString statusLine() const; // "BACKUPDASH CRITICAL - … | …": the plugin's one line
};

// The rules (docs/monitoring.md says the same for the operator), the worst state wins in the
// order CRITICAL > UNKNOWN > WARNING > OK — a source that cannot be read hides the truth, so it
// outranks a known warning, but not a known failure:
// - CRITICAL: a task failed (per protected item for execution vendors, as "Needs attention"
//   judges it), or no success within --critical-age hours.
// - UNKNOWN: a source did not answer, refused the credentials or is not configured.
// - WARNING: a task warned, missed its run, or has no success within --warning-age hours (or,
//   without thresholds, within its source's rpoHours).
// Disabled tasks never count. Pure.
CheckVerdict checkVerdict(const std::vector<SourceResult> &results, const QHash<QString, double> &rpoHoursBySource,
                          const CheckThresholds &thresholds, const QDateTime &now);

// The plugin's own problems (bad arguments, unreadable configuration): UNKNOWN, in words.
CheckVerdict checkProblem(const QString &text);

QString checkStateText(CheckState state); // "OK", "WARNING", "CRITICAL", "UNKNOWN"

} // namespace BackupDash
