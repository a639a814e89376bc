#pragma once

#include "models/journalentry.h"
#include "models/restorejob.h"

#include <QList>
#include <vector>

namespace BackupDash {

// One source's rows for the Restores tab: the vendor's restore jobs, each marked with who
// started it when that was BackupDash, plus every restore started here that the vendor does
// not list (yet) — queued, being sent, outcome unknown, refused, or accepted but not polled
// since — so a restore shows the moment it is confirmed. Pure.
std::vector<RestoreJob> withJournal(const QString &sourceId, std::vector<RestoreJob> vendorRows,
                                    const QList<JournalEntry> &entries);

} // namespace BackupDash
