#pragma once

#include "models/estatecounts.h"
#include "views/chartpick.h"
#include "views/successratechart.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace BackupDash {

class AttentionModel;
class EmptyStateOverlay;
class SourceStatusBars;
class SourceTableModel;
class StatusDonut;

// The estate at a glance: one line of words, tasks by status, tasks per source, the success
// rate over time from the local history, and what needs the operator, worst first. Clicking a
// chart part or an attention row leads to those tasks. The tab only shows: the app feeds it.
class OverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    OverviewTab(AttentionModel &attention, SourceTableModel &sources, QWidget *parent = nullptr);

    void setCounts(const EstateCounts &counts);
    void setRateLines(const QList<RateLine> &lines, const QDateTime &from, const QDateTime &to);
    int rateRangeHours() const; // 24, 7 × 24 or 30 × 24
    void setRateRangeHours(int hours);

    QString headline() const;
    StatusDonut *donut() const { return m_donut; }
    SourceStatusBars *bars() const { return m_bars; }
    SuccessRateChart *rateChart() const { return m_rate; }
    QComboBox *rangeCombo() const { return m_range; }
    QTableView *attentionView() const { return m_attentionView; }

Q_SIGNALS:
    void picked(const BackupDash::ChartPick &pick);
    void rateRangeChanged(int hours);
    // An attention row was opened: a task (taskId set) or a source (taskId empty).
    void attentionActivated(const QString &sourceId, const QString &taskId);

private:
    void updateHeadline();
    void updateAttentionTitle();

    AttentionModel &m_attention;
    SourceTableModel &m_sources;
    QLabel *m_headline;
    StatusDonut *m_donut;
    SourceStatusBars *m_bars;
    SuccessRateChart *m_rate;
    QComboBox *m_range;
    QGroupBox *m_attentionBox;
    QSortFilterProxyModel *m_attentionProxy;
    QTableView *m_attentionView;
    EmptyStateOverlay *m_attentionEmpty;
    EstateCounts m_counts;
};

} // namespace BackupDash
