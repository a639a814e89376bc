// The Restore… dialog: what each vendor offers, the confirmation in words (source, task,
// destination), overwrite in place only after the task's name is typed; and the Restore…
// action follows the selected task.
#include "models/restorejournal.h"
#include "models/restoreoffer.h"
#include "views/auditlogdialog.h"
#include "views/restoredialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {

Task vb365Task()
{
    Task t;
    t.sourceId = QStringLiteral("vb365-hq");
    t.vendor = QStringLiteral("veeam-vb365");
    t.id = QStringLiteral("job-1");
    t.name = QStringLiteral("Exchange – Zürich");
    t.restoreScope = QStringLiteral("org-1");
    return t;
}

Task clumioTask()
{
    Task t;
    t.sourceId = QStringLiteral("clumio-prod");
    t.vendor = QStringLiteral("clumio");
    t.id = QStringLiteral("101000010000000007");
    t.name = QStringLiteral("prod-orders-data-01 — incremental backup");
    t.workload = QStringLiteral("aws_ebs_volume");
    t.restoreScope = QStringLiteral("vol-entity-1"); // the protected volume, never a backup
    return t;
}

RestorePoint point(const char *id, const QDateTime &start)
{
    return { QLatin1String(id), start, start.addDays(14), 100, QStringLiteral("us-west-2a") };
}

QComboBox *combo(RestoreDialog &dialog, const char *name)
{
    return dialog.findChild<QComboBox *>(QLatin1String(name));
}

QPushButton *button(RestoreDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmationNamesSourceTaskAndDestination()
    {
        RestoreDialog dialog(vb365Task(), restoreOfferFor(QStringLiteral("veeam-vb365")));
        dialog.show();
        dialog.setItemScope(QStringLiteral("veod"));
        dialog.setDestination(RestoreDestination::Alternate);
        QVERIFY(!button(dialog, "nextButton")->isEnabled()); // an alternate location needs its place
        dialog.setAlternateTarget(QStringLiteral("restore-area@contoso.com"));
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        QTest::mouseClick(button(dialog, "nextButton"), Qt::LeftButton);
        QVERIFY(dialog.onConfirmationPage());
        const QString text = dialog.confirmationText();
        QVERIFY2(text.contains(QStringLiteral("“Exchange – Zürich” (OneDrive)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("vb365-hq (Veeam VB365)")));
        QVERIFY(text.contains(QStringLiteral("alternate location: restore-area@contoso.com")));
        QVERIFY(button(dialog, "restoreButton")->isEnabled());
        QTest::mouseClick(button(dialog, "restoreButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const RestoreRequest r = dialog.request();
        QCOMPARE(r.sourceId, QStringLiteral("vb365-hq"));
        QCOMPARE(r.taskId, QStringLiteral("job-1"));
        QCOMPARE(r.itemScope, QStringLiteral("veod"));
        QCOMPARE(r.destination, RestoreDestination::Alternate);
        QVERIFY(!r.pointInTime.isValid()); // the latest restore point
    }

    void overwriteInPlaceNeedsTheTypedName()
    {
        RestoreDialog dialog(vb365Task(), restoreOfferFor(QStringLiteral("veeam-vb365")));
        dialog.show();
        dialog.setDestination(RestoreDestination::Original);
        dialog.setOverwrite(true);
        dialog.next();
        QVERIFY(!dialog.canConfirm());
        QVERIFY(!button(dialog, "restoreButton")->isEnabled());
        dialog.setTypedName(QStringLiteral("Exchange"));
        QVERIFY(!dialog.canConfirm());
        dialog.setTypedName(QStringLiteral("Exchange – Zürich"));
        QVERIFY(dialog.canConfirm());
        QVERIFY(button(dialog, "restoreButton")->isEnabled());
        QVERIFY(dialog.request().overwrite);
        QVERIFY(dialog.confirmationText().contains(QStringLiteral("overwriting")));
    }

    void clumioRestorePointIsPickedFromTheVolumesBackups()
    {
        RestoreDialog dialog(clumioTask(), restoreOfferFor(QStringLiteral("clumio")));
        dialog.show();
        QComboBox *points = combo(dialog, "restorePoint");
        QVERIFY(points);
        // Until the list arrives: it says so, and there is nothing to go on with.
        QVERIFY2(dialog.restorePointsText().contains(QStringLiteral("Loading")),
                 qPrintable(dialog.restorePointsText()));
        QVERIFY(!points->isEnabled());
        QVERIFY(!button(dialog, "nextButton")->isEnabled());
        QVERIFY(dialog.request().itemScope.isEmpty()); // never the volume's id

        const QDateTime newest(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        dialog.setRestorePoints({ point("bk-new", newest), point("bk-old", newest.addSecs(-4 * 3600)) });
        QCOMPARE(points->count(), 2);
        QVERIFY(points->isEnabled());
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        QCOMPARE(dialog.request().itemScope, QStringLiteral("bk-new")); // the newest by default
        // In words, in local time, with when it expires.
        QVERIFY2(points->itemText(0).contains(newest.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(points->itemText(0)));
        QVERIFY(points->itemText(0).contains(QStringLiteral("expires ")));
        QVERIFY(points->itemText(0).contains(QStringLiteral("100 GiB")));

        points->setCurrentIndex(1);
        QCOMPARE(dialog.request().itemScope, QStringLiteral("bk-old"));
        dialog.setItemScope(QStringLiteral("bk-new"));
        QCOMPARE(points->currentIndex(), 0);
        QTest::mouseClick(button(dialog, "nextButton"), Qt::LeftButton);
        QVERIFY2(dialog.confirmationText().contains(QStringLiteral("from the backup of ")),
                 qPrintable(dialog.confirmationText()));
        QTest::mouseClick(button(dialog, "restoreButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().itemScope, QStringLiteral("bk-new"));
    }

    // Clumio restores from a backup, not a point in time: no stray "Latest restore point" box
    // (it once sat at the dialog's top left, over the task's name).
    void clumioShowsOnlyWhatItOffers()
    {
        RestoreDialog dialog(clumioTask(), restoreOfferFor(QStringLiteral("clumio")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text() == QStringLiteral("Latest restore point"))
                QVERIFY(!box->isVisible());
        }
        for (const QWidget *child : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                QVERIFY2(child->geometry().top() > 0 || child->inherits("QStackedWidget"),
                         child->metaObject()->className());
        }
    }

    void clumioWithoutBackupsCannotGoOn()
    {
        RestoreDialog dialog(clumioTask(), restoreOfferFor(QStringLiteral("clumio")));
        dialog.show();
        dialog.setRestorePoints({});
        QVERIFY2(dialog.restorePointsText().contains(QStringLiteral("No backups of this volume")),
                 qPrintable(dialog.restorePointsText()));
        QVERIFY(!button(dialog, "nextButton")->isEnabled());
        QVERIFY(dialog.request().itemScope.isEmpty());
    }

    void clumioListFailureIsShownInWords()
    {
        RestoreDialog dialog(clumioTask(), restoreOfferFor(QStringLiteral("clumio")));
        dialog.show();
        dialog.setRestorePointsError(QStringLiteral("HTTP 403: the API token may not read backups"));
        QVERIFY2(dialog.restorePointsText().contains(QStringLiteral("HTTP 403: the API token may not read backups")),
                 qPrintable(dialog.restorePointsText()));
        QVERIFY(!button(dialog, "nextButton")->isEnabled());
        // A later list (a retry) replaces the error.
        dialog.setRestorePoints({ point("bk-1", QDateTime::currentDateTimeUtc()) });
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        QVERIFY(!dialog.restorePointsText().contains(QStringLiteral("403")));
    }

    void vb365OneMailboxOrTheWholeOrganization()
    {
        RestoreDialog dialog(vb365Task(), restoreOfferFor(QStringLiteral("veeam-vb365")));
        dialog.show();
        QComboBox *mailboxes = combo(dialog, "mailbox");
        QVERIFY(mailboxes);
        QCOMPARE(mailboxes->count(), 1);
        QCOMPARE(mailboxes->itemText(0), QStringLiteral("Whole organization (restore session)"));
        QVERIFY(dialog.mailboxesText().contains(QStringLiteral("Loading")));
        QVERIFY(button(dialog, "nextButton")->isEnabled()); // the whole organization needs no list

        dialog.setMailboxes(
            { { QStringLiteral("mb-1"), QStringLiteral("Anna Berg"), QStringLiteral("anna.berg@contoso.com") },
              { QStringLiteral("mb-2"), QStringLiteral("Zoë Martin"), QStringLiteral("zoe.martin@contoso.com") } });
        QCOMPARE(mailboxes->count(), 3);
        QVERIFY(dialog.request().itemId.isEmpty());
        dialog.setMailbox(QStringLiteral("mb-2"));
        RestoreRequest r = dialog.request();
        QCOMPARE(r.itemScope, QStringLiteral("vex"));
        QCOMPARE(r.itemId, QStringLiteral("mb-2"));
        QCOMPARE(r.itemName, QStringLiteral("zoe.martin@contoso.com"));
        dialog.next();
        const QString text = dialog.confirmationText();
        QVERIFY2(text.contains(QStringLiteral("mailbox Zoë Martin <zoe.martin@contoso.com>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("“Exchange – Zürich”")));
        QVERIFY(text.contains(QStringLiteral("original location")));

        // Only an Exchange session restores one mailbox.
        dialog.setItemScope(QStringLiteral("veod"));
        QVERIFY(dialog.request().itemId.isEmpty());
        QVERIFY(!mailboxes->isEnabled());
    }

    void vb365MailboxIntoAnotherMailbox()
    {
        RestoreDialog dialog(vb365Task(), restoreOfferFor(QStringLiteral("veeam-vb365")));
        dialog.show();
        dialog.setMailboxes(
            { { QStringLiteral("mb-1"), QStringLiteral("Anna Berg"), QStringLiteral("anna.berg@contoso.com") } });
        dialog.setMailbox(QStringLiteral("mb-1"));
        dialog.setDestination(RestoreDestination::Alternate);
        QVERIFY(!button(dialog, "nextButton")->isEnabled());
        dialog.setAlternateTarget(QStringLiteral("restore-area@contoso.com"));
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        dialog.next();
        QVERIFY2(dialog.confirmationText().contains(QStringLiteral("to: the mailbox restore-area@contoso.com")),
                 qPrintable(dialog.confirmationText()));
    }

    void vb365MailboxListFailureLeavesTheWholeOrganization()
    {
        RestoreDialog dialog(vb365Task(), restoreOfferFor(QStringLiteral("veeam-vb365")));
        dialog.show();
        dialog.setMailboxesError(QStringLiteral("HTTP 500"));
        QVERIFY2(dialog.mailboxesText().contains(QStringLiteral("could not be listed (HTTP 500)")),
                 qPrintable(dialog.mailboxesText()));
        QCOMPARE(combo(dialog, "mailbox")->count(), 1);
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        QVERIFY(dialog.request().itemId.isEmpty());
    }

    void auditLogShowsAndExportsEveryStep()
    {
        QTemporaryDir dir;
        auto opened = RestoreJournal::open(dir.filePath(QStringLiteral("j.sqlite")), QStringLiteral("alice"));
        QVERIFY2(opened, qPrintable(opened.error));
        RestoreJournal &journal = **opened.value;
        RestoreRequest r;
        r.sourceId = QStringLiteral("vb365-hq");
        r.vendor = QStringLiteral("veeam-vb365");
        r.taskId = QStringLiteral("job-1");
        r.taskName = QStringLiteral("Exchange – Zürich");
        const auto queued = journal.create(r);
        QVERIFY(queued);
        QVERIFY(journal.markRejected(queued.value->journalId(), QStringLiteral("HTTP 404: not found"), 404));
        const auto records = journal.audit();
        QVERIFY(records);
        AuditLogDialog dialog(*records.value, [&journal](QIODevice &device) {
            const auto written = journal.exportAuditJsonLines(device);
            return written ? QString() : written.error;
        });
        QCOMPARE(dialog.table()->rowCount(), int(records.value->size()));
        QVERIFY(dialog.table()->rowCount() >= 2);
        QCOMPARE(dialog.table()->item(dialog.table()->rowCount() - 1, 6)->text(), QStringLiteral("404"));

        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        QCOMPARE(dialog.exportToFile(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), records.value->size());
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        const QString refused = dialog.exportToFile(dir.filePath(QStringLiteral("no/such/folder/audit.jsonl")));
        QVERIFY2(refused.startsWith(QStringLiteral("cannot write")), qPrintable(refused));
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
