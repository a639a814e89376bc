#pragma once

#include "simulator/vb365/simvb365model.h"

#include <QHash>
#include <QList>
#include <deque>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// Restore sessions started through the API (POST …/Explore) and the stops operators asked
// for: the simulator's run-time state, bounded, beside the scenario's pure sessions. A live
// session is Working at once, then Stopped with Success (most), Warning (some) or Failed
// (about 1 in 6); its id and fate follow from the seed and its creation order.
class SimVb365LiveRestores
{
public:
    static constexpr qsizetype MaxRemembered = 1'000; // sessions and stops each; the oldest go

    struct Request
    {
        int organization = 0;
        QString type; // Vex, Veod, Vesp, Vet
        QString scopeName;
        QString reason;
        QString initiatedBy;
        QString clientHost;
    };

    explicit SimVb365LiveRestores(const SimScenario &scenario);

    SimVb365RestoreSession create(const Request &request, qint64 nowTicks);
    void stop(const QUuid &id, qint64 nowTicks); // the first stop of a session counts
    const QHash<QUuid, qint64> &stops() const { return m_stops; }
    // Live sessions created in [fromTicks, nowTicks], in their state at nowTicks.
    std::vector<SimVb365RestoreSession> between(qint64 fromTicks, qint64 nowTicks) const;

private:
    struct Live
    {
        SimVb365RestoreSession fixed; // id, type, organization, createdTicks, planned endTicks, texts
        QString finalResult;
    };

    const SimScenario &m_scenario;
    qint64 m_created = 0;
    std::deque<Live> m_live;
    QHash<QUuid, qint64> m_stops;
    QList<QUuid> m_stopOrder;
};

} // namespace BackupDash
