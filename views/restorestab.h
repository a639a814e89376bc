#pragma once

#include "models/restorejob.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace BackupDash {

class EmptyStateOverlay;
class RestoreFilterProxyModel;
class RestoreTableModel;
class SourceTableModel;

// The Restores tab: every vendor's restore jobs in one table, newest first, with their
// progress, filterable by source and status.
class RestoresTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoresTab)

public:
    RestoresTab(RestoreTableModel &restores, SourceTableModel &sources, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RestoreFilterProxyModel *proxyModel() const { return m_proxy; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *statusFilter() const { return m_status; }
    QString summaryText() const;
    QString emptyStateText() const;
    QAction *abortAction() const { return m_abortAction; }
    std::optional<RestoreJob> selectedRestore() const;

Q_SIGNALS:
    void abortRequested(const BackupDash::RestoreJob &restore); // Abort… on the selected restore job
    void auditLogRequested();

private:
    void refreshSources();
    void applyStatusFilter();
    void updateSummary();
    void updateAbortAction();

    RestoreTableModel &m_restores;
    SourceTableModel &m_sources;
    RestoreFilterProxyModel *m_proxy;
    QComboBox *m_source;
    QComboBox *m_status;
    QLabel *m_summary;
    QTableView *m_view;
    EmptyStateOverlay *m_empty;
    QAction *m_abortAction;
};

} // namespace BackupDash
