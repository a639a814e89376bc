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

// A table of rows from several sources, each row keyed by (source id, row id). Every poll of a
// source is applied as a keyed diff: removals per contiguous range, coalesced dataChanged with
// the touched roles only, one batched insert; never a reset. `Row` has `sourceId` and `id`.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // Replaces the rows of one source with `rows` (all belonging to it), polled at `asOf`.
    void applySnapshot(const QString &sourceId, std::vector<Row> rows, const QDateTime &asOf)
    {
        QSet<QString> incoming;
        incoming.reserve(qsizetype(rows.size()));
        for (const Row &r : rows)
            incoming.insert(r.id);

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
            this->beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            this->endRemoveRows();
            removed = true;
            row = first - 1;
        }
        if (removed)
            rebuildIndex();

        // 2. In-place updates, coalesced.
        std::vector<Row> added;
        std::vector<int> changedRows;
        RowChange changed;
        QSet<QString> seen;
        for (Row &row : rows) {
            if (seen.contains(row.id))
                continue; // a vendor that lists one id twice gets one row, the first
            seen.insert(row.id);
            row.sourceId = sourceId;
            const auto it = m_rowByKey.constFind(keyOf(sourceId, row.id));
            if (it == m_rowByKey.cend()) {
                added.push_back(std::move(row));
                continue;
            }
            Row &current = m_rows[size_t(*it)];
            const RowChange c = diff(current, row);
            if (!c.any())
                continue;
            current = std::move(row);
            changedRows.push_back(*it);
            changed.firstColumn = std::min(changed.firstColumn, c.firstColumn);
            changed.lastColumn = std::max(changed.lastColumn, c.lastColumn);
            changed.roles.unite(c.roles);
        }
        std::sort(changedRows.begin(), changedRows.end());
        QList<int> roles(changed.roles.begin(), changed.roles.end());
        std::sort(roles.begin(), roles.end());
        emitRowRuns(changedRows, changed.firstColumn, changed.lastColumn, roles);

        // 3. The poll time moves what depends on it (the data age) in every row of this source.
        SourceMark &mark = m_marks[sourceId];
        if (mark.asOf != asOf) {
            mark.asOf = asOf;
            if (const int column = asOfColumn(); column >= 0)
                emitRowRuns(rowsOf(sourceId), column, column, asOfRoles());
        }

        // 4. One batched insert for the new rows.
        if (!added.empty()) {
            const int first = int(m_rows.size());
            this->beginInsertRows({}, first, first + int(added.size()) - 1);
            for (Row &row : added) {
                m_rowByKey.insert(keyOf(sourceId, row.id), int(m_rows.size()));
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
        emitRowRuns(rowsOf(sourceId), 0, this->columnCount() - 1, staleRoles());
    }

    void removeSource(const QString &sourceId)
    {
        applySnapshot(sourceId, {}, m_marks.value(sourceId).asOf);
        m_marks.remove(sourceId);
    }

    const Row &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &sourceId, const QString &id) const { return m_rowByKey.value(keyOf(sourceId, id), -1); }
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
    struct SourceMark
    {
        bool stale = false;
        QDateTime asOf;
    };

    static QString keyOf(const QString &sourceId, const QString &id) { return sourceId + QChar(0x1f) + id; }

    std::vector<int> rowsOf(const QString &sourceId) const
    {
        std::vector<int> rows;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].sourceId == sourceId)
                rows.push_back(int(row));
        }
        return rows;
    }

    void rebuildIndex()
    {
        m_rowByKey.clear();
        m_rowByKey.reserve(qsizetype(m_rows.size()));
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(keyOf(m_rows[row].sourceId, m_rows[row].id), int(row));
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

    QHash<QString, int> m_rowByKey; // key(sourceId, id) → row
    QHash<QString, SourceMark> m_marks;
};

} // namespace BackupDash
