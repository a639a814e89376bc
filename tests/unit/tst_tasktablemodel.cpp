#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

Task task(const char *id, Status status = Status::Success, const char *name = nullptr)
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = name ? QString::fromUtf8(name) : QStringLiteral("Job ") + t.id;
    t.workload = QStringLiteral("MS365");
    t.status = status;
    t.vendorStatus = statusText(status);
    t.lastRun = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return t;
}

std::vector<Task> tasks(std::initializer_list<const char *> ids)
{
    std::vector<Task> list;
    for (const char *id : ids)
        list.push_back(task(id));
    return list;
}

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

struct Range
{
    int first, last;
};

Range rangeOf(const QList<QVariant> &args)
{
    return { args.at(1).toInt(), args.at(2).toInt() };
}

} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<TaskTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
        m_inserted = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_removed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_changed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // no poll ever resets the model
        m_tester.reset();
        m_model.reset();
    }

    void firstPollIsOneBatchedInsert()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2", "3" }), T0);
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(rangeOf(m_inserted->first()).first, 0);
        QCOMPARE(rangeOf(m_inserted->first()).last, 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->taskAt(1).sourceId, QStringLiteral("a"));
        QCOMPARE(m_changed->count(), 0); // nothing existed to change
    }

    // The model reads the snapshot's own rows: it keeps the vector alive while it shows it, lets
    // the previous one go once the next is applied, and lets go of a removed source's.
    void sharedRowsAreHeldWhileShownAndReleasedAfter()
    {
        std::vector<Task> firstRows = tasks({ "1", "2" });
        for (Task &t : firstRows)
            t.sourceId = QStringLiteral("a");
        auto first = std::make_shared<const std::vector<Task>>(firstRows);
        const std::weak_ptr<const std::vector<Task>> firstAlive = first;
        m_model->applyShared(QStringLiteral("a"), std::move(first), T0);
        QVERIFY(!firstAlive.expired()); // the caller let go; the model still shows these rows
        QCOMPARE(&m_model->taskAt(1), &firstAlive.lock()->at(1)); // read in place, not copied
        QCOMPARE(m_model->taskAt(1).name, QStringLiteral("Job 2"));

        std::vector<Task> nextRows = firstRows;
        nextRows[1].status = Status::Failed;
        nextRows[1].vendorStatus = QStringLiteral("Failed");
        auto next = std::make_shared<const std::vector<Task>>(nextRows);
        const std::weak_ptr<const std::vector<Task>> nextAlive = next;
        m_model->applyShared(QStringLiteral("a"), std::move(next), T0);
        QVERIFY(firstAlive.expired()); // no row points into it any more
        QCOMPARE(&m_model->taskAt(0), &nextAlive.lock()->at(0)); // the unchanged row moved over too
        QCOMPARE(m_model->taskAt(1).status, Status::Failed);
        QCOMPARE(m_changed->count(), 1);

        m_model->removeSource(QStringLiteral("a"));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(nextAlive.expired());
    }

    void unchangedPollEmitsNothing()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0);
        m_inserted->clear();
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0);
        QCOMPARE(m_inserted->count(), 0);
        QCOMPARE(m_removed->count(), 0);
        QCOMPARE(m_changed->count(), 0);
    }

    void removalChangeAndInsertInOnePoll()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2", "3", "4", "5", "6" }), T0);
        m_inserted->clear();

        std::vector<Task> next = tasks({ "1", "3", "4", "5", "7" }); // 2 and 6 gone, 7 new
        next[1].status = Status::Failed; // 3 failed
        next[1].vendorStatus = QStringLiteral("Failed");
        m_model->applySnapshot(QStringLiteral("a"), next, T0);

        // Removals bottom-up, one per contiguous range: row 5 (task 6), then row 1 (task 2).
        QCOMPARE(m_removed->count(), 2);
        QCOMPARE(rangeOf(m_removed->at(0)).first, 5);
        QCOMPARE(rangeOf(m_removed->at(1)).first, 1);
        QCOMPARE(rangeOf(m_removed->at(1)).last, 1);
        // Task 3 is now row 1: one dataChanged on its status column with the status roles.
        QCOMPARE(m_changed->count(), 1);
        const auto topLeft = m_changed->first().at(0).value<QModelIndex>();
        const auto bottomRight = m_changed->first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), int(TaskTableModel::StatusColumn));
        QCOMPARE(bottomRight.column(), int(TaskTableModel::StatusColumn));
        const auto roles = m_changed->first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(TaskTableModel::StatusRole));
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(TaskTableModel::SortRole));
        QVERIFY(!roles.contains(TaskTableModel::StaleRole));
        // One insert for the new task, at the end.
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(rangeOf(m_inserted->first()).first, 4);
        QCOMPARE(rangeOf(m_inserted->first()).last, 4);
        QCOMPARE(m_model->data(m_model->index(1, 0), TaskTableModel::StatusRole).value<Status>(), Status::Failed);
        QCOMPARE(m_model->rowOf(QStringLiteral("a"), QStringLiteral("7")), 4);
        QCOMPARE(m_model->rowOf(QStringLiteral("a"), QStringLiteral("2")), -1);
    }

    void changedRowsAreCoalescedIntoContiguousRuns()
    {
        std::vector<Task> base = tasks({ "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" });
        m_model->applySnapshot(QStringLiteral("a"), base, T0);

        std::vector<Task> next = base;
        for (int i : { 1, 2, 3, 7 })
            next[size_t(i)].lastRun = T0.addSecs(3600);
        m_model->applySnapshot(QStringLiteral("a"), next, T0);
        QCOMPARE(m_changed->count(), 2); // rows 1–3 and row 7
        QCOMPARE(m_changed->at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(m_changed->at(0).at(1).value<QModelIndex>().row(), 3);
        QCOMPARE(m_changed->at(1).at(0).value<QModelIndex>().row(), 7);
        QCOMPARE(m_changed->at(1).at(1).value<QModelIndex>().row(), 7);
        QCOMPARE(m_changed->at(0).at(0).value<QModelIndex>().column(), int(TaskTableModel::LastRunColumn));
    }

    void mostRowsChangedIsOneSignal()
    {
        std::vector<Task> base = tasks({ "0", "1", "2", "3" });
        m_model->applySnapshot(QStringLiteral("a"), base, T0);
        for (size_t i : { 0u, 2u, 3u })
            base[i].status = Status::Warning;
        m_model->applySnapshot(QStringLiteral("a"), base, T0);
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_changed->first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(m_changed->first().at(1).value<QModelIndex>().row(), 3);
    }

    void newPollTimeMovesDataAgeOnly()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0);
        m_model->applySnapshot(QStringLiteral("b"), tasks({ "9" }), T0);
        m_changed->clear();
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0.addSecs(60));
        QCOMPARE(m_changed->count(), 1);
        const auto tl = m_changed->first().at(0).value<QModelIndex>();
        const auto br = m_changed->first().at(1).value<QModelIndex>();
        QCOMPARE(tl.column(), int(TaskTableModel::DataAgeColumn));
        QCOMPARE(br.column(), int(TaskTableModel::DataAgeColumn));
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 2); // rows 0–1 are 2 of 3: coalesced to all rows
        QCOMPARE(m_model->data(m_model->index(0, 0), TaskTableModel::AsOfRole).toDateTime(), T0.addSecs(60));
        QCOMPARE(m_model->data(m_model->index(2, 0), TaskTableModel::AsOfRole).toDateTime(), T0);
    }

    void sourcesAreIndependent()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0);
        m_model->applySnapshot(QStringLiteral("b"), tasks({ "1", "2" }), T0); // same ids, other source
        QCOMPARE(m_model->rowCount(), 4);
        m_model->applySnapshot(QStringLiteral("a"), {}, T0); // a reports nothing now
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_removed->count(), 1);
        QCOMPARE(rangeOf(m_removed->first()).first, 0);
        QCOMPARE(rangeOf(m_removed->first()).last, 1);
        QCOMPARE(m_model->taskAt(0).sourceId, QStringLiteral("b"));
        QCOMPARE(m_model->rowOf(QStringLiteral("b"), QStringLiteral("2")), 1);
    }

    void staleMarksRowsWithoutTouchingStatus()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1" }), T0);
        m_model->applySnapshot(QStringLiteral("b"), tasks({ "1", "2" }), T0);
        std::vector<Task> aAgain = tasks({ "1", "3" });
        m_model->applySnapshot(QStringLiteral("a"), aAgain, T0); // rows: a1, b1, b2, a3
        m_changed->clear();

        m_model->setSourceStale(QStringLiteral("a"), true);
        QCOMPARE(m_changed->count(), 2); // rows 0 and 3 are not contiguous
        for (const auto &args : *m_changed) {
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(roles.contains(TaskTableModel::StaleRole));
            QVERIFY(!roles.contains(TaskTableModel::StatusRole));
        }
        QVERIFY(m_model->data(m_model->index(0, 0), TaskTableModel::StaleRole).toBool());
        QVERIFY(!m_model->data(m_model->index(1, 0), TaskTableModel::StaleRole).toBool());
        QCOMPARE(m_model->data(m_model->index(0, 0), TaskTableModel::StatusRole).value<Status>(), Status::Success);
        QVERIFY(m_model->data(m_model->index(0, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("Stale")));

        m_changed->clear();
        m_model->setSourceStale(QStringLiteral("a"), true); // already stale: nothing
        QCOMPARE(m_changed->count(), 0);
        m_model->setSourceStale(QStringLiteral("a"), false);
        QVERIFY(!m_model->data(m_model->index(3, 0), TaskTableModel::StaleRole).toBool());
    }

    // The summary's "N sources stale" counts sources, and only those with rows shown.
    void staleSourcesAreCountedOncePerSourceWithRows()
    {
        QCOMPARE(m_model->staleSourceCount(), 0);
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2", "3" }), T0);
        m_model->applySnapshot(QStringLiteral("b"), tasks({ "1" }), T0);
        m_model->applySnapshot(QStringLiteral("empty"), {}, T0);
        m_model->setSourceStale(QStringLiteral("a"), true);
        m_model->setSourceStale(QStringLiteral("empty"), true); // stale, but nothing of it shown
        QCOMPARE(m_model->staleSourceCount(), 1); // a, once for its three rows
        m_model->setSourceStale(QStringLiteral("b"), true);
        QCOMPARE(m_model->staleSourceCount(), 2);
        m_model->removeSource(QStringLiteral("a"));
        QCOMPARE(m_model->staleSourceCount(), 1);
        m_model->applySnapshot(QStringLiteral("b"), {}, T0); // its rows gone, its mark kept
        QCOMPARE(m_model->staleSourceCount(), 0);
        m_model->setSourceStale(QStringLiteral("b"), false);
        QCOMPARE(m_model->staleSourceCount(), 0);
    }

    // A poll's signals come between updateStarted and updateFinished (a sorting proxy re-sorts
    // once per update); so do a source's stale mark's.
    void everyUpdateIsBracketed()
    {
        QList<QString> events;
        connect(m_model.get(), &KeyedRowsSignals::updateStarted, this,
                [&events] { events << QStringLiteral("start"); });
        connect(m_model.get(), &KeyedRowsSignals::updateFinished, this, [&events] { events << QStringLiteral("end"); });
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                [&events] { events << QStringLiteral("insert"); });
        connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this,
                [&events] { events << QStringLiteral("remove"); });
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
                [&events] { events << QStringLiteral("change"); });
        m_model->applySnapshot(QStringLiteral("hq"), tasks({ "a", "b", "c" }), T0);
        std::vector<Task> next = tasks({ "a", "c", "d" });
        next[0].status = Status::Failed;
        m_model->applySnapshot(QStringLiteral("hq"), next, T0);
        m_model->setSourceStale(QStringLiteral("hq"), true);
        m_model->applySnapshot(QStringLiteral("hq"), next, T0); // unchanged: an empty update
        const QList<QString> expected { QStringLiteral("start"),  QStringLiteral("insert"), QStringLiteral("end"),
                                        QStringLiteral("start"),  QStringLiteral("remove"), QStringLiteral("change"),
                                        QStringLiteral("insert"), QStringLiteral("end"),    QStringLiteral("start"),
                                        QStringLiteral("change"), QStringLiteral("end"),    QStringLiteral("start"),
                                        QStringLiteral("end") };
        QCOMPARE(events, expected);
    }

    void duplicateIdsInOnePollGiveOneRow()
    {
        std::vector<Task> list = tasks({ "1", "1", "2" });
        list[1].name = QStringLiteral("second copy");
        m_model->applySnapshot(QStringLiteral("a"), list, T0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->taskAt(0).name, QStringLiteral("Job 1"));
    }

    void removeSourceRemovesOnlyItsRows()
    {
        m_model->applySnapshot(QStringLiteral("a"), tasks({ "1", "2" }), T0);
        m_model->applySnapshot(QStringLiteral("b"), tasks({ "3" }), T0);
        m_model->removeSource(QStringLiteral("a"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->taskAt(0).id, QStringLiteral("3"));
    }

    void displayAndSortRoles()
    {
        Task disabled = task("d", Status::Paused, "Exchange – Zürich");
        disabled.enabled = false;
        disabled.vendorStatus = QStringLiteral("Success");
        Task odd = task("u", Status::Unknown);
        odd.vendorStatus = QStringLiteral("NotConfigured");
        odd.lastRun = QDateTime();
        Task failed = task("f", Status::Failed);
        failed.lastRunSeconds = 3720;
        m_model->applySnapshot(QStringLiteral("a"), { disabled, odd, failed }, T0);

        const auto display = [this](int row, int column) {
            return m_model->index(row, column).data().toString();
        };
        QCOMPARE(display(0, TaskTableModel::NameColumn), QStringLiteral("Exchange – Zürich"));
        QCOMPARE(display(0, TaskTableModel::StatusColumn), QStringLiteral("Paused (disabled; last: Success)"));
        QCOMPARE(display(0, TaskTableModel::NextRunColumn), QStringLiteral("not scheduled"));
        QCOMPARE(display(0, TaskTableModel::WorkloadColumn), QStringLiteral("Microsoft 365"));
        QCOMPARE(display(1, TaskTableModel::StatusColumn), QStringLiteral("Unknown (NotConfigured)"));
        QCOMPARE(display(1, TaskTableModel::LastRunColumn), QStringLiteral("—"));
        QCOMPARE(display(1, TaskTableModel::LastSuccessColumn), QStringLiteral("never"));
        QCOMPARE(display(2, TaskTableModel::DurationColumn), QStringLiteral("1 h 02 min"));

        // A Clumio row is one execution: a failed one has no "last success" to be "never".
        Task execution = task("x", Status::Failed);
        execution.vendor = QStringLiteral("clumio");
        m_model->applySnapshot(QStringLiteral("c"), { execution }, T0);
        QCOMPARE(display(m_model->rowOf(QStringLiteral("c"), QStringLiteral("x")), TaskTableModel::LastSuccessColumn),
                 QStringLiteral("—"));

        // Sort roles carry raw values, never display strings.
        QCOMPARE(m_model->index(2, TaskTableModel::StatusColumn).data(TaskTableModel::SortRole).toInt(),
                 statusSeverity(Status::Failed));
        QCOMPARE(m_model->index(2, TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime(),
                 failed.lastRun);
        QCOMPARE(m_model->index(2, TaskTableModel::DurationColumn).data(TaskTableModel::SortRole).toLongLong(), 3720);
        QVERIFY(!m_model->index(1, TaskTableModel::DurationColumn).data(TaskTableModel::SortRole).isValid());
        QCOMPARE(m_model->headerData(TaskTableModel::DataAgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Data age"));
    }

private:
    std::unique_ptr<TaskTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets, m_inserted, m_removed, m_changed;
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
