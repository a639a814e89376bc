#include "models/restorefilterproxymodel.h"

#include "models/restoretablemodel.h"

#include <QDateTime>

namespace BackupDash {

RestoreFilterProxyModel::RestoreFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RestoreTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RestoreFilterProxyModel::setSourceFilter(const QString &sourceId)
{
    if (m_source == sourceId)
        return;
    m_source = sourceId;
    invalidateRowsFilter();
}

void RestoreFilterProxyModel::setStatusFilter(const QSet<Status> &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

bool RestoreFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_source.isEmpty() && index.data(RestoreTableModel::SourceIdRole).toString() != m_source)
        return false;
    return m_statuses.isEmpty() || m_statuses.contains(index.data(RestoreTableModel::StatusRole).value<Status>());
}

bool RestoreFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Absent values (not started, no progress) sort after every present one.
    const auto absent = [](const QVariant &v) {
        return !v.isValid() || (v.metaType() == QMetaType::fromType<QDateTime>() && !v.toDateTime().isValid());
    };
    if (absent(l) || absent(r))
        return !absent(l) && absent(r);
    if (l.metaType() == QMetaType::fromType<QString>())
        return QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace BackupDash
