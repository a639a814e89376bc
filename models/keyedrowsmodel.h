#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <algorithm>
#include <climits>
#include <vector>

namespace BackupDash {

// Which columns and roles a change between two versions of a row touches.
struct RowChange
{
    int firstColumn = INT_MAX;
    int lastColumn = -1;
    QSet<int> roles;

    // Marks `column` changed for the display, sort and tooltip roles plus `extraRoles`.
    void touch(int column, int sortRole, std::initializer_list<int> extraRoles = {})
    {
        firstColumn = std::min(firstColumn, column);
        lastColumn = std::max(lastColumn, column);
        roles.insert(Qt::DisplayRole);
        roles.insert(sortRole);
        roles.insert(Qt::ToolTipRole);
        for (int r : extraRoles)
            roles.insert(r);
    }
    bool any() const { return lastColumn >= 0; }
};

// What every keyed model says around one update (a poll's diff, a source turning stale): the
// signals in between belong together, so a sorting proxy re-sorts once per update instead of
// once per changed row (which is quadratic at 100k rows).
class KeyedRowsSignals : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedRowsSignals)

public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    void updateStarted();
    void updateFinished();
};

// A table of rows from several sources, each row keyed by (source id, row id). Every poll of a
// source is applied as a keyed diff: removals per contiguous range, coalesced dataChanged with
// the touched roles only, one batched insert; never a reset. `Row` has `sourceId` and `id`.
template<typename Row> class KeyedRowsModel : public KeyedRowsSignals
{
public:
    using KeyedRowsSignals::KeyedRowsSignals;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // Replaces the rows of one source with `rows` (all belonging to it), polled at `asOf`. Only
    // the rows that changed or are new are copied: the caller keeps its snapshot anyway, and a
    // copy of 100k rows (and freeing it) cost more than the diff itself.
    void applySnapshot(const QString &sourceId, const std::vector<Row> &rows, const QDateTime &asOf)
    {
        const UpdateScope update(*this);
        // 1. Where each incoming row is now (-1: new), by one lookup of its id in this source's
        // index; a vendor that lists one id twice gets one row, the first.
        std::vector<int> target(rows.size(), -1);
        std::vector<char> kept(m_rows.size(), 0);
        std::vector<char> repeated(rows.size(), 0);
        QSet<QString> newIds;
        if (const auto index = m_rowIndex.constFind(sourceId); index != m_rowIndex.cend()) {
            for (size_t i = 0; i < rows.size(); ++i) {
                const auto it = index->constFind(rows[i].id);
                if (it == index->cend())
                    continue;
                if (kept[size_t(*it)])
                    repeated[i] = 1;
                else
                    kept[size_t(*it)] = 1;
                target[i] = *it;
            }
        }

        // 2. Removals of this source's rows that did not come again, bottom-up, one signal per
        // contiguous range.
        std::vector<char> ofSource(m_rows.size(), 0);
        const QHash<QString, int> sourceRows = m_rowIndex.value(sourceId); // shared, never detached
        for (const int row : sourceRows)
            ofSource[size_t(row)] = 1;
        std::vector<int> shift(m_rows.size(), 0); // rows removed above each row
        bool removed = false;
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            const auto gone = [&](int r) {
                return ofSource[size_t(r)] && !kept[size_t(r)];
            };
            if (!gone(row)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && gone(first - 1))
                --first;
            this->beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            this->endRemoveRows();
            removed = true;
            row = first - 1;
        }
        if (removed) {
            int gone = 0;
            for (size_t row = 0; row < shift.size(); ++row) {
                shift[row] = gone;
                gone += (ofSource[row] && !kept[row]) ? 1 : 0;
            }
            for (int &t : target) {
                if (t >= 0)
                    t -= shift[size_t(t)];
            }
            rebuildIndex();
        }

        // 3. In-place updates, coalesced.
        std::vector<Row> added;
        std::vector<int> changedRows;
        RowChange changed;
        for (size_t i = 0; i < rows.size(); ++i) {
            const Row &row = rows[i];
            if (repeated[i])
                continue;
            if (target[i] < 0) {
                if (newIds.contains(row.id))
                    continue;
                newIds.insert(row.id);
                added.push_back(row);
                added.back().sourceId = sourceId;
                continue;
            }
            Row &current = m_rows[size_t(target[i])];
            const RowChange c = diff(current, row); // the source id is not compared: it is ours
            if (!c.any())
                continue;
            current = row;
            current.sourceId = sourceId;
            changedRows.push_back(target[i]);
            changed.firstColumn = std::min(changed.firstColumn, c.firstColumn);
            changed.lastColumn = std::max(changed.lastColumn, c.lastColumn);
            changed.roles.unite(c.roles);
        }
        std::sort(changedRows.begin(), changedRows.end());
        QList<int> roles(changed.roles.begin(), changed.roles.end());
        std::sort(roles.begin(), roles.end());
        emitRowRuns(changedRows, changed.firstColumn, changed.lastColumn, roles);

        // 4. The poll time moves what depends on it (the data age) in every row of this source.
        SourceMark &mark = m_marks[sourceId];
        if (mark.asOf != asOf) {
            mark.asOf = asOf;
            if (const int column = asOfColumn(); column >= 0)
                emitRowRuns(rowsOf(sourceId), column, column, asOfRoles());
        }

        // 5. One batched insert for the new rows.
        if (!added.empty()) {
            const int first = int(m_rows.size());
            this->beginInsertRows({}, first, first + int(added.size()) - 1);
            QHash<QString, int> &index = m_rowIndex[sourceId];
            index.reserve(index.size() + qsizetype(added.size()));
            for (Row &row : added) {
                index.insert(row.id, int(m_rows.size()));
                m_rows.push_back(std::move(row));
            }
            this->endInsertRows();
        }
    }

    // Marks (or unmarks) every row of a source as stale; the rows themselves are kept.
    void setSourceStale(const QString &sourceId, bool stale)
    {
        SourceMark &mark = m_marks[sourceId];
        if (mark.stale == stale)
            return;
        mark.stale = stale;
        const UpdateScope update(*this);
        emitRowRuns(rowsOf(sourceId), 0, this->columnCount() - 1, staleRoles());
    }

    void removeSource(const QString &sourceId)
    {
        applySnapshot(sourceId, std::vector<Row> {}, m_marks.value(sourceId).asOf);
        m_marks.remove(sourceId);
    }

    const Row &rowAt(int row) const { return m_rows[size_t(row)]; }
    const std::vector<Row> &rows() const { return m_rows; } // in model order
    int rowOf(const QString &sourceId, const QString &id) const
    {
        const auto index = m_rowIndex.constFind(sourceId);
        return index == m_rowIndex.cend() ? -1 : index->value(id, -1);
    }
    bool isStale(const QString &sourceId) const { return m_marks.value(sourceId).stale; }
    QDateTime asOf(const QString &sourceId) const { return m_marks.value(sourceId).asOf; }

protected:
    // What changed between two versions of a row, as columns and roles.
    virtual RowChange diff(const Row &before, const Row &after) const = 0;
    // The column whose value follows the poll time (-1: none), and the roles it changes.
    virtual int asOfColumn() const { return -1; }
    virtual QList<int> asOfRoles() const { return { Qt::DisplayRole }; }
    // The roles a source turning stale (or current again) changes on each of its rows.
    virtual QList<int> staleRoles() const { return { Qt::ToolTipRole }; }

    std::vector<Row> m_rows;

private:
    // updateStarted() … updateFinished() around one update.
    class UpdateScope
    {
    public:
        explicit UpdateScope(KeyedRowsSignals &model)
            : m_model(model)
        {
            Q_EMIT m_model.updateStarted();
        }
        ~UpdateScope() { Q_EMIT m_model.updateFinished(); }
        Q_DISABLE_COPY_MOVE(UpdateScope)

    private:
        KeyedRowsSignals &m_model;
    };

    struct SourceMark
    {
        bool stale = false;
        QDateTime asOf;
    };

    std::vector<int> rowsOf(const QString &sourceId) const
    {
        const QHash<QString, int> index = m_rowIndex.value(sourceId);
        std::vector<int> rows(index.cbegin(), index.cend());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    void rebuildIndex()
    {
        m_rowIndex.clear();
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_rowIndex[m_rows[row].sourceId].insert(m_rows[row].id, int(row));
    }

    // One signal per contiguous run of rows; one for everything when most rows changed.
    void emitRowRuns(const std::vector<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles)
    {
        if (rows.empty())
            return;
        if (rows.size() * 2 > m_rows.size()) {
            Q_EMIT this->dataChanged(this->index(0, firstColumn), this->index(rowCount() - 1, lastColumn), roles);
            return;
        }
        size_t start = 0;
        for (size_t i = 1; i <= rows.size(); ++i) {
            if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
                Q_EMIT this->dataChanged(this->index(rows[start], firstColumn), this->index(rows[i - 1], lastColumn),
                                         roles);
                start = i;
            }
        }
    }

    // Per source: row id → row. No composite key strings: at 100k rows they cost ~110 B each.
    QHash<QString, QHash<QString, int>> m_rowIndex;
    QHash<QString, SourceMark> m_marks;
};

} // namespace BackupDash
