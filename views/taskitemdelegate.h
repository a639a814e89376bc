#pragma once

#include "models/status.h"

#include <QIcon>
#include <QStyledItemDelegate>
#include <array>

namespace BackupDash {

// Paints the task table. The status column shows the status's icon beside its words. Rows of
// a stale source (the last poll failed) are italic, greyed toward the disabled text colour; their
// status carries a clock mark and " · stale", so old data is never taken for current data.
// A task disabled at the vendor has a dimmed status.
class TaskItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskItemDelegate)

public:
    explicit TaskItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The words the status column shows for `index` (a status column index).
    static QString statusLabel(const QModelIndex &index);
    // Pixels the status column needs beside its text: icons and their gaps, for a stale row.
    static int statusDecorationWidth(int iconSide);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::array<QIcon, StatusCount> m_statusIcons;
    QIcon m_staleIcon;
};

} // namespace BackupDash
