#pragma once

#include <QChartView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace BackupDash {

// One line of the success-rate chart: x = UTC milliseconds since the epoch, y = percent.
struct RateLine
{
    QString key; // vendor id; empty = every vendor
    QString label;
    QList<QPointF> points;
};

// Success rate over time from the local history, one line per vendor plus all. Each line's
// series lives on; a refresh is one replace() per series. Says so when there is no history.
class SuccessRateChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessRateChart)

public:
    explicit SuccessRateChart(QWidget *parent = nullptr);

    void setLines(const QList<RateLine> &lines, const QDateTime &from, const QDateTime &to);
    QLineSeries *seriesFor(const QString &key) const { return m_series.value(key); }
    QString summary() const; // the newest value of each line, in words
    bool hasData() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *addSeries(const RateLine &line);

    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QHash<QString, QLineSeries *> m_series;
    QList<RateLine> m_lines;
};

} // namespace BackupDash
