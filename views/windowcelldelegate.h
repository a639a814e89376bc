#pragma once

#include <QStyledItemDelegate>

namespace BackupDash {

// Paints a WindowGridModel cell from its roles (see WindowCellLook), plus the selection.
class WindowCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The busiest cell's job count, so activity reads as a share of the week's peak.
    void setMaxRunning(int jobs) { m_maxRunning = jobs; }
    // Draw how many ran in each hour, whatever the windows say (the estate's load).
    void setActivityOnly(bool on) { m_activityOnly = on; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_maxRunning = 0;
    bool m_activityOnly = false;
};

} // namespace BackupDash
