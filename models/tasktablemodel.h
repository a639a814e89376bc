#pragma once

#include "models/keyedrowsmodel.h"
#include "models/task.h"

namespace BackupDash {

// Backup tasks of every source. Each poll is applied as a keyed diff (source id + task id):
// removals in ranges, coalesced dataChanged with role lists, one batched insert. A poll never
// resets the model. Source health marks rows (stale) without touching their status.
class TaskTableModel final : public KeyedRowsModel<Task>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column {
        NameColumn,
        SourceColumn,
        VendorColumn,
        WorkloadColumn,
        StatusColumn,
        LastRunColumn,
        DurationColumn,
        LastSuccessColumn,
        NextRunColumn,
        DataAgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // BackupDash::Status
        VendorStatusRole, // raw vendor value
        SortRole, // raw value per column: QDateTime, qint64 or int, never display text
        SourceIdRole,
        TaskIdRole,
        StaleRole, // bool: the source's data is not current
        EnabledRole,
        AsOfRole, // QDateTime (UTC) of the poll the row comes from
        VendorRole, // the contract's vendor id
    };
    Q_ENUM(Role)

    explicit TaskTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // applySnapshot, setSourceStale (statuses are kept), removeSource, rowOf: KeyedRowsModel.
    const Task &taskAt(int row) const { return rowAt(row); }

protected:
    RowChange diff(const Task &before, const Task &after) const override;
    int asOfColumn() const override { return DataAgeColumn; }
    QList<int> asOfRoles() const override { return { Qt::DisplayRole, SortRole, AsOfRole }; }
    QList<int> staleRoles() const override { return { Qt::ToolTipRole, StaleRole }; }

private:
    QVariant displayData(const Task &task, int column) const;
    QVariant sortData(const Task &task, int column) const;
    QString toolTip(const Task &task) const;
};

} // namespace BackupDash
