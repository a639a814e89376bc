#pragma once

#include <QWidget>

class QTableView;
class QTimer;

namespace BackupDash {

class EmptyStateOverlay;
class SourceTableModel;
class TaskFilterBar;
class TaskFilterProxyModel;
class TaskSummaryLabel;
class TaskTableModel;

// The Backup tasks tab: filters, a one-line summary, and every source's tasks in one table,
// worst status first.
class TasksTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksTab)

public:
    TasksTab(TaskTableModel &tasks, SourceTableModel &sources, QWidget *parent = nullptr);

    void focusSearch();

    QTableView *view() const { return m_view; }
    TaskFilterProxyModel *proxyModel() const { return m_proxy; }
    TaskFilterBar *filterBar() const { return m_filters; }
    TaskSummaryLabel *summaryLabel() const { return m_summary; }
    // The message shown instead of an empty table; empty while rows are shown.
    QString emptyStateText() const;

    // "Data age" is computed from the clock, so the table repaints on this period.
    static constexpr int AgeRefreshMs = 15'000;

private:
    void setColumnWidths();
    void scheduleEmptyStateUpdate();
    void updateEmptyState();

    TaskTableModel &m_tasks;
    SourceTableModel &m_sources;
    TaskFilterProxyModel *m_proxy;
    TaskFilterBar *m_filters;
    TaskSummaryLabel *m_summary;
    QTableView *m_view;
    EmptyStateOverlay *m_empty;
    QTimer *m_emptyStateUpdate;
    QTimer *m_ageRefresh;
};

} // namespace BackupDash
