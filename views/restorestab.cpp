#include "views/restorestab.h"

#include "models/formatting.h"
#include "models/restorefilterproxymodel.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "views/emptystateoverlay.h"
#include "views/restoreitemdelegate.h"
#include "views/tablesetup.h"

#include "models/formatting.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace BackupDash {

namespace {

enum StatusChoice { AllRestores, ActiveRestores, FailedRestores, SucceededRestores, CancelledRestores };

QSet<Status> statusesOf(int choice)
{
    switch (choice) {
    case ActiveRestores:
        return { Status::Running, Status::Queued, Status::Paused };
    case FailedRestores:
        return { Status::Failed, Status::Unknown };
    case SucceededRestores:
        return { Status::Success, Status::Warning };
    case CancelledRestores:
        return { Status::Cancelled };
    default:
        return {};
    }
}

} // namespace

RestoresTab::RestoresTab(RestoreTableModel &restores, SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_restores(restores)
    , m_sources(sources)
    , m_proxy(new RestoreFilterProxyModel(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_empty(new EmptyStateOverlay(*m_view))
    , m_abortAction(new QAction(tr("&Abort…"), this))
{
    m_source->setAccessibleName(tr("Source"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), AllRestores);
    m_status->addItem(tr("Running or queued"), ActiveRestores);
    m_status->addItem(tr("Failed"), FailedRestores);
    m_status->addItem(tr("Succeeded"), SucceededRestores);
    m_status->addItem(tr("Cancelled"), CancelledRestores);

    m_proxy->setSourceModel(&m_restores);
    m_view->setModel(m_proxy);
    configureDataTable(*m_view);
    m_view->setItemDelegate(new RestoreItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(RestoreTableModel::StartedColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Restore jobs of every source"));
    fitColumnWidth(*m_view, RestoreTableModel::TargetColumn,
                   { QStringLiteral("Exchange restore – contoso.onmicrosoft.com") });
    fitColumnWidth(*m_view, RestoreTableModel::SourceColumn, { QStringLiteral("sim-clumio-a") });
    fitColumnWidth(*m_view, RestoreTableModel::VendorColumn, { QStringLiteral("Veeam VB365") });
    fitColumnWidth(*m_view, RestoreTableModel::StatusColumn, { tr("Cancelled · stale") }, 40);
    fitColumnWidth(*m_view, RestoreTableModel::ProgressColumn, { QStringLiteral("100 %  progress") });
    const QString time = formatTimestamp(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC));
    fitColumnWidth(*m_view, RestoreTableModel::StartedColumn, { time });
    fitColumnWidth(*m_view, RestoreTableModel::EndedColumn, { time });
    fitColumnWidth(*m_view, RestoreTableModel::DurationColumn, { QStringLiteral("1 h 02 min") });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Source:"), this));
    filters->addWidget(m_source);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addStretch(1);
    auto *abortButton = new QPushButton(this);
    abortButton->setText(tr("Abort…"));
    connect(abortButton, &QPushButton::clicked, m_abortAction, &QAction::trigger);
    connect(m_abortAction, &QAction::changed, abortButton, [this, abortButton] {
        abortButton->setEnabled(m_abortAction->isEnabled());
        abortButton->setToolTip(m_abortAction->toolTip());
    });
    filters->addWidget(abortButton);
    auto *auditButton = new QPushButton(tr("Audit log…"), this);
    auditButton->setToolTip(tr("Every restore and abort asked for here, and what became of it"));
    connect(auditButton, &QPushButton::clicked, this, &RestoresTab::auditLogRequested);
    filters->addWidget(auditButton);
    m_abortAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_abortAction);
    connect(m_abortAction, &QAction::triggered, this, [this] {
        if (const std::optional<RestoreJob> restore = selectedRestore())
            Q_EMIT abortRequested(*restore);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoresTab::updateAbortAction);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RestoresTab::updateAbortAction);
    auto *note = new QLabel(tr("Start a restore from Backup tasks (select a task, Restore… or Ctrl+R). Each request "
                               "is journaled and reaches the vendor once; an outcome that is not clear is checked "
                               "against the vendor's own list, never sent again."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);

    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSourceFilter(m_source->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RestoresTab::applyStatusFilter);
    connect(&m_sources, &QAbstractItemModel::modelReset, this, &RestoresTab::refreshSources);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &RestoresTab::updateSummary);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RestoresTab::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RestoresTab::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RestoresTab::updateSummary);
    refreshSources();
    updateSummary();
    updateAbortAction();
}

std::optional<RestoreJob> RestoresTab::selectedRestore() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? std::optional<RestoreJob>(m_restores.restoreAt(source.row())) : std::nullopt;
}

void RestoresTab::updateAbortAction()
{
    const std::optional<RestoreJob> restore = selectedRestore();
    const bool stale = restore && m_restores.isStale(restore->sourceId);
    m_abortAction->setEnabled(restore && restore->abortable && !stale && restore->note.isEmpty());
    if (!restore)
        m_abortAction->setToolTip(tr("Select a running restore job to abort"));
    else if (!restore->abortable)
        m_abortAction->setToolTip(
            tr("%1 does not allow aborting this job (%2)").arg(vendorText(restore->vendor), restore->vendorStatus));
    else if (stale)
        m_abortAction->setToolTip(
            tr("%1 is not answering; its jobs cannot be aborted from here now").arg(restore->sourceId));
    else
        m_abortAction->setToolTip(tr("Abort %1 (Ctrl+Shift+A)").arg(restore->target));
}

void RestoresTab::refreshSources()
{
    const QString chosen = m_source->currentData().toString();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const SourceState &source : m_sources.sources())
        m_source->addItem(source.id, source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
    m_proxy->setSourceFilter(m_source->currentData().toString());
}

void RestoresTab::applyStatusFilter()
{
    m_proxy->setStatusFilter(statusesOf(m_status->currentData().toInt()));
    updateSummary();
}

void RestoresTab::updateSummary()
{
    int running = 0;
    int failed = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const Status status = m_proxy->index(row, 0).data(RestoreTableModel::StatusRole).value<Status>();
        running += (status == Status::Running || status == Status::Queued) ? 1 : 0;
        failed += status == Status::Failed ? 1 : 0;
    }
    const int shown = m_proxy->rowCount();
    QStringList parts { shown == 1 ? tr("1 restore job") : tr("%n restore jobs", nullptr, shown) };
    if (running > 0)
        parts << tr("%1 running or queued").arg(running);
    if (failed > 0)
        parts << tr("%1 failed").arg(failed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    if (shown > 0)
        m_empty->setMessage({});
    else if (m_restores.rowCount() > 0)
        m_empty->setMessage(tr("No restore job matches the filters"), tr("Choose all sources and all statuses."));
    else
        m_empty->setMessage(tr("No restore jobs reported yet"),
                            tr("Restore jobs of every source appear here as the vendors report them. CloudAlly "
                               "lists only restores started from BackupDash."));
}

QString RestoresTab::summaryText() const
{
    return m_summary->text();
}

QString RestoresTab::emptyStateText() const
{
    return m_empty->title();
}

} // namespace BackupDash
