#pragma once

#include "models/restorerequest.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace BackupDash {

// Where a journaled request stands. Sending and Unknown are unresolved: the vendor may or may
// not have started the job, so start-up reconciles them and nothing re-sends them blindly.
enum class JournalState { Queued, Sending, Accepted, Rejected, Unknown };

QString journalStateKey(JournalState state); // "queued", "sending", "accepted", "rejected", "unknown"
std::optional<JournalState> journalStateFromKey(QStringView key);
QString journalStateText(JournalState state); // translated words for the operator
bool isUnresolved(JournalState state); // Sending or Unknown

// One journaled request and what became of it. Times are UTC.
struct JournalEntry
{
    RestoreRequest request;
    JournalState state = JournalState::Queued;
    QString vendorJobId; // the job the vendor created (a restore) or was asked to abort
    std::optional<int> httpStatus; // of the answer that decided the state, when there was one
    QString reason; // why Rejected or Unknown, or how it was reconciled, in words
    int sendCount = 0; // how many times Qt reported the request sent; above 1 means Qt re-sent it
    QDateTime createdAt;
    QDateTime updatedAt;

    const QString &journalId() const { return request.journalId; }
    bool operator==(const JournalEntry &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::JournalState)
Q_DECLARE_METATYPE(BackupDash::JournalEntry)
