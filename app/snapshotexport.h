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

} // namespace BackupDash
