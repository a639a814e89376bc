#include "models/attentionmodel.h"

#include "models/formatting.h"
#include "models/keyedrowsmodel.h"

#include <QSet>
#include <algorithm>

namespace BackupDash {

namespace {

// What changed between two versions of the item with the same key (kind, source and subject
// are the key, so they never change here).
RowChange diff(const AttentionItem &a, const AttentionItem &b)
{
    RowChange c;
    if (a.vendor != b.vendor)
        c.touch(AttentionModel::SourceColumn, AttentionModel::SortRole, { AttentionModel::VendorRole });
    if (a.taskName != b.taskName || a.taskId != b.taskId)
        c.touch(AttentionModel::TaskColumn, AttentionModel::SortRole, { AttentionModel::TaskIdRole });
    if (a.detail != b.detail)
        c.touch(AttentionModel::DetailColumn, AttentionModel::SortRole);
    if (a.since != b.since)
        c.touch(AttentionModel::SinceColumn, AttentionModel::SortRole, { AttentionModel::SinceRole });
    if (a.stale != b.stale) {
        // Every cell of the row is drawn greyed; the tooltip says why.
        c.firstColumn = 0;
        c.lastColumn = AttentionModel::ColumnCount - 1;
        c.roles.insert(AttentionModel::StaleRole);
        c.roles.insert(Qt::ToolTipRole);
    }
    return c;
}

} // namespace

AttentionModel::AttentionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AttentionModel::setItems(std::vector<AttentionItem> items)
{
    // The incoming items by key, first of each key only.
    QHash<QString, size_t> incoming;
    incoming.reserve(qsizetype(items.size()));
    std::vector<bool> duplicate(items.size(), false);
    for (size_t i = 0; i < items.size(); ++i) {
        const QString key = items[i].key();
        if (incoming.contains(key))
            duplicate[i] = true;
        else
            incoming.insert(key, i);
    }

    // 1. Removals, bottom-up, one signal per contiguous range.
    bool removed = false;
    const auto gone = [&](int row) {
        return !incoming.contains(m_items[size_t(row)].key());
    };
    for (int row = int(m_items.size()) - 1; row >= 0;) {
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_items.erase(m_items.begin() + first, m_items.begin() + row + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex();

    // 2. In-place updates: one dataChanged per contiguous run of changed rows, with the
    //    columns and roles that run touched.
    std::vector<std::pair<int, RowChange>> changed;
    std::vector<AttentionItem> added;
    for (size_t i = 0; i < items.size(); ++i) {
        if (duplicate[i])
            continue;
        AttentionItem &item = items[i];
        const auto it = m_rowByKey.constFind(item.key());
        if (it == m_rowByKey.cend()) {
            added.push_back(std::move(item));
            continue;
        }
        AttentionItem &current = m_items[size_t(*it)];
        const RowChange c = diff(current, item);
        if (!c.any())
            continue;
        current = std::move(item);
        changed.emplace_back(*it, c);
    }
    std::sort(changed.begin(), changed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t start = 0; start < changed.size();) {
        size_t end = start + 1;
        RowChange run = changed[start].second;
        while (end < changed.size() && changed[end].first == changed[end - 1].first + 1) {
            const RowChange &c = changed[end].second;
            run.firstColumn = std::min(run.firstColumn, c.firstColumn);
            run.lastColumn = std::max(run.lastColumn, c.lastColumn);
            run.roles.unite(c.roles);
            ++end;
        }
        QList<int> roles(run.roles.begin(), run.roles.end());
        std::sort(roles.begin(), roles.end());
        Q_EMIT dataChanged(index(changed[start].first, run.firstColumn), index(changed[end - 1].first, run.lastColumn),
                           roles);
        start = end;
    }

    // 3. One batched insert for the new items, in the order given.
    if (!added.empty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (AttentionItem &item : added) {
            m_rowByKey.insert(item.key(), int(m_items.size()));
            m_items.push_back(std::move(item));
        }
        endInsertRows();
    }
}

void AttentionModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(qsizetype(m_items.size()));
    for (size_t row = 0; row < m_items.size(); ++row)
        m_rowByKey.insert(m_items[row].key(), int(row));
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        return toolTip(item);
    case KindRole:
        return QVariant::fromValue(item.kind);
    case SourceIdRole:
        return item.sourceId;
    case TaskIdRole:
        return item.taskId;
    case StaleRole:
        return item.stale;
    case SinceRole:
        return item.since;
    case VendorRole:
        return item.vendor;
    case KeyRole:
        return item.key();
    case SortRole:
        switch (index.column()) {
        case WhatColumn:
            return attentionSeverity(item.kind);
        case SinceColumn:
            return item.since;
        default:
            return displayData(item, index.column());
        }
    default:
        return {};
    }
}

QVariant AttentionModel::displayData(const AttentionItem &item, int column) const
{
    switch (column) {
    case WhatColumn:
        return attentionKindText(item.kind);
    case SourceColumn:
        return item.sourceId;
    case TaskColumn:
        return item.taskName.isEmpty() ? QStringLiteral("—") : item.taskName;
    case DetailColumn:
        return item.detail;
    case SinceColumn:
        return formatTimestamp(item.since);
    default:
        return {};
    }
}

QString AttentionModel::toolTip(const AttentionItem &item) const
{
    QStringList lines;
    lines << attentionKindText(item.kind);
    if (item.taskId.isEmpty())
        lines << tr("Source: %1 (%2)").arg(item.sourceId, vendorText(item.vendor));
    else
        lines << tr("Task: %1 on %2 (%3)").arg(item.taskName, item.sourceId, vendorText(item.vendor));
    if (!item.detail.isEmpty())
        lines << item.detail;
    if (item.since.isValid())
        lines << tr("Since: %1").arg(formatTimestamp(item.since));
    if (item.stale)
        lines << tr("Stale: the source's data is not current; this is the last known state.");
    return lines.join(QLatin1Char('\n'));
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("What");
    case SourceColumn:
        return tr("Source");
    case TaskColumn:
        return tr("Task");
    case DetailColumn:
        return tr("Detail");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

QHash<int, QByteArray> AttentionModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SourceIdRole, "sourceId");
    names.insert(TaskIdRole, "taskId");
    names.insert(StaleRole, "stale");
    names.insert(SinceRole, "since");
    names.insert(SortRole, "sort");
    names.insert(VendorRole, "vendor");
    names.insert(KeyRole, "key");
    return names;
}

} // namespace BackupDash
