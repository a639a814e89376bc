#include "models/tasktablemodel.h"

#include "models/formatting.h"

#include <QSet>
#include <algorithm>

namespace BackupDash {

namespace {

QString keyOf(const QString &sourceId, const QString &taskId)
{
    return sourceId + QChar(0x1f) + taskId;
}

// Which columns and roles a change between two versions of a task touches.
struct Change
{
    int firstColumn = TaskTableModel::ColumnCount;
    int lastColumn = -1;
    QSet<int> roles;

    void touch(int column, std::initializer_list<int> extraRoles = {})
    {
        firstColumn = std::min(firstColumn, column);
        lastColumn = std::max(lastColumn, column);
        roles.insert(Qt::DisplayRole);
        roles.insert(TaskTableModel::SortRole);
        roles.insert(Qt::ToolTipRole);
        for (int r : extraRoles)
            roles.insert(r);
    }
    bool any() const { return lastColumn >= 0; }
};

Change diff(const Task &a, const Task &b)
{
    Change c;
    if (a.name != b.name)
        c.touch(TaskTableModel::NameColumn);
    if (a.workload != b.workload)
        c.touch(TaskTableModel::WorkloadColumn);
    if (a.vendor != b.vendor)
        c.touch(TaskTableModel::VendorColumn, { TaskTableModel::VendorRole });
    if (a.status != b.status || a.vendorStatus != b.vendorStatus || a.enabled != b.enabled)
        c.touch(TaskTableModel::StatusColumn,
                { TaskTableModel::StatusRole, TaskTableModel::VendorStatusRole, TaskTableModel::EnabledRole });
    if (a.lastRun != b.lastRun)
        c.touch(TaskTableModel::LastRunColumn);
    if (a.lastRunSeconds != b.lastRunSeconds)
        c.touch(TaskTableModel::DurationColumn);
    if (a.lastSuccess != b.lastSuccess)
        c.touch(TaskTableModel::LastSuccessColumn);
    if (a.nextRun != b.nextRun)
        c.touch(TaskTableModel::NextRunColumn);
    if (a.schedule != b.schedule || a.sizeBytes != b.sizeBytes || a.progress != b.progress)
        c.touch(TaskTableModel::NameColumn); // only the tooltip shows these
    return c;
}

QList<int> sortedRoles(const QSet<int> &roles)
{
    QList<int> list(roles.begin(), roles.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_rows[size_t(index.row())];
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
        return m_marks.value(task.sourceId).stale;
    case EnabledRole:
        return task.enabled;
    case AsOfRole:
        return m_marks.value(task.sourceId).asOf;
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
        const QDateTime asOf = m_marks.value(task.sourceId).asOf;
        if (!asOf.isValid())
            return QStringLiteral("—");
        return formatAge(std::max<qint64>(0, asOf.secsTo(QDateTime::currentDateTimeUtc())));
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
        const QDateTime asOf = m_marks.value(task.sourceId).asOf;
        return asOf.isValid() ? QVariant(-asOf.toMSecsSinceEpoch()) : QVariant();
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
    const SourceMark mark = m_marks.value(task.sourceId);
    if (mark.stale)
        lines << tr("Stale: source %1 did not answer the last poll; data as of %2.")
                     .arg(task.sourceId, formatTimestamp(mark.asOf));
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

int TaskTableModel::rowOf(const QString &sourceId, const QString &taskId) const
{
    return m_rowByKey.value(keyOf(sourceId, taskId), -1);
}

void TaskTableModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(qsizetype(m_rows.size()));
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_rowByKey.insert(keyOf(m_rows[row].sourceId, m_rows[row].id), int(row));
}

void TaskTableModel::emitRowRuns(const std::vector<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    // One signal per contiguous run of rows; one for everything when most rows changed.
    if (rows.empty())
        return;
    if (rows.size() * 2 > m_rows.size()) {
        Q_EMIT dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn), roles);
        return;
    }
    size_t start = 0;
    for (size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
            Q_EMIT dataChanged(index(rows[start], firstColumn), index(rows[i - 1], lastColumn), roles);
            start = i;
        }
    }
}

void TaskTableModel::applySnapshot(const QString &sourceId, std::vector<Task> tasks, const QDateTime &asOf)
{
    QSet<QString> incoming;
    incoming.reserve(qsizetype(tasks.size()));
    for (const Task &t : tasks)
        incoming.insert(t.id);

    // 1. Removals, bottom-up, one signal per contiguous range.
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        const auto gone = [&](int r) {
            return m_rows[size_t(r)].sourceId == sourceId && !incoming.contains(m_rows[size_t(r)].id);
        };
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex();

    // 2. In-place updates, coalesced.
    std::vector<Task> added;
    std::vector<int> changedRows;
    Change changed;
    QSet<QString> seen;
    for (Task &task : tasks) {
        if (seen.contains(task.id))
            continue; // a vendor that lists one id twice gets one row, the first
        seen.insert(task.id);
        task.sourceId = sourceId;
        const auto it = m_rowByKey.constFind(keyOf(sourceId, task.id));
        if (it == m_rowByKey.cend()) {
            added.push_back(std::move(task));
            continue;
        }
        Task &current = m_rows[size_t(*it)];
        const Change c = diff(current, task);
        if (!c.any())
            continue;
        current = std::move(task);
        changedRows.push_back(*it);
        changed.firstColumn = std::min(changed.firstColumn, c.firstColumn);
        changed.lastColumn = std::max(changed.lastColumn, c.lastColumn);
        changed.roles.unite(c.roles);
    }
    std::sort(changedRows.begin(), changedRows.end());
    emitRowRuns(changedRows, changed.firstColumn, changed.lastColumn, sortedRoles(changed.roles));

    // 3. The poll time moves the data age of every remaining row of this source.
    SourceMark &mark = m_marks[sourceId];
    if (mark.asOf != asOf) {
        mark.asOf = asOf;
        std::vector<int> sourceRows;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].sourceId == sourceId)
                sourceRows.push_back(int(row));
        }
        emitRowRuns(sourceRows, DataAgeColumn, DataAgeColumn, { Qt::DisplayRole, SortRole, AsOfRole });
    }

    // 4. One batched insert for the new tasks.
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Task &task : added) {
            m_rowByKey.insert(keyOf(sourceId, task.id), int(m_rows.size()));
            m_rows.push_back(std::move(task));
        }
        endInsertRows();
    }
}

void TaskTableModel::setSourceStale(const QString &sourceId, bool stale)
{
    SourceMark &mark = m_marks[sourceId];
    if (mark.stale == stale)
        return;
    mark.stale = stale;
    std::vector<int> rows;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sourceId == sourceId)
            rows.push_back(int(row));
    }
    emitRowRuns(rows, 0, ColumnCount - 1, { Qt::ToolTipRole, StaleRole });
}

void TaskTableModel::removeSource(const QString &sourceId)
{
    applySnapshot(sourceId, {}, m_marks.value(sourceId).asOf);
    m_marks.remove(sourceId);
}

} // namespace BackupDash
