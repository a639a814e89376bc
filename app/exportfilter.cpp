#include "app/exportfilter.h"

#include <QCoreApplication>
#include <algorithm>

namespace BackupDash {

namespace {

// The messages' translation context, in a form lupdate reads.
struct ExportFilterMsg
{
    Q_DECLARE_TR_FUNCTIONS(ExportFilter)
};

QString knownStatusKeys()
{
    QStringList keys;
    for (int s = 0; s <= int(Status::Unknown); ++s)
        keys << statusKey(Status(s));
    return keys.join(QStringLiteral(", "));
}

} // namespace

Parsed<ExportFilter> exportFilterFrom(const QStringList &sourceIds, const QStringList &statusKeys,
                                      const std::vector<SourceConfig> &configured)
{
    ExportFilter filter;
    for (const QString &id : sourceIds) {
        const bool known =
            std::any_of(configured.begin(), configured.end(), [&id](const SourceConfig &c) { return c.id == id; });
        if (!known)
            return Parsed<ExportFilter>::fail(
                ExportFilterMsg::tr("--source: no source '%1' in the configuration").arg(id));
        if (!filter.sourceIds.contains(id))
            filter.sourceIds << id;
    }
    for (const QString &key : statusKeys) {
        const std::optional<Status> status = statusFromKey(key);
        if (!status)
            return Parsed<ExportFilter>::fail(
                ExportFilterMsg::tr("--status: unknown status '%1' (one of %2)").arg(key, knownStatusKeys()));
        if (!filter.statuses.contains(*status))
            filter.statuses << *status;
    }
    return Parsed<ExportFilter>::ok(filter);
}

std::vector<SourceConfig> filteredSources(const std::vector<SourceConfig> &configured, const ExportFilter &filter)
{
    if (filter.sourceIds.isEmpty())
        return configured;
    std::vector<SourceConfig> kept;
    std::copy_if(configured.begin(), configured.end(), std::back_inserter(kept),
                 [&filter](const SourceConfig &c) { return filter.sourceIds.contains(c.id); });
    return kept;
}

void keepStatuses(std::vector<SourceResult> &results, const ExportFilter &filter)
{
    if (filter.statuses.isEmpty())
        return;
    const auto dropped = [&filter](const auto &row) {
        return !filter.statuses.contains(row.status);
    };
    for (SourceResult &result : results) {
        if (!result.snapshot)
            continue;
        std::erase_if(result.snapshot->tasks, dropped);
        std::erase_if(result.snapshot->restores, dropped);
    }
}

} // namespace BackupDash
