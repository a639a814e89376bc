#pragma once

#include "app/snapshotexport.h"
#include "connectors/parsed.h"
#include "connectors/sourceconfig.h"
#include "models/status.h"

#include <QList>
#include <QStringList>
#include <vector>

namespace BackupDash {

// What `backupdash-cli snapshot|restores --source S --status X` keep: only those sources (all
// when none is named) and only tasks and restores in those normalized statuses (all when none).
struct ExportFilter
{
    QStringList sourceIds;
    QList<Status> statuses;
};

// The command line's values → a filter, or the first problem in words: a source the
// configuration does not have, a status the contract does not know. Pure.
Parsed<ExportFilter> exportFilterFrom(const QStringList &sourceIds, const QStringList &statusKeys,
                                      const std::vector<SourceConfig> &configured);

// The configured sources the filter names (in the configuration's order).
std::vector<SourceConfig> filteredSources(const std::vector<SourceConfig> &configured, const ExportFilter &filter);

// Drops every task and restore whose status the filter does not keep; sources stay listed.
void keepStatuses(std::vector<SourceResult> &results, const ExportFilter &filter);

} // namespace BackupDash
