#include "app/restoreui.h"

#include "app/dashboard.h"
#include "app/restorechoices.h"
#include "app/restoreservice.h"
#include "connectors/connector.h"
#include "models/formatting.h"
#include "models/journallock.h"
#include "models/restorejournal.h"
#include "models/restoreoffer.h"
#include "views/auditlogdialog.h"
#include "views/mainwindow.h"
#include "views/restoredialog.h"
#include "views/restorestab.h"

#include <QMessageBox>
#include <QPointer>

namespace BackupDash {

RestoreUi::RestoreUi(MainWindow &window, Dashboard &dashboard, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dashboard(dashboard)
    , m_lock(std::make_unique<JournalLock>(journalPath))
{
    // One BackupDash at a time works the journal; another one shows the vendors' restores only.
    if (const JournalDone held = m_lock->tryAcquire(); !held) {
        m_problem = held.error;
    } else if (auto opened = RestoreJournal::open(journalPath); !opened) {
        m_problem = opened.error;
    } else {
        m_journal = std::move(*opened.value);
        m_service = std::make_unique<RestoreService>(*m_journal,
                                                     [this](const QString &id) { return m_dashboard.connector(id); });
        connect(m_journal.get(), &RestoreJournal::entryChanged, this, &RestoreUi::showJournal);
        showJournal();
    }
    connect(&window, &MainWindow::restoreRequested, this, &RestoreUi::restore);
    connect(window.restoresTab(), &RestoresTab::abortRequested, this, &RestoreUi::abort);
    connect(window.restoresTab(), &RestoresTab::auditLogRequested, this, &RestoreUi::showAuditLog);
}

RestoreUi::~RestoreUi() = default;

void RestoreUi::showJournal()
{
    if (const auto entries = m_journal->entries())
        m_dashboard.setJournalEntries(*entries.value);
}

void RestoreUi::restore(const Task &task)
{
    const RestoreOffer offer = restoreOfferFor(task.vendor);
    if (!m_service || !offer.canRestore) {
        QMessageBox::information(&m_window, tr("Restore %1").arg(task.name), m_service ? offer.whyNot : m_problem);
        return;
    }
    RestoreDialog dialog(task, offer, &m_window);
    fillChoices(dialog, task);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto queued = m_service->start(dialog.request(), task); !queued)
        QMessageBox::warning(&m_window, tr("Restore %1").arg(task.name), queued.error);
    m_window.setCurrentTab(MainWindow::Tab::Restores);
}

void RestoreUi::fillChoices(RestoreDialog &dialog, const Task &task)
{
    Connector *connector = m_dashboard.connector(task.sourceId);
    ApiClient *client = connector ? connector->apiClient() : nullptr;
    // The answers may come after the operator closed the dialog.
    QPointer<RestoreDialog> target(&dialog);
    if (task.vendor == QLatin1String("clumio")) {
        if (!client)
            dialog.setRestorePointsError(tr("source %1 cannot be reached from here").arg(task.sourceId));
        else if (task.workload != QLatin1String("aws_ebs_volume"))
            dialog.setRestorePointsError(tr("BackupDash restores Clumio EBS volumes only; restore this %1 in the "
                                            "Clumio portal")
                                             .arg(workloadText(task.workload)));
        else
            RestoreChoices::fetchEbsBackups(*client, task.restoreScope, [target](const auto &points) {
                if (target && points)
                    target->setRestorePoints(*points.value);
                else if (target)
                    target->setRestorePointsError(points.error);
            });
    } else if (task.vendor == QLatin1String("veeam-vb365")) {
        const QString version = connector && !connector->config().apiVersion.isEmpty() ? connector->config().apiVersion
                                                                                       : QStringLiteral("v8");
        if (!client || task.restoreScope.isEmpty())
            dialog.setMailboxesError(tr("the job names no organization that can be read from here"));
        else
            RestoreChoices::fetchMailboxes(*client, version, task.restoreScope, [target](const auto &mailboxes) {
                if (target && mailboxes)
                    target->setMailboxes(*mailboxes.value);
                else if (target)
                    target->setMailboxesError(mailboxes.error);
            });
    }
}

void RestoreUi::abort(const RestoreJob &job)
{
    if (!m_service) {
        QMessageBox::information(&m_window, tr("Abort restore"), m_problem);
        return;
    }
    const auto answer =
        QMessageBox::question(&m_window, tr("Abort restore"),
                              tr("Abort “%1” on source %2 (%3)? The request is sent once and journaled.")
                                  .arg(job.target, job.sourceId, vendorText(job.vendor)));
    if (answer != QMessageBox::Yes)
        return;
    RestoreRequest request;
    request.kind = RestoreKind::Abort;
    request.sourceId = job.sourceId;
    request.vendor = job.vendor;
    request.taskId = job.id;
    request.taskName = job.target;
    request.vendorJobId = job.id;
    request.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (const auto queued = m_service->start(request, Task {}); !queued)
        QMessageBox::warning(&m_window, tr("Abort restore"), queued.error);
}

void RestoreUi::showAuditLog()
{
    if (!m_journal) {
        QMessageBox::information(&m_window, tr("Restore audit log"), m_problem);
        return;
    }
    const auto records = m_journal->audit();
    AuditLogDialog dialog(
        records ? *records.value : QList<AuditRecord> {},
        [this](QIODevice &device) {
            const auto written = m_journal->exportAuditJsonLines(device);
            return written ? QString() : written.error;
        },
        &m_window);
    dialog.exec();
}

} // namespace BackupDash
