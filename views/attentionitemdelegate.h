#pragma once

#include <QStyledItemDelegate>

namespace BackupDash {

// "Needs attention" rows: the kind with the icon of the status or source health it stands
// for (shape and colour, never colour alone), and the rows of a source whose data is not
// current drawn in the disabled text colour, as in Backup tasks.
class AttentionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace BackupDash
