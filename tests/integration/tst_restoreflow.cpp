// A restore from decision to end, headless, against the simulator: the row shows the moment
// the restore is journaled, becomes the vendor's row (marked as started here) once the vendor
// lists it, and follows the vendor's status until it finishes — one job for one decision.
#include "app/dashboard.h"
#include "app/restoreservice.h"
#include "app/sourcesconfig.h"
#include "models/restorejournal.h"
#include "models/restoretablemodel.h"
#include "simulator/simulator.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {

SimulatorOptions fastOptions(const QStringList &vendors)
{
    SimulatorOptions options;
    options.jobs = 4;
    options.speed = 600; // a restore runs minutes of scenario time: seconds here
    options.vendors = vendors;
    return options;
}

// A simulated estate polled once by a dashboard, with a restore journal and service wired the
// way the window wires them.
struct Estate
{
    explicit Estate(const QStringList &vendors)
        : sim(fastOptions(vendors))
        , dashboard(nam)
        , tester(&dashboard.restores(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        if (!sim.listen(0) || !dir.isValid())
            return;
        const auto config = parseSourcesConfig(QJsonDocument(sim.sourcesConfig(30)).toJson(),
                                               [](const QString &) { return QString(); });
        if (!config)
            return;
        dashboard.setSources(config.value->sources);
        QSignalSpy firstRound(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        if (!firstRound.wait(15'000))
            return;
        auto opened = RestoreJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
        if (!opened)
            return;
        journal = std::move(*opened.value);
        QObject::connect(journal.get(), &RestoreJournal::entryChanged, &dashboard,
                         [this] { dashboard.setJournalEntries(*journal->entries().value); });
        service =
            std::make_unique<RestoreService>(*journal, [this](const QString &id) { return dashboard.connector(id); });
    }
    bool ready() const { return service != nullptr; }

    Simulator sim;
    QNetworkAccessManager nam;
    Dashboard dashboard;
    QAbstractItemModelTester tester;
    QTemporaryDir dir;
    std::unique_ptr<RestoreJournal> journal;
    std::unique_ptr<RestoreService> service;
};

} // namespace

class TestRestoreFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreShowsAtOnceAndFollowsTheVendorToTheEnd()
    {
        Estate estate({ QStringLiteral("veeam-vb365") });
        QVERIFY(estate.ready());
        Dashboard &dashboard = estate.dashboard;
        RestoreTableModel &rows = dashboard.restores();
        RestoreJournal &journal = *estate.journal;
        RestoreService &service = *estate.service;
        QSignalSpy resets(&rows, &QAbstractItemModel::modelReset);

        const Task job = dashboard.lastSnapshot(QStringLiteral("sim-vb365"))->tasks.front();
        RestoreRequest request;
        request.sourceId = job.sourceId;
        request.vendor = job.vendor;
        request.taskId = job.id;
        request.taskName = job.name;
        request.operatorName = QStringLiteral("alice");
        const auto queued = service.start(request, job);
        QVERIFY2(queued, qPrintable(queued.error));
        const QString journalId = queued.value->journalId();

        // At once: a row started here, before the vendor reports anything.
        const auto rowOfJournal = [&]() -> int {
            for (int row = 0; row < rows.rowCount(); ++row) {
                if (rows.restoreAt(row).journalId == journalId)
                    return row;
            }
            return -1;
        };
        QVERIFY(rowOfJournal() >= 0);
        QCOMPARE(rows.index(rowOfJournal(), RestoreTableModel::StartedByColumn).data().toString(),
                 QStringLiteral("alice"));

        // Accepted, then listed by the vendor: the row is the vendor's session from then on.
        QTRY_COMPARE_WITH_TIMEOUT(journal.entry(journalId).value->state, JournalState::Accepted, 10'000);
        const QString sessionId = journal.entry(journalId).value->vendorJobId;
        dashboard.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfJournal() >= 0 && rows.restoreAt(rowOfJournal()).id == sessionId
                                     && rows.restoreAt(rowOfJournal()).note.isEmpty(),
                                 10'000);

        // It runs to its end in the vendor's own words.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dashboard.pollNow();
                const Status s = rows.restoreAt(rowOfJournal()).status;
                return s == Status::Success || s == Status::Warning || s == Status::Failed;
            }(),
            20'000);
        QCOMPARE(estate.sim.stats().value(u"restoreJobsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void cloudAllyRestoresAreFollowedById()
    {
        Estate estate({ QStringLiteral("cloudally") });
        QVERIFY(estate.ready());
        Dashboard &dashboard = estate.dashboard;
        RestoreTableModel &rows = dashboard.restores();
        RestoreJournal &journal = *estate.journal;
        RestoreService &service = *estate.service;

        const Task task = dashboard.lastSnapshot(QStringLiteral("sim-cloudally"))->tasks.front();
        RestoreRequest request;
        request.sourceId = task.sourceId;
        request.vendor = task.vendor;
        request.taskId = task.id;
        request.taskName = task.name;
        const auto queued = service.start(request, task);
        QVERIFY(queued);
        const QString journalId = queued.value->journalId();
        QTRY_COMPARE_WITH_TIMEOUT(journal.entry(journalId).value->state, JournalState::Accepted, 10'000);
        const QString jobId = journal.entry(journalId).value->vendorJobId;
        // CloudAlly lists no restores: the poll reads this one by id, and its row follows it.
        const auto vendorRow = [&]() -> const RestoreJob * {
            for (int row = 0; row < rows.rowCount(); ++row) {
                if (rows.restoreAt(row).id == jobId && rows.restoreAt(row).note.isEmpty())
                    return &rows.restoreAt(row);
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dashboard.pollNow();
                const RestoreJob *job = vendorRow();
                return job && (job->status == Status::Success || job->status == Status::Failed);
            }(),
            20'000);
        QCOMPARE(vendorRow()->journalId, journalId);
    }
};

QTEST_GUILESS_MAIN(TestRestoreFlow)
#include "tst_restoreflow.moc"
