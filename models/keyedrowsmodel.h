#pragma once

#include "models/idindex.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <memory>
#include <utility>
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

// What the worker learned about a snapshot's rows against the previous one (compareWithBasis):
// `sameAsBasis[i]` is the index of the identical row in the snapshot numbered `basisSerial`, or
// -1. Used only when that snapshot is exactly what the model last applied for the source.
// `firstWithId[i]`, for a snapshot without a basis, is the position of the first row with row i's
// id: the rows' repeated ids, found on the worker.
struct RowReuse
{
    quint64 serial = 0;
    quint64 basisSerial = 0;
    const std::vector<int> *sameAsBasis = nullptr;
    const std::vector<int> *firstWithId = nullptr;
};

// What every keyed model says around one update (a poll's diff, a source turning stale): the
// signals in between belong together, so a sorting proxy re-sorts once per update instead of
// once per changed row (which is quadratic at 100k rows).
class KeyedRowsSignals : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedRowsSignals)

public:
    explicit KeyedRowsSignals(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
        m_indexTimer.setSingleShot(true);
        m_indexTimer.setInterval(0);
        connect(&m_indexTimer, &QTimer::timeout, this, [this] { indexSome(); });
    }

Q_SIGNALS:
    void updateStarted();
    void updateFinished();

protected:
    virtual void indexSome() = 0;
    QTimer m_indexTimer; // indexes a first poll's ids a chunk per event-loop turn
};

// A table of rows from several sources, each row keyed by (source id, row id). Every poll of a
// source is applied as a keyed diff: removals per contiguous range, coalesced dataChanged with
// the touched roles only, one batched insert; never a reset. `Row` has `sourceId` and `id`.
template<typename Row> class KeyedRowsModel : public KeyedRowsSignals
{
public:
    using KeyedRowsSignals::KeyedRowsSignals;

    // How many ids of a first poll are indexed per event-loop turn; a first poll of at most this
    // many rows is indexed at once.
    void setIndexChunk(size_t rows) { m_indexChunk = std::max<size_t>(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // The rows of one source as the model holds them: a snapshot's own vector, shared, never copied.
    using SharedRows = std::shared_ptr<const std::vector<Row>>;

    // Replaces the rows of one source with `rows` (a copy: tests, small tables built here), whose
    // source id becomes `sourceId`.
    void applySnapshot(const QString &sourceId, std::vector<Row> rows, const QDateTime &asOf,
                       const RowReuse &reuse = {})
    {
        for (Row &row : rows)
            row.sourceId = sourceId;
        applyShared(sourceId, std::make_shared<const std::vector<Row>>(std::move(rows)), asOf, reuse);
    }

    // Replaces the rows of one source with `shared` (every row's sourceId is `sourceId`), polled at
    // `asOf`. The model points into that vector and keeps it alive until the source's next update:
    // holding a copy of each row had cost 272 B per task and most of a first 100k-row poll's time.
    void applyShared(const QString &sourceId, SharedRows shared, const QDateTime &asOf, const RowReuse &reuse = {})
    {
        Q_ASSERT(shared);
        const std::vector<Row> &rows = *shared;
        Q_ASSERT(std::all_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.sourceId == sourceId; }));
        ensureIndexed(sourceId);
        SharedRows previous; // let go after updateFinished(), whose receivers may still read rows
        const UpdateScope update(*this);
        // 1. Where each incoming row is now (-1: new). Vendors list their rows in the same order
        // poll after poll, so the row the same position had last time is tried first: one string
        // comparison instead of a hash lookup (at 100k rows the lookups were 40 % of the apply).
        // A vendor that lists one id twice gets one row, the first.
        // The per-row vectors are the model's own, kept between polls: fresh 100k-row buffers on
        // every poll cost more in the allocator and page faults than the work done in them.
        std::vector<int> target = std::move(m_scratch.order);
        target.assign(rows.size(), -1);
        std::vector<char> &kept = m_scratch.kept;
        kept.assign(m_rows.size(), 0);
        std::vector<char> &repeated = m_scratch.repeated;
        repeated.assign(rows.size(), 0);
        qsizetype keptCount = 0;
        std::vector<int> lastOrder = m_lastOrder.take(sourceId);
        // Rows the worker found identical to the last applied snapshot's: their row is known and
        // nothing in them is read (only when that snapshot had no repeated ids, so that each of its
        // positions is exactly one row here).
        const quint64 applied = m_appliedSerial.take(sourceId);
        const std::vector<int> *same = reuse.basisSerial != 0 && reuse.basisSerial == applied && reuse.sameAsBasis
                && reuse.sameAsBasis->size() == rows.size()
            ? reuse.sameAsBasis
            : nullptr;
        std::vector<char> &unchanged = m_scratch.unchanged;
        unchanged.assign(same ? rows.size() : 0, 0);
        bool anyRepeated = false;
        if (const auto index = m_rowIndex.constFind(sourceId); index != m_rowIndex.cend()) {
            for (size_t i = 0; i < rows.size(); ++i) {
                int found = -1;
                if (same && (*same)[i] >= 0 && size_t((*same)[i]) < lastOrder.size()
                    && lastOrder[size_t((*same)[i])] >= 0) {
                    found = lastOrder[size_t((*same)[i])];
                    unchanged[i] = 1;
                } else if (i < lastOrder.size() && isRowOf(lastOrder[i], sourceId, rows[i].id)) {
                    found = lastOrder[i];
                } else {
                    found = index->find(rows[i].id, rowIdOf());
                    if (found < 0)
                        continue;
                }
                if (kept[size_t(found)]) {
                    repeated[i] = 1;
                    anyRepeated = true;
                } else {
                    kept[size_t(found)] = 1;
                    ++keptCount;
                }
                target[i] = found;
            }
        }

        // 2. Removals of this source's rows that did not come again, bottom-up, one signal per
        // contiguous range. Nothing to look for when every row of the source came again.
        std::vector<char> &ofSource = m_scratch.ofSource;
        ofSource.clear();
        if (const auto sourceRows = m_rowIndex.constFind(sourceId);
            sourceRows != m_rowIndex.cend() && keptCount < sourceRows->size()) {
            ofSource.assign(m_rows.size(), 0);
            sourceRows->forEachRow([&ofSource](int row) { ofSource[size_t(row)] = 1; });
        }
        const auto gone = [&](int r) {
            return !ofSource.empty() && ofSource[size_t(r)] && !kept[size_t(r)];
        };
        bool removed = false;
        for (int row = ofSource.empty() ? -1 : int(m_rows.size()) - 1; row >= 0;) {
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
            std::vector<int> shift(ofSource.size(), 0); // rows removed above each row
            int goneAbove = 0;
            for (size_t row = 0; row < shift.size(); ++row) {
                shift[row] = goneAbove;
                goneAbove += (ofSource[row] && !kept[row]) ? 1 : 0;
            }
            for (int &t : target) {
                if (t >= 0)
                    t -= shift[size_t(t)];
            }
            rebuildIndex();
            m_lastOrder.clear(); // every source's rows below moved
            m_appliedSerial.clear();
        }

        // 3. In-place updates, coalesced. Every row that stays points into the new vector from
        // now on (the old one is let go below); the worker's marks spare the comparison.
        std::vector<const Row *> added;
        // Reserved up front: growing by doubling copied the first poll's 100k rows several times.
        added.reserve(size_t(std::count(target.cbegin(), target.cend(), -1)));
        // The new rows' ids and the rows they will have: one hash insert per new row (on a first
        // poll this becomes the source's index as it is). When every row is new and the worker
        // found the repeated ids, no hash at all: the index is built in later event-loop turns.
        const bool deferIndex = keptCount == 0 && reuse.firstWithId && reuse.firstWithId->size() == rows.size()
            && rows.size() > m_indexChunk && indexedRows(sourceId) == 0;
        const int firstNew = int(m_rows.size());
        IdIndex newIndex; // of the rows in `added`
        const auto addedIdOf = [&added, firstNew](int row) -> const QString & {
            return added[size_t(row - firstNew)]->id;
        };
        if (!deferIndex)
            newIndex.reserve(added.capacity());
        std::vector<int> changedRows;
        RowChange changed;
        for (size_t i = 0; i < rows.size(); ++i) {
            const Row &row = rows[i];
            if (repeated[i])
                continue;
            if (target[i] < 0 && deferIndex) {
                if (const int first = (*reuse.firstWithId)[i]; first != int(i)) {
                    anyRepeated = true;
                    target[i] = target[size_t(first)];
                    continue;
                }
                target[i] = firstNew + int(added.size());
                added.push_back(&row);
                continue;
            }
            if (target[i] < 0) {
                const int planned = firstNew + int(added.size());
                if (const int listed = newIndex.insert(row.id, planned, addedIdOf); listed >= 0) {
                    anyRepeated = true; // an id this poll listed before: that row
                    target[i] = listed;
                    continue;
                }
                target[i] = planned;
                added.push_back(&row);
                continue;
            }
            const Row *&current = m_rows[size_t(target[i])];
            if (!unchanged.empty() && unchanged[i]) {
                current = &row;
                continue;
            }
            const RowChange c = diff(*current, row);
            current = &row;
            if (!c.any())
                continue;
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
            if (const size_t needed = m_rows.size() + added.size(); needed > m_rows.capacity())
                m_rows.reserve(std::max(needed, 2 * m_rows.capacity())); // still geometric for small additions
            m_rows.insert(m_rows.end(), added.cbegin(), added.cend());
            IdIndex &index = m_rowIndex[sourceId]; // reads the ids of its rows in m_rows
            if (index.isEmpty()) {
                index = std::move(newIndex);
            } else {
                index.reserve(size_t(index.size() + newIndex.size()));
                newIndex.forEachRow([&](int row) { index.insert(m_rows[size_t(row)]->id, row, rowIdOf()); });
            }
            this->endInsertRows();
        }

        // Where each incoming row is now, for the next poll's first guess.
        if (!rows.empty()) {
            m_lastOrder[sourceId] = std::move(target); // QHash::insert() would copy it (Qt 6.4 has no move overload)
            if (deferIndex) {
                m_unindexed.insert(sourceId, 0);
                m_indexTimer.start();
            }
            if (reuse.serial != 0 && !anyRepeated)
                m_appliedSerial.insert(sourceId, reuse.serial);
        }
        m_scratch.order = std::move(lastOrder); // its buffer serves the next poll
        previous = std::exchange(m_held[sourceId], std::move(shared));
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
        m_held.remove(sourceId);
    }

    const Row &rowAt(int row) const { return *m_rows[size_t(row)]; }
    const std::vector<const Row *> &rowPointers() const { return m_rows; } // in model order
    // Each source's rows as held, by source id: shared and never changed, so another thread
    // may read them while the model moves on.
    std::vector<SharedRows> heldRows() const
    {
        QStringList ids = m_held.keys();
        ids.sort();
        std::vector<SharedRows> held;
        held.reserve(size_t(ids.size()));
        for (const QString &id : std::as_const(ids))
            held.push_back(m_held.value(id));
        return held;
    }
    int rowOf(const QString &sourceId, const QString &id) const
    {
        ensureIndexed(sourceId);
        const auto index = m_rowIndex.constFind(sourceId);
        return index == m_rowIndex.cend() ? -1 : index->find(id, rowIdOf());
    }
    bool isStale(const QString &sourceId) const // asked per row: a lookup, no copy of the mark
    {
        const auto mark = m_marks.constFind(sourceId);
        return mark != m_marks.cend() && mark->stale;
    }
    // How many sources that have rows here are marked stale: per source, not per row (asking
    // isStale() for each of 100k rows cost a hash lookup and a copy each, on every poll).
    int staleSourceCount() const
    {
        int stale = 0;
        for (auto mark = m_marks.cbegin(); mark != m_marks.cend(); ++mark) {
            if (!mark->stale)
                continue;
            if (const auto rows = m_held.constFind(mark.key()); rows != m_held.cend() && *rows && !(*rows)->empty())
                ++stale;
        }
        return stale;
    }
    QDateTime asOf(const QString &sourceId) const { return m_marks.value(sourceId).asOf; }

protected:
    // What changed between two versions of a row, as columns and roles.
    virtual RowChange diff(const Row &before, const Row &after) const = 0;
    // The column whose value follows the poll time (-1: none), and the roles it changes.
    virtual int asOfColumn() const { return -1; }
    virtual QList<int> asOfRoles() const { return { Qt::DisplayRole }; }
    // The roles a source turning stale (or current again) changes on each of its rows.
    virtual QList<int> staleRoles() const { return { Qt::ToolTipRole }; }

private:
    std::vector<const Row *> m_rows; // into m_held's vectors
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

    // The rows of one source in model order: one pass over the rows (a sort of the source's index
    // cost 5 ms at 100k rows, on every poll).
    const std::vector<int> &rowsOf(const QString &sourceId)
    {
        std::vector<int> &rows = m_scratch.rows;
        rows.clear();
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row]->sourceId == sourceId)
                rows.push_back(int(row));
        }
        return rows;
    }

    // The id of a model row, for the indexes (which keep no ids of their own).
    auto rowIdOf() const
    {
        return [this](int row) -> const QString & {
            return m_rows[size_t(row)]->id;
        };
    }
    qsizetype indexedRows(const QString &sourceId) const
    {
        const auto index = m_rowIndex.constFind(sourceId);
        return index == m_rowIndex.cend() ? 0 : index->size();
    }

    bool isRowOf(int row, const QString &sourceId, const QString &id) const
    {
        if (row < 0 || size_t(row) >= m_rows.size())
            return false;
        const Row &candidate = *m_rows[size_t(row)];
        return candidate.id == id && candidate.sourceId == sourceId;
    }

    // Indexes at most `count` more of the ids a first poll of `sourceId` left unindexed; returns
    // whether some are left.
    bool indexRows(const QString &sourceId, size_t count) const
    {
        const auto pending = m_unindexed.find(sourceId);
        if (pending == m_unindexed.end())
            return false;
        const std::vector<Row> &rows = **m_held.constFind(sourceId);
        const std::vector<int> &order = *m_lastOrder.constFind(sourceId);
        IdIndex &index = m_rowIndex[sourceId];
        const size_t end = count >= rows.size() - *pending ? rows.size() : *pending + count;
        index.reserve(rows.size());
        for (size_t i = *pending; i < end; ++i)
            index.insert(rows[i].id, order[i], rowIdOf()); // a repeated id keeps its first row
        if (end == rows.size()) {
            m_unindexed.erase(pending);
            return false;
        }
        *pending = end;
        return true;
    }
    void ensureIndexed(const QString &sourceId) const { indexRows(sourceId, SIZE_MAX); }
    void indexSome() override
    {
        if (m_unindexed.isEmpty())
            return;
        indexRows(m_unindexed.cbegin().key(), m_indexChunk);
        if (!m_unindexed.isEmpty())
            m_indexTimer.start();
    }

    void rebuildIndex()
    {
        m_unindexed.clear(); // every row is indexed here
        m_rowIndex.clear();
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_rowIndex[m_rows[row]->sourceId].insert(m_rows[row]->id, int(row), rowIdOf());
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

    // Per source: row id → row (IdIndex: ~10 B per row; a QHash<QString, int> took ~45 B).
    // Filled lazily after a first poll: m_unindexed has, per source, the first position of its
    // rows (in m_held, placed by m_lastOrder) not indexed yet; reading the index completes it.
    mutable QHash<QString, IdIndex> m_rowIndex;
    mutable QHash<QString, size_t> m_unindexed;
    size_t m_indexChunk = 16384;
    QHash<QString, SourceMark> m_marks;
    QHash<QString, SharedRows> m_held; // per source: the vector its rows point into
    // Per source: the row each position of its last snapshot went to (a guess, checked by id).
    QHash<QString, std::vector<int>> m_lastOrder;
    // Per source: the serial of the snapshot its rows are exactly (see RowReuse); absent: unknown.
    QHash<QString, quint64> m_appliedSerial;
    struct Scratch
    {
        std::vector<int> order;
        std::vector<int> rows;
        std::vector<char> kept;
        std::vector<char> repeated;
        std::vector<char> unchanged;
        std::vector<char> ofSource;
    } m_scratch;
};

} // namespace BackupDash
