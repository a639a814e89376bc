// The Overview's charts on the offscreen platform: the donut and the per-source bars show the
// counts they are given, keep their slices and sets across refreshes (values change in place),
// hide empty parts from the legend, say what they show in words, and ask for the clicked part's
// tasks; the success-rate chart refreshes each line with one replace().
#include "views/chartstyle.h"
#include "views/sourcestatusbars.h"
#include "views/statusdonut.h"
#include "views/successratechart.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

StatusTally tally(int success, int failed, int warning, int stale = 0)
{
    StatusTally t;
    t.byStatus[size_t(Status::Success)] = success;
    t.byStatus[size_t(Status::Failed)] = failed;
    t.byStatus[size_t(Status::Warning)] = warning;
    t.stale = stale;
    return t;
}

QLegendMarker *markerFor(QChart *chart, QAbstractSeries *series, const std::optional<Status> &part)
{
    return chart->legend()->markers(series).value(ChartStyle::chartOrder().indexOf(part));
}

} // namespace

class TestOverviewCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void donutShowsCountsAndWords()
    {
        StatusDonut donut;
        donut.setTally(tally(5, 2, 1, 3));
        QCOMPARE(donut.sliceFor(Status::Success)->value(), 5.0);
        QCOMPARE(donut.sliceFor(Status::Failed)->value(), 2.0);
        QCOMPARE(donut.sliceFor(std::nullopt)->value(), 3.0);
        QCOMPARE(donut.sliceFor(Status::Failed)->label(), QStringLiteral("Failed: 2"));
        QCOMPARE(donut.chart()->title(), QStringLiteral("11 tasks"));
        QCOMPARE(donut.summary(), QStringLiteral("11 tasks: 2 failed, 1 warning, 5 success, 3 stale"));
        QCOMPARE(donut.accessibleDescription(), donut.summary());
        auto *series = static_cast<QPieSeries *>(donut.chart()->series().constFirst());
        QVERIFY(markerFor(donut.chart(), series, Status::Failed)->isVisible());
        QVERIFY(!markerFor(donut.chart(), series, Status::Running)->isVisible()); // none running
    }

    void donutKeepsItsSlicesAcrossRefreshes()
    {
        StatusDonut donut;
        donut.setTally(tally(5, 2, 1));
        QPieSlice *failed = donut.sliceFor(Status::Failed);
        const auto *series = static_cast<QPieSeries *>(donut.chart()->series().constFirst());
        QSignalSpy removed(series, &QPieSeries::removed);
        donut.setTally(tally(6, 0, 1));
        QCOMPARE(donut.sliceFor(Status::Failed), failed);
        QCOMPARE(failed->value(), 0.0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(series->count(), ChartStyle::chartOrder().size());
    }

    void emptyDonutSaysSo()
    {
        StatusDonut donut;
        QCOMPARE(donut.chart()->title(), QStringLiteral("No tasks yet"));
        QCOMPARE(donut.summary(), QStringLiteral("No tasks yet"));
    }

    void clickingASliceAsksForItsTasks()
    {
        StatusDonut donut;
        donut.setTally(tally(5, 2, 1, 3));
        QSignalSpy picked(&donut, &StatusDonut::picked);
        Q_EMIT donut.sliceFor(Status::Failed)->clicked();
        Q_EMIT donut.sliceFor(std::nullopt)->clicked();
        QCOMPARE(picked.count(), 2);
        QCOMPARE(picked.at(0).at(0).value<ChartPick>(), (ChartPick { Status::Failed, {} }));
        QVERIFY(picked.at(1).at(0).value<ChartPick>().stale());
    }

    void barsPerSourceUpdateInPlace()
    {
        SourceStatusBars bars;
        bars.setSources({ { QStringLiteral("vb365-hq"), QStringLiteral("veeam-vb365"), tally(4, 1, 0) },
                          { QStringLiteral("clumio-a"), QStringLiteral("clumio"), tally(2, 0, 2, 1) } });
        auto *axis = qobject_cast<QBarCategoryAxis *>(bars.chart()->axes(Qt::Vertical).constFirst());
        // Drawn bottom-up: the first source is the last category, at the top.
        QCOMPARE(axis->categories(),
                 (QStringList { QStringLiteral("clumio-a (Clumio)"), QStringLiteral("vb365-hq (Veeam VB365)") }));
        QBarSet *success = bars.setFor(Status::Success);
        QCOMPARE(success->at(1), 4.0);
        QCOMPARE(success->at(0), 2.0);
        QCOMPARE(bars.setFor(std::nullopt)->at(0), 1.0);

        // Same sources, new counts: the sets stay, only the moved values change.
        QSignalSpy valuesChanged(success, &QBarSet::valueChanged);
        QSignalSpy added(success, &QBarSet::valuesAdded);
        bars.setSources({ { QStringLiteral("vb365-hq"), QStringLiteral("veeam-vb365"), tally(5, 1, 0) },
                          { QStringLiteral("clumio-a"), QStringLiteral("clumio"), tally(2, 0, 2, 1) } });
        QCOMPARE(bars.setFor(Status::Success), success);
        QCOMPARE(success->at(1), 5.0);
        QCOMPARE(valuesChanged.count(), 1);
        QCOMPARE(added.count(), 0);
        QVERIFY(bars.summary().contains(QStringLiteral("clumio-a (Clumio): 2 warning, 2 success, 1 stale")));

        // A source more: categories and values afresh.
        bars.setSources({ { QStringLiteral("vb365-hq"), QStringLiteral("veeam-vb365"), tally(5, 1, 0) },
                          { QStringLiteral("clumio-a"), QStringLiteral("clumio"), tally(2, 0, 2, 1) },
                          { QStringLiteral("ca"), QStringLiteral("cloudally"), tally(0, 3, 0) } });
        QCOMPARE(bars.sourceIds().size(), 3);
        QCOMPARE(bars.setFor(Status::Failed)->count(), 3);
        QCOMPARE(bars.setFor(Status::Failed)->at(0), 3.0);
    }

    void clickingABarPartAsksForThatSourcesTasks()
    {
        SourceStatusBars bars;
        bars.setSources({ { QStringLiteral("vb365-hq"), QStringLiteral("veeam-vb365"), tally(4, 1, 0) },
                          { QStringLiteral("clumio-a"), QStringLiteral("clumio"), tally(2, 0, 2, 1) } });
        QSignalSpy picked(&bars, &SourceStatusBars::picked);
        Q_EMIT bars.setFor(Status::Warning)->clicked(0); // clumio-a, drawn at the bottom
        Q_EMIT bars.setFor(Status::Warning)->clicked(7); // no such bar: nothing
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).value<ChartPick>(), (ChartPick { Status::Warning, QStringLiteral("clumio-a") }));
    }

    void rateLinesRefreshWithOneReplaceEach()
    {
        SuccessRateChart chart;
        QVERIFY(!chart.hasData());
        QVERIFY(chart.summary().startsWith(QStringLiteral("No history")));
        const QDateTime to = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        const QDateTime from = to.addDays(-1);
        const auto at = [&](int hour) {
            return qreal(from.addSecs(hour * 3600).toMSecsSinceEpoch());
        };
        chart.setLines({ { {}, QStringLiteral("All vendors"), { { at(1), 90 }, { at(2), 80 } } },
                         { QStringLiteral("clumio"), QStringLiteral("Clumio"), { { at(1), 100 } } } },
                       from, to);
        QLineSeries *all = chart.seriesFor({});
        QVERIFY(all);
        QCOMPARE(all->count(), 2);
        QSignalSpy replaced(all, &QXYSeries::pointsReplaced);
        QSignalSpy added(all, &QXYSeries::pointAdded);
        chart.setLines({ { {}, QStringLiteral("All vendors"), { { at(1), 90 }, { at(2), 80 }, { at(3), 85 } } },
                         { QStringLiteral("clumio"), QStringLiteral("Clumio"), { { at(1), 100 } } } },
                       from, to);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(all->count(), 3);
        QCOMPARE(chart.seriesFor({}), all);
        QVERIFY(chart.hasData());
        QCOMPARE(chart.summary(), QStringLiteral("Latest success rate — All vendors: 85 %, Clumio: 100 %"));

        // A vendor that drops out of the period keeps an empty series.
        chart.setLines({ { {}, QStringLiteral("All vendors"), { { at(1), 90 } } } }, from, to);
        QCOMPARE(chart.seriesFor(QStringLiteral("clumio"))->count(), 0);
    }

    void chartsFollowTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x62, 0x66));
        const QColor text = dark.color(QPalette::WindowText);

        StatusDonut donut;
        SourceStatusBars bars;
        SuccessRateChart rate;
        // What they draw in before: the light chart theme's dark text.
        QVERIFY(donut.chart()->legend()->labelColor() != text);
        for (QChartView *view : std::initializer_list<QChartView *> { &donut, &bars, &rate })
            view->setPalette(dark); // as when the desktop switches to a dark scheme
        for (QChartView *view : std::initializer_list<QChartView *> { &donut, &bars, &rate }) {
            QCOMPARE(view->chart()->titleBrush().color(), text);
            QCOMPARE(view->chart()->legend()->labelColor(), text);
            for (QAbstractAxis *axis : view->chart()->axes()) {
                QCOMPARE(axis->labelsColor(), text);
                QCOMPARE(axis->linePen().color(), dark.color(QPalette::Mid));
            }
        }
        QCOMPARE(bars.chart()->axes().size(), 2);
        QCOMPARE(rate.chart()->axes().size(), 2);
        // The slices' and bars' separating lines are the new background's colour.
        QCOMPARE(donut.sliceFor(Status::Failed)->borderColor(), dark.color(QPalette::Base));
    }

    void chartsRender()
    {
        StatusDonut donut;
        donut.resize(400, 300);
        donut.setTally(tally(5, 2, 1, 3));
        const QImage image = donut.grab().toImage();
        QVERIFY(!image.isNull());
        // The failed slice's red is somewhere in the picture.
        const QColor red = ChartStyle::brushFor(Status::Failed).color();
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2) {
            for (int x = 0; x < image.width() && !found; x += 2)
                found = image.pixelColor(x, y) == red;
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestOverviewCharts)
#include "tst_overviewcharts.moc"
