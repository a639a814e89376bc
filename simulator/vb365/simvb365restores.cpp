#include "simulator/vb365/simvb365restores.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/simunits.h"

#include <algorithm>

namespace BackupDash::SimVb365Restores {

namespace {

using SimTime::TicksPerSecond;
constexpr qint64 Cell = 8 * Hour; // at most one session per cell of absolute time

std::optional<SimVb365RestoreSession> make(const SimScenario &scenario,
                                           const std::vector<SimVb365Organization> &organizations, qint64 index,
                                           qint64 nowTicks, const QHash<QUuid, qint64> &stops)
{
    SimRandom random = scenario.random(quint64(SimVb365Salt::Restore), index);
    const qint64 startSecs = SimTime::secs(scenario.start());
    SimVb365RestoreSession session;
    session.id = scenario.uuid("vb365/restore", index);
    session.index = index;
    qint64 createdSecs = 0;
    qint64 durationSecs = 0;
    double outcome = 0;
    if (index == -1) {
        createdSecs = startSecs - 40 * 60;
        durationSecs = 6 * Hour;
        session.type = QStringLiteral("Vex");
    } else if (index == -2) {
        createdSecs = startSecs + 3 * 60;
        durationSecs = 11 * 60;
        session.type = QStringLiteral("Veod");
    } else {
        if (!random.chance(0.5))
            return std::nullopt;
        createdSecs = index * Cell + random.bounded64(0, Cell - 2 * Hour);
        durationSecs = random.bounded64(5 * 60, 90 * 60);
        session.type = random.pick(std::array { QStringLiteral("Vex"), QStringLiteral("Vex"), QStringLiteral("Veod"),
                                                QStringLiteral("Vesp"), QStringLiteral("Vet") });
        outcome = random.unit();
    }
    session.organization = random.bounded(0, int(organizations.size()) - 1);
    session.createdTicks = createdSecs * TicksPerSecond + random.bounded64(0, TicksPerSecond - 1);
    session.endTicks = session.createdTicks + durationSecs * TicksPerSecond + random.bounded64(0, TicksPerSecond - 1);
    if (session.createdTicks > nowTicks)
        return std::nullopt;
    const qint64 stopTicks = stops.value(session.id, 0);

    const SimVb365Organization &org = organizations[size_t(session.organization)];
    session.initiatedBy = QStringLiteral("%1\\%2").arg(
        org.domain,
        random.pick(std::array { QStringLiteral("helpdesk.anna"), QStringLiteral("backup-admin"),
                                 QStringLiteral("j.moreau"), QStringLiteral("svc-restore") }));
    session.clientHost = random.pick(
        std::array { QStringLiteral("OPS-WS-014"), QStringLiteral("HELPDESK-03"), QStringLiteral("vb365-console") });
    session.reason =
        random
            .pick(std::array { QStringLiteral("Ticket INC-%1: user deleted a folder"),
                               QStringLiteral("Legal request LR-%1"), QStringLiteral("Restore test, change %1"),
                               QStringLiteral("Ticket INC-%1: overwritten document") })
            .arg(random.bounded(10'000, 99'999));
    const QString user = random.pick(std::array { QStringLiteral("anna.berg"), QStringLiteral("lukas.meier"),
                                                  QStringLiteral("chloe.martin"), QStringLiteral("yuki.tanaka") });
    if (session.type == QLatin1String("Vex"))
        session.scopeName = QStringLiteral("Mailbox %1@%2").arg(user, org.name);
    else if (session.type == QLatin1String("Veod"))
        session.scopeName = QStringLiteral("OneDrive of %1@%2").arg(user, org.name);
    else if (session.type == QLatin1String("Vesp"))
        session.scopeName = QStringLiteral("Site Intranet");
    else
        session.scopeName = QStringLiteral("Team Projects");

    const QString finalResult = outcome < 0.6 ? QStringLiteral("Success")
        : outcome < 0.75                      ? QStringLiteral("Warning")
        : outcome < 0.85                      ? QStringLiteral("Failed")
                                              : QString();
    settle(session, nowTicks, finalResult, stopTicks);
    return session;
}

} // namespace

void settle(SimVb365RestoreSession &session, qint64 nowTicks, const QString &finalResult, qint64 stopTicks,
            qint64 startingTicks)
{
    QString result = finalResult;
    const bool stopped = stopTicks != 0 && stopTicks < session.endTicks - StoppingTicks;
    if (stopped) {
        session.endTicks = stopTicks + StoppingTicks;
        result.clear();
    }
    if (nowTicks >= session.endTicks) {
        session.state = QStringLiteral("Stopped");
        session.stoppedByUser = result.isEmpty();
        session.result = result;
        session.details = session.stoppedByUser ? QStringLiteral("Session was stopped by %1").arg(session.initiatedBy)
            : result == QLatin1String("Failed")
            ? QStringLiteral("Restore failed: the target mailbox or site is not reachable")
            : result == QLatin1String("Warning") ? QStringLiteral("Some items were skipped: they already exist")
                                                 : QString();
    } else if (stopped && nowTicks >= stopTicks) {
        session.state = QStringLiteral("Stopping");
    } else if (nowTicks < session.createdTicks + startingTicks) {
        session.state = QStringLiteral("Starting");
    } else if (nowTicks >= session.endTicks - StoppingTicks) {
        session.state = QStringLiteral("Stopping");
    } else {
        session.state = QStringLiteral("Working");
    }
}

std::vector<SimVb365RestoreSession> between(const SimScenario &scenario,
                                            const std::vector<SimVb365Organization> &organizations,
                                            const QDateTime &from, const QDateTime &now,
                                            const QHash<QUuid, qint64> &stops)
{
    const qint64 fromTicks = SimTime::ticks(from);
    const qint64 nowTicks = SimTime::ticks(now);
    std::vector<SimVb365RestoreSession> sessions;
    const auto add = [&](qint64 index) {
        std::optional<SimVb365RestoreSession> session = make(scenario, organizations, index, nowTicks, stops);
        if (session && session->createdTicks >= fromTicks)
            sessions.push_back(std::move(*session));
    };
    add(-1);
    add(-2);
    const qint64 fromSecs = SimTime::secs(from);
    const qint64 nowSecs = SimTime::secs(now);
    for (qint64 cell = fromSecs / Cell - 1; cell <= nowSecs / Cell; ++cell)
        add(cell);
    std::sort(sessions.begin(), sessions.end(), [](const SimVb365RestoreSession &a, const SimVb365RestoreSession &b) {
        return a.createdTicks > b.createdTicks;
    });
    return sessions;
}

} // namespace BackupDash::SimVb365Restores
