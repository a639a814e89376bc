#pragma once

#include "models/attentionrules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace BackupDash {

// "Needs attention": the items of attentionItems(), one row each. Every update is a keyed diff
// by AttentionItem::key(): removals in ranges, dataChanged only for changed rows and roles,
// one batched insert at the end; never a reset. Existing rows keep their place (a proxy sorts).
class AttentionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionModel)

public:
    enum Column { WhatColumn, SourceColumn, TaskColumn, DetailColumn, SinceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // BackupDash::AttentionKind
        SourceIdRole,
        TaskIdRole, // empty for a source row
        StaleRole, // bool: the source's data is not current
        SinceRole, // QDateTime (UTC), invalid when not known
        SortRole, // raw value per column: severity, QDateTime or text
        VendorRole, // the contract's vendor id
        KeyRole, // AttentionItem::key()
    };
    Q_ENUM(Role)

    explicit AttentionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Applies the current items as a diff; an item whose key repeats is taken once, the first.
    void setItems(std::vector<AttentionItem> items);
    const AttentionItem &itemAt(int row) const { return m_items[size_t(row)]; }
    int rowOf(const QString &key) const { return m_rowByKey.value(key, -1); }

private:
    QVariant displayData(const AttentionItem &item, int column) const;
    QString toolTip(const AttentionItem &item) const;
    void rebuildIndex();

    std::vector<AttentionItem> m_items;
    QHash<QString, int> m_rowByKey;
};

} // namespace BackupDash
