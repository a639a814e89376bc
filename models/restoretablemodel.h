#pragma once

#include "models/keyedrowsmodel.h"
#include "models/restorejob.h"

namespace BackupDash {

// Restore jobs of every source in one table (VB365 restore sessions, Clumio restore tasks,
// Acronis restore tasks, CloudAlly restore jobs), applied per poll as a keyed diff.
class RestoreTableModel final : public KeyedRowsModel<RestoreJob>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreTableModel)

public:
    enum Column {
        TargetColumn,
        SourceColumn,
        VendorColumn,
        StatusColumn,
        ProgressColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        StartedByColumn,
        AbortableColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // BackupDash::Status
        VendorStatusRole,
        SortRole, // raw values: QDateTime, int, never display text
        SourceIdRole,
        RestoreIdRole,
        StaleRole,
        ProgressRole, // int 0–100, or invalid when the vendor gives none
        AbortableRole,
        VendorRole,
        JournalIdRole, // set for restores started from BackupDash
    };
    Q_ENUM(Role)

    explicit RestoreTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RestoreJob &restoreAt(int row) const { return rowAt(row); }

protected:
    RowChange diff(const RestoreJob &before, const RestoreJob &after) const override;
    QList<int> staleRoles() const override { return { Qt::ToolTipRole, StaleRole }; }

private:
    QVariant displayData(const RestoreJob &job, int column) const;
    QVariant sortData(const RestoreJob &job, int column) const;
    QString toolTip(const RestoreJob &job) const;
};

} // namespace BackupDash
