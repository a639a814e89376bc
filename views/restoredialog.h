#pragma once

#include "models/mailbox.h"
#include "models/restoreoffer.h"
#include "models/restorepoint.h"
#include "models/task.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace BackupDash {

// Start a restore of one backup task: what the vendor's API allows (restore point, what to
// restore, original or alternate location, or download), then a confirmation that names the
// source, the task and the destination in words. Overwriting in place needs the task's name
// typed. The dialog only decides; RestoreService sends. What needs the vendor's lists (Clumio's
// backups of the volume, VB365's mailboxes) is fed through setters by whoever fetches them: the
// dialog holds no network code and says "loading" until it is fed.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const Task &task, const RestoreOffer &offer, QWidget *parent = nullptr);

    RestoreRequest request() const; // what the operator confirmed
    QString confirmationText() const;
    bool onConfirmationPage() const;

    // For tests and keyboard users alike: the steps the buttons take.
    void setDestination(RestoreDestination destination);
    void setAlternateTarget(const QString &target);
    void setItemScope(const QString &scope); // VB365: vex, veod…; Clumio: a listed backup's id
    // Clumio: the volume's backups (newest first), or why they could not be listed.
    void setRestorePoints(const QList<RestorePoint> &points);
    void setRestorePointsError(const QString &error);
    // VB365: the organization's mailboxes, to restore one of them instead of opening a session
    // on the whole organization; or why they could not be listed.
    void setMailboxes(const QList<Mailbox> &mailboxes);
    void setMailboxesError(const QString &error);
    void setMailbox(const QString &mailboxId); // empty: the whole organization
    void setOverwrite(bool overwrite);
    void setTypedName(const QString &name);
    void next(); // options → confirmation
    bool canConfirm() const;

    // The state of the lists in words, as shown (for tests and screen readers alike).
    QString restorePointsText() const;
    QString mailboxesText() const;

private:
    void updateButtons();
    bool isClumio() const;
    bool mailboxChosen() const;

    Task m_task;
    RestoreOffer m_offer;
    QStackedWidget *m_pages;
    QComboBox *m_destination;
    QLineEdit *m_alternate;
    QComboBox *m_scopeChoice; // VB365: what to restore
    QComboBox *m_restorePoint; // Clumio: the backup to restore from
    QLabel *m_restorePointsNote; // loading, none, or why not
    QComboBox *m_mailbox; // VB365 Exchange: the whole organization or one mailbox
    QLabel *m_mailboxesNote;
    QList<Mailbox> m_mailboxes;
    QDateTimeEdit *m_pointInTime;
    QCheckBox *m_latest;
    QCheckBox *m_overwrite;
    QLabel *m_confirmation;
    QLineEdit *m_typedName;
    QLabel *m_typedHint;
    QDialogButtonBox *m_buttons;
};

} // namespace BackupDash
