#include "views/taskstab.h"

#include "models/formatting.h"
#include "models/sourcetablemodel.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "views/emptystateoverlay.h"
#include "views/sourceattention.h"
#include "views/tablesetup.h"
#include "views/taskfilterbar.h"
#include "views/taskitemdelegate.h"
#include "views/tasksummarylabel.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace BackupDash {

TasksTab::TasksTab(TaskTableModel &tasks, SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_sources(sources)
    , m_proxy(new TaskFilterProxyModel(this))
    , m_filters(nullptr)
    , m_summary(nullptr)
    , m_view(new QTableView(this))
    , m_empty(nullptr)
    , m_emptyStateUpdate(new QTimer(this))
    , m_ageRefresh(new QTimer(this))
{
    m_proxy->setSourceModel(&m_tasks);
    m_filters = new TaskFilterBar(*m_proxy, m_sources, this);
    m_summary = new TaskSummaryLabel(m_tasks, *m_proxy, this);
    m_summary->setAccessibleName(tr("Task summary"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TaskItemDelegate(m_view));
    m_view->setAccessibleName(tr("Backup tasks"));
    configureDataTable(*m_view);
    setColumnWidths();
    // Worst first: the status column sorts by severity.
    m_view->horizontalHeader()->setSortIndicator(TaskTableModel::StatusColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_empty = new EmptyStateOverlay(*m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_emptyStateUpdate->setSingleShot(true);
    m_emptyStateUpdate->setInterval(0);
    connect(m_emptyStateUpdate, &QTimer::timeout, this, &TasksTab::updateEmptyState);
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(&m_sources) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TasksTab::scheduleEmptyStateUpdate);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TasksTab::scheduleEmptyStateUpdate);
        connect(model, &QAbstractItemModel::modelReset, this, &TasksTab::scheduleEmptyStateUpdate);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TasksTab::scheduleEmptyStateUpdate);
    }
    connect(&m_sources, &QAbstractItemModel::dataChanged, this, &TasksTab::scheduleEmptyStateUpdate);
    connect(m_filters, &TaskFilterBar::filtersChanged, this, &TasksTab::scheduleEmptyStateUpdate);
    updateEmptyState();

    m_ageRefresh->setInterval(AgeRefreshMs);
    connect(m_ageRefresh, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    m_ageRefresh->start();
}

void TasksTab::focusSearch()
{
    m_filters->focusSearch();
}

QString TasksTab::emptyStateText() const
{
    return m_empty->title();
}

void TasksTab::setColumnWidths()
{
    const QString time = formatTimestamp(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC));
    const int icon = TaskItemDelegate::statusDecorationWidth(m_view->iconSize().height());
    fitColumnWidth(*m_view, TaskTableModel::NameColumn, { QStringLiteral("Exchange mailboxes – Finance dept.") });
    fitColumnWidth(*m_view, TaskTableModel::SourceColumn, { QStringLiteral("vb365-hq-prod") });
    fitColumnWidth(*m_view, TaskTableModel::VendorColumn, { vendorText(QStringLiteral("veeam-vb365")) });
    fitColumnWidth(*m_view, TaskTableModel::WorkloadColumn, { workloadText(QStringLiteral("MS365")) });
    // Wide enough for a disabled job's "Paused (disabled; last: Success)"; longer ones elide.
    fitColumnWidth(*m_view, TaskTableModel::StatusColumn,
                   { tr("%1 · stale").arg(statusText(Status::Cancelled)),
                     tr("%1 (disabled; last: %2)").arg(statusText(Status::Paused), QStringLiteral("Success")) },
                   icon);
    fitColumnWidth(*m_view, TaskTableModel::LastRunColumn, { time });
    fitColumnWidth(*m_view, TaskTableModel::DurationColumn, { formatDuration(36'000) });
    fitColumnWidth(*m_view, TaskTableModel::LastSuccessColumn, { time });
    fitColumnWidth(*m_view, TaskTableModel::NextRunColumn, { time, tr("not scheduled") });
    fitColumnWidth(*m_view, TaskTableModel::DataAgeColumn, { formatAge(86'400 * 10) });
}

void TasksTab::scheduleEmptyStateUpdate()
{
    if (!m_emptyStateUpdate->isActive())
        m_emptyStateUpdate->start();
}

void TasksTab::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_empty->setMessage({});
        return;
    }
    if (m_tasks.rowCount() > 0) {
        m_empty->setMessage(tr("No tasks match the filters"),
                            tr("Clear the search, or choose “All statuses” and “All sources”."));
        return;
    }
    int waiting = 0;
    int attention = 0;
    for (const SourceState &source : m_sources.sources()) {
        if (isAwaitingFirstPoll(source) || (source.enabled && source.polling && !source.lastSuccessAt.isValid()))
            ++waiting;
        else if (needsAttention(source))
            ++attention;
    }
    if (waiting > 0) {
        m_empty->setMessage(tr("Waiting for the first poll…"), tr("Tasks appear here as soon as the sources answer."));
        return;
    }
    QString detail;
    if (m_sources.rowCount() == 0)
        detail = tr("No sources are configured.");
    else if (attention == 1)
        detail = tr("1 source did not answer; the Sources tab says why.");
    else if (attention > 1)
        detail = tr("%n sources did not answer; the Sources tab says why.", nullptr, attention);
    m_empty->setMessage(tr("No backup tasks reported by any source"), detail);
}

} // namespace BackupDash
