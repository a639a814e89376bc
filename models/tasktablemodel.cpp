#include "models/tasktablemodel.h"

#include "models/formatting.h"

#include <QSet>
#include <algorithm>

namespace BackupDash {

TaskTableModel::TaskTableModel(QObject *parent)
    : KeyedRowsModel<Task>(parent)
{
}

RowChange TaskTableModel::diff(const Task &a, const Task &b) const
{
    RowChange c;
    if (a.name != b.name)
        c.touch(NameColumn, SortRole);
    if (a.workload != b.workload)
        c.touch(WorkloadColumn, SortRole);
    if (a.vendor != b.vendor)
        c.touch(VendorColumn, SortRole, { VendorRole });
    if (a.status != b.status || a.vendorStatus != b.vendorStatus || a.enabled != b.enabled)
        c.touch(StatusColumn, SortRole, { StatusRole, VendorStatusRole, EnabledRole });
    if (a.lastRun != b.lastRun)
        c.touch(LastRunColumn, SortRole);
    if (a.lastRunSeconds != b.lastRunSeconds)
        c.touch(DurationColumn, SortRole);
    if (a.lastSuccess != b.lastSuccess)
        c.touch(LastSuccessColumn, SortRole);
    if (a.nextRun != b.nextRun)
        c.touch(NextRunColumn, SortRole);
    if (a.schedule != b.schedule || a.sizeBytes != b.sizeBytes || a.progress != b.progress)
        c.touch(NameColumn, SortRole); // only the tooltip shows these
    return c;
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, index.column());
    case Qt::ToolTipRole:
        return toolTip(task);
    case StatusRole:
        return QVariant::fromValue(task.status);
    case VendorStatusRole:
        return task.vendorStatus;
    case SortRole:
        return sortData(task, index.column());
    case SourceIdRole:
        return task.sourceId;
    case TaskIdRole:
        return task.id;
    case StaleRole:
        return isStale(task.sourceId);
    case EnabledRole:
        return task.enabled;
    case AsOfRole:
        return asOf(task.sourceId);
    case VendorRole:
        return task.vendor;
    default:
        return {};
    }
}

QVariant TaskTableModel::displayData(const Task &task, int column) const
{
    switch (column) {
    case NameColumn:
        return task.name;
    case SourceColumn:
        return task.sourceId;
    case VendorColumn:
        return vendorText(task.vendor);
    case WorkloadColumn:
        return workloadText(task.workload);
    case StatusColumn:
        if (!task.enabled && !task.vendorStatus.isEmpty())
            return tr("%1 (disabled; last: %2)").arg(statusText(task.status), task.vendorStatus);
        if (task.status == Status::Unknown && !task.vendorStatus.isEmpty())
            return tr("Unknown (%1)").arg(task.vendorStatus);
        return statusText(task.status);
    case LastRunColumn:
        return formatTimestamp(task.lastRun);
    case DurationColumn:
        return task.lastRunSeconds ? formatDuration(*task.lastRunSeconds) : QStringLiteral("—");
    case LastSuccessColumn:
        if (task.lastSuccess.isValid())
            return formatTimestamp(task.lastSuccess);
        // A Clumio or Acronis row is one execution: it has no history in which to have succeeded.
        return vendorRowsAreRuns(task.vendor) ? QStringLiteral("—") : tr("never");
    case NextRunColumn:
        if (!task.enabled)
            return tr("not scheduled");
        return formatTimestamp(task.nextRun);
    case DataAgeColumn: {
        const QDateTime polled = asOf(task.sourceId);
        if (!polled.isValid())
            return QStringLiteral("—");
        return formatAge(std::max<qint64>(0, polled.secsTo(QDateTime::currentDateTimeUtc())));
    }
    default:
        return {};
    }
}

QVariant TaskTableModel::sortData(const Task &task, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusSeverity(task.status);
    case LastRunColumn:
        return task.lastRun;
    case DurationColumn:
        return task.lastRunSeconds ? QVariant(*task.lastRunSeconds) : QVariant();
    case LastSuccessColumn:
        return task.lastSuccess;
    case NextRunColumn:
        return task.enabled ? task.nextRun : QDateTime();
    case DataAgeColumn: {
        // Older data sorts as larger age.
        const QDateTime polled = asOf(task.sourceId);
        return polled.isValid() ? QVariant(-polled.toMSecsSinceEpoch()) : QVariant();
    }
    default: // text columns sort by their text
        return displayData(task, column);
    }
}

QString TaskTableModel::toolTip(const Task &task) const
{
    QStringList lines;
    lines << task.name;
    lines << tr("Status: %1 (vendor: %2)")
                 .arg(statusText(task.status), task.vendorStatus.isEmpty() ? tr("none") : task.vendorStatus);
    if (!task.enabled)
        lines << tr("The job is disabled at the vendor.");
    if (!task.schedule.isEmpty())
        lines << tr("Schedule: %1").arg(task.schedule);
    if (task.progress)
        lines << tr("Progress: %1 %").arg(*task.progress);
    if (isStale(task.sourceId))
        lines << tr("Stale: source %1 did not answer the last poll; data as of %2.")
                     .arg(task.sourceId, formatTimestamp(asOf(task.sourceId)));
    return lines.join(QLatin1Char('\n'));
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case VendorColumn:
        return tr("Vendor");
    case WorkloadColumn:
        return tr("Workload");
    case StatusColumn:
        return tr("Status");
    case LastRunColumn:
        return tr("Last run");
    case DurationColumn:
        return tr("Duration");
    case LastSuccessColumn:
        return tr("Last success");
    case NextRunColumn:
        return tr("Next run");
    case DataAgeColumn:
        return tr("Data age");
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(VendorStatusRole, "vendorStatus");
    names.insert(SortRole, "sort");
    names.insert(SourceIdRole, "sourceId");
    names.insert(TaskIdRole, "taskId");
    names.insert(StaleRole, "stale");
    names.insert(EnabledRole, "enabled");
    names.insert(AsOfRole, "asOf");
    names.insert(VendorRole, "vendor");
    return names;
}

} // namespace BackupDash
