// Restores started from BackupDash show at once beside the vendor's own restore jobs, in words
// while the vendor does not list them, and as the vendor's row (marked as started here) once it does.
#include "models/journalrestores.h"

#include <QTest>

using namespace BackupDash;

namespace {

JournalEntry entry(const char *journalId, JournalState state, const char *vendorJobId = "")
{
    JournalEntry e;
    e.request.journalId = QString::fromLatin1(journalId);
    e.request.sourceId = QStringLiteral("vb");
    e.request.vendor = QStringLiteral("veeam-vb365");
    e.request.taskName = QStringLiteral("Exchange – Zürich");
    e.request.operatorName = QStringLiteral("alice");
    e.state = state;
    e.vendorJobId = QString::fromLatin1(vendorJobId);
    e.reason = QStringLiteral("HTTP 404: Organization was not found");
    e.createdAt = e.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return e;
}

RestoreJob vendorRow(const char *id)
{
    RestoreJob r;
    r.id = QString::fromLatin1(id);
    r.status = Status::Running;
    r.vendorStatus = QStringLiteral("Working");
    return r;
}

} // namespace

class TestJournalRestores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A mailbox step names its session as its job but keeps a row of its own beside the session's.
    void mailboxStepsHaveTheirOwnRow()
    {
        JournalEntry session = entry("j1", JournalState::Accepted, "s-1");
        session.request.itemId = QStringLiteral("mb-1");
        session.request.itemName = QStringLiteral("anna.berg@contoso.com");
        JournalEntry done = session;
        done.request.journalId = QStringLiteral("j2");
        done.request.parentJournalId = QStringLiteral("j1");
        done.request.vendorJobId = QStringLiteral("s-1");
        JournalEntry unsure = done;
        unsure.request.journalId = QStringLiteral("j3");
        unsure.state = JournalState::Unknown;
        const std::vector<RestoreJob> rows =
            withJournal(QStringLiteral("vb"), { vendorRow("s-1") }, { session, done, unsure });
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].journalId, QStringLiteral("j1")); // the session is the vendor's row
        QCOMPARE(rows[1].id, QStringLiteral("journal:j2"));
        QCOMPARE(rows[1].status, Status::Success);
        QCOMPARE(rows[1].target, QStringLiteral("mailbox anna.berg@contoso.com → original location"));
        QVERIFY2(rows[1].note.contains(QStringLiteral("s-1")), qPrintable(rows[1].note));
        QCOMPARE(rows[2].status, Status::Unknown);
        QVERIFY2(rows[2].note.contains(QStringLiteral("check in the Veeam console")), qPrintable(rows[2].note));
    }

    void journalRowsInWordsUntilTheVendorListsThem()
    {
        JournalEntry abort = entry("j5", JournalState::Sending);
        abort.request.kind = RestoreKind::Abort;
        JournalEntry elsewhere = entry("j6", JournalState::Queued);
        elsewhere.request.sourceId = QStringLiteral("other");
        const std::vector<RestoreJob> rows =
            withJournal(QStringLiteral("vb"), { vendorRow("s-1"), vendorRow("s-9") },
                        { entry("j1", JournalState::Sending), entry("j2", JournalState::Unknown),
                          entry("j3", JournalState::Rejected), entry("j4", JournalState::Accepted, "s-1"),
                          entry("j7", JournalState::Accepted, "s-new"), abort, elsewhere });
        QCOMPARE(rows.size(),
                 size_t(6)); // two vendor rows + j1, j2, j3, j7 (j4 is s-1; aborts and other sources add none)
        QCOMPARE(rows[0].journalId, QStringLiteral("j4")); // the vendor's row, marked as started here
        QCOMPARE(rows[0].startedBy, QStringLiteral("alice"));
        QCOMPARE(rows[0].status, Status::Running); // the vendor's status rules once it lists it
        QVERIFY(rows[0].note.isEmpty());
        QVERIFY(rows[1].journalId.isEmpty());
        QCOMPARE(rows[2].note, QStringLiteral("being sent"));
        QCOMPARE(rows[2].status, Status::Queued);
        QCOMPARE(rows[2].id, QStringLiteral("journal:j1"));
        QCOMPARE(rows[3].note, QStringLiteral("outcome unknown — checking"));
        QCOMPARE(rows[3].status, Status::Unknown);
        QCOMPARE(rows[4].status, Status::Failed);
        QCOMPARE(rows[4].note, QStringLiteral("refused: HTTP 404: Organization was not found"));
        QCOMPARE(rows[5].id, QStringLiteral("s-new")); // accepted, not polled since: shown at once
        QCOMPARE(rows[5].note, QStringLiteral("accepted; waiting for the vendor to list it"));
        QVERIFY(rows[5].target.startsWith(QStringLiteral("Exchange – Zürich → original location")));
    }
};

QTEST_GUILESS_MAIN(TestJournalRestores)
#include "tst_journalrestores.moc"
