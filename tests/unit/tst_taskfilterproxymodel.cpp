#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>
#include <limits>

using namespace BackupDash;

namespace {
const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

Task make(const char *id, const char *name, Status status, QDateTime lastRun, const char *workload = "MS365")
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = QString::fromUtf8(name);
    t.status = status;
    t.vendorStatus = statusKey(status).toUpper();
    t.lastRun = lastRun;
    t.workload = QString::fromLatin1(workload);
    return t;
}
} // namespace

class TestTaskFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<TaskTableModel>();
        m_proxy = std::make_unique<TaskFilterProxyModel>();
        m_proxy->setSourceModel(m_source.get());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_source.get(), &QAbstractItemModel::modelReset);
        m_source->applySnapshot(QStringLiteral("hq"),
                                { make("1", "Exchange – Zürich", Status::Failed, T0.addSecs(-7200)),
                                  make("2", "OneDrive users", Status::Success, T0),
                                  make("3", "SharePoint intranet", Status::Warning, QDateTime()),
                                  make("4", "Teams", Status::Running, T0.addSecs(-60)) },
                                T0);
        m_source->applySnapshot(QStringLiteral("branch"),
                                { make("1", "Exchange branch", Status::Success, T0.addSecs(-30)) }, T0);
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0);
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void freeTextMatchesNameSourceWorkloadAndVendorStatus()
    {
        m_proxy->setSearchText(QStringLiteral("  zürich "));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("BRANCH"));
        QCOMPARE(m_proxy->rowCount(), 1); // source id and name
        m_proxy->setSearchText(QStringLiteral("microsoft 365")); // the workload in words
        QCOMPARE(m_proxy->rowCount(), 5);
        m_proxy->setSearchText(QStringLiteral("WARNING"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void statusAndSourceFiltersCombine()
    {
        m_proxy->setStatusFilter({ Status::Failed, Status::Warning });
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setStatusFilter({ Status::Success });
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setSourceFilter(QStringLiteral("branch"));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, TaskTableModel::NameColumn).data().toString(), QStringLiteral("Exchange branch"));
        m_proxy->setStatusFilter({});
        m_proxy->setSourceFilter(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void vendorFilterAndVendorWords()
    {
        Task ebs = make("t-1", "EBS volume backup · vol-0abc", Status::Failed, T0, "aws_ebs_volume");
        ebs.vendor = QStringLiteral("clumio");
        m_source->applySnapshot(QStringLiteral("clumio-a"), { ebs }, T0);
        QCOMPARE(m_proxy->rowCount(), 6);
        m_proxy->setVendorFilter(QStringLiteral("clumio"));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, TaskTableModel::VendorColumn).data().toString(), QStringLiteral("Clumio"));
        QCOMPARE(m_proxy->index(0, TaskTableModel::WorkloadColumn).data().toString(), QStringLiteral("EBS volume"));
        m_proxy->setVendorFilter(QString());
        m_proxy->setSearchText(QStringLiteral("clumio")); // the vendor in words is searchable
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void staleOnly()
    {
        m_proxy->setStaleOnly(true);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_source->setSourceStale(QStringLiteral("branch"), true);
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void sortsBySeverityNotByText()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).value<Status>(),
                 Status::Failed);
        QCOMPARE(m_proxy->index(1, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).value<Status>(),
                 Status::Warning);
        QCOMPARE(m_proxy->index(2, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).value<Status>(),
                 Status::Running);
    }

    void equalStatusesShowTheNewestRunFirst()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        // A second source's failures arrive later but ran more recently: they lead.
        m_source->applySnapshot(QStringLiteral("eu"),
                                { make("a", "Newest failure", Status::Failed, T0.addSecs(-60)),
                                  make("b", "Never ran", Status::Failed, QDateTime()),
                                  make("c", "Oldest failure", Status::Failed, T0.addSecs(-86400)) },
                                T0);
        // A vendor that says only when the task last succeeded: its failure came after that.
        Task noRunTime = make("d", "Failed after an hour-old success", Status::Failed, QDateTime());
        noRunTime.lastSuccess = T0.addSecs(-3600);
        m_source->applySnapshot(QStringLiteral("ca"), { noRunTime }, T0);
        const QStringList expected { QStringLiteral("Newest failure"),
                                     QStringLiteral("Failed after an hour-old success"),
                                     QStringLiteral("Exchange – Zürich"), QStringLiteral("Oldest failure"),
                                     QStringLiteral("Never ran") };
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(m_proxy->index(row, TaskTableModel::NameColumn).data().toString(), expected.at(row));
    }

    void sortsTimesChronologicallyWithAbsentLast()
    {
        m_proxy->sort(TaskTableModel::LastRunColumn, Qt::AscendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Exchange – Zürich")); // oldest
        QCOMPARE(m_proxy->index(3, 0).data().toString(), QStringLiteral("OneDrive users")); // newest
        QCOMPARE(m_proxy->index(4, 0).data().toString(), QStringLiteral("SharePoint intranet")); // never ran
    }

    void theLargestValuesStillSortBeforeAbsentOnes()
    {
        Task huge = make("h", "huge", Status::Failed, QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC));
        huge.lastRunSeconds = std::numeric_limits<qint64>::max();
        const Task none = make("n", "none", Status::Failed, QDateTime());
        m_source->applySnapshot(QStringLiteral("edge"), { none, huge }, T0);
        m_proxy->setSourceFilter(QStringLiteral("edge"));
        for (int column : { int(TaskTableModel::DurationColumn), int(TaskTableModel::LastRunColumn) }) {
            m_proxy->sort(column, Qt::AscendingOrder);
            QCOMPARE(m_proxy->rowCount(), 2);
            QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("huge"));
            QCOMPARE(m_proxy->index(1, 0).data().toString(), QStringLiteral("none"));
        }
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder); // the newest activity first
        QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("huge"));
    }

    void sortFollowsLiveUpdates()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        m_source->applySnapshot(QStringLiteral("branch"), { make("1", "Exchange branch", Status::Failed, T0) }, T0);
        QCOMPARE(m_proxy->index(1, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).value<Status>(),
                 Status::Failed);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    // A poll that changes many rows of a sorted table is one layout change, after which every
    // row is where a full sort puts it, and persistent indexes (selection) follow their rows.
    void aPollIsOneLayoutChangeWithEveryRowInPlace()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        std::vector<Task> tasks = estate(300);
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        QVERIFY(inStatusOrder());
        const QPersistentModelIndex followed =
            m_proxy->mapFromSource(m_source->index(m_source->rowOf(QStringLiteral("big"), QStringLiteral("t7")), 0));
        QVERIFY(followed.isValid());
        for (size_t i = 0; i < tasks.size(); i += 9) { // a third of them with a new run, some a new status
            tasks[i].lastRun = T0.addSecs(qint64(i));
            if (i % 2 == 0)
                tasks[i].status = tasks[i].status == Status::Failed ? Status::Success : Status::Failed;
        }
        tasks[7].status = Status::Warning;
        tasks[7].lastRun = T0.addSecs(-10);
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(removals.count(), 0);
        QCOMPARE(m_proxy->rowCount(), 305);
        QVERIFY(inStatusOrder());
        QVERIFY(followed.isValid());
        QCOMPARE(followed.data(TaskTableModel::TaskIdRole).toString(), QStringLiteral("t7"));
        QCOMPARE(followed.data(TaskTableModel::StatusRole).value<Status>(), Status::Warning);

        // Unchanged: nothing moves.
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        QCOMPARE(layouts.count(), 1);
    }

    // Many new rows at once are shown a batch per event-loop turn, each batch in its sorted
    // place, until every row is shown once: the window repaints between the batches.
    void manyNewRowsArePlacedABatchPerTurn()
    {
        m_proxy->setRowsPerTurn(50);
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        QSignalSpy inserts(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        m_source->applySnapshot(QStringLiteral("big"), estate(300), T0);
        QCOMPARE(m_proxy->rowCount(), 5 + 50); // the first batch at once
        QCOMPARE(m_proxy->pendingRows(), 250);
        QVERIFY(inStatusOrder());
        const qsizetype firstBatchInserts = inserts.count();
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QVERIFY(m_source->rowCount() == 305); // the source model has every row already
        int turns = 0;
        while (m_proxy->pendingRows() > 0 && turns < 100) {
            const int before = m_proxy->rowCount();
            QCoreApplication::processEvents();
            ++turns;
            QVERIFY(m_proxy->rowCount() - before <= 50);
            QVERIFY(inStatusOrder());
        }
        QCOMPARE(turns, 5);
        QCOMPARE(m_proxy->rowCount(), 305);
        QVERIFY(everySourceRowShownOnce());
        // Each later batch spreads over the sorted rows: one insert at the end and one merge.
        QCOMPARE(inserts.count(), firstBatchInserts + 5);
        QCOMPARE(layouts.count(), 5);
    }

    // Rows waiting to be shown follow what happens meanwhile: changed values, rows removed above
    // and among them, other rows coming; a filter change shows the rest at once.
    void pendingRowsFollowChangesRemovalsAndFilters()
    {
        m_proxy->setRowsPerTurn(40);
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        std::vector<Task> tasks = estate(200);
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        QCOMPARE(m_proxy->pendingRows(), 160);
        // A waiting row fails; it must be placed once, as failed.
        tasks[149].status = Status::Failed;
        tasks[149].lastRun = T0.addSecs(5);
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        const QModelIndex waiting = m_source->index(m_source->rowOf(QStringLiteral("big"), QStringLiteral("t149")), 0);
        QVERIFY(waiting.isValid());
        QVERIFY(!m_proxy->mapFromSource(waiting).isValid()); // not shown yet
        m_source->removeSource(QStringLiteral("hq")); // rows above the waiting ones go
        tasks.resize(150); // and 50 of the waiting ones go
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        m_source->applySnapshot(QStringLiteral("other"), estate(3), T0); // and three come
        QTRY_COMPARE(m_proxy->pendingRows(), 0);
        QCOMPARE(m_proxy->rowCount(), 1 + 150 + 3);
        QVERIFY(everySourceRowShownOnce());
        QVERIFY(inStatusOrder());
        const QModelIndex failed = m_proxy->index(0, 0); // the newest failure leads
        QCOMPARE(failed.data(TaskTableModel::TaskIdRole).toString(), QStringLiteral("t149"));
        QCOMPARE(failed.data(TaskTableModel::StatusRole).value<Status>(), Status::Failed);

        m_source->applySnapshot(QStringLiteral("big"), estate(400), T0);
        QVERIFY(m_proxy->pendingRows() > 0);
        m_proxy->setStatusFilter({ Status::Failed }); // filters every row now, waiting ones included
        QCOMPARE(m_proxy->pendingRows(), 0);
        QCOMPARE(m_proxy->rowCount(), 80 + 1); // a fifth of 400, and other's t1
        QVERIFY(inStatusOrder());
    }

    // The numeric columns sort by precomputed keys; the order must be the one the generic path
    // gives from the SortRole values (a proxy over any other model), in both directions, with
    // absent times, durations and disabled tasks among them.
    void sortKeysOrderAsTheSortRoleValues_data()
    {
        QTest::addColumn<int>("column");
        for (int column :
             { TaskTableModel::StatusColumn, TaskTableModel::LastRunColumn, TaskTableModel::DurationColumn,
               TaskTableModel::LastSuccessColumn, TaskTableModel::NextRunColumn, TaskTableModel::DataAgeColumn })
            QTest::addRow("%d", column) << column;
    }
    void sortKeysOrderAsTheSortRoleValues()
    {
        QFETCH(int, column);
        std::vector<Task> tasks = estate(120);
        for (size_t i = 0; i < tasks.size(); ++i) {
            Task &t = tasks[i];
            t.lastSuccess = i % 3 == 0 ? QDateTime() : T0.addSecs(-qint64((i * 104729) % 9000));
            t.nextRun = i % 4 == 0 ? QDateTime() : T0.addSecs(qint64((i * 7) % 50) * 60);
            t.enabled = i % 7 != 0;
            if (i % 5 != 0)
                t.lastRunSeconds = qint64((i * 31) % 17);
            // The edges of what the one-number keys hold: the years 1 and 9999, the largest and
            // negative durations (only max() itself would tie with max() - 1: 292 billion years).
            if (i % 11 == 0)
                t.lastRun = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i));
            if (i % 13 == 0)
                t.lastRun = QDateTime(QDate(9999, 12, 31), QTime(23, 0), Qt::UTC).addSecs(qint64(i));
            if (i % 17 == 0)
                t.lastRunSeconds = std::numeric_limits<qint64>::max() - 1 - qint64(i % 2);
            if (i % 19 == 0)
                t.lastRunSeconds = -qint64(i);
        }
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0.addSecs(-600)); // older data than the others
        QIdentityProxyModel plain; // hides the task model: the proxy compares SortRole values
        plain.setSourceModel(m_source.get());
        TaskFilterProxyModel generic;
        generic.setSourceModel(&plain);
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            m_proxy->sort(column, order);
            generic.sort(column, order);
            QCOMPARE(m_proxy->rowCount(), generic.rowCount());
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(),
                         plain.mapToSource(generic.mapToSource(generic.index(row, 0))).row());
        }
        // After a poll that changes values the keys follow.
        for (size_t i = 0; i < tasks.size(); i += 4) {
            tasks[i].lastRun = T0.addSecs(qint64(i) * 13);
            tasks[i].lastRunSeconds = std::nullopt;
            tasks[i].status = Status::Failed;
        }
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        // The reference sorts anew over the changed values (from SortRole, as above).
        TaskFilterProxyModel fresh;
        fresh.setSourceModel(&plain);
        fresh.sort(column, Qt::DescendingOrder);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->mapToSource(m_proxy->index(row, 0)).row(),
                     plain.mapToSource(fresh.mapToSource(fresh.index(row, 0))).row());
    }

    void rowsThatGoAndComeStayInOrder()
    {
        m_proxy->sort(TaskTableModel::LastRunColumn, Qt::AscendingOrder);
        std::vector<Task> tasks = estate(120);
        m_source->applySnapshot(QStringLiteral("big"), tasks, T0);
        std::vector<Task> next;
        for (size_t i = 0; i < tasks.size(); ++i) {
            if (i % 4 != 0)
                next.push_back(tasks[i]); // every fourth went
        }
        for (int i = 0; i < 10; ++i) // and ten new ones came
            next.push_back(make(qPrintable(QStringLiteral("n%1").arg(i)), "New", Status::Queued, T0.addSecs(-i * 977)));
        m_source->applySnapshot(QStringLiteral("big"), next, T0);
        QCOMPARE(m_proxy->rowCount(), 5 + 90 + 10);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QDateTime a =
                m_proxy->index(row - 1, TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime();
            const QDateTime b =
                m_proxy->index(row, TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime();
            QVERIFY2(!b.isValid() || (a.isValid() && a <= b), qPrintable(QString::number(row))); // never ran: last
        }
    }

    void filtersFollowLiveUpdatesAndSelectionFollowsFilters()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        m_proxy->setStatusFilter({ Status::Failed });
        QCOMPARE(m_proxy->rowCount(), 1);
        const QPersistentModelIndex zurich = m_proxy->index(0, 0);
        QCOMPARE(zurich.data().toString(), QStringLiteral("Exchange – Zürich"));
        // The branch fails: it shows, before Zürich (it ran more recently).
        m_source->applySnapshot(QStringLiteral("branch"), { make("1", "Exchange branch", Status::Failed, T0) }, T0);
        QCOMPARE(m_proxy->rowCount(), 2);
        QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Exchange branch"));
        QCOMPARE(zurich.row(), 1);
        // Zürich recovers: it goes, and its persistent index with it.
        m_source->applySnapshot(QStringLiteral("hq"),
                                { make("1", "Exchange – Zürich", Status::Success, T0),
                                  make("2", "OneDrive users", Status::Success, T0),
                                  make("3", "SharePoint intranet", Status::Warning, QDateTime()),
                                  make("4", "Teams", Status::Running, T0.addSecs(-60)) },
                                T0);
        QCOMPARE(m_proxy->rowCount(), 1);
        QVERIFY(!zurich.isValid());
        // A text filter keeps a shown row's index where it goes.
        m_proxy->setStatusFilter({});
        const QPersistentModelIndex branch = m_proxy->index(0, 0);
        m_proxy->setSearchText(QStringLiteral("exchange"));
        QCOMPARE(m_proxy->rowCount(), 2);
        QVERIFY(branch.isValid());
        QCOMPARE(branch.data().toString(), QStringLiteral("Exchange branch"));
        m_proxy->setSearchText(QStringLiteral("zürich"));
        QVERIFY(!branch.isValid());
    }

    void aSourceThatGoesTakesItsRows()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        m_source->removeSource(QStringLiteral("hq"));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Exchange branch"));
        QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0)).row(),
                 m_source->rowOf(QStringLiteral("branch"), QStringLiteral("1")));
    }

private:
    static std::vector<Task> estate(int count)
    {
        std::vector<Task> tasks;
        const Status statuses[] = { Status::Success, Status::Failed, Status::Warning, Status::Running,
                                    Status::Unknown };
        for (int i = 0; i < count; ++i) {
            const QDateTime run = i % 11 == 0 ? QDateTime() : T0.addSecs(-qint64((i * 7919) % 86400));
            tasks.push_back(make(qPrintable(QStringLiteral("t%1").arg(i)), "Task", statuses[i % 5], run));
        }
        return tasks;
    }

    // Every source row the filter accepts is shown exactly once, mapped both ways.
    bool everySourceRowShownOnce() const
    {
        std::vector<int> seen(size_t(m_source->rowCount()), 0);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
            if (!source.isValid() || ++seen[size_t(source.row())] > 1 || m_proxy->mapFromSource(source).row() != row)
                return false;
        }
        return std::count(seen.cbegin(), seen.cend(), 1) == m_proxy->rowCount()
            && m_proxy->rowCount() == m_source->rowCount();
    }

    // Worst first; among equal severities the newest activity first, never-ran last.
    bool inStatusOrder() const
    {
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QModelIndex a = m_proxy->index(row - 1, TaskTableModel::StatusColumn);
            const QModelIndex b = m_proxy->index(row, TaskTableModel::StatusColumn);
            const int sa = a.data(TaskTableModel::SortRole).toInt();
            const int sb = b.data(TaskTableModel::SortRole).toInt();
            if (sa != sb) {
                if (sa < sb)
                    return false;
                continue;
            }
            const QDateTime ta =
                a.siblingAtColumn(TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime();
            const QDateTime tb =
                b.siblingAtColumn(TaskTableModel::LastRunColumn).data(TaskTableModel::SortRole).toDateTime();
            if (!ta.isValid() && tb.isValid())
                return false;
            if (ta.isValid() && tb.isValid() && ta < tb)
                return false;
        }
        return true;
    }

    std::unique_ptr<TaskTableModel> m_source;
    std::unique_ptr<TaskFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester, m_proxyTester;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_GUILESS_MAIN(TestTaskFilterProxyModel)
#include "tst_taskfilterproxymodel.moc"
