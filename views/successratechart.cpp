#include "views/successratechart.h"

#include "views/chartpalette.h"
#include "views/statusicons.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>

namespace BackupDash {

namespace {

// Days on the time axis: "26 Nov" in the C locale; else the locale's numeric date without the
// year ("26.11" in German), since the axis writes month names in English whatever the locale.
QString dayFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("d MMM");
    static const QRegularExpression Year(QStringLiteral("[^dM]*y+[^dM]*"));
    return locale.dateFormat(QLocale::ShortFormat).remove(Year);
}

} // namespace

SuccessRateChart::SuccessRateChart(QWidget *parent)
    : QChartView(parent)
    , m_time(new QDateTimeAxis(this))
    , m_percent(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Success rate"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d %%"));
    m_percent->setTickCount(6);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_percent, Qt::AlignLeft);
    // QChartView(parent) made a default chart; setChart() lets go of it without deleting it (Qt's
    // documentation says so, and LeakSanitizer found each one leaked).
    QChart *const defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
    setAccessibleName(tr("Success rate over time"));
    followPalette(*chart, palette());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setLines({}, now.addDays(-1), now);
}

void SuccessRateChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette(*chart(), palette());
}

QLineSeries *SuccessRateChart::addSeries(const RateLine &line)
{
    auto *series = new QLineSeries(this);
    series->setName(line.label);
    series->setPointsVisible(true);
    chart()->addSeries(series); // the theme gives each vendor its colour here
    QPen pen = series->pen();
    pen.setWidthF(line.key.isEmpty() ? 3.0 : 1.5); // "all vendors" reads first
    if (line.key.isEmpty())
        pen.setColor(StatusIcons::statusFill(Status::Success).darker(120));
    series->setPen(pen);
    series->attachAxis(m_time);
    series->attachAxis(m_percent);
    m_series.insert(line.key, series);
    return series;
}

void SuccessRateChart::setLines(const QList<RateLine> &lines, const QDateTime &from, const QDateTime &to)
{
    m_lines = lines;
    QSet<QString> present;
    for (const RateLine &line : lines) {
        QLineSeries *series = m_series.value(line.key);
        if (!series)
            series = addSeries(line);
        series->replace(line.points);
        present.insert(line.key);
    }
    // A vendor no longer in the history keeps its series, empty, so colours stay put.
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (!present.contains(it.key()))
            it.value()->clear();
    }
    m_time->setRange(from.toLocalTime(), to.toLocalTime());
    m_time->setFormat(from.secsTo(to) <= 2 * 24 * 3600 ? QStringLiteral("HH:mm") : dayFormat());
    m_time->setTickCount(7);
    chart()->setTitle(hasData() ? tr("Success rate") : tr("Success rate — no history in this period yet"));
    setToolTip(summary());
    setAccessibleDescription(summary());
}

bool SuccessRateChart::hasData() const
{
    for (const RateLine &line : m_lines) {
        if (!line.points.isEmpty())
            return true;
    }
    return false;
}

QString SuccessRateChart::summary() const
{
    if (!hasData())
        return tr("No history in this period yet: the success rate appears after a few polls.");
    QStringList parts;
    for (const RateLine &line : m_lines) {
        if (!line.points.isEmpty())
            parts << tr("%1: %2 %").arg(line.label).arg(qRound(line.points.constLast().y()));
    }
    return tr("Latest success rate — %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace BackupDash
