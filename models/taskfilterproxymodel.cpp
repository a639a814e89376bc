#include "models/taskfilterproxymodel.h"

#include "models/formatting.h"
#include "models/tasktablemodel.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <numeric>

namespace BackupDash {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_placeTimer.setSingleShot(true);
    m_placeTimer.setInterval(0);
    connect(&m_placeTimer, &QTimer::timeout, this, &TaskFilterProxyModel::placeNextBatch);
}

void TaskFilterProxyModel::setRowsPerTurn(int rows)
{
    m_rowsPerTurn = std::max(1, rows);
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_dirtyRows.clear();
    m_updateDepth = 0;
    m_tasks = qobject_cast<TaskTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        using M = QAbstractItemModel;
        const auto relayout = [this] {
            rebuild();
        };
        m_connections = {
            connect(model, &M::dataChanged, this, &TaskFilterProxyModel::sourceDataChanged),
            connect(model, &M::rowsInserted, this, &TaskFilterProxyModel::sourceRowsInserted),
            connect(model, &M::rowsAboutToBeRemoved, this, &TaskFilterProxyModel::sourceRowsAboutToBeRemoved),
            connect(model, &M::rowsRemoved, this, &TaskFilterProxyModel::sourceRowsRemoved),
            connect(model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(model, &M::modelReset, this,
                    [this] {
                        m_dirtyRows.clear();
                        remap();
                        endResetModel();
                    }),
            connect(model, &M::layoutChanged, this, relayout),
            connect(model, &M::rowsMoved, this, relayout),
            connect(model, &M::columnsInserted, this, relayout),
            connect(model, &M::columnsRemoved, this, relayout),
            connect(model, &M::headerDataChanged, this, &M::headerDataChanged),
        };
        if (auto *keyed = qobject_cast<KeyedRowsSignals *>(model)) {
            m_connections.push_back(
                connect(keyed, &KeyedRowsSignals::updateStarted, this, &TaskFilterProxyModel::beginUpdate));
            m_connections.push_back(
                connect(keyed, &KeyedRowsSignals::updateFinished, this, &TaskFilterProxyModel::endUpdate));
        }
    }
    remap();
    endResetModel();
}

// --- filters -----------------------------------------------------------------------------------

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    rebuild();
}

void TaskFilterProxyModel::setStatusFilter(const QSet<Status> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    rebuild();
}

void TaskFilterProxyModel::setSourceFilter(const QString &sourceId)
{
    if (sourceId == m_sourceId)
        return;
    m_sourceId = sourceId;
    rebuild();
}

void TaskFilterProxyModel::setVendorFilter(const QString &vendorId)
{
    if (vendorId == m_vendor)
        return;
    m_vendor = vendorId;
    rebuild();
}

void TaskFilterProxyModel::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    rebuild();
}

bool TaskFilterProxyModel::accepts(int sourceRow) const
{
    if (m_tasks)
        return acceptsTask(sourceRow);
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0);
    if (!m_sourceId.isEmpty() && first.data(TaskTableModel::SourceIdRole).toString() != m_sourceId)
        return false;
    if (!m_vendor.isEmpty() && first.data(TaskTableModel::VendorRole).toString() != m_vendor)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(first.data(TaskTableModel::StatusRole).value<Status>()))
        return false;
    if (m_staleOnly && !first.data(TaskTableModel::StaleRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : { TaskTableModel::NameColumn, TaskTableModel::SourceColumn, TaskTableModel::VendorColumn,
                        TaskTableModel::WorkloadColumn, TaskTableModel::StatusColumn }) {
        if (model->index(sourceRow, column).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return first.data(TaskTableModel::VendorStatusRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool TaskFilterProxyModel::acceptsTask(int sourceRow) const
{
    const Task &task = m_tasks->taskAt(sourceRow);
    if (!m_sourceId.isEmpty() && task.sourceId != m_sourceId)
        return false;
    if (!m_vendor.isEmpty() && task.vendor != m_vendor)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(task.status))
        return false;
    if (m_staleOnly && !m_tasks->isStale(task.sourceId))
        return false;
    if (m_search.isEmpty())
        return true;
    // The texts the columns show, as the generic path above reads them.
    const auto has = [this](const QString &text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    return has(task.name) || has(task.sourceId) || has(task.vendorStatus) || has(vendorText(task.vendor))
        || has(workloadText(task.workload))
        || has(m_tasks->index(sourceRow, TaskTableModel::StatusColumn).data().toString());
}

// --- sorting -----------------------------------------------------------------------------------

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    computeAllKeys();
    layoutChange([this] {
        if (m_sortColumn >= 0)
            std::sort(m_proxyToSource.begin(), m_proxyToSource.end(), [this](int l, int r) { return before(l, r); });
        else
            std::sort(m_proxyToSource.begin(), m_proxyToSource.end());
    });
}

bool TaskFilterProxyModel::before(int leftRow, int rightRow) const
{
    if (m_sortColumn >= 0) {
        if (m_order == Qt::AscendingOrder ? lessThan(leftRow, rightRow) : lessThan(rightRow, leftRow))
            return true;
        if (m_order == Qt::AscendingOrder ? lessThan(rightRow, leftRow) : lessThan(leftRow, rightRow))
            return false;
    }
    return leftRow < rightRow; // equal values keep the source's order
}

bool TaskFilterProxyModel::lessThan(int leftRow, int rightRow) const
{
    if (m_keyed)
        return m_keys[size_t(leftRow)] < m_keys[size_t(rightRow)];
    const QModelIndex left = sourceModel()->index(leftRow, m_sortColumn);
    const QModelIndex right = sourceModel()->index(rightRow, m_sortColumn);
    const QVariant l = left.data(TaskTableModel::SortRole);
    const QVariant r = right.data(TaskTableModel::SortRole);
    // Absent values (never ran, no next run) sort after every present one, in both directions' base order.
    const bool lNull = !l.isValid() || (l.metaType() == QMetaType::fromType<QDateTime>() && !l.toDateTime().isValid());
    const bool rNull = !r.isValid() || (r.metaType() == QMetaType::fromType<QDateTime>() && !r.toDateTime().isValid());
    if (lNull || rNull)
        return !lNull && rNull;
    if (l.metaType() == QMetaType::fromType<QString>())
        return QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded()) < 0;
    // Among equal statuses the most recent activity leads (worst first, then newest), whatever
    // order the sources' polls arrived in. A vendor that gives no run time (CloudAlly) is
    // placed by its last success: a failure came after it.
    if (m_sortColumn == TaskTableModel::StatusColumn && l == r) {
        const auto latest = [](const QModelIndex &index) {
            const QDateTime run =
                index.siblingAtColumn(TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime();
            return run.isValid()
                ? run
                : index.siblingAtColumn(TaskTableModel::LastSuccessColumn).data(TaskTableModel::SortRole).toDateTime();
        };
        const QDateTime lTime = latest(left);
        const QDateTime rTime = latest(right);
        if (lTime.isValid() != rTime.isValid())
            return !lTime.isValid(); // a task that never ran goes after those that did
        return lTime < rTime;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

std::optional<TaskFilterProxyModel::SortKey> TaskFilterProxyModel::sortKey(const Task &t, int column) const
{
    // An absent value sorts after every present one; a present one is never that large.
    static constexpr qint64 Absent = std::numeric_limits<qint64>::max();
    const auto present = [](qint64 value) {
        return std::min(value, Absent - 1);
    };
    const auto time = [&present](const QDateTime &at) {
        return at.isValid() ? present(at.toMSecsSinceEpoch()) : Absent;
    };
    switch (column) {
    case TaskTableModel::StatusColumn: {
        // Severity (0–7), then the newest activity; a task that never ran before those that did.
        // The severity and "ran" take the top 5 bits, the time the 58 below: times within 4.5
        // million years of 1970 keep their order (QDateTime goes further; those tie at the edge).
        static constexpr qint64 TimeBits = 58;
        static constexpr qint64 Offset = qint64(1) << (TimeBits - 1);
        const QDateTime &at = t.lastRun.isValid() ? t.lastRun : t.lastSuccess;
        const qint64 group = 2 * qint64(statusSeverity(t.status)) + (at.isValid() ? 1 : 0);
        const qint64 offsetTime = at.isValid() ? std::clamp(at.toMSecsSinceEpoch(), -Offset, Offset - 1) + Offset : 0;
        return (group << TimeBits) | offsetTime;
    }
    case TaskTableModel::LastRunColumn:
        return time(t.lastRun);
    case TaskTableModel::DurationColumn:
        return t.lastRunSeconds ? present(*t.lastRunSeconds) : Absent;
    case TaskTableModel::LastSuccessColumn:
        return time(t.lastSuccess);
    case TaskTableModel::NextRunColumn:
        return time(t.enabled ? t.nextRun : QDateTime());
    case TaskTableModel::DataAgeColumn: { // older data sorts as larger age
        const QDateTime polled = m_tasks->asOf(t.sourceId);
        // Negated: the smallest time would overflow, so it is raised by one first.
        return polled.isValid() ? present(-std::max(polled.toMSecsSinceEpoch(), -Absent)) : Absent;
    }
    default:
        return std::nullopt;
    }
}

void TaskFilterProxyModel::computeAllKeys()
{
    m_keyed = false;
    m_keys.clear();
    if (!m_tasks || m_sortColumn < 0 || !sortKey(Task(), m_sortColumn))
        return;
    m_keys.resize(size_t(m_tasks->rowCount()));
    m_keyed = true;
    computeKeys(0, m_tasks->rowCount() - 1);
}

void TaskFilterProxyModel::computeKeys(int firstRow, int lastRow)
{
    if (!m_keyed)
        return;
    for (int row = firstRow; row <= lastRow; ++row)
        m_keys[size_t(row)] = *sortKey(m_tasks->taskAt(row), m_sortColumn);
}

bool TaskFilterProxyModel::filterDependsOn(int firstColumn, int lastColumn, const QList<int> &roles) const
{
    const bool filtering =
        !m_search.isEmpty() || !m_statuses.isEmpty() || !m_sourceId.isEmpty() || !m_vendor.isEmpty() || m_staleOnly;
    if (!filtering)
        return false;
    // The filtered values all show in the first five columns; staleness is a role of every column.
    Q_UNUSED(lastColumn);
    return roles.isEmpty() || roles.contains(TaskTableModel::StaleRole) || firstColumn <= TaskTableModel::StatusColumn;
}

bool TaskFilterProxyModel::sortDependsOn(int firstColumn, int lastColumn) const
{
    if (m_sortColumn < 0)
        return false;
    const auto within = [&](int column) {
        return column >= firstColumn && column <= lastColumn;
    };
    if (m_sortColumn == TaskTableModel::StatusColumn) // equal statuses: by the newest activity
        return within(m_sortColumn) || within(TaskTableModel::LastRunColumn)
            || within(TaskTableModel::LastSuccessColumn);
    return within(m_sortColumn);
}

// --- structure ---------------------------------------------------------------------------------

void TaskFilterProxyModel::updateSourceToProxy()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sourceToProxy.assign(size_t(rows), -1);
    for (size_t proxy = 0; proxy < m_proxyToSource.size(); ++proxy)
        m_sourceToProxy[size_t(m_proxyToSource[proxy])] = int(proxy);
    for (int row : m_pending)
        m_sourceToProxy[size_t(row)] = Pending;
}

void TaskFilterProxyModel::layoutChange(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their source rows.
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<int, int>> sourceCells; // (source row, column); -1: gone already
    sourceCells.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        const bool mapped = index.row() >= 0 && size_t(index.row()) < m_proxyToSource.size();
        sourceCells.emplace_back(mapped ? m_proxyToSource[size_t(index.row())] : -1, index.column());
    }
    change();
    updateSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : sourceCells) {
        const int row =
            sourceRow >= 0 && size_t(sourceRow) < m_sourceToProxy.size() ? m_sourceToProxy[size_t(sourceRow)] : -1;
        after.append(row >= 0 ? createIndex(row, column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskFilterProxyModel::remap()
{
    dropPending(); // every row is placed here
    computeAllKeys();
    m_proxyToSource.clear();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        if (accepts(row))
            m_proxyToSource.push_back(row);
    }
    if (m_sortColumn >= 0)
        std::sort(m_proxyToSource.begin(), m_proxyToSource.end(), [this](int l, int r) { return before(l, r); });
    updateSourceToProxy();
}

void TaskFilterProxyModel::rebuild()
{
    if (!sourceModel())
        return;
    m_dirtyRows.clear();
    layoutChange([this] { remap(); });
}

// --- source updates ----------------------------------------------------------------------------

void TaskFilterProxyModel::beginUpdate()
{
    ++m_updateDepth;
}

void TaskFilterProxyModel::endUpdate()
{
    if (m_updateDepth > 0 && --m_updateDepth == 0)
        flush();
}

void TaskFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    if (sortDependsOn(topLeft.column(), bottomRight.column()))
        computeKeys(topLeft.row(), bottomRight.row());
    const bool moves = (sortDependsOn(topLeft.column(), bottomRight.column())
                        && (roles.isEmpty() || roles.contains(TaskTableModel::SortRole)))
        || filterDependsOn(topLeft.column(), bottomRight.column(), roles);
    if (!moves) {
        // Neither order nor filter follows these values (the data age of every row after a
        // poll): the rows stay where they are.
        int top = INT_MAX;
        int bottom = -1;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const int at = m_sourceToProxy[size_t(row)];
            if (at >= 0) {
                top = std::min(top, at);
                bottom = std::max(bottom, at);
            }
        }
        if (bottom >= 0)
            Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_dirtyRows.push_back(row);
    m_dirtyFirstColumn = std::min(m_dirtyFirstColumn, topLeft.column());
    m_dirtyLastColumn = std::max(m_dirtyLastColumn, bottomRight.column());
    if (roles.isEmpty())
        m_dirtyAllRoles = true;
    for (int role : roles)
        m_dirtyRoles.insert(role);
    if (m_updateDepth == 0)
        flush();
}

// Applies the changed rows of one update: rows whose filter result or sort position changed are
// taken out and merged back in order as one layout change; then one dataChanged for the rest.
void TaskFilterProxyModel::flush()
{
    if (m_dirtyRows.empty())
        return;
    std::vector<int> dirty;
    dirty.swap(m_dirtyRows);
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
    QList<int> roles;
    if (!m_dirtyAllRoles) {
        roles = QList<int>(m_dirtyRoles.cbegin(), m_dirtyRoles.cend());
        std::sort(roles.begin(), roles.end());
    }
    const int firstColumn = m_dirtyFirstColumn;
    const int lastColumn = m_dirtyLastColumn;
    m_dirtyFirstColumn = INT_MAX;
    m_dirtyLastColumn = -1;
    m_dirtyRoles.clear();
    m_dirtyAllRoles = false;

    const bool resort =
        sortDependsOn(firstColumn, lastColumn) && (roles.isEmpty() || roles.contains(TaskTableModel::SortRole));
    const bool refilter = filterDependsOn(firstColumn, lastColumn, roles);
    std::vector<int> moving; // source rows to (re)place: changed position or filter result
    // Per source row: 0 unchanged, 1 changed and shown (may stay), 2 leaving its place.
    std::vector<char> &state = m_flushState;
    state.assign(m_sourceToProxy.size(), 0);
    bool mayStay = false;
    for (int row : dirty) {
        if (m_sourceToProxy[size_t(row)] == Pending)
            continue; // placed later, with the values it has then
        const bool shown = m_sourceToProxy[size_t(row)] >= 0;
        if (refilter && shown != accepts(row)) {
            moving.push_back(row);
            state[size_t(row)] = 2;
        } else if (shown && resort) {
            state[size_t(row)] = 1;
            mayStay = true;
        }
    }
    if (mayStay) {
        // A changed row stays if it is in order with the last row that stays before it and the
        // next unchanged one after it: then the rows that stay are sorted (a check against its
        // direct neighbours only let a run of changed rows stay together out of order). Walked
        // over the changed rows' positions only, in order.
        std::vector<int> &at = m_flushPositions; // proxy positions of the changed rows shown
        at.clear();
        for (int row : dirty) {
            if (state[size_t(row)] != 0 && m_sourceToProxy[size_t(row)] >= 0)
                at.push_back(m_sourceToProxy[size_t(row)]);
        }
        std::sort(at.begin(), at.end());
        std::vector<int> &runEnd = m_flushRunEnd; // per entry: the first position after its run
        runEnd.resize(at.size());
        for (size_t i = at.size(); i-- > 0;)
            runEnd[i] = i + 1 < at.size() && at[i + 1] == at[i] + 1 ? runEnd[i + 1] : at[i] + 1;
        int lastStaying = -1;
        for (size_t i = 0; i < at.size(); ++i) {
            const int position = at[i];
            if (position > 0 && (i == 0 || at[i - 1] != position - 1))
                lastStaying = m_proxyToSource[size_t(position - 1)]; // unchanged, so it stays
            const int row = m_proxyToSource[size_t(position)];
            if (state[size_t(row)] == 2)
                continue; // leaving
            const int next = size_t(runEnd[i]) < m_proxyToSource.size() ? m_proxyToSource[size_t(runEnd[i])] : -1;
            if ((lastStaying < 0 || before(lastStaying, row)) && (next < 0 || before(row, next)))
                lastStaying = row;
            else
                moving.push_back(row);
        }
    }
    if (!moving.empty()) {
        layoutChange([this, &moving] {
            // Out with every moving row, then each accepted one back at its place: one pass
            // over the rows, a binary search per moving row. The row-sized buffers are kept
            // between updates (fresh ones cost more in the allocator than the pass itself).
            std::vector<char> &isMoving = m_flushMoving;
            isMoving.assign(m_sourceToProxy.size(), 0);
            for (int row : moving)
                isMoving[size_t(row)] = 1;
            std::vector<int> &staying = m_flushStaying;
            staying.clear();
            staying.reserve(m_proxyToSource.size());
            for (int row : m_proxyToSource) {
                if (!isMoving[size_t(row)])
                    staying.push_back(row);
            }
            std::vector<int> incoming;
            for (int row : moving) {
                if (accepts(row))
                    incoming.push_back(row);
            }
            const auto order = [this](int l, int r) {
                return before(l, r);
            };
            std::sort(incoming.begin(), incoming.end(), order);
            m_proxyToSource.clear();
            m_proxyToSource.reserve(staying.size() + incoming.size());
            auto from = staying.cbegin();
            for (int row : incoming) {
                const auto at = std::upper_bound(from, staying.cend(), row, order);
                m_proxyToSource.insert(m_proxyToSource.end(), from, at);
                m_proxyToSource.push_back(row);
                from = at;
            }
            m_proxyToSource.insert(m_proxyToSource.end(), from, staying.cend());
        });
    }
    // The changed rows where they are now: one signal over their span.
    int top = INT_MAX;
    int bottom = -1;
    for (int row : dirty) {
        const int at = m_sourceToProxy[size_t(row)];
        if (at >= 0) {
            top = std::min(top, at);
            bottom = std::max(bottom, at);
        }
    }
    if (bottom >= 0) {
        const int columns = columnCount();
        Q_EMIT dataChanged(index(top, std::clamp(firstColumn, 0, columns - 1)),
                           index(bottom, std::clamp(lastColumn, 0, columns - 1)), roles);
    }
}

void TaskFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flush(); // pending rows are numbered as before the insert
    const int count = last - first + 1;
    if (m_keyed) {
        m_keys.insert(m_keys.begin() + first, size_t(count), SortKey {});
        computeKeys(first, last);
    }
    for (std::vector<int> *rows : { &m_proxyToSource, &m_pending }) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    std::vector<int> incoming(static_cast<size_t>(count));
    std::iota(incoming.begin(), incoming.end(), first);
    if (incoming.size() > size_t(m_rowsPerTurn)) {
        m_pending.insert(m_pending.end(), incoming.cbegin() + m_rowsPerTurn, incoming.cend());
        incoming.resize(size_t(m_rowsPerTurn));
        m_placeTimer.start();
    }
    updateSourceToProxy();
    place(std::move(incoming));
}

void TaskFilterProxyModel::placeNextBatch()
{
    const size_t take = std::min(m_pending.size(), size_t(m_rowsPerTurn));
    std::vector<int> batch(m_pending.cend() - qsizetype(take), m_pending.cend());
    m_pending.resize(m_pending.size() - take);
    for (int row : batch)
        m_sourceToProxy[size_t(row)] = -1;
    place(std::move(batch));
    if (!m_pending.empty())
        m_placeTimer.start();
}

void TaskFilterProxyModel::dropPending()
{
    m_pending.clear();
    m_placeTimer.stop();
}

void TaskFilterProxyModel::place(std::vector<int> rows)
{
    std::vector<int> incoming;
    incoming.reserve(rows.size());
    for (int row : rows) {
        if (accepts(row))
            incoming.push_back(row);
    }
    if (incoming.empty())
        return;
    const auto order = [this](int l, int r) {
        return before(l, r);
    };
    std::sort(incoming.begin(), incoming.end(), order);
    // Where each new row goes; runs going to one place are one insert each. Past a few runs,
    // one insert at the end and one merge (a layout change) instead: each insert renumbers
    // every row below it, and a batch spread over a sorted 100k-row table makes thousands.
    constexpr int FewRuns = 8;
    int runs = 0;
    auto from = m_proxyToSource.cbegin();
    for (size_t i = 0; i < incoming.size() && runs <= FewRuns;) {
        from = std::upper_bound(from, m_proxyToSource.cend(), incoming[i], order);
        ++runs;
        while (i < incoming.size() && (from == m_proxyToSource.cend() || before(incoming[i], *from)))
            ++i;
    }
    if (runs > FewRuns) {
        const int shown = int(m_proxyToSource.size());
        beginInsertRows({}, shown, shown + int(incoming.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), incoming.cbegin(), incoming.cend());
        updateSourceToProxy();
        endInsertRows();
        layoutChange([this, shown, &order] {
            std::inplace_merge(m_proxyToSource.begin(), m_proxyToSource.begin() + shown, m_proxyToSource.end(), order);
        });
        return;
    }
    size_t i = 0;
    int offset = 0;
    while (i < incoming.size()) {
        const auto at = std::upper_bound(m_proxyToSource.cbegin() + offset, m_proxyToSource.cend(), incoming[i], order);
        const int position = int(at - m_proxyToSource.cbegin());
        size_t end = i + 1;
        while (
            end < incoming.size()
            && (size_t(position) == m_proxyToSource.size() || before(incoming[end], m_proxyToSource[size_t(position)])))
            ++end;
        beginInsertRows({}, position, position + int(end - i) - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + position, incoming.begin() + qsizetype(i),
                               incoming.begin() + qsizetype(end));
        updateSourceToProxy();
        endInsertRows();
        offset = position + int(end - i);
        i = end;
    }
}

void TaskFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flush();
    std::erase_if(m_pending, [first, last](int row) { return row >= first && row <= last; });
    std::vector<int> gone; // proxy rows, bottom up
    for (int row = first; row <= last && size_t(row) < m_sourceToProxy.size(); ++row) {
        if (m_sourceToProxy[size_t(row)] >= 0)
            gone.push_back(m_sourceToProxy[size_t(row)]);
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    size_t i = 0;
    while (i < gone.size()) {
        size_t end = i + 1;
        while (end < gone.size() && gone[end] == gone[end - 1] - 1)
            ++end;
        const int lowest = gone[end - 1];
        const int highest = gone[i];
        beginRemoveRows({}, lowest, highest);
        m_proxyToSource.erase(m_proxyToSource.begin() + lowest, m_proxyToSource.begin() + highest + 1);
        for (size_t proxy = size_t(lowest); proxy < m_proxyToSource.size(); ++proxy)
            m_sourceToProxy[size_t(m_proxyToSource[proxy])] = int(proxy);
        for (int row = first; row <= last && size_t(row) < m_sourceToProxy.size(); ++row) {
            const int at = m_sourceToProxy[size_t(row)];
            if (at >= lowest && at <= highest)
                m_sourceToProxy[size_t(row)] = -1;
        }
        endRemoveRows();
        i = end;
    }
}

void TaskFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_keyed)
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    for (std::vector<int> *rows : { &m_proxyToSource, &m_pending }) {
        for (int &row : *rows) {
            if (row > last)
                row -= count;
        }
    }
    updateSourceToProxy();
}

// --- the proxy's own structure -----------------------------------------------------------------

QModelIndex TaskFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_proxyToSource.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TaskFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TaskFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int TaskFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TaskFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant TaskFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex TaskFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return sourceModel()->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TaskFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid() || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace BackupDash
