#pragma once

#include "models/auditrecord.h"
#include "models/journalentry.h"
#include "models/journalresult.h"
#include "models/restorerequest.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace BackupDash {

// The write-ahead journal of restore and abort requests, with its append-only audit log, in one
// SQLite file (WAL, synchronous=FULL): every call that changes something has committed, audit
// row included, before it returns, so a crash at any point leaves a state start-up can act on.
// A state machine refuses illegal steps:
//   queued → sending | rejected (refused before any network I/O)
//   sending → accepted | rejected | unknown;  unknown → unknown (still undecided)
//   sending | unknown → accepted | rejected only through resolve() (reconciliation)
// Use from the thread that opened it (Qt SQL connections are per thread). Only one process may
// work a journal at a time: hold its JournalLock first.
class RestoreJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreJournal)

public:
    struct Settings
    {
        QString journalMode; // "wal"
        int synchronous = -1; // 2 = FULL
        int schemaVersion = 0;
    };

    // Opens the journal at `path`, creating it (and its folder) when new. `osUser` names who acts
    // in the audit rows; empty = USER, else LOGNAME, from the environment.
    static JournalResult<std::unique_ptr<RestoreJournal>> open(const QString &path, const QString &osUser = {});
    ~RestoreJournal() override;

    QString path() const { return m_path; }
    QString osUser() const { return m_osUser; }
    JournalResult<Settings> settings() const; // read back from the connection

    // Commits the request as Queued; makes a journal id (a UUID) when the request has none.
    JournalResult<JournalEntry> create(RestoreRequest request);
    JournalResult<JournalEntry> markSending(const QString &journalId);
    // Qt reported the request sent (QNetworkReply::requestSent); only while sending.
    JournalResult<JournalEntry> noteSent(const QString &journalId);
    // Refused when Qt sent the request more than once: that one must be reconciled instead.
    JournalResult<JournalEntry> markAccepted(const QString &journalId, const QString &vendorJobId, int httpStatus);
    JournalResult<JournalEntry> markRejected(const QString &journalId, const QString &reason,
                                             std::optional<int> httpStatus = std::nullopt);
    JournalResult<JournalEntry> markUnknown(const QString &journalId, const QString &reason);
    // Reconciliation's verdict: the vendor's job when one was found (accepted), none (rejected).
    JournalResult<JournalEntry> resolve(const QString &journalId, const std::optional<QString> &vendorJobId,
                                        const QString &reason);

    JournalResult<JournalEntry> entry(const QString &journalId) const;
    JournalResult<QList<JournalEntry>> entries() const; // newest first
    JournalResult<QList<JournalEntry>> unresolved() const; // sending and unknown, oldest first
    // Accepted requests that name an item (a mailbox) whose item step was never journaled: a
    // run that stopped between the two. Oldest first.
    JournalResult<QList<JournalEntry>> itemStepsAwaited() const;
    JournalResult<QList<JournalEntry>> itemStepsOf(const QString &parentJournalId) const;
    JournalResult<QList<AuditRecord>> audit() const; // oldest first
    // One JSON object per line (auditRecordToJson); answers how many lines were written.
    JournalResult<int> exportAuditJsonLines(QIODevice &device) const;

Q_SIGNALS:
    void entryChanged(const BackupDash::JournalEntry &entry); // after the commit
    void auditAppended(const BackupDash::AuditRecord &record);

private:
    // Changes `entry` and fills the audit row's action and outcome; returns why not, or empty.
    using Step = std::function<QString(JournalEntry &entry, AuditRecord &record)>;

    RestoreJournal(QString path, QString connectionName, QString osUser);
    JournalResult<JournalEntry> apply(const QString &journalId, const Step &step);
    JournalResult<QList<JournalEntry>> select(const QString &where, const QString &order) const;
    AuditRecord auditFor(const JournalEntry &entry) const;

    QString m_path;
    QString m_connection; // unique per instance: several journals may live in one process
    QString m_osUser;
};

} // namespace BackupDash
