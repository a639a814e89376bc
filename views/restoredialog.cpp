#include "views/restoredialog.h"

#include "models/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace BackupDash {

namespace {

QString scopeWords(const QString &scope)
{
    if (scope == QLatin1String("vex"))
        return QCoreApplication::translate("RestoreDialog", "Exchange mailboxes");
    if (scope == QLatin1String("veod"))
        return QCoreApplication::translate("RestoreDialog", "OneDrive");
    if (scope == QLatin1String("vesp"))
        return QCoreApplication::translate("RestoreDialog", "SharePoint sites");
    if (scope == QLatin1String("vet"))
        return QCoreApplication::translate("RestoreDialog", "Teams");
    return scope;
}

QString destinationText(RestoreDestination destination)
{
    switch (destination) {
    case RestoreDestination::Original:
        return QCoreApplication::translate("RestoreDialog", "Original location");
    case RestoreDestination::Alternate:
        return QCoreApplication::translate("RestoreDialog", "Another location");
    case RestoreDestination::Download:
        return QCoreApplication::translate("RestoreDialog", "Download");
    }
    return {};
}

QString restorePointText(const RestorePoint &p)
{
    QString text = formatTimestamp(p.startTimestamp);
    if (p.sizeGiB)
        text += QCoreApplication::translate("RestoreDialog", " · %1 GiB").arg(*p.sizeGiB);
    if (p.expirationTimestamp.isValid())
        text +=
            QCoreApplication::translate("RestoreDialog", " · expires %1").arg(formatTimestamp(p.expirationTimestamp));
    return text;
}

QString mailboxText(const Mailbox &m)
{
    if (m.email.isEmpty())
        return m.name.isEmpty() ? m.id : m.name;
    return m.name.isEmpty() ? m.email : QStringLiteral("%1 <%2>").arg(m.name, m.email);
}

// A combo holding one line that says why there is nothing to choose.
void showOnly(QComboBox *combo, const QString &text)
{
    combo->clear();
    combo->addItem(text, QString());
    combo->setEnabled(false);
}

} // namespace

RestoreDialog::RestoreDialog(const Task &task, const RestoreOffer &offer, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
    , m_offer(offer)
    , m_pages(new QStackedWidget(this))
    , m_destination(new QComboBox(this))
    , m_alternate(new QLineEdit(this))
    , m_scopeChoice(new QComboBox(this))
    , m_restorePoint(new QComboBox(this))
    , m_restorePointsNote(new QLabel(this))
    , m_mailbox(new QComboBox(this))
    , m_mailboxesNote(new QLabel(this))
    , m_pointInTime(new QDateTimeEdit(this))
    , m_latest(new QCheckBox(tr("Latest restore point"), this))
    , m_overwrite(new QCheckBox(tr("Overwrite what is there now"), this))
    , m_confirmation(new QLabel(this))
    , m_typedName(new QLineEdit(this))
    , m_typedHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Restore %1").arg(task.name));
    for (RestoreDestination d : offer.destinations)
        m_destination->addItem(destinationText(d), int(d));
    m_alternate->setPlaceholderText(tr("Where to restore to"));
    for (const QString &scope : offer.scopes)
        m_scopeChoice->addItem(scopeWords(scope), scope);
    m_restorePoint->setObjectName(QStringLiteral("restorePoint"));
    m_restorePoint->setAccessibleName(tr("Restore point"));
    showOnly(m_restorePoint, tr("Loading the backups of this volume…"));
    m_restorePointsNote->setWordWrap(true);
    m_restorePointsNote->setVisible(false);
    m_mailbox->setObjectName(QStringLiteral("mailbox"));
    m_mailbox->setAccessibleName(tr("Mailbox"));
    m_mailbox->addItem(tr("Whole organization (restore session)"), QString());
    m_mailboxesNote->setWordWrap(true);
    m_mailboxesNote->setText(tr("Loading the organization's mailboxes…"));
    m_pointInTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_pointInTime->setDateTime(QDateTime::currentDateTime());
    m_pointInTime->setTimeSpec(Qt::LocalTime);
    m_latest->setChecked(true);
    m_pointInTime->setEnabled(false);

    auto *options = new QWidget(this);
    auto *form = new QFormLayout(options);
    form->addRow(tr("Task:"),
                 new QLabel(QStringLiteral("<b>%1</b> · %2 · %3")
                                .arg(task.name.toHtmlEscaped(), task.sourceId.toHtmlEscaped(), vendorText(task.vendor)),
                            options));
    if (!offer.scopes.isEmpty())
        form->addRow(tr("What to restore:"), m_scopeChoice);
    if (offer.scopes.contains(QStringLiteral("vex"))) {
        form->addRow(tr("Mailbox:"), m_mailbox);
        form->addRow(QString(), m_mailboxesNote);
    } else {
        m_mailbox->hide();
        m_mailboxesNote->hide();
    }
    if (isClumio()) {
        form->addRow(tr("Restore point:"), m_restorePoint);
        form->addRow(QString(), m_restorePointsNote);
    } else {
        m_restorePoint->hide();
        m_restorePointsNote->hide();
    }
    if (offer.pointInTime) {
        form->addRow(tr("Restore point:"), m_latest);
        form->addRow(QString(), m_pointInTime);
    }
    form->addRow(tr("Restore to:"), m_destination);
    form->addRow(tr("Location:"), m_alternate);
    form->addRow(QString(), m_overwrite);
    // What this vendor does not offer never reached the form: out of sight, not at the top left.
    for (QWidget *unused : std::initializer_list<QWidget *> { m_scopeChoice, m_mailbox, m_mailboxesNote, m_restorePoint,
                                                              m_restorePointsNote, m_latest, m_pointInTime }) {
        if (unused->parentWidget() == this)
            unused->hide();
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 92); // a restore point's words fit

    auto *confirm = new QWidget(this);
    auto *confirmLayout = new QVBoxLayout(confirm);
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_typedHint->setWordWrap(true);
    m_typedName->setAccessibleName(tr("Type the task's name to confirm"));
    confirmLayout->addWidget(m_confirmation);
    confirmLayout->addWidget(m_typedHint);
    confirmLayout->addWidget(m_typedName);
    confirmLayout->addStretch(1);

    m_pages->addWidget(options);
    m_pages->addWidget(confirm);
    QPushButton *nextButton = m_buttons->addButton(tr("Next…"), QDialogButtonBox::ActionRole);
    QPushButton *restore = m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    restore->setObjectName(QStringLiteral("restoreButton"));
    nextButton->setObjectName(QStringLiteral("nextButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(nextButton, &QPushButton::clicked, this, &RestoreDialog::next);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_latest, &QCheckBox::toggled, m_pointInTime, [this](bool latest) { m_pointInTime->setEnabled(!latest); });
    for (auto *edit : { m_alternate, m_typedName })
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::updateButtons);
    for (auto *combo : { m_destination, m_restorePoint, m_mailbox, m_scopeChoice })
        connect(combo, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateButtons);
    connect(m_overwrite, &QCheckBox::toggled, this, &RestoreDialog::updateButtons);
    updateButtons();
}

RestoreRequest RestoreDialog::request() const
{
    RestoreRequest r;
    r.kind = RestoreKind::Restore;
    r.sourceId = m_task.sourceId;
    r.vendor = m_task.vendor;
    r.taskId = m_task.id;
    r.taskName = m_task.name;
    r.destination = RestoreDestination(m_destination->currentData().toInt());
    r.alternateTarget = r.destination == RestoreDestination::Alternate ? m_alternate->text().trimmed() : QString();
    r.overwrite = r.destination == RestoreDestination::Original && m_overwrite->isChecked();
    if (m_offer.pointInTime && !m_latest->isChecked())
        r.pointInTime = m_pointInTime->dateTime().toUTC();
    r.itemScope = isClumio() ? m_restorePoint->currentData().toString() : m_scopeChoice->currentData().toString();
    if (mailboxChosen()) {
        const QString id = m_mailbox->currentData().toString();
        for (const Mailbox &m : m_mailboxes) {
            if (m.id == id) {
                r.itemId = m.id;
                r.itemName = m.email.isEmpty() ? mailboxText(m) : m.email;
            }
        }
    }
    r.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return r;
}

QString RestoreDialog::confirmationText() const
{
    const RestoreRequest r = request();
    QString where = destinationWords(r);
    QString what = r.itemScope.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(scopeWords(r.itemScope));
    if (isClumio() && m_restorePoint->currentIndex() >= 0 && !r.itemScope.isEmpty())
        what = tr(" from the backup of %1").arg(m_restorePoint->currentText());
    if (!r.itemId.isEmpty()) {
        return tr("Restore the mailbox %1 from “%2” on source %3 (%4), %5, to: %6.\n\nBackupDash first opens a restore "
                  "session, then restores this one mailbox in it; each request is sent once and journaled, and the "
                  "Restores tab shows what the vendor made of each.")
            .arg(mailboxText(m_mailboxes.value(m_mailbox->currentIndex() - 1)), r.taskName, r.sourceId,
                 vendorText(r.vendor),
                 r.pointInTime.isValid() ? tr("as of %1").arg(formatTimestamp(r.pointInTime))
                                         : tr("from the latest restore point"),
                 r.destination == RestoreDestination::Alternate ? tr("the mailbox %1").arg(r.alternateTarget)
                                                                : destinationWords(r));
    }
    const QString when = r.pointInTime.isValid() ? tr("as of %1").arg(formatTimestamp(r.pointInTime))
                                                 : tr("from the latest restore point");
    return tr("Restore “%1”%2 from source %3 (%4), %5, to: %6.\n\nThe request is sent once; BackupDash keeps it in "
              "its journal and shows what the vendor made of it in the Restores tab.")
        .arg(r.taskName, what, r.sourceId, vendorText(r.vendor), when, where);
}

bool RestoreDialog::onConfirmationPage() const
{
    return m_pages->currentIndex() == 1;
}

void RestoreDialog::setDestination(RestoreDestination destination)
{
    m_destination->setCurrentIndex(std::max(0, m_destination->findData(int(destination))));
}

void RestoreDialog::setAlternateTarget(const QString &target)
{
    m_alternate->setText(target);
}

void RestoreDialog::setItemScope(const QString &scope)
{
    QComboBox *combo = isClumio() ? m_restorePoint : m_scopeChoice;
    combo->setCurrentIndex(std::max(0, combo->findData(scope)));
}

void RestoreDialog::setRestorePoints(const QList<RestorePoint> &points)
{
    if (points.isEmpty()) {
        showOnly(m_restorePoint, tr("No backups of this volume"));
        m_restorePointsNote->setText(tr("Clumio lists no backup of this volume to restore from."));
        m_restorePointsNote->setVisible(true);
    } else {
        m_restorePoint->clear();
        for (const RestorePoint &p : points)
            m_restorePoint->addItem(restorePointText(p), p.backupId);
        m_restorePoint->setEnabled(true);
        m_restorePoint->setCurrentIndex(0); // the newest
        m_restorePointsNote->setVisible(false);
    }
    updateButtons();
}

void RestoreDialog::setRestorePointsError(const QString &error)
{
    showOnly(m_restorePoint, tr("The backups could not be listed"));
    m_restorePointsNote->setText(tr("The backups of this volume could not be listed: %1").arg(error));
    m_restorePointsNote->setVisible(true);
    updateButtons();
}

void RestoreDialog::setMailboxes(const QList<Mailbox> &mailboxes)
{
    m_mailboxes = mailboxes;
    while (m_mailbox->count() > 1)
        m_mailbox->removeItem(1);
    for (const Mailbox &m : mailboxes)
        m_mailbox->addItem(mailboxText(m), m.id);
    m_mailboxesNote->setText(mailboxes.isEmpty() ? tr("The organization lists no mailboxes.") : QString());
    m_mailboxesNote->setVisible(mailboxes.isEmpty());
    updateButtons();
}

void RestoreDialog::setMailboxesError(const QString &error)
{
    m_mailboxes.clear();
    while (m_mailbox->count() > 1)
        m_mailbox->removeItem(1);
    m_mailboxesNote->setText(
        tr("The mailboxes could not be listed (%1); the whole organization can still be restored.").arg(error));
    m_mailboxesNote->setVisible(true);
    updateButtons();
}

void RestoreDialog::setMailbox(const QString &mailboxId)
{
    m_mailbox->setCurrentIndex(std::max(0, m_mailbox->findData(mailboxId)));
}

QString RestoreDialog::restorePointsText() const
{
    return m_restorePointsNote->isHidden()
        ? m_restorePoint->currentText()
        : m_restorePoint->currentText() + QLatin1Char('\n') + m_restorePointsNote->text();
}

QString RestoreDialog::mailboxesText() const
{
    return m_mailboxesNote->text();
}

bool RestoreDialog::isClumio() const
{
    return m_task.vendor == QLatin1String("clumio");
}

bool RestoreDialog::mailboxChosen() const
{
    return m_offer.scopes.contains(QStringLiteral("vex"))
        && m_scopeChoice->currentData().toString() == QLatin1String("vex")
        && !m_mailbox->currentData().toString().isEmpty();
}

void RestoreDialog::setOverwrite(bool overwrite)
{
    m_overwrite->setChecked(overwrite);
}

void RestoreDialog::setTypedName(const QString &name)
{
    m_typedName->setText(name);
}

void RestoreDialog::next()
{
    m_confirmation->setText(confirmationText());
    m_pages->setCurrentIndex(1);
    updateButtons();
}

bool RestoreDialog::canConfirm() const
{
    if (!onConfirmationPage())
        return false;
    const RestoreRequest r = request();
    if (r.overwrite && m_typedName->text().trimmed() != m_task.name)
        return false; // destructive: the operator types what will be overwritten
    return true;
}

void RestoreDialog::updateButtons()
{
    const RestoreDestination destination = RestoreDestination(m_destination->currentData().toInt());
    m_alternate->setEnabled(destination == RestoreDestination::Alternate);
    m_overwrite->setEnabled(destination == RestoreDestination::Original);
    const bool optionsComplete =
        (destination != RestoreDestination::Alternate || !m_alternate->text().trimmed().isEmpty())
        && (!isClumio() || !m_restorePoint->currentData().toString().isEmpty());
    // One mailbox is picked from an Exchange session only; elsewhere to means another mailbox.
    m_mailbox->setEnabled(m_scopeChoice->currentData().toString() == QLatin1String("vex"));
    m_alternate->setPlaceholderText(mailboxChosen() ? tr("The address of the mailbox to restore into")
                                                    : tr("Where to restore to"));
    const bool overwrite = destination == RestoreDestination::Original && m_overwrite->isChecked();
    m_typedName->setVisible(overwrite);
    m_typedHint->setVisible(overwrite);
    m_typedHint->setText(
        tr("This overwrites the data in place. Type the task's name, “%1”, to confirm.").arg(m_task.name));
    m_buttons->findChild<QPushButton *>(QStringLiteral("nextButton"))->setVisible(!onConfirmationPage());
    m_buttons->findChild<QPushButton *>(QStringLiteral("nextButton"))->setEnabled(optionsComplete);
    QPushButton *restore = m_buttons->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    restore->setVisible(onConfirmationPage());
    restore->setEnabled(canConfirm());
}

} // namespace BackupDash
