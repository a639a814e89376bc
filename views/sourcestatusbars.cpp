#include "views/sourcestatusbars.h"

#include "models/formatting.h"
#include "views/chartpalette.h"
#include "views/chartstyle.h"
#include "views/statusdonut.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace BackupDash {

SourceStatusBars::SourceStatusBars(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Tasks per source"));
    // The donut beside it names the same colours; here a legend of eight would not fit.
    chart->legend()->hide();
    for (const std::optional<Status> &part : ChartStyle::chartOrder()) {
        auto *set = new QBarSet(ChartStyle::labelFor(part));
        set->setBrush(ChartStyle::brushFor(part));
        set->setBorderColor(palette().color(QPalette::Base));
        m_series->append(set);
        m_sets.append(set);
        connect(set, &QBarSet::clicked, this, [this, part](int index) {
            if (index >= 0 && index < m_sourceIds.size())
                Q_EMIT picked(ChartPick { part, m_sourceIds[index] });
        });
        connect(set, &QBarSet::hovered, this, [this, part](bool on, int index) {
            if (!on || index < 0 || index >= m_sources.size())
                return QToolTip::hideText();
            const int n = m_sources[index].tally.part(part);
            QToolTip::showText(QCursor::pos(),
                               tr("%1 · %2: %3 of %4")
                                   .arg(m_sources[index].sourceId, ChartStyle::labelFor(part))
                                   .arg(n)
                                   .arg(m_sources[index].tally.total()));
        });
    }
    m_series->setBarWidth(0.6);
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(tr("tasks"));
    // QChartView(parent) made a default chart; setChart() lets go of it without deleting it (Qt's
    // documentation says so, and LeakSanitizer found each one leaked).
    QChart *const defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
    setAccessibleName(tr("Tasks per source by status"));
    followPalette(*chart, palette());
    setSources({});
}

void SourceStatusBars::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    followPalette(*chart(), palette());
    for (QBarSet *set : std::as_const(m_sets))
        set->setBorderColor(palette().color(QPalette::Base));
}

void SourceStatusBars::setSources(const QList<SourceTally> &given)
{
    // A horizontal bar chart draws its first category at the bottom: reversed, the first
    // source reads at the top.
    const QList<SourceTally> sources(given.crbegin(), given.crend());
    QStringList ids;
    for (const SourceTally &s : sources)
        ids << s.sourceId;
    const QList<std::optional<Status>> order = ChartStyle::chartOrder();
    if (ids != m_sourceIds) {
        // The sources changed (configuration, a first poll): new categories, values afresh.
        m_sourceIds = ids;
        QStringList labels;
        for (const SourceTally &s : sources)
            labels << QStringLiteral("%1 (%2)").arg(s.sourceId, vendorText(s.vendor));
        m_categories->setCategories(labels);
        for (qsizetype i = 0; i < order.size(); ++i) {
            QList<qreal> values;
            for (const SourceTally &s : sources)
                values << s.tally.part(order[i]);
            QBarSet *set = m_sets[i];
            set->remove(0, set->count());
            set->append(values);
        }
    } else {
        for (qsizetype i = 0; i < order.size(); ++i) {
            for (qsizetype row = 0; row < sources.size(); ++row) {
                const int n = sources[row].tally.part(order[i]);
                if (m_sets[i]->at(row) != n)
                    m_sets[i]->replace(row, n);
            }
        }
    }
    m_sources = sources; // bottom-up, as drawn
    int widest = 0;
    for (const SourceTally &s : sources)
        widest = std::max(widest, s.tally.total());
    m_values->setRange(0, std::max(1, widest));
    m_values->applyNiceNumbers();
    setAccessibleDescription(summary());
}

QBarSet *SourceStatusBars::setFor(const std::optional<Status> &part) const
{
    const qsizetype i = ChartStyle::chartOrder().indexOf(part);
    return i < 0 ? nullptr : m_sets[i];
}

QString SourceStatusBars::summary() const
{
    QStringList lines;
    for (auto s = m_sources.crbegin(); s != m_sources.crend(); ++s)
        lines << QStringLiteral("%1 (%2): %3").arg(s->sourceId, vendorText(s->vendor), tallyWords(s->tally));
    return lines.join(QLatin1Char('\n'));
}

} // namespace BackupDash
