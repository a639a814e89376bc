#pragma once

#include "models/status.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <climits>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace BackupDash {

class KeyedRowsSignals;
class TaskTableModel;
struct Task;

// Sorting and filtering for the task table: free text (name, source, vendor, workload, vendor
// status), a set of statuses, one source, one vendor, stale only. Sorting uses
// TaskTableModel::SortRole (raw values, never display text), worst status first among equal
// severities by the newest activity.
//
// A flat proxy of its own rather than a QSortFilterProxyModel, for 100k rows: Qt 6.4's proxy moves
// each changed row of a sorted table on its own (O(rows) each, quadratic for a poll that changes
// many), and can only re-sort everything at once. Here one update of the source (a poll, between
// KeyedRowsSignals' updateStarted/updateFinished) is one layout change: the changed rows are taken
// out, sorted among themselves and merged back, O(rows + changed · log rows). Over a
// TaskTableModel the rows are compared and filtered on the tasks themselves, not through QVariants.
// Filter and sort changes are layout changes too (persistent indexes follow their rows; rows
// filtered out lose theirs), as QSortFilterProxyModel::invalidate() does.
//
// Many new source rows at once (a first 100k-task poll) are placed a batch per event-loop turn:
// placing them all in one go kept the window from repainting for a quarter of a second. The rows
// not placed yet are "pending": not shown, and placed with their values of the moment.
class TaskFilterProxyModel final : public QAbstractProxyModel
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
    // How many new source rows are placed per event-loop turn (at least 1).
    void setRowsPerTurn(int rows);
    int pendingRows() const { return int(m_pending.size()); } // new source rows not placed yet

    QString searchText() const { return m_search; }
    QSet<Status> statusFilter() const { return m_statuses; }
    QString sourceFilter() const { return m_sourceId; }
    QString vendorFilter() const { return m_vendor; }
    int sortColumn() const { return m_sortColumn; } // -1: source order
    Qt::SortOrder sortOrder() const { return m_order; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool acceptsTask(int sourceRow) const;
    // Strict order of two source rows in the current sort (ties by source row).
    bool before(int leftRow, int rightRow) const;
    bool lessThan(int leftRow, int rightRow) const; // the sort column's order
    // The sort column's value of a task as one number that compares as the SortRole values do (for
    // the columns it orders by number or time): sorting and merging compare integers, not
    // QDateTimes behind row pointers, which at 100k rows was most of a sort's time. One number,
    // not a pair: 8 B less per row.
    using SortKey = qint64;
    std::optional<SortKey> sortKey(const Task &task, int column) const;
    void computeKeys(int firstRow, int lastRow); // source rows; when the sort column has keys
    void computeAllKeys();
    bool sortDependsOn(int firstColumn, int lastColumn) const;
    bool filterDependsOn(int firstColumn, int lastColumn, const QList<int> &roles) const;

    // Filters and sorts every row anew: quietly, or as one layout change.
    void remap();
    void rebuild();
    void layoutChange(const std::function<void()> &change);
    void updateSourceToProxy();

    void beginUpdate();
    void endUpdate();
    void flush();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    // Shows `rows` (new source rows, not mapped yet) where the filter and order put them.
    void place(std::vector<int> rows);
    void placeNextBatch();
    void dropPending();

    static constexpr int Pending = -2; // m_sourceToProxy: a new row not placed yet

    QPointer<TaskTableModel> m_tasks; // the source, when it is the task model
    std::vector<QMetaObject::Connection> m_connections;
    std::vector<int> m_proxyToSource; // the rows shown, in order
    std::vector<int> m_sourceToProxy; // -1: filtered out; Pending
    std::vector<int> m_pending; // source rows to place in later turns
    QTimer m_placeTimer;
    int m_rowsPerTurn = 4096;
    int m_sortColumn = -1;
    bool m_keyed = false; // m_keys hold every source row's key for m_sortColumn
    std::vector<SortKey> m_keys;
    Qt::SortOrder m_order = Qt::AscendingOrder;

    // One source update's changed rows, applied at its end.
    int m_updateDepth = 0;
    std::vector<int> m_dirtyRows;
    std::vector<char> m_flushMoving; // flush()'s buffers, kept between updates
    std::vector<int> m_flushStaying;
    std::vector<char> m_flushState;
    std::vector<int> m_flushPositions;
    std::vector<int> m_flushRunEnd;
    int m_dirtyFirstColumn = INT_MAX;
    int m_dirtyLastColumn = -1;
    QSet<int> m_dirtyRoles;
    bool m_dirtyAllRoles = false;

    QString m_search;
    QSet<Status> m_statuses;
    QString m_sourceId;
    QString m_vendor;
    bool m_staleOnly = false;
};

} // namespace BackupDash
