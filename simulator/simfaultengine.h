#pragma once

#include "simulator/simfault.h"

#include <QJsonArray>
#include <vector>

namespace BackupDash {

// The active fault list and which faults hit a request. The `rate` draw is seeded and counts
// matches per fault, so a run with the same requests in the same order hits the same ones.
class SimFaultEngine
{
public:
    explicit SimFaultEngine(quint32 seed);

    struct Hit
    {
        std::optional<SimFault> decisive; // any kind but latency: the first hit wins
        int delayMs = 0; // all latency hits add up
    };

    void setFaults(const QList<SimFault> &faults);
    const QList<SimFault> &faults() const { return m_faults; }
    QJsonArray toJson() const;

    // `tokenRefresh`: the request trades a refresh token (only then can refresh-401 hit it).
    Hit match(const QString &vendorId, const QByteArray &method, const QString &vendorPath, bool tokenRefresh = false);

private:
    quint32 m_seed;
    quint64 m_generation = 0; // a new list draws afresh
    QList<SimFault> m_faults;
    std::vector<quint64> m_matches; // per fault
};

} // namespace BackupDash
