#include "app/pollhistogram.h"

#include <cmath>

namespace BackupDash {

void PollHistogram::record(const QString &sourceId, double seconds, bool ok)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0; // a clock step backwards is not a negative poll
    Series &series = m_series[sourceId];
    for (size_t i = 0; i < Bounds.size(); ++i) {
        if (seconds <= Bounds[i])
            ++series.buckets[i];
    }
    ++series.count;
    series.sumSeconds += seconds;
    if (!ok)
        ++series.failed;
}

} // namespace BackupDash
