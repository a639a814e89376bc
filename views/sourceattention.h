#pragma once

#include "models/sourcestate.h"

#include <QString>

namespace BackupDash {

// How the views judge one source; one place so the status bar, the empty table and the
// Sources tab never disagree. A disabled source is the operator's choice, not a problem.
bool isAwaitingFirstPoll(const SourceState &source);
bool needsAttention(const SourceState &source);
// "unreachable", "stale", "authentication failed": the health as words inside a sentence.
QString healthPhrase(SourceHealth health);

} // namespace BackupDash
