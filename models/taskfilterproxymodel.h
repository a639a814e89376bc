#pragma once

#include "models/status.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace BackupDash {

// Sorting and filtering for the task table: free text (name, source, vendor, workload, vendor status),
// a set of statuses, and one source. Sorting uses TaskTableModel::SortRole (raw values).
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(const QSet<Status> &statuses); // empty = all
    void setSourceFilter(const QString &sourceId); // empty = all
    void setVendorFilter(const QString &vendorId); // empty = all
    void setStaleOnly(bool staleOnly);

    QString searchText() const { return m_search; }
    QSet<Status> statusFilter() const { return m_statuses; }
    QString sourceFilter() const { return m_sourceId; }
    QString vendorFilter() const { return m_vendor; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QSet<Status> m_statuses;
    QString m_sourceId;
    QString m_vendor;
    bool m_staleOnly = false;
};

} // namespace BackupDash
