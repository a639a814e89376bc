#pragma once

#include "models/sourcesnapshot.h"
#include "models/sourcestate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace BackupDash {

// One source's outcome for the export: its state, and its data when a poll delivered any.
struct SourceResult
{
    SourceState state;
    std::optional<SourceSnapshot> snapshot;
};

// The snapshot document exactly as the contract says (ARCHITECTURE.md "Snapshot export"):
// ISO 8601 UTC times with Z, null for absent values, ids as strings, windows unchanged. Pure.
QJsonObject snapshotJson(const std::vector<SourceResult> &results, const QDateTime &generatedAt);
// The tasks table as CSV (RFC 4180), one header line, absent values as empty fields.
QByteArray snapshotCsv(const std::vector<SourceResult> &results);
// Every source's restore jobs, as in the snapshot's "restores", and as CSV.
QJsonArray restoresJson(const std::vector<SourceResult> &results);
QByteArray restoresCsv(const std::vector<SourceResult> &results);

// The same rows from a list of tasks or restores (the GUI's export of what a tab shows): the
// objects and columns are those of the snapshot, so one reader handles both.
QJsonArray tasksJson(const std::vector<Task> &tasks);
QByteArray tasksCsv(const std::vector<Task> &tasks);
QJsonArray restoresJson(const std::vector<RestoreJob> &restores);
QByteArray restoresCsv(const std::vector<RestoreJob> &restores);

} // namespace BackupDash
