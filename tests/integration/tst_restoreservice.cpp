// Restores reach the vendor at most once per decision, against the real simulator: accepted,
// rejected in words, refused before any network I/O, and every unknown outcome (connection
// closed after the request, 500 after the job was made, a 302) settled by reading the vendor's
// list, never by sending again. The simulator's stats count the jobs per journal id.
#include "app/connectorfactory.h"
#include "app/restorechoices.h"
#include "app/restoreservice.h"
#include "app/sourcesconfig.h"
#include "connectors/restorecalls.h"
#include "connectors/vb365/vb365connector.h"
#include "models/restorejournal.h"
#include "simulator/simulator.h"
#include "simulator/simvendorregistry.h"
#include "tests/common/connectorpoll.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;
using namespace BackupDash::TestSupport;

class TestRestoreService : public QObject
{
    Q_OBJECT

private:
    int keyCount(const char *section, const QString &journalId) const
    {
        return m_sim->stats().value(QLatin1String(section)).toObject().value(journalId).toInt();
    }

    // The first task a poll of `sourceId` shows.
    Task firstTask(const QString &sourceId)
    {
        const PollOutcome outcome = pollOnce(*m_connectors.at(sourceId));
        if (!outcome.snapshot || outcome.snapshot->tasks.empty())
            qFatal("no task to restore");
        return outcome.snapshot->tasks.front();
    }

    // The first EBS volume task a poll of `sourceId` shows (what BackupDash restores of Clumio).
    Task ebsTask(const QString &sourceId)
    {
        const PollOutcome outcome = pollOnce(*m_connectors.at(sourceId));
        for (const Task &task : outcome.snapshot ? outcome.snapshot->tasks : std::vector<Task> {}) {
            if (task.workload == QLatin1String("aws_ebs_volume"))
                return task;
        }
        qFatal("no EBS volume task to restore");
    }

    // The volume's backups as the dialog and the CLI list them.
    QList<RestorePoint> backupsOf(const QString &sourceId, const Task &task)
    {
        std::optional<Parsed<QList<RestorePoint>>> listed;
        RestoreChoices::fetchEbsBackups(*m_connectors.at(sourceId)->apiClient(), task.restoreScope,
                                        [&listed](const auto &points) { listed = points; });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }, 10'000) || !*listed)
            qFatal("cannot list the backups: %s", listed ? qPrintable(listed->error) : "no answer");
        return *listed->value;
    }

    // The organization's mailboxes as the dialog lists them.
    QList<Mailbox> mailboxesOf(const Task &job)
    {
        std::optional<Parsed<QList<Mailbox>>> listed;
        RestoreChoices::fetchMailboxes(*m_connectors.at(QStringLiteral("sim-vb365"))->apiClient(), QStringLiteral("v8"),
                                       job.restoreScope, [&listed](const auto &mailboxes) { listed = mailboxes; });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }, 10'000) || !*listed)
            qFatal("cannot list the mailboxes: %s", listed ? qPrintable(listed->error) : "no answer");
        return *listed->value;
    }

    RestoreRequest requestFor(const QString &sourceId, const QString &vendor, const Task &task)
    {
        RestoreRequest r;
        r.sourceId = sourceId;
        r.vendor = vendor;
        r.taskId = task.id;
        r.taskName = task.name;
        return r;
    }

    // Waits until the entry is settled for good (accepted or rejected), or times out.
    JournalEntry settledEntry(const QString &journalId)
    {
        JournalEntry entry;
        const auto settled = [&] {
            entry = *m_journal->entry(journalId).value;
            return entry.state == JournalState::Accepted || entry.state == JournalState::Rejected;
        };
        if (!QTest::qWaitFor(settled, 15'000))
            qWarning() << "still" << journalStateKey(entry.state) << entry.reason;
        return entry;
    }

    void setFaults(const char *json)
    {
        QString error;
        QVERIFY2(m_sim->setFaults(json, &error), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        SimulatorOptions options;
        options.jobs = 6;
        options.vendors = simVendorIds();
        m_sim = std::make_unique<Simulator>(options);
        QVERIFY(m_sim->listen(0));
        const auto config = parseSourcesConfig(QJsonDocument(m_sim->sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        QVERIFY(config);
        for (const SourceConfig &source : config.value->sources)
            m_connectors[source.id] = createConnector(source, m_nam);
        QVERIFY(m_dir.isValid());
        auto journal = RestoreJournal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(journal, qPrintable(journal.error));
        m_journal = std::move(*journal.value);
        m_service = std::make_unique<RestoreService>(*m_journal, [this](const QString &id) {
            const auto it = m_connectors.find(id);
            return it == m_connectors.end() ? nullptr : it->second.get();
        });
        m_service->setTiming({ 1, 200 }); // believe "no such job" after 1 s, not 2 min
    }

    // The VB365 source with a client that gives up on an answer after `timeoutMs`.
    void impatientVb365(int timeoutMs)
    {
        Vb365Connector::Options options;
        options.transferTimeoutMs = timeoutMs;
        const SourceConfig config = m_connectors.at(QStringLiteral("sim-vb365"))->config();
        m_connectors[QStringLiteral("sim-vb365")] = std::make_unique<Vb365Connector>(config, m_nam, options);
    }
    void cleanup()
    {
        m_service.reset();
        m_journal.reset();
        m_connectors.clear();
        m_sim.reset();
    }

    void vb365RestoreIsAcceptedOnce()
    {
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        QVERIFY(!job.restoreScope.isEmpty()); // the job's organization
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job), job);
        QVERIFY2(queued, qPrintable(queued.error));
        QCOMPARE(queued.value->state, JournalState::Queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted);
        QVERIFY(!done.vendorJobId.isEmpty());
        QCOMPARE(done.sendCount, 1);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
    }

    void closedWithoutAnswerIsReconciledNotResent()
    {
        setFaults(
            "[{\"vendor\":\"clumio\",\"method\":\"POST\",\"path\":\"/restores\",\"kind\":\"close-after-request\"}]");
        const Task task = ebsTask(QStringLiteral("sim-clumio-a"));
        RestoreRequest r = requestFor(QStringLiteral("sim-clumio-a"), QStringLiteral("clumio"), task);
        r.itemScope = backupsOf(QStringLiteral("sim-clumio-a"), task).first().backupId;
        const auto queued = m_service->start(r, task);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted); // found in the vendor's list
        QVERIFY(!done.vendorJobId.isEmpty());
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1); // never sent again
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
        QVERIFY2(done.reason.contains(QStringLiteral("found the vendor's job")), qPrintable(done.reason));
    }

    // List → pick → restore: one restore task, of the backup picked, for one decision.
    void clumioRestoreStartsFromThePickedBackup()
    {
        const Task task = ebsTask(QStringLiteral("sim-clumio-a"));
        const QList<RestorePoint> points = backupsOf(QStringLiteral("sim-clumio-a"), task);
        QVERIFY(points.size() >= 2);
        QVERIFY(points.first().startTimestamp >= points.last().startTimestamp); // newest first
        for (const RestorePoint &p : points)
            QVERIFY(p.backupId != task.restoreScope); // backups, not the volume
        RestoreRequest r = requestFor(QStringLiteral("sim-clumio-a"), QStringLiteral("clumio"), task);
        r.itemScope = points.at(1).backupId; // not the newest: the operator's pick
        const auto queued = m_service->start(r, task);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
        // The vendor's restore task is of that backup.
        std::optional<ApiResult> listed;
        m_connectors.at(QStringLiteral("sim-clumio-a"))
            ->apiClient()
            ->send(Clumio::recentRestoreTasksRequest(done.createdAt.addSecs(-60)),
                   [&listed](const ApiResult &result) { listed = result; });
        QTRY_VERIFY(listed.has_value());
        QCOMPARE(*Clumio::restoreTasksFor(listed->response.body, points.at(1).backupId).value,
                 QStringList { done.vendorJobId });
    }

    // What the dialog once sent (the protected volume's id) is no backup: refused in Clumio's words.
    void clumioUnknownBackupIsRejectedWithTheVendorsMessage()
    {
        const Task task = ebsTask(QStringLiteral("sim-clumio-a"));
        RestoreRequest r = requestFor(QStringLiteral("sim-clumio-a"), QStringLiteral("clumio"), task);
        r.itemScope = task.restoreScope;
        const auto queued = m_service->start(r, task);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Rejected);
        QCOMPARE(done.httpStatus, std::optional<int>(404));
        QVERIFY2(done.reason.contains(QStringLiteral("Backup %1 was not found").arg(task.restoreScope)),
                 qPrintable(done.reason));
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 0);
    }

    // One mailbox: the session, then the mailbox's restore in it, each journaled and sent once;
    // the mailbox POST's connection is closed unanswered, and the session's events settle it.
    void oneMailboxIsRestoredOnceUnderCloseAfterRequest()
    {
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        const QList<Mailbox> mailboxes = mailboxesOf(job);
        QVERIFY(mailboxes.size() >= 2);
        const Mailbox &mailbox = mailboxes.at(1);
        setFaults("[{\"vendor\":\"veeam-vb365\",\"method\":\"POST\",\"path\":\"/v8/RestoreSessions\","
                  "\"kind\":\"close-after-request\"}]");
        RestoreRequest r = requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job);
        r.itemScope = QStringLiteral("vex");
        r.itemId = mailbox.id;
        r.itemName = mailbox.email;
        const auto queued = m_service->start(r, job);
        QVERIFY2(queued, qPrintable(queued.error));
        const JournalEntry session = settledEntry(queued.value->journalId());
        QCOMPARE(session.state, JournalState::Accepted);
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->itemStepsOf(session.journalId()).value->size(), 1, 10'000);
        const QString stepId = m_journal->itemStepsOf(session.journalId()).value->first().journalId();
        const JournalEntry step = settledEntry(stepId);
        QCOMPARE(step.state, JournalState::Accepted); // by the session's events, not by an answer
        QCOMPARE(step.vendorJobId, session.vendorJobId);
        QCOMPARE(step.request.itemName, mailbox.email);
        QVERIFY2(step.reason.contains(QStringLiteral("lists this mailbox's restore")), qPrintable(step.reason));
        QCOMPARE(keyCount("postsByIdempotencyKey", stepId), 1); // Qt did not re-send it
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", stepId), 1);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", session.journalId()), 1);
        const QJsonObject requests = m_sim->stats().value(u"requests").toObject();
        QCOMPARE(
            requests.value(QStringLiteral("POST /vb365/v8/RestoreSessions/{id}/Organization/Mailboxes/{id}/Restore"))
                .toInt(),
            1);
        // Start-up later finds nothing left to do: the step is never sent a second time.
        m_service->reconcileUnresolved();
        QTest::qWait(300);
        QCOMPARE(keyCount("postsByIdempotencyKey", stepId), 1);
        QCOMPARE(m_journal->itemStepsOf(session.journalId()).value->size(), 1);
    }

    // A mailbox the session does not hold is refused by the vendor, in its words.
    void unknownMailboxIsRejectedInWords()
    {
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        RestoreRequest r = requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job);
        r.itemScope = QStringLiteral("vex");
        r.itemId = QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000");
        r.itemName = QStringLiteral("nobody@contoso.com");
        const auto queued = m_service->start(r, job);
        QVERIFY(queued);
        QVERIFY(settledEntry(queued.value->journalId()).state == JournalState::Accepted);
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->itemStepsOf(queued.value->journalId()).value->size(), 1, 10'000);
        const JournalEntry step =
            settledEntry(m_journal->itemStepsOf(queued.value->journalId()).value->first().journalId());
        QCOMPARE(step.state, JournalState::Rejected);
        QCOMPARE(step.httpStatus, std::optional<int>(404));
        QVERIFY2(step.reason.contains(QStringLiteral("Mailbox with ID")), qPrintable(step.reason));
    }

    // A run that stopped between the session's acceptance and the mailbox step: the next
    // start-up journals and sends the step (its first time), once.
    void startUpSendsAnItemStepNeverJournaled()
    {
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        const Mailbox mailbox = mailboxesOf(job).first();
        RestoreRequest r = requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job);
        r.itemScope = QStringLiteral("vex");
        r.itemId = mailbox.id;
        r.itemName = mailbox.email;
        const auto queued = m_journal->create(r);
        QVERIFY(queued);
        QVERIFY(m_journal->markSending(queued.value->journalId()));
        r.journalId = queued.value->journalId();
        std::optional<ApiResult> answer;
        m_connectors.at(QStringLiteral("sim-vb365"))
            ->apiClient()
            ->send(Vb365::exploreRequest(QStringLiteral("v8"), job.restoreScope, r, QDateTime::currentDateTimeUtc()),
                   [&answer](const ApiResult &result) { answer = result; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(m_journal->markAccepted(r.journalId, *Vb365::parseRestoreSessionId(answer->response.body).value, 201));
        QCOMPARE(m_journal->itemStepsAwaited().value->size(), 1);

        m_service->reconcileUnresolved();
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->itemStepsOf(r.journalId).value->size(), 1, 10'000);
        const JournalEntry step = settledEntry(m_journal->itemStepsOf(r.journalId).value->first().journalId());
        QCOMPARE(step.state, JournalState::Accepted);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", step.journalId()), 1);
        m_service->reconcileUnresolved();
        QCOMPARE(m_journal->itemStepsOf(r.journalId).value->size(), 1);
    }

    void serverErrorAfterTheJobWasMadeIsReconciled()
    {
        setFaults("[{\"vendor\":\"veeam-vb365\",\"method\":\"POST\",\"path\":\"/v8/Organizations\",\"kind\":\"status\","
                  "\"value\":500,\"after\":true}]");
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job), job);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
    }

    void redirectIsNotAnAcceptance()
    {
        setFaults("[{\"vendor\":\"clumio\",\"method\":\"POST\",\"kind\":\"redirect-302\"}]");
        const Task task = ebsTask(QStringLiteral("sim-clumio-b"));
        RestoreRequest r = requestFor(QStringLiteral("sim-clumio-b"), QStringLiteral("clumio"), task);
        r.itemScope = backupsOf(QStringLiteral("sim-clumio-b"), task).first().backupId;
        const auto queued = m_service->start(r, task);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Rejected); // the vendor made no job
        QVERIFY2(done.reason.contains(QStringLiteral("did not take effect")), qPrintable(done.reason));
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 0);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
    }

    void vendorRefusalIsRejectedInWords()
    {
        Task job = firstTask(QStringLiteral("sim-vb365"));
        job.restoreScope = QStringLiteral("no-such-organization");
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job), job);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Rejected);
        QCOMPARE(done.httpStatus, std::optional<int>(404));
        QVERIFY2(done.reason.contains(QStringLiteral("was not found")), qPrintable(done.reason));
    }

    void acronisIsRefusedBeforeAnyNetworkIo()
    {
        const Task task = firstTask(QStringLiteral("sim-acronis"));
        const QJsonObject before = m_sim->stats();
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-acronis"), QStringLiteral("acronis"), task), task);
        QVERIFY(queued);
        const JournalEntry done = *m_journal->entry(queued.value->journalId()).value;
        QCOMPARE(done.state, JournalState::Rejected);
        QVERIFY2(done.reason.contains(QStringLiteral("no public API")), qPrintable(done.reason));
        QCOMPARE(m_sim->stats().value(u"requests"), before.value(u"requests"));
    }

    void cloudAllyRestoreIsAccepted()
    {
        const Task task = firstTask(QStringLiteral("sim-cloudally"));
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-cloudally"), QStringLiteral("cloudally"), task), task);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
    }

    void abortOfARunningRestoreIsJournaledAndTakesEffect()
    {
        const Task task = ebsTask(QStringLiteral("sim-clumio-a"));
        RestoreRequest r = requestFor(QStringLiteral("sim-clumio-a"), QStringLiteral("clumio"), task);
        r.itemScope = backupsOf(QStringLiteral("sim-clumio-a"), task).first().backupId;
        const auto started = m_service->start(r, task);
        QVERIFY(started);
        const JournalEntry restore = settledEntry(started.value->journalId());
        QCOMPARE(restore.state, JournalState::Accepted);

        RestoreRequest abort;
        abort.kind = RestoreKind::Abort;
        abort.sourceId = r.sourceId;
        abort.vendor = r.vendor;
        abort.taskId = restore.vendorJobId;
        abort.taskName = QStringLiteral("restore of ") + r.itemScope;
        abort.vendorJobId = restore.vendorJobId;
        const auto queued = m_service->start(abort, Task {});
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted);
        QCOMPARE(done.vendorJobId, restore.vendorJobId);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1); // PATCH counted with its key
        // The vendor's list shows the restore aborting (or aborted) from now on.
        const PollOutcome after = pollOnce(*m_connectors.at(QStringLiteral("sim-clumio-a")));
        QVERIFY(after.snapshot);
        const auto it = std::find_if(after.snapshot->restores.begin(), after.snapshot->restores.end(),
                                     [&](const RestoreJob &j) { return j.id == restore.vendorJobId; });
        QVERIFY(it != after.snapshot->restores.end());
        QVERIFY2(it->vendorStatus == QLatin1String("aborting") || it->vendorStatus == QLatin1String("aborted"),
                 qPrintable(it->vendorStatus));
        QVERIFY(!it->abortable);
    }

    void slowAcceptPastTheClientsPatienceIsReconciled()
    {
        impatientVb365(700);
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        setFaults("[{\"vendor\":\"veeam-vb365\",\"method\":\"POST\",\"path\":\"/v8/Organizations\",\"kind\":"
                  "\"latency\",\"value\":2000}]");
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job), job);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Accepted); // the vendor made it; the list says so
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 1);
    }

    void noAnswerAndNoJobIsBelievedOnlyAfterTheGracePeriod()
    {
        impatientVb365(500);
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        setFaults("[{\"vendor\":\"veeam-vb365\",\"method\":\"POST\",\"path\":\"/v8/Organizations\",\"kind\":"
                  "\"hang\"}]");
        QElapsedTimer clock;
        clock.start();
        const auto queued =
            m_service->start(requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job), job);
        QVERIFY(queued);
        const JournalEntry done = settledEntry(queued.value->journalId());
        QCOMPARE(done.state, JournalState::Rejected);
        QVERIFY2(clock.elapsed() >= 1000, "not before the grace period");
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", done.journalId()), 0);
        QCOMPARE(keyCount("postsByIdempotencyKey", done.journalId()), 1);
    }

    void sentTwiceIsReconciledEvenWhenItSucceeded()
    {
        // The vendor made the session; Qt reported the request sent twice (no socket shows that
        // any more: the at-most-once body stops Qt's re-send, so the answer is fed here).
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        RestoreRequest r = requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job);
        const auto queued = m_journal->create(r);
        QVERIFY(queued);
        const auto sending = m_journal->markSending(queued.value->journalId());
        QVERIFY(sending);
        r.journalId = queued.value->journalId();
        ApiResult answer;
        bool answered = false;
        m_connectors.at(QStringLiteral("sim-vb365"))
            ->apiClient()
            ->send(Vb365::exploreRequest(QStringLiteral("v8"), job.restoreScope, r, QDateTime::currentDateTimeUtc()),
                   [&](const ApiResult &result) {
                       answer = result;
                       answered = true;
                   });
        QTRY_VERIFY(answered);
        QVERIFY(answer.ok());
        answer.response.timesSent = 2;
        m_service->handleAnswer(*sending.value, answer);
        const JournalEntry done = settledEntry(r.journalId);
        QCOMPARE(done.state, JournalState::Accepted); // by reconciliation, not by the answer
        QCOMPARE(done.sendCount, 2);
        QVERIFY2(done.reason.contains(QStringLiteral("found the vendor's job")), qPrintable(done.reason));
    }

    void startUpSettlesWhatARunLeftSending()
    {
        // A previous run journaled and sent a restore, then stopped before the answer.
        const Task job = firstTask(QStringLiteral("sim-vb365"));
        RestoreRequest r = requestFor(QStringLiteral("sim-vb365"), QStringLiteral("veeam-vb365"), job);
        const auto queued = m_journal->create(r);
        QVERIFY(queued);
        QVERIFY(m_journal->markSending(queued.value->journalId()));
        r.journalId = queued.value->journalId();
        ApiClient &client = *m_connectors.at(QStringLiteral("sim-vb365"))->apiClient();
        bool answered = false;
        client.send(Vb365::exploreRequest(QStringLiteral("v8"), job.restoreScope, r, QDateTime::currentDateTimeUtc()),
                    [&answered](const ApiResult &) { answered = true; });
        QTRY_VERIFY(answered);

        m_service->reconcileUnresolved();
        const JournalEntry done = settledEntry(r.journalId);
        QCOMPARE(done.state, JournalState::Accepted);
        QCOMPARE(keyCount("postsByIdempotencyKey", r.journalId), 1); // reconciled, not re-sent
        QCOMPARE(keyCount("restoreJobsByIdempotencyKey", r.journalId), 1);
    }

private:
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::map<QString, std::unique_ptr<Connector>> m_connectors;
    std::unique_ptr<RestoreJournal> m_journal;
    std::unique_ptr<RestoreService> m_service;
};

QTEST_GUILESS_MAIN(TestRestoreService)
#include "tst_restoreservice.moc"
