#pragma once

#include "models/sourcestate.h"

#include <QAbstractTableModel>
#include <vector>

namespace BackupDash {

// The configured sources and their health. The list changes when the configuration does
// (rows removed, updated and appended, never a reset); each poll updates one row in place.
class SourceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTableModel)

public:
    enum Column {
        IdColumn,
        VendorColumn,
        StateColumn,
        LastPollColumn,
        NextPollColumn,
        TasksColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        HealthRole = Qt::UserRole + 1, // BackupDash::SourceHealth
        SortRole,
        SourceIdRole,
        PollingRole,
    };
    Q_ENUM(Role)

    explicit SourceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSources(std::vector<SourceState> sources); // keyed diff by id, no reset
    void updateSource(const SourceState &state); // one row, in place
    const std::vector<SourceState> &sources() const { return m_sources; }
    const SourceState *source(const QString &id) const;

private:
    std::vector<SourceState> m_sources;
};

} // namespace BackupDash
