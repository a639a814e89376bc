#pragma once

#include "models/status.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace BackupDash {

// The Restores tab's filters (source, statuses) and its sorting by raw values, newest first.
class RestoreFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreFilterProxyModel)

public:
    explicit RestoreFilterProxyModel(QObject *parent = nullptr);

    void setSourceFilter(const QString &sourceId); // empty = every source
    void setStatusFilter(const QSet<Status> &statuses); // empty = every status
    QString sourceFilter() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_source;
    QSet<Status> m_statuses;
};

} // namespace BackupDash
