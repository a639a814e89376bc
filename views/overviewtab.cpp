#include "views/overviewtab.h"

#include "models/attentionmodel.h"
#include "models/formatting.h"
#include "models/sourcetablemodel.h"
#include "views/attentionitemdelegate.h"
#include "views/emptystateoverlay.h"
#include "views/sourcestatusbars.h"
#include "views/statusdonut.h"
#include "views/tablesetup.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace BackupDash {

OverviewTab::OverviewTab(AttentionModel &attention, SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_attention(attention)
    , m_sources(sources)
    , m_headline(new QLabel(this))
    , m_donut(new StatusDonut(this))
    , m_bars(new SourceStatusBars(this))
    , m_rate(new SuccessRateChart(this))
    , m_range(new QComboBox(this))
    , m_attentionBox(new QGroupBox(this))
    , m_attentionProxy(new QSortFilterProxyModel(this))
    , m_attentionView(new QTableView(m_attentionBox))
    , m_attentionEmpty(new EmptyStateOverlay(*m_attentionView))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Estate summary"));

    m_range->addItem(tr("Last 24 hours"), 24);
    m_range->addItem(tr("Last 7 days"), 7 * 24);
    m_range->addItem(tr("Last 30 days"), 30 * 24);
    m_range->setAccessibleName(tr("Success rate period"));

    m_attentionProxy->setSourceModel(&m_attention);
    m_attentionProxy->setSortRole(AttentionModel::SortRole);
    m_attentionView->setModel(m_attentionProxy);
    m_attentionView->setItemDelegate(new AttentionItemDelegate(m_attentionView));
    configureDataTable(*m_attentionView);
    m_attentionView->setSortingEnabled(true);
    m_attentionView->sortByColumn(AttentionModel::WhatColumn, Qt::DescendingOrder); // worst first
    m_attentionView->setAccessibleName(tr("Needs attention"));
    m_attentionView->horizontalHeader()->setStretchLastSection(false);
    m_attentionView->horizontalHeader()->setSectionResizeMode(AttentionModel::DetailColumn, QHeaderView::Stretch);
    fitColumnWidth(
        *m_attentionView, AttentionModel::WhatColumn,
        { attentionKindText(AttentionKind::SourceUnreachable), attentionKindText(AttentionKind::RpoBreached) }, 24);
    fitColumnWidth(*m_attentionView, AttentionModel::SinceColumn,
                   { formatTimestamp(QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC)) });
    m_attentionView->setColumnWidth(AttentionModel::TaskColumn, m_attentionView->fontMetrics().averageCharWidth() * 28);
    auto *attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->addWidget(m_attentionView);

    auto *rateBox = new QWidget(this);
    auto *rateLayout = new QVBoxLayout(rateBox);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Success rate &period:"), rateBox);
    rangeLabel->setBuddy(m_range);
    rangeRow->addStretch(1);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    rateLayout->addLayout(rangeRow);
    rateLayout->addWidget(m_rate, 1);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_headline, 0, 0, 1, 2);
    grid->addWidget(m_donut, 1, 0);
    grid->addWidget(m_bars, 1, 1);
    grid->addWidget(rateBox, 2, 0);
    grid->addWidget(m_attentionBox, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    connect(m_donut, &StatusDonut::picked, this, &OverviewTab::picked);
    connect(m_bars, &SourceStatusBars::picked, this, &OverviewTab::picked);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT rateRangeChanged(rateRangeHours()); });
    const auto open = [this](const QModelIndex &index) {
        const QModelIndex row = m_attentionProxy->mapToSource(index);
        if (row.isValid())
            Q_EMIT attentionActivated(row.data(AttentionModel::SourceIdRole).toString(),
                                      row.data(AttentionModel::TaskIdRole).toString());
    };
    connect(m_attentionView, &QTableView::activated, this, open); // Enter or double click
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(&m_attention, signal, this, &OverviewTab::updateAttentionTitle);
    connect(&m_attention, &QAbstractItemModel::modelReset, this, &OverviewTab::updateAttentionTitle);
    connect(&m_sources, &QAbstractItemModel::dataChanged, this, &OverviewTab::updateHeadline);
    connect(&m_sources, &QAbstractItemModel::modelReset, this, &OverviewTab::updateHeadline);
    updateAttentionTitle();
    updateHeadline();
}

void OverviewTab::setCounts(const EstateCounts &counts)
{
    m_counts = counts;
    // Bars in the configuration's order, whichever source answered first.
    QHash<QString, int> order;
    for (const SourceState &s : m_sources.sources())
        order.insert(s.id, int(order.size()));
    std::stable_sort(m_counts.bySource.begin(), m_counts.bySource.end(),
                     [&order](const SourceTally &a, const SourceTally &b) {
                         return order.value(a.sourceId, INT_MAX) < order.value(b.sourceId, INT_MAX);
                     });
    m_donut->setTally(m_counts.all);
    m_bars->setSources(m_counts.bySource);
    updateHeadline();
}

void OverviewTab::setRateLines(const QList<RateLine> &lines, const QDateTime &from, const QDateTime &to)
{
    m_rate->setLines(lines, from, to);
}

int OverviewTab::rateRangeHours() const
{
    return m_range->currentData().toInt();
}

void OverviewTab::setRateRangeHours(int hours)
{
    const int index = m_range->findData(hours);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

QString OverviewTab::headline() const
{
    return m_headline->text();
}

void OverviewTab::updateHeadline()
{
    int unreachable = 0;
    int stale = 0;
    int pending = 0;
    for (const SourceState &s : m_sources.sources()) {
        if (!s.enabled)
            continue;
        if (s.health == SourceHealth::Unreachable || s.health == SourceHealth::AuthFailed)
            ++unreachable;
        else if (s.health == SourceHealth::Stale)
            ++stale;
        else if (s.health == SourceHealth::Pending)
            ++pending;
    }
    const StatusTally &all = m_counts.all;
    QStringList parts;
    parts << (all.total() == 1 ? tr("1 task") : tr("%n tasks", nullptr, all.total()));
    if (const QString words = tallyWords(all); !words.isEmpty())
        parts << words;
    if (unreachable > 0)
        parts << (unreachable == 1 ? tr("1 source not answering")
                                   : tr("%n sources not answering", nullptr, unreachable));
    if (stale > 0)
        parts << (stale == 1 ? tr("1 source stale") : tr("%n sources stale", nullptr, stale));
    if (pending > 0)
        parts << (pending == 1 ? tr("1 source not polled yet") : tr("%n sources not polled yet", nullptr, pending));
    m_headline->setText(parts.join(QStringLiteral(" · ")));
}

void OverviewTab::updateAttentionTitle()
{
    const int n = m_attention.rowCount();
    m_attentionBox->setTitle(n == 0 ? tr("Needs attention") : tr("Needs attention (%1)").arg(n));
    m_attentionEmpty->setMessage(n == 0 ? tr("Nothing needs your attention") : QString(),
                                 tr("No failures, warnings, missed runs, RPO breaches or unreachable sources."));
}

} // namespace BackupDash
