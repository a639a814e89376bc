#include "models/restoretablemodel.h"

#include "models/formatting.h"

namespace BackupDash {

namespace {

// How long it ran: to its end, or so far while it runs.
std::optional<qint64> durationOf(const RestoreJob &job)
{
    const QDateTime start = job.startedAt.isValid() ? job.startedAt : job.createdAt;
    if (!start.isValid())
        return std::nullopt;
    const QDateTime end = job.endedAt.isValid() ? job.endedAt : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, start.secsTo(end));
}

} // namespace

RestoreTableModel::RestoreTableModel(QObject *parent)
    : KeyedRowsModel<RestoreJob>(parent)
{
}

int RestoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RowChange RestoreTableModel::diff(const RestoreJob &a, const RestoreJob &b) const
{
    RowChange c;
    if (a.target != b.target)
        c.touch(TargetColumn, SortRole);
    if (a.vendor != b.vendor)
        c.touch(VendorColumn, SortRole, { VendorRole });
    if (a.status != b.status || a.vendorStatus != b.vendorStatus)
        c.touch(StatusColumn, SortRole, { StatusRole, VendorStatusRole });
    if (a.progress != b.progress)
        c.touch(ProgressColumn, SortRole, { ProgressRole });
    if (a.startedAt != b.startedAt || a.createdAt != b.createdAt)
        c.touch(StartedColumn, SortRole);
    if (a.endedAt != b.endedAt)
        c.touch(EndedColumn, SortRole);
    if (a.startedAt != b.startedAt || a.createdAt != b.createdAt || a.endedAt != b.endedAt)
        c.touch(DurationColumn, SortRole);
    if (a.abortable != b.abortable)
        c.touch(AbortableColumn, SortRole, { AbortableRole });
    if (a.startedBy != b.startedBy || a.journalId != b.journalId)
        c.touch(StartedByColumn, SortRole, { JournalIdRole });
    if (a.note != b.note)
        c.touch(StatusColumn, SortRole);
    return c;
}

QVariant RestoreTableModel::displayData(const RestoreJob &job, int column) const
{
    switch (column) {
    case TargetColumn:
        return job.target.isEmpty() ? job.id : job.target;
    case SourceColumn:
        return job.sourceId;
    case VendorColumn:
        return vendorText(job.vendor);
    case StatusColumn:
        if (!job.note.isEmpty()) // a restore started here that the vendor does not list yet
            return job.note;
        if (job.status == Status::Unknown && !job.vendorStatus.isEmpty())
            return tr("Unknown (%1)").arg(job.vendorStatus);
        return statusText(job.status);
    case ProgressColumn:
        return job.progress ? QStringLiteral("%1 %").arg(*job.progress) : QStringLiteral("—");
    case StartedColumn:
        return formatTimestamp(job.startedAt.isValid() ? job.startedAt : job.createdAt);
    case EndedColumn:
        return job.endedAt.isValid() ? formatTimestamp(job.endedAt) : QStringLiteral("—");
    case DurationColumn: {
        const std::optional<qint64> seconds = durationOf(job);
        return seconds ? formatDuration(*seconds) : QStringLiteral("—");
    }
    case StartedByColumn:
        if (job.journalId.isEmpty())
            return QStringLiteral("—");
        return job.startedBy.isEmpty() ? tr("BackupDash") : job.startedBy;
    case AbortableColumn:
        return job.abortable ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant RestoreTableModel::sortData(const RestoreJob &job, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusSeverity(job.status);
    case ProgressColumn:
        return job.progress ? QVariant(*job.progress) : QVariant();
    case StartedColumn:
        return job.startedAt.isValid() ? job.startedAt : job.createdAt;
    case EndedColumn:
        return job.endedAt;
    case DurationColumn: {
        const std::optional<qint64> seconds = durationOf(job);
        return seconds ? QVariant(*seconds) : QVariant();
    }
    case AbortableColumn:
        return job.abortable ? 1 : 0;
    default:
        return displayData(job, column);
    }
}

QString RestoreTableModel::toolTip(const RestoreJob &job) const
{
    QStringList lines { tr("%1 on %2").arg(job.target.isEmpty() ? job.id : job.target, job.sourceId),
                        tr("Vendor status: %1").arg(job.vendorStatus.isEmpty() ? tr("(none)") : job.vendorStatus),
                        tr("Vendor job id: %1").arg(job.id) };
    if (!job.journalId.isEmpty())
        lines << tr("Started from BackupDash (journal %1)").arg(job.journalId);
    if (isStale(job.sourceId))
        lines << tr("Stale: %1 did not answer its last poll; shown as of %2")
                     .arg(job.sourceId, formatTimestamp(asOf(job.sourceId)));
    return lines.join(QLatin1Char('\n'));
}

QVariant RestoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RestoreJob &job = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        return toolTip(job);
    case StatusRole:
        return QVariant::fromValue(job.status);
    case VendorStatusRole:
        return job.vendorStatus;
    case SortRole:
        return sortData(job, index.column());
    case SourceIdRole:
        return job.sourceId;
    case RestoreIdRole:
        return job.id;
    case StaleRole:
        return isStale(job.sourceId);
    case ProgressRole:
        return job.progress ? QVariant(*job.progress) : QVariant();
    case AbortableRole:
        return job.abortable;
    case VendorRole:
        return job.vendor;
    case JournalIdRole:
        return job.journalId;
    default:
        return {};
    }
}

QVariant RestoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("What is restored");
    case SourceColumn:
        return tr("Source");
    case VendorColumn:
        return tr("Vendor");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case StartedByColumn:
        return tr("Started by");
    case AbortableColumn:
        return tr("Abortable");
    default:
        return {};
    }
}

} // namespace BackupDash
