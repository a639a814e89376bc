#include "models/sourcetablemodel.h"

#include <QHash>
#include <QSet>

#include "models/formatting.h"

namespace BackupDash {

SourceTableModel::SourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceState &s = m_sources[size_t(index.row())];
    switch (role) {
    case HealthRole:
        return QVariant::fromValue(s.health);
    case SourceIdRole:
        return s.id;
    case PollingRole:
        return s.polling;
    case Qt::ToolTipRole:
        return s.lastError.isEmpty() ? tr("%1 at %2").arg(s.id, s.baseUrl)
                                     : tr("%1 at %2\n%3").arg(s.id, s.baseUrl, s.lastError);
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(s.health);
        case LastPollColumn:
            return s.lastAttemptAt;
        case NextPollColumn:
            return s.nextPollAt;
        case TasksColumn:
            return s.taskCount;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return s.id;
    case VendorColumn:
        return vendorText(s.vendor);
    case StateColumn:
        if (!s.enabled)
            return tr("Disabled");
        if (s.polling && s.health == SourceHealth::Pending)
            return tr("Polling…");
        return healthText(s.health);
    case LastPollColumn:
        return formatPollTime(s.lastAttemptAt);
    case NextPollColumn:
        return s.polling ? tr("polling now") : formatPollTime(s.nextPollAt);
    case TasksColumn:
        return s.taskCount;
    case ErrorColumn:
        return s.lastError.isEmpty() ? QStringLiteral("—") : s.lastError;
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Source");
    case VendorColumn:
        return tr("Vendor");
    case StateColumn:
        return tr("State");
    case LastPollColumn:
        return tr("Last poll");
    case NextPollColumn:
        return tr("Next poll");
    case TasksColumn:
        return tr("Tasks");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

void SourceTableModel::setSources(std::vector<SourceState> sources)
{
    // A keyed diff, as on a poll: the Sources dialog changes the list while views, selections
    // and proxies stay. Rows keep their places; new sources are appended in the given order.
    QHash<QString, size_t> wanted;
    for (size_t i = 0; i < sources.size(); ++i)
        wanted.insert(sources[i].id, i);
    for (int row = int(m_sources.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_sources[size_t(row)].id))
            continue;
        int first = row; // one range per run of dropped rows
        while (first > 0 && !wanted.contains(m_sources[size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, row);
        m_sources.erase(m_sources.begin() + first, m_sources.begin() + row + 1);
        endRemoveRows();
        row = first;
    }
    QSet<QString> present;
    for (const SourceState &state : m_sources) {
        present.insert(state.id);
        updateSource(sources[wanted.value(state.id)]);
    }
    std::vector<SourceState> added;
    for (SourceState &state : sources) {
        if (!present.contains(state.id))
            added.push_back(std::move(state));
    }
    if (added.empty())
        return;
    const int first = int(m_sources.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    std::move(added.begin(), added.end(), std::back_inserter(m_sources));
    endInsertRows();
}

void SourceTableModel::updateSource(const SourceState &state)
{
    for (size_t row = 0; row < m_sources.size(); ++row) {
        if (m_sources[row].id != state.id)
            continue;
        if (m_sources[row] == state)
            return;
        m_sources[row] = state;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1),
                           { Qt::DisplayRole, Qt::ToolTipRole, SortRole, HealthRole, PollingRole });
        return;
    }
}

const SourceState *SourceTableModel::source(const QString &id) const
{
    for (const SourceState &s : m_sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace BackupDash
