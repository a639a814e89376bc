#pragma once

#include "models/restoreoffer.h"
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
// typed. The dialog only decides; RestoreService sends.
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
    void setItemScope(const QString &scope);
    void setOverwrite(bool overwrite);
    void setTypedName(const QString &name);
    void next(); // options → confirmation
    bool canConfirm() const;

private:
    void updateButtons();

    Task m_task;
    RestoreOffer m_offer;
    QStackedWidget *m_pages;
    QComboBox *m_destination;
    QLineEdit *m_alternate;
    QComboBox *m_scopeChoice; // VB365: what to restore
    QLineEdit *m_scopeText; // Clumio: the backup to restore from
    QDateTimeEdit *m_pointInTime;
    QCheckBox *m_latest;
    QCheckBox *m_overwrite;
    QLabel *m_confirmation;
    QLineEdit *m_typedName;
    QLabel *m_typedHint;
    QDialogButtonBox *m_buttons;
};

} // namespace BackupDash
