#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace BackupDash {

class Dashboard;
class JournalLock;
class MainWindow;
class RestoreDialog;
class RestoreJournal;
class RestoreService;
struct RestoreJob;
struct Task;

// The window's restore commands, wired: it opens (and locks) the restore journal, shows its
// entries beside the vendors' restore jobs, and answers Restore…, Abort… and Audit log… with
// their dialogs, sending through RestoreService. Without the journal it says why instead.
class RestoreUi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreUi)

public:
    RestoreUi(MainWindow &window, Dashboard &dashboard, const QString &journalPath, QObject *parent = nullptr);
    ~RestoreUi() override;

    RestoreJournal *journal() const { return m_journal.get(); }
    RestoreService *service() const { return m_service.get(); }
    QString problem() const { return m_problem; } // why restores cannot be worked, in words

private:
    void restore(const Task &task);
    // Feeds the dialog what it offers from the vendor's lists (Clumio backups, VB365 mailboxes).
    void fillChoices(RestoreDialog &dialog, const Task &task);
    void abort(const RestoreJob &job);
    void showAuditLog();
    void showJournal();

    MainWindow &m_window;
    Dashboard &m_dashboard;
    std::unique_ptr<JournalLock> m_lock;
    std::unique_ptr<RestoreJournal> m_journal;
    std::unique_ptr<RestoreService> m_service;
    QString m_problem;
};

} // namespace BackupDash
