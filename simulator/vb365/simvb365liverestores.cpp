#include "simulator/vb365/simvb365liverestores.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/vb365/simvb365restores.h"

namespace BackupDash {

namespace {
// Apart from the scenario's salts (SimVb365Salt), so live draws never echo scenario ones.
constexpr quint64 LiveSalt = 4;
} // namespace

SimVb365LiveRestores::SimVb365LiveRestores(const SimScenario &scenario)
    : m_scenario(scenario)
{
}

SimVb365RestoreSession SimVb365LiveRestores::create(const Request &request, qint64 nowTicks)
{
    using SimTime::TicksPerSecond;
    const qint64 index = m_created++;
    SimRandom random = m_scenario.random(LiveSalt, index);
    Live live;
    SimVb365RestoreSession &s = live.fixed;
    s.id = m_scenario.uuid("vb365/live-restore", index);
    s.index = index;
    s.type = request.type;
    s.organization = request.organization;
    s.createdTicks = nowTicks;
    s.endTicks =
        nowTicks + random.bounded64(3 * 60, 20 * 60) * TicksPerSecond + random.bounded64(0, TicksPerSecond - 1);
    s.initiatedBy = request.initiatedBy;
    s.reason = request.reason;
    s.scopeName = request.scopeName;
    s.clientHost = request.clientHost;
    const double outcome = random.unit();
    live.finalResult = outcome < 1.0 / 6 ? QStringLiteral("Failed")
        : outcome < 0.3                  ? QStringLiteral("Warning")
                                         : QStringLiteral("Success");
    m_live.push_back(live);
    if (qsizetype(m_live.size()) > MaxRemembered)
        m_live.pop_front();
    SimVb365RestoreSession now = s;
    SimVb365Restores::settle(now, nowTicks, live.finalResult, 0, 0);
    return now;
}

void SimVb365LiveRestores::stop(const QUuid &id, qint64 nowTicks)
{
    if (m_stops.contains(id))
        return;
    m_stops.insert(id, nowTicks);
    m_stopOrder.append(id);
    if (m_stopOrder.size() > MaxRemembered)
        m_stops.remove(m_stopOrder.takeFirst());
}

std::vector<SimVb365RestoreSession> SimVb365LiveRestores::between(qint64 fromTicks, qint64 nowTicks) const
{
    std::vector<SimVb365RestoreSession> sessions;
    for (const Live &live : m_live) {
        if (live.fixed.createdTicks < fromTicks || live.fixed.createdTicks > nowTicks)
            continue;
        SimVb365RestoreSession session = live.fixed;
        // Live sessions skip Starting: the Explore call answers once the session works.
        SimVb365Restores::settle(session, nowTicks, live.finalResult, m_stops.value(session.id, 0), 0);
        sessions.push_back(std::move(session));
    }
    return sessions;
}

} // namespace BackupDash
