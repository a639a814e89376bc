#include "app/sourcestates.h"

#include "models/formatting.h"

#include <QCoreApplication>

namespace BackupDash {

SourceState initialSourceState(const SourceConfig &source)
{
    SourceState state;
    state.id = source.id;
    state.vendor = source.vendor;
    state.baseUrl = source.baseUrl.toDisplayString();
    state.enabled = source.enabled;
    if (!source.problem.isEmpty()) {
        state.health = source.problemHealth;
        state.lastError = source.problem;
    }
    return state;
}

void recordLastKnown(SourceState &state, const SourceSnapshot &snapshot)
{
    if (state.health != SourceHealth::Pending)
        return; // a configuration problem, or a poll already answered, says more
    state.health = SourceHealth::Stale;
    state.lastSuccessAt = snapshot.polledAt;
    state.taskCount = int(snapshot.tasks.size());
    state.lastError = QCoreApplication::translate("SourceStates",
                                                  "Showing the last known state, from %1 (%2 old), until the "
                                                  "first poll answers")
                          .arg(formatTimestamp(snapshot.polledAt),
                               formatAge(snapshot.polledAt.secsTo(QDateTime::currentDateTimeUtc())));
}

void recordPollSuccess(SourceState &state, const SourceSnapshot &snapshot)
{
    state.polling = false;
    state.health = SourceHealth::Ok;
    state.lastAttemptAt = snapshot.polledAt;
    state.lastSuccessAt = snapshot.polledAt;
    state.lastError.clear();
    state.taskCount = int(snapshot.tasks.size());
    state.restoreCount = int(snapshot.restores.size());
}

void recordPollUnchanged(SourceState &state, const QDateTime &polledAt)
{
    state.polling = false;
    state.health = SourceHealth::Ok;
    state.lastAttemptAt = polledAt;
    state.lastSuccessAt = polledAt;
    state.lastError.clear();
}

void recordPollFailure(SourceState &state, const ApiError &error, bool hasData)
{
    state.polling = false;
    state.health = error.health() == SourceHealth::Stale && !hasData ? SourceHealth::Unreachable : error.health();
    state.lastAttemptAt = QDateTime::currentDateTimeUtc();
    state.lastError = error.message;
}

} // namespace BackupDash
