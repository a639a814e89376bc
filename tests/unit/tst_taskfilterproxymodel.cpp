#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

    void sortFollowsLiveUpdates()
    {
        m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        m_source->applySnapshot(QStringLiteral("branch"), { make("1", "Exchange branch", Status::Failed, T0) }, T0);
        QCOMPARE(m_proxy->index(1, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).value<Status>(),
                 Status::Failed);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

private:
    std::unique_ptr<TaskTableModel> m_source;
    std::unique_ptr<TaskFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester, m_proxyTester;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_GUILESS_MAIN(TestTaskFilterProxyModel)
#include "tst_taskfilterproxymodel.moc"
