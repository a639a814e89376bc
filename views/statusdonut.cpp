#include "views/statusdonut.h"

#include "views/chartpalette.h"
#include "views/chartstyle.h"

#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace BackupDash {

namespace {

QString taskCountText(int n)
{
    return n == 1 ? StatusDonut::tr("1 task") : StatusDonut::tr("%n tasks", nullptr, n);
}

} // namespace

// A count and its status as words in a line ("168 failed"): phrases of their own, since a
// language may need other word forms there than the legend's ("Warnung", "52 mit Warnung").
QString tallyPart(const std::optional<Status> &part, int n)
{
    if (!part)
        return StatusDonut::tr("%1 stale").arg(n);
    switch (*part) {
    case Status::Success:
        return StatusDonut::tr("%1 success").arg(n);
    case Status::Warning:
        return StatusDonut::tr("%1 warning").arg(n);
    case Status::Failed:
        return StatusDonut::tr("%1 failed").arg(n);
    case Status::Running:
        return StatusDonut::tr("%1 running").arg(n);
    case Status::Queued:
        return StatusDonut::tr("%1 queued").arg(n);
    case Status::Paused:
        return StatusDonut::tr("%1 paused").arg(n);
    case Status::Cancelled:
        return StatusDonut::tr("%1 cancelled").arg(n);
    case Status::Unknown:
        break;
    }
    return StatusDonut::tr("%1 unknown").arg(n);
}

QString tallyWords(const StatusTally &tally)
{
    QStringList parts;
    for (const std::optional<Status> &part : ChartStyle::chartOrder()) {
        if (const int n = tally.part(part); n > 0)
            parts << tallyPart(part, n);
    }
    return parts.join(QStringLiteral(", "));
}

StatusDonut::StatusDonut(QWidget *parent)
    : QChartView(parent)
    , m_series(new QPieSeries(this))
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.85);
    for (const std::optional<Status> &part : ChartStyle::chartOrder()) {
        auto *slice = new QPieSlice(ChartStyle::labelFor(part), 0);
        slice->setBrush(ChartStyle::brushFor(part));
        slice->setBorderColor(palette().color(QPalette::Base));
        m_series->append(slice);
        m_slices.append(slice);
        connect(slice, &QPieSlice::clicked, this, [this, part] { Q_EMIT picked(ChartPick { part, {} }); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    chart->addSeries(m_series);
    // QChartView(parent) made a default chart; setChart() lets go of it without deleting it (Qt's
    // documentation says so, and LeakSanitizer found each one leaked).
    QChart *const defaultChart = this->chart();
    setChart(chart); // the view owns the chart, the chart the series
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    followPalette(*chart, palette());
    setTally({});
}

void StatusDonut::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    followPalette(*chart(), palette());
    for (QPieSlice *slice : std::as_const(m_slices))
        slice->setBorderColor(palette().color(QPalette::Base));
}

void StatusDonut::setTally(const StatusTally &tally)
{
    m_tally = tally;
    const QList<std::optional<Status>> order = ChartStyle::chartOrder();
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int n = tally.part(order[i]);
        QPieSlice *slice = m_slices[i];
        slice->setValue(n);
        slice->setLabel(QStringLiteral("%1: %2").arg(ChartStyle::labelFor(order[i])).arg(n));
        slice->setLabelVisible(false); // the legend carries the words; slice labels would collide
        if (i < markers.size())
            markers[i]->setVisible(n > 0);
    }
    chart()->setTitle(tally.total() == 0 ? tr("No tasks yet") : taskCountText(tally.total()));
    setToolTip(summary());
    setAccessibleName(tr("Tasks by status"));
    setAccessibleDescription(summary());
}

QString StatusDonut::summary() const
{
    if (m_tally.total() == 0)
        return tr("No tasks yet");
    return QStringLiteral("%1: %2").arg(taskCountText(m_tally.total()), tallyWords(m_tally));
}

QPieSlice *StatusDonut::sliceFor(const std::optional<Status> &part) const
{
    const qsizetype i = ChartStyle::chartOrder().indexOf(part);
    return i < 0 ? nullptr : m_slices[i];
}

} // namespace BackupDash
