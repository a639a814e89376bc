// The restore journal: its state machine (every legal and every illegal step), durability
// (pragmas, reopen, a crash between SENDING and the answer), the append-only audit log and its
// JSON Lines export, bad requests and bad database files as errors in words.
#include "models/restorejournal.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <csignal>
#include <unistd.h>

using namespace BackupDash;

namespace {

const char *const CrashArgument = "--crash-after-sending";

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

RestoreRequest sampleRequest()
{
    RestoreRequest r;
    r.kind = RestoreKind::Restore;
    r.sourceId = QStringLiteral("clumio-prod");
    r.vendor = QStringLiteral("clumio");
    r.taskId = QStringLiteral("task-17");
    r.taskName = QStringLiteral("Mailbox of Ana Lima");
    r.destination = RestoreDestination::Alternate;
    r.alternateTarget = QStringLiteral("vol-0abc");
    r.pointInTime = utc(2026, 11, 21, 22, 30);
    r.itemScope = QStringLiteral("ebs volume vol-0123");
    r.operatorName = QStringLiteral("Ana");
    return r;
}

std::unique_ptr<RestoreJournal> openOrNull(const QString &path, const QString &user = QStringLiteral("tester"))
{
    JournalResult<std::unique_ptr<RestoreJournal>> opened = RestoreJournal::open(path, user);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    return std::move(*opened.value);
}

// A raw connection of the test's own, for what the journal's API deliberately cannot do.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
};

// The child half of the crash test: journal a request up to SENDING, then die like kill -9.
int crashAfterSending(const QString &path)
{
    std::unique_ptr<RestoreJournal> journal = openOrNull(path, QStringLiteral("child"));
    if (!journal)
        return 2;
    const JournalResult<JournalEntry> created = journal->create(sampleRequest());
    if (!created || !journal->markSending(created.value->journalId()))
        return 3;
    ::kill(::getpid(), SIGKILL);
    return 4;
}

enum class Op { Send, NoteSent, Accept, Reject, MarkUnknown, ResolveFound, ResolveNone };

JournalResult<JournalEntry> perform(RestoreJournal &journal, Op op, const QString &id)
{
    switch (op) {
    case Op::Send:
        return journal.markSending(id);
    case Op::NoteSent:
        return journal.noteSent(id);
    case Op::Accept:
        return journal.markAccepted(id, QStringLiteral("job-9"), 201);
    case Op::Reject:
        return journal.markRejected(id, QStringLiteral("the vendor refused: volume busy"), 409);
    case Op::MarkUnknown:
        return journal.markUnknown(id, QStringLiteral("connection closed before an answer"));
    case Op::ResolveFound:
        return journal.resolve(id, QStringLiteral("job-9"), QStringLiteral("listed by the vendor"));
    case Op::ResolveNone:
        break;
    }
    return journal.resolve(id, std::nullopt, QStringLiteral("not in the vendor's list"));
}

// Drives a new entry into `state` along legal steps.
std::optional<JournalEntry> entryIn(RestoreJournal &journal, JournalState state)
{
    JournalResult<JournalEntry> e = journal.create(sampleRequest());
    const QString id = e.value->journalId();
    if (state == JournalState::Queued)
        return e.value;
    e = journal.markSending(id);
    if (state == JournalState::Accepted)
        e = journal.markAccepted(id, QStringLiteral("job-1"), 202);
    else if (state == JournalState::Rejected)
        e = journal.markRejected(id, QStringLiteral("bad request"), 400);
    else if (state == JournalState::Unknown)
        e = journal.markUnknown(id, QStringLiteral("timed out"));
    return e.value;
}

} // namespace

Q_DECLARE_METATYPE(Op)

class TestRestoreJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateKeysAndWords()
    {
        for (JournalState s : { JournalState::Queued, JournalState::Sending, JournalState::Accepted,
                                JournalState::Rejected, JournalState::Unknown })
            QCOMPARE(journalStateFromKey(journalStateKey(s)), s);
        QCOMPARE(journalStateKey(JournalState::Unknown), QStringLiteral("unknown"));
        QCOMPARE(journalStateFromKey(u"Accepted"), std::nullopt);
        QCOMPARE(journalStateFromKey(u"done"), std::nullopt);
        QCOMPARE(journalStateText(JournalState::Unknown), QStringLiteral("outcome unknown — checking"));
        QVERIFY(isUnresolved(JournalState::Sending));
        QVERIFY(isUnresolved(JournalState::Unknown));
        QVERIFY(!isUnresolved(JournalState::Queued));
        QCOMPARE(restoreKindFromKey(u"abort"), RestoreKind::Abort);
        QCOMPARE(restoreKindFromKey(u"cancel"), std::nullopt);
        QCOMPARE(destinationFromKey(u"download"), RestoreDestination::Download);
        QCOMPARE(destinationFromKey(u"elsewhere"), std::nullopt);

        RestoreRequest r = sampleRequest();
        QCOMPARE(destinationWords(r), QStringLiteral("alternate location: vol-0abc"));
        r.destination = RestoreDestination::Original;
        r.overwrite = true;
        QCOMPARE(destinationWords(r), QStringLiteral("original location, overwriting"));
        r.destination = RestoreDestination::Download;
        QCOMPARE(destinationWords(r), QStringLiteral("download"));
        r.kind = RestoreKind::Abort;
        QCOMPARE(destinationWords(r), QString());
    }

    void createCommitsQueued()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        RestoreRequest request = sampleRequest();
        request.pointInTime = QDateTime(QDate(2026, 11, 22), QTime(1, 30), QTimeZone(3600)); // 00:30 UTC
        const JournalResult<JournalEntry> created = journal->create(request);
        QVERIFY2(created, qPrintable(created.error));
        const JournalEntry &e = *created.value;
        QVERIFY(!QUuid::fromString(e.journalId()).isNull());
        QCOMPARE(e.journalId(), QUuid::fromString(e.journalId()).toString(QUuid::WithoutBraces));
        QCOMPARE(e.state, JournalState::Queued);
        QCOMPARE(e.sendCount, 0);
        QCOMPARE(e.httpStatus, std::nullopt);
        QCOMPARE(e.request.pointInTime, utc(2026, 11, 22, 0, 30));
        QCOMPARE(e.request.pointInTime.timeSpec(), Qt::UTC);
        QCOMPARE(e.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(e.createdAt, e.updatedAt);
        QCOMPARE(journal->entry(e.journalId()).value, e);

        // A given id is kept (in its canonical spelling): it is the POST's Idempotency-Key.
        const QUuid uuid = QUuid::createUuid();
        request.journalId = uuid.toString().toUpper();
        request.pointInTime = QDateTime(); // latest
        const JournalResult<JournalEntry> given = journal->create(request);
        QVERIFY2(given, qPrintable(given.error));
        QCOMPARE(given.value->journalId(), uuid.toString(QUuid::WithoutBraces));
        QVERIFY(!given.value->request.pointInTime.isValid());
        QVERIFY(journal->entry(request.journalId)); // found under either spelling
    }

    void createRefusesBadRequests_data()
    {
        QTest::addColumn<RestoreRequest>("request");
        QTest::addColumn<QString>("error");
        RestoreRequest r = sampleRequest();
        r.sourceId.clear();
        QTest::newRow("no source") << r << "a restore request needs a source, a vendor and a task";
        r = sampleRequest();
        r.vendor.clear();
        QTest::newRow("no vendor") << r << "a restore request needs a source, a vendor and a task";
        r = sampleRequest();
        r.taskId.clear();
        QTest::newRow("no task") << r << "a restore request needs a source, a vendor and a task";
        r = sampleRequest();
        r.kind = RestoreKind::Abort;
        QTest::newRow("abort without job") << r << "an abort request needs the vendor's job to abort";
        r = sampleRequest();
        r.alternateTarget.clear();
        QTest::newRow("alternate without target") << r << "a restore to an alternate location needs that location";
        r = sampleRequest();
        r.journalId = QStringLiteral("restore-1");
        QTest::newRow("id not a uuid") << r << "the journal id restore-1 is not a UUID";
    }
    void createRefusesBadRequests()
    {
        QFETCH(RestoreRequest, request);
        QFETCH(QString, error);
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const JournalResult<JournalEntry> created = journal->create(request);
        QVERIFY(!created);
        QCOMPARE(created.error, error);
        QVERIFY(journal->entries().value->isEmpty());
        QVERIFY(journal->audit().value->isEmpty());
    }

    void createRefusesADuplicateId()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const JournalResult<JournalEntry> first = journal->create(sampleRequest());
        QVERIFY(first);
        RestoreRequest again = sampleRequest();
        again.journalId = first.value->journalId();
        const JournalResult<JournalEntry> second = journal->create(again);
        QVERIFY(!second);
        QCOMPARE(second.error, QStringLiteral("journal %1 already exists").arg(again.journalId));
        QCOMPARE(journal->entries().value->size(), 1);
        QCOMPARE(journal->audit().value->size(), 1);
    }

    void abortRequestCarriesTheJobToAbort()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        RestoreRequest r = sampleRequest();
        r.kind = RestoreKind::Abort;
        r.vendorJobId = QStringLiteral("task-555");
        const JournalResult<JournalEntry> created = journal->create(r);
        QVERIFY2(created, qPrintable(created.error));
        QCOMPARE(created.value->vendorJobId, QStringLiteral("task-555"));
        const AuditRecord row = journal->audit().value->constFirst();
        QCOMPARE(row.action, QStringLiteral("abort requested"));
        QCOMPARE(row.vendorJobId, QStringLiteral("task-555"));
        QCOMPARE(row.destination, QString());
    }

    void everyStep_data()
    {
        QTest::addColumn<JournalState>("from");
        QTest::addColumn<Op>("op");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<JournalState>("to");
        QTest::addColumn<QString>("action");

        using S = JournalState;
        const struct
        {
            Op op;
            const char *name;
            S target; // what the step would lead to
            const char *action;
        } ops[] = {
            { Op::Send, "send", S::Sending, "sending" },
            { Op::NoteSent, "noteSent", S::Sending, "sent" },
            { Op::Accept, "accept", S::Accepted, "accepted" },
            { Op::Reject, "reject", S::Rejected, "rejected" },
            { Op::MarkUnknown, "unknown", S::Unknown, "outcome unknown" },
            { Op::ResolveFound, "resolveFound", S::Accepted, "reconciled" },
            { Op::ResolveNone, "resolveNone", S::Rejected, "reconciled" },
        };
        // legal[from][op], in the order of `ops`.
        const struct
        {
            S from;
            bool legal[7];
        } table[] = {
            { S::Queued, { true, false, false, true, false, false, false } },
            { S::Sending, { false, true, true, true, true, true, true } },
            { S::Accepted, { false, false, false, false, false, false, false } },
            { S::Rejected, { false, false, false, false, false, false, false } },
            { S::Unknown, { false, false, false, false, true, true, true } },
        };
        for (const auto &row : table) {
            for (size_t i = 0; i < std::size(ops); ++i) {
                const QString name = journalStateKey(row.from) + QStringLiteral(" ") + QLatin1String(ops[i].name);
                QTest::newRow(qPrintable(name))
                    << row.from << ops[i].op << row.legal[i] << ops[i].target << QString::fromLatin1(ops[i].action);
            }
        }
    }
    void everyStep()
    {
        QFETCH(JournalState, from);
        QFETCH(Op, op);
        QFETCH(bool, legal);
        QFETCH(JournalState, to);
        QFETCH(QString, action);

        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const std::optional<JournalEntry> before = entryIn(*journal, from);
        QVERIFY(before);
        QCOMPARE(before->state, from);
        const QString id = before->journalId();
        const qsizetype auditRows = journal->audit().value->size();

        const JournalResult<JournalEntry> after = perform(*journal, op, id);
        if (!legal) {
            QVERIFY(!after);
            const QString prefix = QStringLiteral("journal %1…: ").arg(id.left(8));
            if (op == Op::NoteSent) {
                QCOMPARE(after.error,
                         prefix + QStringLiteral("a send can only be noted while sending, not when ")
                             + journalStateKey(from));
            } else {
                QCOMPARE(
                    after.error,
                    prefix + QStringLiteral("cannot go from %1 to %2").arg(journalStateKey(from), journalStateKey(to)));
            }
            QCOMPARE(journal->entry(id).value, before); // nothing changed, nothing logged
            QCOMPARE(journal->audit().value->size(), auditRows);
            return;
        }
        QVERIFY2(after, qPrintable(after.error));
        QCOMPARE(after.value->state, to);
        QVERIFY(after.value->updatedAt >= before->updatedAt);
        QCOMPARE(journal->entry(id).value, after.value);
        const QList<AuditRecord> audit = *journal->audit().value;
        QCOMPARE(audit.size(), auditRows + 1);
        QCOMPARE(audit.constLast().action, action);
        QCOMPARE(audit.constLast().journalId, id);
        QCOMPARE(audit.constLast().at, after.value->updatedAt);
        if (op == Op::NoteSent)
            QCOMPARE(after.value->sendCount, before->sendCount + 1);
        if (to == JournalState::Accepted)
            QCOMPARE(after.value->vendorJobId, QStringLiteral("job-9"));
    }

    void stepsRefuseMissingWords_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        QTest::newRow("accept without job id") << 0 << "an acceptance needs the vendor's job id";
        QTest::newRow("reject without reason") << 1 << "a rejection needs its reason";
        QTest::newRow("unknown without reason") << 2 << "an unknown outcome needs its reason";
        QTest::newRow("resolve without reason") << 3 << "a reconciliation needs its reason";
        QTest::newRow("resolve with an empty job id") << 4 << "a reconciled job needs the vendor's job id";
    }
    void stepsRefuseMissingWords()
    {
        QFETCH(int, which);
        QFETCH(QString, error);
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const std::optional<JournalEntry> e = entryIn(*journal, JournalState::Sending);
        QVERIFY(e);
        const QString id = e->journalId();
        JournalResult<JournalEntry> result;
        switch (which) {
        case 0:
            result = journal->markAccepted(id, QString(), 201);
            break;
        case 1:
            result = journal->markRejected(id, QString(), 400);
            break;
        case 2:
            result = journal->markUnknown(id, QString());
            break;
        case 3:
            result = journal->resolve(id, std::nullopt, QString());
            break;
        default:
            result = journal->resolve(id, QString(), QStringLiteral("listed"));
            break;
        }
        QVERIFY(!result);
        QCOMPARE(result.error, QStringLiteral("journal %1…: ").arg(id.left(8)) + error);
        QCOMPARE(journal->entry(id).value, e);
    }

    void unknownIdIsAnError()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(journal->markSending(id).error, QStringLiteral("there is no journal %1").arg(id));
        QCOMPARE(journal->entry(QStringLiteral("nonsense")).error, QStringLiteral("there is no journal nonsense"));
        QVERIFY(journal->audit().value->isEmpty());
    }

    void rejectedBeforeSendingKeepsNoStatus()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const QString id = journal->create(sampleRequest()).value->journalId();
        const JournalResult<JournalEntry> rejected = journal->markRejected(id, QStringLiteral("source unreachable"));
        QVERIFY(rejected);
        QCOMPARE(rejected.value->httpStatus, std::nullopt);
        QCOMPARE(rejected.value->reason, QStringLiteral("source unreachable"));
    }

    void aRequestQtSentTwiceMustBeReconciled()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        const QString id = entryIn(*journal, JournalState::Sending)->journalId();
        QCOMPARE(journal->noteSent(id).value->sendCount, 1);
        QCOMPARE(journal->noteSent(id).value->sendCount, 2);
        const JournalResult<JournalEntry> accepted = journal->markAccepted(id, QStringLiteral("job-3"), 201);
        QVERIFY(!accepted);
        QCOMPARE(accepted.error,
                 QStringLiteral("journal %1…: Qt sent the request 2 times, so it must be reconciled, not accepted")
                     .arg(id.left(8)));
        QVERIFY(journal->markUnknown(id, QStringLiteral("Qt re-sent the request; answer 201 job-3")));
        const JournalResult<JournalEntry> resolved =
            journal->resolve(id, QStringLiteral("job-3"), QStringLiteral("one job in the vendor's list"));
        QVERIFY2(resolved, qPrintable(resolved.error));
        QCOMPARE(resolved.value->state, JournalState::Accepted);
        QCOMPARE(resolved.value->vendorJobId, QStringLiteral("job-3"));
        QCOMPARE(resolved.value->sendCount, 2);
        const QList<AuditRecord> audit = *journal->audit().value;
        QCOMPARE(audit.at(3).outcome,
                 QStringLiteral("sent again by Qt (2 times in all); the outcome must be reconciled"));
        QCOMPARE(audit.constLast().outcome, QStringLiteral("found vendor job job-3: one job in the vendor's list"));
    }

    void auditRowsCarryEveryField()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")), QStringLiteral("ops-user"));
        QVERIFY(journal);
        const QString id = journal->create(sampleRequest()).value->journalId();
        QVERIFY(journal->markSending(id));
        QVERIFY(journal->noteSent(id));
        QVERIFY(journal->markAccepted(id, QStringLiteral("job-77"), 201));

        const QList<AuditRecord> audit = *journal->audit().value;
        QCOMPARE(audit.size(), 4);
        const QStringList actions { QStringLiteral("restore requested"), QStringLiteral("sending"),
                                    QStringLiteral("sent"), QStringLiteral("accepted") };
        const QStringList outcomes { QStringLiteral("queued"), QStringLiteral("sending to the vendor"),
                                     QStringLiteral("sent to the vendor"),
                                     QStringLiteral("accepted by the vendor as job job-77") };
        for (int i = 0; i < audit.size(); ++i) {
            const AuditRecord &a = audit.at(i);
            QCOMPARE(a.seq, qint64(i + 1));
            QVERIFY(a.at.isValid());
            QCOMPARE(a.at.timeSpec(), Qt::UTC);
            QCOMPARE(a.osUser, QStringLiteral("ops-user"));
            QCOMPARE(a.operatorName, QStringLiteral("Ana"));
            QCOMPARE(a.action, actions.at(i));
            QCOMPARE(a.sourceId, QStringLiteral("clumio-prod"));
            QCOMPARE(a.taskId, QStringLiteral("task-17"));
            QCOMPARE(a.destination, QStringLiteral("alternate location: vol-0abc"));
            QCOMPARE(a.journalId, id);
            QCOMPARE(a.outcome, outcomes.at(i));
            if (i > 0)
                QVERIFY(a.at >= audit.at(i - 1).at);
        }
        QCOMPARE(audit.at(2).vendorJobId, QString());
        QCOMPARE(audit.at(2).httpStatus, std::nullopt);
        QCOMPARE(audit.at(3).vendorJobId, QStringLiteral("job-77"));
        QCOMPARE(audit.at(3).httpStatus, 201);
    }

    void osUserComesFromTheEnvironment()
    {
        const QByteArray savedUser = qgetenv("USER");
        const QByteArray savedLogname = qgetenv("LOGNAME");
        QTemporaryDir dir;
        qputenv("USER", "env-user");
        auto first = openOrNull(dir.filePath(QStringLiteral("a.sqlite")), QString());
        qunsetenv("USER");
        qputenv("LOGNAME", "login-user");
        auto second = openOrNull(dir.filePath(QStringLiteral("b.sqlite")), QString());
        qunsetenv("LOGNAME");
        auto third = openOrNull(dir.filePath(QStringLiteral("c.sqlite")), QString());
        qputenv("USER", savedUser);
        qputenv("LOGNAME", savedLogname);
        QVERIFY(first && second && third);
        QCOMPARE(first->osUser(), QStringLiteral("env-user"));
        QCOMPARE(second->osUser(), QStringLiteral("login-user"));
        QCOMPARE(third->osUser(), QStringLiteral("unknown"));
        QVERIFY(first->create(sampleRequest()));
        QCOMPARE(first->audit().value->constFirst().osUser, QStringLiteral("env-user"));
    }

    void survivesCloseAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        QList<JournalEntry> written;
        QList<AuditRecord> audit;
        {
            auto journal = openOrNull(path);
            QVERIFY(journal);
            for (JournalState s :
                 { JournalState::Queued, JournalState::Accepted, JournalState::Unknown, JournalState::Rejected })
                QVERIFY(entryIn(*journal, s));
            written = *journal->entries().value;
            audit = *journal->audit().value;
        }
        auto reopened = openOrNull(path);
        QVERIFY(reopened);
        QCOMPARE(*reopened->entries().value, written);
        QCOMPARE(*reopened->audit().value, audit);
        QCOMPARE(written.size(), 4);
        // Newest first.
        QCOMPARE(written.at(0).state, JournalState::Rejected);
        QCOMPARE(written.at(3).state, JournalState::Queued);
        RestoreRequest expected = sampleRequest(); // every request field made the round trip
        expected.journalId = written.at(1).journalId();
        QCOMPARE(written.at(1).request, expected);
        // New writes continue the audit sequence.
        QVERIFY(reopened->create(sampleRequest()));
        QCOMPARE(reopened->audit().value->constLast().seq, audit.constLast().seq + 1);
    }

    void aStateChangeAndItsAuditRowCommitTogether()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        auto journal = openOrNull(path);
        QVERIFY(journal);
        const QString id = journal->create(sampleRequest()).value->journalId();
        RawDatabase raw(path);
        QSqlQuery q = raw.query();
        // Make the next audit row impossible: the state change must not happen without it.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_refused BEFORE INSERT ON audit"
                                      " BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const JournalResult<JournalEntry> sending = journal->markSending(id);
        QVERIFY(!sending);
        QVERIFY2(sending.error.startsWith(QStringLiteral("the restore journal could not be written: disk says no")),
                 qPrintable(sending.error));
        QCOMPARE(journal->entry(id).value->state, JournalState::Queued);
        const JournalResult<JournalEntry> created = journal->create(sampleRequest());
        QVERIFY(!created);
        QCOMPARE(journal->entries().value->size(), 1);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_refused")));
        QVERIFY(journal->markSending(id));
        QCOMPARE(journal->audit().value->size(), 2);
    }

    void pragmasAreReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        auto journal = openOrNull(path);
        QVERIFY(journal);
        const JournalResult<RestoreJournal::Settings> settings = journal->settings();
        QVERIFY2(settings, qPrintable(settings.error));
        QCOMPARE(settings.value->journalMode, QStringLiteral("wal"));
        QCOMPARE(settings.value->synchronous, 2);
        QCOMPARE(settings.value->schemaVersion, 2);
        // WAL is a property of the file: another connection sees it too.
        RawDatabase raw(path);
        QSqlQuery q = raw.query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // A journal written by the first version (schema 1, no item columns) opens, keeps its rows
    // and takes item steps from then on.
    void aVersionOneJournalIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            RawDatabase raw(path);
            QSqlQuery q = raw.query();
            for (const char *statement :
                 { "CREATE TABLE requests (journal_id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                   "('restore', 'abort')), source_id TEXT NOT NULL, vendor TEXT NOT NULL, task_id TEXT NOT NULL, "
                   "task_name TEXT, destination TEXT NOT NULL CHECK (destination IN ('original', 'alternate', "
                   "'download')), alternate_target TEXT, overwrite INTEGER NOT NULL, point_in_time TEXT, item_scope "
                   "TEXT, abort_job_id TEXT, operator_name TEXT, state TEXT NOT NULL CHECK (state IN ('queued', "
                   "'sending', 'accepted', 'rejected', 'unknown')), vendor_job_id TEXT, http_status INTEGER, reason "
                   "TEXT, send_count INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                   "CREATE INDEX requests_by_state ON requests (state)",
                   "CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, os_user TEXT NOT "
                   "NULL, operator_name TEXT, action TEXT NOT NULL, source_id TEXT, task_id TEXT, destination TEXT, "
                   "journal_id TEXT, vendor_job_id TEXT, http_status INTEGER, outcome TEXT)",
                   "INSERT INTO requests (journal_id, kind, source_id, vendor, task_id, task_name, destination, "
                   "overwrite, item_scope, state, vendor_job_id, http_status, send_count, created_at, updated_at) "
                   "VALUES ('1b9e0f5c-3c1d-4e59-9d7a-0f4c2b7a9e01', 'restore', 'vb365-hq', 'veeam-vb365', 'job-1', "
                   "'Exchange', 'original', 0, 'vex', 'accepted', 'session-1', 201, 1, '2026-11-20T10:00:00.000Z', "
                   "'2026-11-20T10:00:01.000Z')",
                   "PRAGMA user_version = 1" })
                QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        }
        auto journal = openOrNull(path);
        QVERIFY(journal);
        QCOMPARE(journal->settings().value->schemaVersion, 2);
        const auto old = journal->entry(QStringLiteral("1b9e0f5c-3c1d-4e59-9d7a-0f4c2b7a9e01"));
        QVERIFY2(old, qPrintable(old.error));
        QCOMPARE(old.value->state, JournalState::Accepted);
        QCOMPARE(old.value->vendorJobId, QStringLiteral("session-1"));
        QVERIFY(old.value->request.itemId.isEmpty() && old.value->request.parentJournalId.isEmpty());
        QVERIFY(journal->itemStepsAwaited().value->isEmpty()); // it named no mailbox

        RestoreRequest step = old.value->request;
        step.journalId.clear();
        step.parentJournalId = old.value->journalId();
        step.vendorJobId = QStringLiteral("session-1");
        step.itemId = QStringLiteral("mailbox-7");
        step.itemName = QStringLiteral("anna.berg@contoso.com");
        const auto created = journal->create(step);
        QVERIFY2(created, qPrintable(created.error));
        journal.reset();
        journal = openOrNull(path); // and again, now at version 2: nothing to migrate
        QVERIFY(journal);
        const auto steps = journal->itemStepsOf(old.value->journalId());
        QVERIFY2(steps, qPrintable(steps.error));
        QCOMPARE(steps.value->size(), 1);
        QCOMPARE(steps.value->first().request.itemName, QStringLiteral("anna.berg@contoso.com"));
        QCOMPARE(steps.value->first().request.parentJournalId, old.value->journalId());
    }

    void itemStepsAreTiedToTheirSession()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        RestoreRequest session = sampleRequest();
        session.vendor = QStringLiteral("veeam-vb365");
        session.destination = RestoreDestination::Original;
        session.itemScope = QStringLiteral("vex");
        session.itemId = QStringLiteral("mailbox-7");
        session.itemName = QStringLiteral("anna.berg@contoso.com");
        const QString id = journal->create(session).value->journalId();
        QVERIFY(journal->itemStepsAwaited().value->isEmpty()); // not accepted yet
        QVERIFY(journal->markSending(id));
        QVERIFY(journal->markAccepted(id, QStringLiteral("session-1"), 201));
        QCOMPARE(journal->itemStepsAwaited().value->size(), 1); // accepted, and its step never journaled

        RestoreRequest step = session;
        step.parentJournalId = id;
        // A step names the session it works in and its item, or is refused in words.
        QVERIFY(journal->create(step).error.contains(QStringLiteral("needs the item and the restore session")));
        step.vendorJobId = QStringLiteral("session-1");
        step.itemId.clear();
        QVERIFY(!journal->create(step));
        step.itemId = QStringLiteral("mailbox-7");
        step.parentJournalId = QStringLiteral("not a uuid");
        QVERIFY(journal->create(step).error.contains(QStringLiteral("not a UUID")));
        step.parentJournalId = id;
        QVERIFY(journal->create(step));
        QCOMPARE(journal->audit().value->last().destination,
                 QStringLiteral("mailbox anna.berg@contoso.com → original location"));
        QVERIFY(journal->itemStepsAwaited().value->isEmpty());
        QCOMPARE(journal->itemStepsOf(id).value->size(), 1);
        QVERIFY(!journal->itemStepsOf(QStringLiteral("x'; DROP TABLE requests; --")));
    }

    void auditIsAppendOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        auto journal = openOrNull(path);
        QVERIFY(journal);
        QVERIFY(entryIn(*journal, JournalState::Accepted));
        const QList<AuditRecord> before = *journal->audit().value;
        {
            RawDatabase raw(path);
            QSqlQuery q = raw.query();
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET outcome = 'nothing happened'")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 1")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit")) && q.next());
            QCOMPARE(q.value(0).toInt(), before.size());
        }
        QCOMPARE(*journal->audit().value, before);
        QVERIFY(journal->create(sampleRequest())); // appending still works
    }

    void exportsJsonLines()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        QVERIFY(entryIn(*journal, JournalState::Accepted));
        RestoreRequest download = sampleRequest();
        download.destination = RestoreDestination::Download;
        download.operatorName.clear();
        const QString id = journal->create(download).value->journalId();
        QVERIFY(journal->markRejected(id, QStringLiteral("no licence for downloads")));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const JournalResult<int> exported = journal->exportAuditJsonLines(buffer);
        QVERIFY2(exported, qPrintable(exported.error));
        const QList<AuditRecord> audit = *journal->audit().value;
        QCOMPARE(*exported.value, audit.size());

        const QByteArray text = buffer.data();
        QVERIFY(text.endsWith('\n'));
        const QList<QByteArray> lines = text.chopped(1).split('\n');
        QCOMPARE(lines.size(), audit.size());
        const QStringList keys { QStringLiteral("seq"),        QStringLiteral("at"),
                                 QStringLiteral("osUser"),     QStringLiteral("operator"),
                                 QStringLiteral("action"),     QStringLiteral("sourceId"),
                                 QStringLiteral("taskId"),     QStringLiteral("destination"),
                                 QStringLiteral("journalId"),  QStringLiteral("vendorJobId"),
                                 QStringLiteral("httpStatus"), QStringLiteral("outcome") };
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(doc.isObject());
            const QJsonObject o = doc.object();
            QStringList present = o.keys();
            present.sort();
            QStringList expected = keys;
            expected.sort();
            QCOMPARE(present, expected);
            for (const QString &key : keys)
                QVERIFY2(o.value(key) != QJsonValue(QString()), qPrintable(key)); // null, never ""
            const QString at = o.value(QStringLiteral("at")).toString();
            QVERIFY2(at.endsWith(u'Z'), qPrintable(at));
            QCOMPARE(QDateTime::fromString(at, Qt::ISODateWithMs), audit.at(i).at);
            QCOMPARE(o.value(QStringLiteral("seq")).toInteger(), audit.at(i).seq);
            QCOMPARE(o.value(QStringLiteral("action")).toString(), audit.at(i).action);
            QCOMPARE(o.value(QStringLiteral("journalId")).toString(), audit.at(i).journalId);
        }
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QVERIFY(first.value(QStringLiteral("httpStatus")).isNull());
        QVERIFY(first.value(QStringLiteral("vendorJobId")).isNull());
        const QJsonObject accepted = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(accepted.value(QStringLiteral("httpStatus")).toInt(), 202);
        QCOMPARE(accepted.value(QStringLiteral("vendorJobId")).toString(), QStringLiteral("job-1"));
        const QJsonObject rejected = QJsonDocument::fromJson(lines.constLast()).object();
        QVERIFY(rejected.value(QStringLiteral("operator")).isNull());
        QVERIFY(rejected.value(QStringLiteral("httpStatus")).isNull());
        QCOMPARE(rejected.value(QStringLiteral("destination")).toString(), QStringLiteral("download"));
        QCOMPARE(rejected.value(QStringLiteral("outcome")).toString(), QStringLiteral("no licence for downloads"));
    }

    void exportRefusesADeviceNotOpenForWriting()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        QVERIFY(journal->create(sampleRequest()));
        QBuffer closed;
        const JournalResult<int> exported = journal->exportAuditJsonLines(closed);
        QVERIFY(!exported);
        QCOMPARE(exported.error,
                 QStringLiteral("the audit log cannot be exported: the target is not open for writing"));
    }

    void crashWhileSendingLeavesItUnresolved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            auto journal = openOrNull(path);
            QVERIFY(journal);
            QVERIFY(entryIn(*journal, JournalState::Queued));
            QVERIFY(entryIn(*journal, JournalState::Accepted));
            QVERIFY(entryIn(*journal, JournalState::Unknown));
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(CrashArgument), path });
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // a normal exit code means it failed earlier

        auto reopened = openOrNull(path);
        QVERIFY(reopened);
        const JournalResult<QList<JournalEntry>> unresolved = reopened->unresolved();
        QVERIFY2(unresolved, qPrintable(unresolved.error));
        QCOMPARE(unresolved.value->size(), 2); // oldest first
        QCOMPARE(unresolved.value->at(0).state, JournalState::Unknown);
        const JournalEntry crashed = unresolved.value->at(1);
        QCOMPARE(crashed.state, JournalState::Sending);
        QCOMPARE(crashed.request.taskId, QStringLiteral("task-17"));
        QCOMPARE(reopened->audit().value->constLast().action, QStringLiteral("sending"));
        QCOMPARE(reopened->audit().value->constLast().osUser, QStringLiteral("child"));
        // Start-up reconciles it; it is never re-sent from here.
        QVERIFY(!reopened->markSending(crashed.journalId()));
        QVERIFY(reopened->resolve(crashed.journalId(), std::nullopt, QStringLiteral("not in the vendor's list")));
        QCOMPARE(reopened->unresolved().value->size(), 1);
    }

    void badDatabaseFilesAreErrorsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("garbage") << "garbage"
                                 << "file is not a database";
        QTest::newRow("folder is a file") << "notAFolder"
                                          << "cannot create the folder";
        QTest::newRow("path is a folder") << "folder"
                                          << "cannot open the restore journal at";
        QTest::newRow("newer schema") << "newer"
                                      << "the restore journal was written by a newer BackupDash "
                                         "(schema 99; this version knows schema 2 at most)";
        QTest::newRow("someone else's tables") << "foreign"
                                               << "table requests already exists";
        QTest::newRow("no path") << "empty"
                                 << "no path was given for the restore journal";
    }
    void badDatabaseFilesAreErrorsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("j.sqlite"));
        if (kind == u"garbage") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else if (kind == u"notAFolder") {
            QFile file(dir.filePath(QStringLiteral("file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            path = dir.filePath(QStringLiteral("file/j.sqlite"));
        } else if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("j.sqlite")));
        } else if (kind == u"newer" || kind == u"foreign") {
            RawDatabase raw(path);
            QSqlQuery q = raw.query();
            QVERIFY(q.exec(kind == u"newer" ? QStringLiteral("PRAGMA user_version = 99")
                                            : QStringLiteral("CREATE TABLE requests (what TEXT)")));
        } else if (kind == u"empty") {
            path.clear();
        }
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        const JournalResult<std::unique_ptr<RestoreJournal>> opened = RestoreJournal::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(error), qPrintable(opened.error));
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore); // nothing left behind
    }

    void twoJournalsInOneProcess()
    {
        QTemporaryDir dir;
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        auto a = openOrNull(dir.filePath(QStringLiteral("a.sqlite")));
        auto b = openOrNull(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a && b);
        QVERIFY(a->create(sampleRequest()));
        QVERIFY(a->create(sampleRequest()));
        QVERIFY(b->create(sampleRequest()));
        QCOMPARE(a->entries().value->size(), 2);
        QCOMPARE(b->entries().value->size(), 1);
        {
            // The same file twice (as a second window might): each sees the other's commits.
            auto again = openOrNull(dir.filePath(QStringLiteral("a.sqlite")));
            QVERIFY(again);
            QCOMPARE(again->entries().value->size(), 2);
            QVERIFY(again->create(sampleRequest()));
            QCOMPARE(a->entries().value->size(), 3);
        }
        b.reset();
        QVERIFY(a->create(sampleRequest())); // closing one leaves the other working
        a.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

    void schemaHoldsNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        auto journal = openOrNull(path);
        QVERIFY(journal);
        RawDatabase raw(path);
        QSqlQuery tables = raw.query();
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        const QRegularExpression secret(QStringLiteral("pass|token|secret|credential|auth"),
                                        QRegularExpression::CaseInsensitiveOption);
        int columns = 0;
        while (tables.next()) {
            QSqlQuery info = raw.query();
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tables.value(0).toString())));
            while (info.next()) {
                const QString column = info.value(1).toString();
                QVERIFY2(!secret.match(column).hasMatch(), qPrintable(column));
                ++columns;
            }
        }
        QVERIFY(columns >= 30); // requests and audit were both inspected
    }

    void changesAreSignalledAfterTheCommit()
    {
        QTemporaryDir dir;
        auto journal = openOrNull(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal);
        QSignalSpy entries(journal.get(), &RestoreJournal::entryChanged);
        QSignalSpy audit(journal.get(), &RestoreJournal::auditAppended);
        RestoreJournal *raw = journal.get();
        JournalState seen = JournalState::Queued;
        connect(raw, &RestoreJournal::entryChanged, this, [&](const JournalEntry &e) {
            seen = raw->entry(e.journalId()).value->state; // already committed when signalled
        });
        const QString id = journal->create(sampleRequest()).value->journalId();
        QVERIFY(journal->markSending(id));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(seen, JournalState::Sending);
        QCOMPARE(entries.at(1).at(0).value<JournalEntry>().state, JournalState::Sending);
        QCOMPARE(audit.at(1).at(0).value<AuditRecord>().action, QStringLiteral("sending"));
        QVERIFY(!journal->markSending(id)); // a refused step signals nothing
        QCOMPARE(entries.size(), 2);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], CrashArgument) == 0)
        return crashAfterSending(QString::fromLocal8Bit(argv[2]));
    TestRestoreJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_restorejournal.moc"
