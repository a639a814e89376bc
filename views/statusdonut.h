#pragma once

#include "models/estatecounts.h"
#include "views/chartpick.h"

#include <QChartView>
#include <QList>

class QPieSeries;
class QPieSlice;

namespace BackupDash {

// Every task by normalized status as a donut, with the count in each slice's label and the
// total in the title. One slice per status (and one for the stale share) lives as long as
// the chart; a refresh only changes values, so hover and legend never flicker. Clicking a
// slice asks for those tasks.
class StatusDonut final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDonut)

public:
    explicit StatusDonut(QWidget *parent = nullptr);

    void setTally(const StatusTally &tally);
    const StatusTally &tally() const { return m_tally; }
    // The chart in words, for screen readers and the tooltip: "12 tasks: 3 failed, …".
    QString summary() const;
    QPieSlice *sliceFor(const std::optional<Status> &part) const;

Q_SIGNALS:
    void picked(const BackupDash::ChartPick &pick);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPieSeries *m_series;
    QList<QPieSlice *> m_slices; // ChartStyle::chartOrder()
    StatusTally m_tally;
};

// "3 failed, 2 warning, 1 stale (source not answering)": the non-empty parts, worst first.
QString tallyWords(const StatusTally &tally);

} // namespace BackupDash
