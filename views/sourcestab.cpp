#include "views/sourcestab.h"

#include "models/formatting.h"
#include "models/sourcetablemodel.h"
#include "views/healthlegend.h"
#include "views/iconcellpainter.h"
#include "views/sourceitemdelegate.h"
#include "views/tablesetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace BackupDash {

SourcesTab::SourcesTab(SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_legend(new HealthLegend(this))
    , m_edit(new QPushButton(tr("&Edit sources…"), this))
{
    m_proxy->setSourceModel(&m_sources);
    m_proxy->setSortRole(SourceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new SourceItemDelegate(m_sources, m_view));
    m_view->setAccessibleName(tr("Sources"));
    configureDataTable(*m_view);
    setColumnWidths();
    m_view->horizontalHeader()->setSortIndicator(SourceTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_edit->setToolTip(tr("Add, edit, remove, enable or disable sources (File → Sources…)"));
    connect(m_edit, &QPushButton::clicked, this, &SourcesTab::editSourcesRequested);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_edit, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void SourcesTab::setColumnWidths()
{
    const QString time = formatPollTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC));
    const int icon = iconRunWidth(1, m_view->iconSize().height());
    fitColumnWidth(*m_view, SourceTableModel::IdColumn, { QStringLiteral("vb365-hq-prod") });
    fitColumnWidth(*m_view, SourceTableModel::VendorColumn, { QStringLiteral("veeam-vb365") });
    fitColumnWidth(*m_view, SourceTableModel::StateColumn,
                   { healthText(SourceHealth::AuthFailed), healthText(SourceHealth::Pending) }, icon);
    fitColumnWidth(*m_view, SourceTableModel::LastPollColumn, { time });
    fitColumnWidth(*m_view, SourceTableModel::NextPollColumn, { time, tr("polling now") });
    fitColumnWidth(*m_view, SourceTableModel::TasksColumn, { QStringLiteral("00000") });
}

void SourcesTab::selectSource(const QString &sourceId)
{
    for (int row = 0; row < m_sources.rowCount(); ++row) {
        const QModelIndex source = m_sources.index(row, 0);
        if (source.data(SourceTableModel::SourceIdRole).toString() != sourceId)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(source);
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
}

} // namespace BackupDash
