// The Restore… dialog: what each vendor offers, the confirmation in words (source, task,
// destination), overwrite in place only after the task's name is typed; and the Restore…
// action follows the selected task.
#include "models/restorejournal.h"
#include "models/restoreoffer.h"
#include "views/auditlogdialog.h"
#include "views/restoredialog.h"

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
