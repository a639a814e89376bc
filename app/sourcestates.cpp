#include "app/sourcestates.h"

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

void recordPollFailure(SourceState &state, const ApiError &error, bool hasData)
{
    state.polling = false;
    state.health = error.health() == SourceHealth::Stale && !hasData ? SourceHealth::Unreachable : error.health();
    state.lastAttemptAt = QDateTime::currentDateTimeUtc();
    state.lastError = error.message;
}

} // namespace BackupDash
