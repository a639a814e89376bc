#pragma once

#include "models/task.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <vector>

namespace BackupDash {

// Backup tasks of every source. Each poll is applied as a keyed diff (source id + task id):
// removals in ranges, coalesced dataChanged with role lists, one batched insert. A poll never
// resets the model. Source health marks rows (stale) without touching their status.
class TaskTableModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the tasks of one source with `tasks` (all belonging to it), polled at `asOf`.
    void applySnapshot(const QString &sourceId, std::vector<Task> tasks, const QDateTime &asOf);
    // Marks (or unmarks) every row of a source as stale; statuses are kept.
    void setSourceStale(const QString &sourceId, bool stale);
    void removeSource(const QString &sourceId);

    const Task &taskAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &sourceId, const QString &taskId) const;

private:
    struct SourceMark
    {
        bool stale = false;
        QDateTime asOf;
    };

    QVariant displayData(const Task &task, int column) const;
    QVariant sortData(const Task &task, int column) const;
    QString toolTip(const Task &task) const;
    void rebuildIndex();
    void emitRowRuns(const std::vector<int> &sortedRows, int firstColumn, int lastColumn, const QList<int> &roles);

    std::vector<Task> m_rows;
    QHash<QString, int> m_rowByKey; // key(sourceId, taskId) → row
    QHash<QString, SourceMark> m_marks;
};

} // namespace BackupDash
