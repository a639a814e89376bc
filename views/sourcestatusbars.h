#pragma once

#include "models/estatecounts.h"
#include "views/chartpick.h"

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace BackupDash {

// One horizontal stacked bar per source, split by status (and the stale share). The bar sets
// live as long as the chart; a refresh changes only the values that moved, and rebuilds the
// categories only when the list of sources changed. Clicking a part asks for those tasks.
class SourceStatusBars final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceStatusBars)

public:
    explicit SourceStatusBars(QWidget *parent = nullptr);

    // The sources top-down in the given order.
    void setSources(const QList<SourceTally> &sources);
    QStringList sourceIds() const { return m_sourceIds; } // bottom-up, as the axis counts

    QBarSet *setFor(const std::optional<Status> &part) const;
    QString summary() const; // one line per source, in words

Q_SIGNALS:
    void picked(const BackupDash::ChartPick &pick);

protected:
    void changeEvent(QEvent *event) override;

private:
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QList<QBarSet *> m_sets; // ChartStyle::chartOrder()
    QStringList m_sourceIds;
    QList<SourceTally> m_sources;
};

} // namespace BackupDash
