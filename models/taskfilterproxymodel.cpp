#include "models/taskfilterproxymodel.h"

#include "models/tasktablemodel.h"

#include <QDateTime>

namespace BackupDash {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setStatusFilter(const QSet<Status> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setSourceFilter(const QString &sourceId)
{
    if (sourceId == m_sourceId)
        return;
    m_sourceId = sourceId;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setVendorFilter(const QString &vendorId)
{
    if (vendorId == m_vendor)
        return;
    m_vendor = vendorId;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    invalidateRowsFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_sourceId.isEmpty() && first.data(TaskTableModel::SourceIdRole).toString() != m_sourceId)
        return false;
    if (!m_vendor.isEmpty() && first.data(TaskTableModel::VendorRole).toString() != m_vendor)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(first.data(TaskTableModel::StatusRole).value<Status>()))
        return false;
    if (m_staleOnly && !first.data(TaskTableModel::StaleRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : { TaskTableModel::NameColumn, TaskTableModel::SourceColumn, TaskTableModel::VendorColumn,
                        TaskTableModel::WorkloadColumn, TaskTableModel::StatusColumn }) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return first.data(TaskTableModel::VendorStatusRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Absent values (never ran, no next run) sort after every present one, in both directions' base order.
    const bool lNull = !l.isValid() || (l.metaType() == QMetaType::fromType<QDateTime>() && !l.toDateTime().isValid());
    const bool rNull = !r.isValid() || (r.metaType() == QMetaType::fromType<QDateTime>() && !r.toDateTime().isValid());
    if (lNull || rNull)
        return !lNull && rNull;
    if (l.metaType() == QMetaType::fromType<QString>())
        return QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded()) < 0;
    // Among equal statuses the most recent activity leads (worst first, then newest), whatever
    // order the sources' polls arrived in. A vendor that gives no run time (CloudAlly) is
    // placed by its last success: a failure came after it.
    if (left.column() == TaskTableModel::StatusColumn && l == r) {
        const auto latest = [this](const QModelIndex &index) {
            const QDateTime run = index.siblingAtColumn(TaskTableModel::LastRunColumn).data(sortRole()).toDateTime();
            return run.isValid()
                ? run
                : index.siblingAtColumn(TaskTableModel::LastSuccessColumn).data(sortRole()).toDateTime();
        };
        const QDateTime lTime = latest(left);
        const QDateTime rTime = latest(right);
        if (lTime.isValid() != rTime.isValid())
            return !lTime.isValid(); // a task that never ran goes after those that did
        return lTime < rTime;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace BackupDash
