#pragma once

#include "app/restoreservice.h"
#include "connectors/sourceconfig.h"
#include "models/restorerequest.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class Connector;
class RestoreJournal;

// `backupdash-cli restore`: polls the one source to find the task, then starts the restore
// through the same journal and RestoreService as the GUI, and waits for its outcome. A Clumio
// restore without a chosen backup starts from the volume's newest one.
class RestoreCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreCommand)

public:
    // `request` names the source, the task (by id or name) and the options; the journal must
    // be held (JournalLock) by the caller.
    RestoreCommand(const SourceConfig &source, RestoreRequest request, RestoreJournal &journal,
                   QNetworkAccessManager &nam, int timeoutSeconds, QObject *parent = nullptr);
    ~RestoreCommand() override;

    // Overwriting in place is destructive: the operator names the task to confirm it.
    void setOverwriteConfirmation(const QString &taskName) { m_overwriteName = taskName; }
    void start();
    // One line for the operator, and the exit code: 0 accepted, 1 refused or unknown.
    QString outcome() const { return m_outcome; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished();

private:
    void done(int exitCode, const QString &outcome);
    void settle(const JournalEntry &entry);
    void send(const Task &task);
    // Clumio without --backup: the volume's newest backup, read through the same request and
    // parser as the dialog's list.
    void startFromNewestBackup(const Task &task);

    RestoreRequest m_request;
    RestoreJournal &m_journal;
    std::unique_ptr<Connector> m_connector;
    std::unique_ptr<RestoreService> m_service;
    QString m_journalId;
    QString m_overwriteName;
    QTimer m_deadline;
    QString m_outcome;
    int m_exitCode = 1;
    bool m_finished = false;
};

} // namespace BackupDash
