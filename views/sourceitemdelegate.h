#pragma once

#include <QStyledItemDelegate>

namespace BackupDash {

class SourceTableModel;
struct SourceState;

// Paints the Sources table: the State column shows the health icon beside its words; the
// Last error column carries the same icon whenever there is an error, and its tooltip holds
// the whole (possibly long) error, wrapped.
class SourceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceItemDelegate)

public:
    explicit SourceItemDelegate(const SourceTableModel &sources, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The tooltip of a Last error cell: the error in full, as wrapping rich text.
    QString errorToolTip(const QModelIndex &index) const;

private:
    const SourceState *sourceAt(const QModelIndex &index) const;

    const SourceTableModel &m_sources;
};

} // namespace BackupDash
