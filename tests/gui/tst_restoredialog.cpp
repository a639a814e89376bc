// The Restore… dialog: what each vendor offers, the confirmation in words (source, task,
// destination), overwrite in place only after the task's name is typed; and the Restore…
// action follows the selected task.
#include "models/restoreoffer.h"
#include "views/restoredialog.h"

#include <QPushButton>
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

    void clumioNeedsTheBackupToRestoreFrom()
    {
        Task t = vb365Task();
        t.vendor = QStringLiteral("clumio");
        t.restoreScope.clear();
        RestoreDialog dialog(t, restoreOfferFor(QStringLiteral("clumio")));
        dialog.show();
        QVERIFY(!button(dialog, "nextButton")->isEnabled());
        dialog.setItemScope(QStringLiteral("backup-77"));
        QVERIFY(button(dialog, "nextButton")->isEnabled());
        QCOMPARE(dialog.request().itemScope, QStringLiteral("backup-77"));
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
