#include "simulator/simfaultengine.h"

#include "simulator/simrandom.h"

namespace BackupDash {

namespace {
constexpr quint64 FaultSalt = 0xfa17;
}

SimFaultEngine::SimFaultEngine(quint32 seed)
    : m_seed(seed)
{
}

void SimFaultEngine::setFaults(const QList<SimFault> &faults)
{
    m_faults = faults;
    m_matches.assign(size_t(faults.size()), 0);
    ++m_generation;
}

QJsonArray SimFaultEngine::toJson() const
{
    QJsonArray array;
    for (const SimFault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

SimFaultEngine::Hit SimFaultEngine::match(const QString &vendorId, const QByteArray &method, const QString &vendorPath,
                                          bool tokenRefresh)
{
    Hit hit;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const SimFault &fault = m_faults.at(i);
        // expire-token and early-expiry act on the token stores, never on requests; refresh-401
        // only on a refresh, so it does not shadow the faults after it for other requests.
        if (fault.kind == SimFault::Kind::ExpireToken || fault.kind == SimFault::Kind::EarlyExpiry
            || (fault.kind == SimFault::Kind::Refresh401 && !tokenRefresh)
            || !fault.appliesTo(vendorId, method, vendorPath))
            continue;
        const quint64 draw = m_matches[size_t(i)]++;
        if (fault.rate < 1.0 && !SimRandom({ m_seed, FaultSalt, m_generation, quint64(i), draw }).chance(fault.rate))
            continue;
        if (fault.kind == SimFault::Kind::Latency)
            hit.delayMs += fault.value;
        else if (!hit.decisive)
            hit.decisive = fault;
    }
    return hit;
}

} // namespace BackupDash
