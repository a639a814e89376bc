#pragma once

// Shared by the connector tests: run one poll to its end, and read the simulator's counters.
#include "connectors/connector.h"
#include "simulator/simulator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <optional>

namespace BackupDash::TestSupport {

// A poll's result: the snapshot, or the error.
struct PollOutcome
{
    std::optional<SourceSnapshot> snapshot;
    ApiError error;
};

// Polls once and waits for its end; a poll that is refused, never ends or ends twice is fatal.
inline PollOutcome pollOnce(Connector &connector, int timeoutMs = 20'000)
{
    QSignalSpy ok(&connector, &Connector::polled);
    QSignalSpy failed(&connector, &Connector::pollFailed);
    if (!connector.poll())
        qFatal("poll refused");
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, timeoutMs))
        qFatal("poll did not end");
    PollOutcome outcome;
    if (ok.count())
        outcome.snapshot = *ok.first().first().value<SharedSnapshot>();
    else
        outcome.error = failed.first().first().value<ApiError>();
    QTest::qWait(20); // exactly once: nothing more may follow
    if (ok.count() + failed.count() != 1)
        qFatal("a poll ended more than once");
    return outcome;
}

// One counter of GET /_sim/stats, e.g. ("tokenGrants", "password").
inline int simStat(const Simulator &sim, const char *section, const char *key)
{
    return sim.stats().value(QLatin1String(section)).toObject().value(QLatin1String(key)).toInt();
}

} // namespace BackupDash::TestSupport
