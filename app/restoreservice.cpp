#include "app/restoreservice.h"

#include "connectors/connector.h"
#include "connectors/restorecalls.h"
#include "models/restorejournal.h"

#include <QTimer>

namespace BackupDash {

namespace {

// How far back reconciliation looks for the job a request may have created.
constexpr qint64 ReconcileSlackSeconds = 10 * 60;

} // namespace

RestoreService::RestoreService(RestoreJournal &journal, ConnectorLookup connectors, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_connectors(std::move(connectors))
{
}

QString RestoreService::apiVersionOf(const QString &sourceId) const
{
    const Connector *connector = m_connectors(sourceId);
    const QString version = connector ? connector->config().apiVersion : QString();
    return version.isEmpty() ? QStringLiteral("v8") : version;
}

std::optional<ApiRequest> RestoreService::requestFor(const RestoreRequest &r, const Task &task, QString *whyNot) const
{
    if (r.kind == RestoreKind::Abort) {
        if (r.vendor == QLatin1String("clumio"))
            return Clumio::abortTaskRequest(r.vendorJobId, r.journalId);
        if (r.vendor == QLatin1String("veeam-vb365"))
            return Vb365::stopSessionRequest(apiVersionOf(r.sourceId), r.vendorJobId, r.journalId);
        if (r.vendor == QLatin1String("acronis"))
            return Acronis::cancelTaskRequest(r.vendorJobId, r.journalId);
        *whyNot = tr("%1 documents no way to abort a restore job").arg(r.vendor);
        return std::nullopt;
    }
    const RestoreOffer offer = restoreOfferFor(r.vendor);
    if (!offer.canRestore) {
        *whyNot = offer.whyNot;
        return std::nullopt;
    }
    if (isItemStep(r)) {
        if (r.vendor != QLatin1String("veeam-vb365")) {
            *whyNot = tr("%1 offers no single-item restore here").arg(r.vendor);
            return std::nullopt;
        }
        return Vb365::mailboxRestoreRequest(apiVersionOf(r.sourceId), r);
    }
    if (r.vendor == QLatin1String("veeam-vb365")) {
        if (!r.itemId.isEmpty() && r.itemScope != QLatin1String("vex")) {
            *whyNot = tr("one mailbox is restored from an Exchange restore session only");
            return std::nullopt;
        }
        if (task.restoreScope.isEmpty()) {
            *whyNot = tr("the job names no organization to restore from");
            return std::nullopt;
        }
        return Vb365::exploreRequest(apiVersionOf(r.sourceId), task.restoreScope, r, QDateTime::currentDateTimeUtc());
    }
    if (r.vendor == QLatin1String("clumio")) {
        if (r.itemScope.isEmpty()) {
            *whyNot = tr("no backup chosen to restore from");
            return std::nullopt;
        }
        return Clumio::ebsVolumeRestoreRequest(r);
    }
    return CloudAlly::startRestoreRequest(r);
}

JournalResult<JournalEntry> RestoreService::start(RestoreRequest request, const Task &task)
{
    JournalResult<JournalEntry> queued = m_journal.create(std::move(request));
    if (!queued)
        return queued;
    const JournalEntry entry = *queued.value;
    QString whyNot;
    const std::optional<ApiRequest> call = requestFor(entry.request, task, &whyNot);
    Connector *connector = m_connectors(entry.request.sourceId);
    ApiClient *client = connector ? connector->apiClient() : nullptr;
    if (!call || !client) {
        // Refused before any network I/O: nothing can have reached the vendor.
        if (whyNot.isEmpty())
            whyNot =
                tr("source %1 cannot be reached from here (not configured or disabled)").arg(entry.request.sourceId);
        finish(m_journal.markRejected(entry.journalId(), whyNot));
        return queued;
    }
    const JournalResult<JournalEntry> sending = m_journal.markSending(entry.journalId());
    if (!sending) {
        finish(sending);
        return queued;
    }
    send(*sending.value, *call, *client);
    return queued;
}

void RestoreService::send(const JournalEntry &entry, const ApiRequest &request, ApiClient &client)
{
    client.send(request, [this, entry](const ApiResult &result) { handleAnswer(entry, result); });
}

void RestoreService::handleAnswer(const JournalEntry &entry, const ApiResult &result)
{
    const QString id = entry.journalId();
    for (int i = 0; i < result.response.timesSent; ++i)
        m_journal.noteSent(id);
    const int status = result.response.httpStatus;
    if (result.ok()) {
        if (result.response.timesSent > 1) {
            finish(m_journal.markUnknown(id,
                                         tr("Qt sent the request %1 times; checking what the vendor made of it")
                                             .arg(result.response.timesSent)));
            reconcile(entry);
            return;
        }
        if (entry.request.kind == RestoreKind::Abort || isItemStep(entry.request)) {
            // An abort names its job; a mailbox restore happened in the session it names.
            finish(m_journal.markAccepted(id, entry.request.vendorJobId, status));
            return;
        }
        const QString vendor = entry.request.vendor;
        const Parsed<QString> job = vendor == QLatin1String("veeam-vb365")
            ? Vb365::parseRestoreSessionId(result.response.body)
            : vendor == QLatin1String("clumio") ? Clumio::parseRestoreTaskId(result.response.body)
                                                : CloudAlly::parseRestoreJobId(result.response.body);
        if (job) {
            finish(m_journal.markAccepted(id, *job.value, status));
            return;
        }
        finish(m_journal.markUnknown(
            id, tr("the vendor answered HTTP %1 but named no job (%2); checking").arg(status).arg(job.error)));
        reconcile(entry);
        return;
    }
    const bool refused = result.error.kind == ApiError::Kind::AuthFailed
        || (result.error.kind == ApiError::Kind::HttpStatus && status >= 400 && status < 500 && status != 408
            && status != 429);
    if (refused) {
        // The vendor said no: it did not act on the request.
        finish(
            m_journal.markRejected(id, result.error.message, status > 0 ? std::optional<int>(status) : std::nullopt));
        return;
    }
    // No answer, a server error, a redirect: the request may or may not have taken effect.
    const QString why = status >= 300 && status < 400
        ? tr("the vendor answered with a redirect (HTTP %1), which is not an acceptance; checking").arg(status)
        : tr("%1; checking whether the vendor acted on it").arg(result.error.message);
    finish(m_journal.markUnknown(id, why));
    reconcile(entry);
}

void RestoreService::reconcile(const JournalEntry &entry)
{
    const RestoreRequest &r = entry.request;
    Connector *connector = m_connectors(r.sourceId);
    ApiClient *client = connector ? connector->apiClient() : nullptr;
    const QString id = entry.journalId();
    if (!client)
        return; // stays unknown; the next start-up tries again
    if (r.kind == RestoreKind::Abort || r.vendor == QLatin1String("cloudally")) {
        // No list to read it back from: the operator must look, and nothing is sent again.
        finish(m_journal.markUnknown(id,
                                     r.kind == RestoreKind::Abort
                                         ? tr("whether the abort took effect shows in the job's status")
                                         : tr("CloudAlly lists no restore jobs: check the CloudAlly portal "
                                              "before starting this restore again")));
        return;
    }
    const bool vb365 = r.vendor == QLatin1String("veeam-vb365");
    const bool step = isItemStep(r);
    const ApiRequest list = step ? Vb365::sessionEventsRequest(apiVersionOf(r.sourceId), r.vendorJobId)
        : vb365                  ? Vb365::recentSessionsRequest(apiVersionOf(r.sourceId))
                                 : Clumio::recentRestoreTasksRequest(entry.createdAt.addSecs(-ReconcileSlackSeconds));
    client->send(list, [this, entry, id, vb365, step, backupId = r.itemScope](const ApiResult &result) {
        if (!result.ok()) {
            finish(m_journal.markUnknown(
                id, tr("could not read the vendor's restore jobs (%1); will check again").arg(result.error.message)));
            return;
        }
        const Parsed<QStringList> found = step ? Vb365::mailboxRestoreEvents(result.response.body, entry.request)
            : vb365                            ? Vb365::sessionsFor(result.response.body, id)
                                               : Clumio::restoreTasksFor(result.response.body, backupId);
        if (!found) {
            finish(m_journal.markUnknown(id, found.error));
            return;
        }
        if (found.value->size() == 1 && step)
            finish(m_journal.resolve(
                id, entry.request.vendorJobId,
                tr("the restore session lists this mailbox's restore (event %1)").arg(found.value->first())));
        else if (found.value->size() == 1)
            finish(m_journal.resolve(id, found.value->first(), tr("found the vendor's job for this request")));
        else if (found.value->isEmpty()
                 && entry.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < m_timing.notFoundGraceSeconds) {
            // Too early to be sure: a vendor may still act on a request whose answer was lost.
            finish(m_journal.markUnknown(id, tr("the vendor lists no job for this request yet; checking again")));
            QTimer::singleShot(m_timing.recheckMs, this, [this, entry] { reconcile(entry); });
        } else if (found.value->isEmpty())
            finish(m_journal.resolve(id, std::nullopt,
                                     tr("the vendor has no job for this request: it did not take effect")));
        else
            finish(m_journal.markUnknown(id,
                                         tr("the vendor lists %1 jobs that could be this request: %2")
                                             .arg(found.value->size())
                                             .arg(found.value->join(QLatin1String(", ")))));
    });
}

void RestoreService::reconcileUnresolved()
{
    const JournalResult<QList<JournalEntry>> pending = m_journal.unresolved();
    if (!pending)
        return;
    for (const JournalEntry &entry : *pending.value) {
        // A SENDING row is a run that ended before its answer: its outcome is unknown.
        if (entry.state == JournalState::Sending)
            m_journal.markUnknown(entry.journalId(), tr("BackupDash stopped before the vendor answered; checking"));
        reconcile(entry);
    }
    // A run that stopped between a session's acceptance and its mailbox step: the step was
    // never journaled, so it never went out, and sending it now is its first time.
    if (const auto awaited = m_journal.itemStepsAwaited())
        for (const JournalEntry &entry : *awaited.value)
            startItemStep(entry);
}

void RestoreService::startItemStep(const JournalEntry &accepted)
{
    const RestoreRequest &parent = accepted.request;
    const auto steps = m_journal.itemStepsOf(accepted.journalId());
    if (!steps || !steps.value->isEmpty())
        return; // already journaled (and so sent, or being settled): never a second time
    RestoreRequest step;
    step.kind = RestoreKind::Restore;
    step.sourceId = parent.sourceId;
    step.vendor = parent.vendor;
    step.taskId = parent.taskId;
    step.taskName = parent.taskName;
    step.destination = parent.destination;
    step.alternateTarget = parent.alternateTarget;
    step.overwrite = parent.overwrite;
    step.pointInTime = parent.pointInTime;
    step.itemScope = parent.itemScope;
    step.itemId = parent.itemId;
    step.itemName = parent.itemName;
    step.parentJournalId = accepted.journalId();
    step.vendorJobId = accepted.vendorJobId; // the restore session it works in
    step.operatorName = parent.operatorName;
    if (const auto queued = start(step, Task {}); !queued)
        qWarning("restore journal: the mailbox step of %s could not be journaled: %s", qPrintable(accepted.journalId()),
                 qPrintable(queued.error));
}

void RestoreService::finish(const JournalResult<JournalEntry> &result)
{
    if (!result)
        return;
    Q_EMIT settled(*result.value);
    const JournalEntry &entry = *result.value;
    if (entry.state == JournalState::Accepted && entry.request.kind == RestoreKind::Restore
        && !entry.request.itemId.isEmpty() && !isItemStep(entry.request))
        startItemStep(entry);
}

} // namespace BackupDash
