#pragma once

#include "connectors/apierror.h"
#include "connectors/sourceconfig.h"
#include "models/sourcesnapshot.h"
#include "models/sourcestate.h"

namespace BackupDash {

// The rules that turn configuration and poll outcomes into what the operator is told about a
// source; one place, so the window and the CLI never tell it differently.

// Before any poll: listed, and if the configuration already found a problem, showing it.
SourceState initialSourceState(const SourceConfig &source);
// Before the first poll, the last known snapshot (the offline cache) is shown: stale, with its age.
void recordLastKnown(SourceState &state, const SourceSnapshot &snapshot);
// A poll delivered data.
void recordPollSuccess(SourceState &state, const SourceSnapshot &snapshot);
// A poll found nothing changed since the last good one: as fresh as a success, same counts.
void recordPollUnchanged(SourceState &state, const QDateTime &polledAt);
// A poll failed. `hasData`: older data of this source is still shown (then an unusable answer
// makes it stale); without data the source simply is not answering usefully.
void recordPollFailure(SourceState &state, const ApiError &error, bool hasData);

} // namespace BackupDash
