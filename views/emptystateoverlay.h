#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace BackupDash {

// A calm, centred message over an empty table's viewport instead of a bare grid. The view's
// headers stay visible above it; clicks pass through.
class EmptyStateOverlay final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateOverlay)

public:
    explicit EmptyStateOverlay(QAbstractScrollArea &view);

    // Shows `title` with an optional smaller explanation under it; an empty title hides it.
    void setMessage(const QString &title, const QString &detail = {});
    QString title() const { return isHidden() ? QString() : m_title; }
    QString detail() const { return isHidden() ? QString() : m_detail; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
    QString m_title;
    QString m_detail;
};

} // namespace BackupDash
