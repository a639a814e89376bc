#pragma once

#include "connectors/apiclient.h"
#include "models/journalentry.h"
#include "models/journalresult.h"
#include "models/task.h"

#include <QObject>
#include <functional>

namespace BackupDash {

class Connector;
class RestoreJournal;

// Sends restore and abort requests so that each operator decision reaches the vendor at most
// once: the request is journaled (QUEUED, then SENDING) before any network I/O, goes out once
// (a body Qt cannot re-send, the journal id as Idempotency-Key, redirects not followed), and
// ends ACCEPTED with the vendor's job, REJECTED with the reason, or UNKNOWN. An unknown
// outcome (no answer, 5xx, a redirect, Qt sending twice) is settled by reading the vendor's
// list of restore jobs, never by sending again.
// A VB365 restore of one mailbox takes two writes, each journaled on its own: the restore
// session (Explore) and, once the vendor accepted it, the mailbox's restore inside it (an item
// step, settled by reading the session's events).
class RestoreService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreService)

public:
    using ConnectorLookup = std::function<Connector *(const QString &sourceId)>;

    struct Timing
    {
        // A vendor may act on a request after the client gave up on its answer: "no such job"
        // is only believed once the request is this old; until then the list is read again.
        int notFoundGraceSeconds = 120;
        int recheckMs = 10'000;
    };

    RestoreService(RestoreJournal &journal, ConnectorLookup connectors, QObject *parent = nullptr);
    void setTiming(const Timing &timing) { m_timing = timing; }

    // Journals the request and sends it. The entry comes back QUEUED at once (or the reason it
    // could not even be journaled); settled() follows when its outcome is known.
    JournalResult<JournalEntry> start(RestoreRequest request, const Task &task);
    // Settles every entry a previous run left SENDING or UNKNOWN, and sends the item steps of
    // accepted sessions a previous run never journaled (call once at start-up).
    void reconcileUnresolved();
    // What the answer to a sent request decides (send() calls it). Public so that tests can
    // feed answers no socket produces any more, such as Qt reporting the request sent twice.
    void handleAnswer(const JournalEntry &entry, const ApiResult &result);

Q_SIGNALS:
    void settled(const BackupDash::JournalEntry &entry);

private:
    void send(const JournalEntry &entry, const ApiRequest &request, ApiClient &client);
    void reconcile(const JournalEntry &entry);
    void finish(const JournalResult<JournalEntry> &result);
    // The item step a just-accepted request asked for (a mailbox in its restore session), once.
    void startItemStep(const JournalEntry &accepted);
    std::optional<ApiRequest> requestFor(const RestoreRequest &request, const Task &task, QString *whyNot) const;
    QString apiVersionOf(const QString &sourceId) const;

    RestoreJournal &m_journal;
    ConnectorLookup m_connectors;
    Timing m_timing;
};

} // namespace BackupDash
