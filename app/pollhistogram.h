#pragma once

#include <QHash>
#include <QString>
#include <array>

namespace BackupDash {

// Poll durations per source, as a Prometheus histogram: cumulative counts per upper bound,
// the sum and the count. Buckets fit polls from a fraction of a second to the timeout.
class PollHistogram
{
public:
    static constexpr std::array<double, 10> Bounds { 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120 };

    struct Series
    {
        std::array<quint64, Bounds.size()> buckets {}; // cumulative: polls ≤ Bounds[i]
        quint64 count = 0; // every poll, the +Inf bucket
        double sumSeconds = 0;
        quint64 failed = 0;
    };

    void record(const QString &sourceId, double seconds, bool ok);
    const QHash<QString, Series> &series() const { return m_series; }

private:
    QHash<QString, Series> m_series;
};

} // namespace BackupDash
