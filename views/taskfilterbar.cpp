#include "views/taskfilterbar.h"

#include "models/formatting.h"
#include "models/sourcetablemodel.h"
#include "models/taskfilterproxymodel.h"
#include "views/statusicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <array>

namespace BackupDash {

namespace {

// Status combo item data: one status, or one of these choices.
constexpr int AllStatuses = -1;
constexpr int Problems = -2;

// Worst first, as the table sorts.
constexpr std::array<Status, StatusCount> StatusOrder { Status::Failed,  Status::Warning,   Status::Unknown,
                                                        Status::Paused,  Status::Cancelled, Status::Queued,
                                                        Status::Running, Status::Success };

} // namespace

TaskFilterBar::TaskFilterBar(TaskFilterProxyModel &proxy, SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_sources(sources)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_vendor(new QComboBox(this))
    , m_staleOnly(new QCheckBox(tr("Stale only"), this))
{
    m_search->setPlaceholderText(tr("Search name, source, vendor, workload, status…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    m_search->setToolTip(tr("Search tasks (Ctrl+F)"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setAccessibleName(tr("Source filter"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vendor->setAccessibleName(tr("Vendor filter"));
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_staleOnly->setToolTip(tr("Only tasks whose source did not answer its last poll"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_vendor);
    layout->addWidget(m_source);
    layout->addWidget(m_staleOnly);
    layout->addStretch(1);

    fillStatusCombo();
    rebuildSourceCombo();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setSearchText(text);
        Q_EMIT filtersChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &TaskFilterBar::applyStatus);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TaskFilterBar::applySource);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &TaskFilterBar::applyVendor);
    connect(m_staleOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy.setStaleOnly(on);
        Q_EMIT filtersChanged();
    });
    // The list of sources changes with the configuration (a reset), rarely otherwise.
    connect(&m_sources, &QAbstractItemModel::modelReset, this, &TaskFilterBar::rebuildSourceCombo);
    connect(&m_sources, &QAbstractItemModel::rowsInserted, this, &TaskFilterBar::rebuildSourceCombo);
    connect(&m_sources, &QAbstractItemModel::rowsRemoved, this, &TaskFilterBar::rebuildSourceCombo);
}

QSet<Status> TaskFilterBar::problemStatuses()
{
    return { Status::Failed, Status::Warning, Status::Unknown };
}

bool TaskFilterBar::isFiltering() const
{
    return !m_proxy.searchText().isEmpty() || !m_proxy.statusFilter().isEmpty() || !m_proxy.sourceFilter().isEmpty()
        || !m_proxy.vendorFilter().isEmpty() || m_staleOnly->isChecked();
}

void TaskFilterBar::showOnly(const std::optional<Status> &status, const QString &sourceId)
{
    showSource(sourceId);
    m_status->setCurrentIndex(m_status->findData(status ? int(*status) : AllStatuses));
    m_staleOnly->setChecked(!status);
}

void TaskFilterBar::showSource(const QString &sourceId)
{
    m_search->clear();
    m_vendor->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_staleOnly->setChecked(false);
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceId)));
}

void TaskFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TaskFilterBar::fillStatusCombo()
{
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(StatusIcons::statusIcon(Status::Warning), tr("Problems (failed, warning, unknown)"), Problems);
    m_status->insertSeparator(m_status->count());
    for (Status status : StatusOrder)
        m_status->addItem(StatusIcons::statusIcon(status), statusText(status), int(status));
}

void TaskFilterBar::applyStatus()
{
    const int choice = m_status->currentData().toInt();
    if (choice == AllStatuses)
        m_proxy.setStatusFilter({});
    else if (choice == Problems)
        m_proxy.setStatusFilter(problemStatuses());
    else
        m_proxy.setStatusFilter({ Status(choice) });
    Q_EMIT filtersChanged();
}

void TaskFilterBar::rebuildSourceCombo()
{
    const QString currentVendor = m_proxy.vendorFilter();
    {
        // Vendors in the order the configuration first names them.
        const QSignalBlocker blocker(m_vendor);
        m_vendor->clear();
        m_vendor->addItem(tr("All vendors"), QString());
        for (const SourceState &source : m_sources.sources()) {
            if (m_vendor->findData(source.vendor) < 0)
                m_vendor->addItem(vendorText(source.vendor), source.vendor);
        }
        const int keep = m_vendor->findData(currentVendor);
        m_vendor->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    applyVendor();
    const QString current = m_proxy.sourceFilter();
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(tr("All sources"), QString());
        for (const SourceState &source : m_sources.sources())
            m_source->addItem(source.id, source.id);
        const int keep = m_source->findData(current);
        m_source->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    applySource(); // a source that left the configuration no longer filters
}

void TaskFilterBar::applyVendor()
{
    const QString id = m_vendor->currentData().toString();
    if (id == m_proxy.vendorFilter())
        return;
    m_proxy.setVendorFilter(id);
    Q_EMIT filtersChanged();
}

void TaskFilterBar::applySource()
{
    const QString id = m_source->currentData().toString();
    if (id == m_proxy.sourceFilter())
        return;
    m_proxy.setSourceFilter(id);
    Q_EMIT filtersChanged();
}

} // namespace BackupDash
