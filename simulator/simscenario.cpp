#include "simulator/simscenario.h"

#include "simulator/simulatoroptions.h"

namespace BackupDash {

namespace {
// Fixed root for all simulator ids; with the seed it makes each scenario's id namespace.
const QUuid RootNamespace(0x6b1a4c52, 0x3d2e, 0x4f7a, 0x9c, 0x1b, 0x2e, 0x5d, 0x8a, 0x0f, 0x41, 0x7c);

QDateTime resolvedStart(const QDateTime &start)
{
    return start.isValid() ? start.toUTC() : QDateTime::currentDateTimeUtc();
}
} // namespace

SimScenario::SimScenario(const SimulatorOptions &options)
    : m_seed(options.seed)
    , m_clock(resolvedStart(options.startTime), options.speed)
    , m_namespace(QUuid::createUuidV5(RootNamespace, QStringLiteral("backupdash-sim/seed/%1").arg(options.seed)))
{
}

QUuid SimScenario::uuid(const char *kind, qint64 index, qint64 sub) const
{
    return QUuid::createUuidV5(m_namespace, QStringLiteral("%1/%2/%3").arg(QLatin1String(kind)).arg(index).arg(sub));
}

SimRandom SimScenario::random(quint64 salt, qint64 a, qint64 b) const
{
    return SimRandom({ m_seed, salt, quint64(a), quint64(b) });
}

} // namespace BackupDash
