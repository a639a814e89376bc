#pragma once

#include "models/status.h"

#include <QIcon>
#include <QStyledItemDelegate>
#include <array>

namespace BackupDash {

// The Restores table's cells: status as icon and words, progress as a bar (or "—" when the
// vendor gives none), and a stale source's rows in italics.
class RestoreItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreItemDelegate)

public:
    explicit RestoreItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::array<QIcon, StatusCount> m_statusIcons;
    QIcon m_staleIcon;
};

} // namespace BackupDash
