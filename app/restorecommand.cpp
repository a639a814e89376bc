#include "app/restorecommand.h"

#include "app/connectorfactory.h"
#include "app/restorechoices.h"
#include "connectors/connector.h"
#include "models/formatting.h"
#include "models/restorejournal.h"

namespace BackupDash {

RestoreCommand::RestoreCommand(const SourceConfig &source, RestoreRequest request, RestoreJournal &journal,
                               QNetworkAccessManager &nam, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_journal(journal)
    , m_connector(createConnector(source, nam))
{
    m_request.vendor = source.vendor;
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutSeconds * 1000);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        done(1,
             tr("no outcome within the timeout; the journal keeps the request (%1) and the next run checks it")
                 .arg(m_journalId.isEmpty() ? tr("not sent") : m_journalId));
    });
    if (m_connector) {
        m_service = std::make_unique<RestoreService>(m_journal, [this](const QString &id) {
            return id == m_connector->sourceId() ? m_connector.get() : nullptr;
        });
        connect(m_service.get(), &RestoreService::settled, this, &RestoreCommand::settle);
    }
}

RestoreCommand::~RestoreCommand() = default;

void RestoreCommand::start()
{
    m_deadline.start();
    if (!m_connector) {
        done(1, tr("source '%1' cannot be polled (disabled or misconfigured)").arg(m_request.sourceId));
        return;
    }
    // Whatever an earlier run of this source left unsettled is settled first, never re-sent.
    m_service->reconcileUnresolved();
    connect(m_connector.get(), &Connector::pollFailed, this, [this](const ApiError &error) {
        done(1, tr("cannot read source '%1': %2").arg(m_request.sourceId, error.message));
    });
    connect(m_connector.get(), &Connector::polled, this, [this](const SharedSnapshot &polled) {
        const SourceSnapshot &snapshot = *polled;
        const auto task = std::find_if(snapshot.tasks.begin(), snapshot.tasks.end(), [this](const Task &t) {
            return t.id == m_request.taskId || t.name == m_request.taskId;
        });
        if (task == snapshot.tasks.end()) {
            done(1, tr("source '%1' has no task '%2'").arg(m_request.sourceId, m_request.taskId));
            return;
        }
        if (m_request.overwrite && m_overwriteName != task->name) {
            done(1, tr("--overwrite must name the task exactly (\"%1\"); nothing was sent").arg(task->name));
            return;
        }
        m_request.taskId = task->id;
        m_request.taskName = task->name;
        if (m_request.vendor == QLatin1String("clumio") && m_request.itemScope.isEmpty())
            startFromNewestBackup(*task);
        else
            send(*task);
    });
    m_connector->poll();
}

void RestoreCommand::startFromNewestBackup(const Task &task)
{
    // Read, never written: nothing is journaled until a backup to restore from is known.
    RestoreChoices::fetchEbsBackups(*m_connector->apiClient(), task.restoreScope, [this, task](const auto &points) {
        if (!points) {
            done(1, tr("cannot list the backups of %1: %2; nothing was sent").arg(task.restoreScope, points.error));
            return;
        }
        const std::optional<RestorePoint> newest = newestRestorePoint(*points.value);
        if (!newest) {
            done(1,
                 tr("source '%1' lists no EBS volume backups of %2 (%3); nothing was sent")
                     .arg(m_request.sourceId, task.restoreScope, workloadText(task.workload)));
            return;
        }
        m_request.itemScope = newest->backupId;
        send(task);
    });
}

void RestoreCommand::send(const Task &task)
{
    const auto queued = m_service->start(m_request, task);
    if (!queued) {
        done(1, queued.error);
        return;
    }
    m_journalId = queued.value->journalId();
    settle(*m_journal.entry(m_journalId).value); // it may have been refused already
}

void RestoreCommand::settle(const JournalEntry &entry)
{
    if (entry.journalId() != m_journalId)
        return;
    switch (entry.state) {
    case JournalState::Accepted:
        done(0,
             tr("accepted: %1 started restore job %2 (journal %3)")
                 .arg(m_request.sourceId, entry.vendorJobId, entry.journalId()));
        break;
    case JournalState::Rejected:
        done(1, tr("refused: %1 (journal %2)").arg(entry.reason, entry.journalId()));
        break;
    case JournalState::Unknown:
        // Reconciliation may still settle it; the deadline reports it unknown otherwise.
        m_outcome = tr("outcome unknown: %1 (journal %2)").arg(entry.reason, entry.journalId());
        break;
    case JournalState::Queued:
    case JournalState::Sending:
        break;
    }
}

void RestoreCommand::done(int exitCode, const QString &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_exitCode = exitCode;
    // An unknown outcome says what is known about it rather than only "timed out".
    m_outcome = (exitCode != 0 && m_outcome.startsWith(tr("outcome unknown"))) ? m_outcome : outcome;
    Q_EMIT finished();
}

} // namespace BackupDash
