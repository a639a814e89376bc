#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace BackupDash {

enum class RestoreKind { Restore, Abort };
enum class RestoreDestination { Original, Alternate, Download };

// What the operator decided, as journaled before any network I/O. Holds no secret: credentials
// stay with the source configuration and never reach the journal.
struct RestoreRequest
{
    QString journalId; // a UUID; also the POST's Idempotency-Key. Empty: the journal makes one
    RestoreKind kind = RestoreKind::Restore;
    QString sourceId;
    QString vendor; // "veeam-vb365", "clumio", …
    QString taskId;
    QString taskName;
    RestoreDestination destination = RestoreDestination::Original;
    QString alternateTarget; // where to, for Alternate
    bool overwrite = false;
    QDateTime pointInTime; // UTC; invalid = the latest restore point
    QString itemScope; // what to restore, in the vendor's words (mailbox, volume id, …)
    QString vendorJobId; // for an Abort: the vendor's job to abort; for an item step: the session it works in
    // One item inside a restore (VB365: one mailbox of the organization). On a restore-session
    // request it says what to restore once the session is accepted; on the item step itself
    // (parentJournalId set) it is what that step restores.
    QString itemId;
    QString itemName; // the item in words (a mailbox's address), for confirmations and the audit log
    QString parentJournalId; // an item step: the journaled request whose session it works in
    QString operatorName; // optional, who confirmed it in the dialog

    bool operator==(const RestoreRequest &) const = default;
};

QString restoreKindKey(RestoreKind kind); // "restore", "abort"
std::optional<RestoreKind> restoreKindFromKey(QStringView key);
QString destinationKey(RestoreDestination destination); // "original", "alternate", "download"
std::optional<RestoreDestination> destinationFromKey(QStringView key);
// Where the data goes, in plain English words for the audit log (stored, so never translated):
// "original location, overwriting", "alternate location: /srv/x", "download". Empty for an abort.
QString destinationWords(const RestoreRequest &request);
// An item step (one mailbox inside a restore session) rather than a request of its own.
inline bool isItemStep(const RestoreRequest &request)
{
    return !request.parentJournalId.isEmpty();
}

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::RestoreRequest)
