// The Restores table: every vendor's restore jobs applied per poll as a keyed diff (never a
// reset), progress and abortability shown, stale sources marked, filters by source and status.
#include "models/restorefilterproxymodel.h"
#include "models/restoretablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

RestoreJob job(const char *id, Status status, std::optional<int> progress, int startedMinutesAgo)
{
    RestoreJob r;
    r.id = QString::fromLatin1(id);
    r.vendor = QStringLiteral("clumio");
    r.target = QStringLiteral("vol-%1").arg(r.id);
    r.status = status;
    r.vendorStatus = statusKey(status);
    r.progress = progress;
    r.createdAt = r.startedAt = T0.addSecs(-60 * startedMinutesAgo);
    r.abortable = status == Status::Running;
    return r;
}

} // namespace

class TestRestoreTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<RestoreTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0);
        m_tester.reset();
        m_model.reset();
    }

    void pollsAreKeyedDiffs()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->applySnapshot(QStringLiteral("clumio-a"),
                               { job("1", Status::Running, 40, 5), job("2", Status::Success, 100, 60) }, T0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);

        // Only the running job's progress moved: one dataChanged on the progress column.
        changed.clear();
        m_model->applySnapshot(QStringLiteral("clumio-a"),
                               { job("1", Status::Running, 70, 5), job("2", Status::Success, 100, 60) }, T0);
        QCOMPARE(changed.count(), 1);
        const QList<QVariant> args = changed.first();
        QCOMPARE(args.at(0).toModelIndex().column(), int(RestoreTableModel::ProgressColumn));
        QCOMPARE(args.at(1).toModelIndex().column(), int(RestoreTableModel::ProgressColumn));
        QVERIFY(args.at(2).value<QList<int>>().contains(RestoreTableModel::ProgressRole));
        QCOMPARE(m_model->index(0, RestoreTableModel::ProgressColumn).data().toString(), QStringLiteral("70 %"));

        // It finished and the other one is gone from the vendor's list.
        RestoreJob done = job("1", Status::Success, 100, 5);
        done.endedAt = T0;
        m_model->applySnapshot(QStringLiteral("clumio-a"), { done }, T0.addSecs(30));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, RestoreTableModel::StatusColumn).data().toString(), QStringLiteral("Success"));
        QCOMPARE(m_model->index(0, RestoreTableModel::AbortableColumn).data().toString(), QStringLiteral("no"));
        QCOMPARE(m_model->index(0, RestoreTableModel::DurationColumn).data().toString(), QStringLiteral("5 min"));
        QCOMPARE(m_model->index(0, RestoreTableModel::VendorColumn).data().toString(), QStringLiteral("Clumio"));
    }

    void noProgressIsADashNotZero()
    {
        RestoreJob vb = job("s", Status::Running, std::nullopt, 2);
        vb.vendor = QStringLiteral("veeam-vb365");
        m_model->applySnapshot(QStringLiteral("vb"), { vb }, T0);
        QCOMPARE(m_model->index(0, RestoreTableModel::ProgressColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!m_model->index(0, 0).data(RestoreTableModel::ProgressRole).isValid());
    }

    void staleSourceIsMarkedAndKept()
    {
        m_model->applySnapshot(QStringLiteral("a"), { job("1", Status::Running, 10, 1) }, T0);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setSourceStale(QStringLiteral("a"), true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_model->index(0, 0).data(RestoreTableModel::StaleRole).toBool());
        QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stale")));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void filtersAndNewestFirst()
    {
        RestoreFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->applySnapshot(QStringLiteral("a"),
                               { job("old", Status::Failed, 30, 120), job("new", Status::Running, 10, 1) }, T0);
        m_model->applySnapshot(QStringLiteral("b"), { job("mid", Status::Success, 100, 30) }, T0);
        proxy.sort(RestoreTableModel::StartedColumn, Qt::DescendingOrder);
        const auto idAt = [&proxy](int row) {
            return proxy.index(row, 0).data(RestoreTableModel::RestoreIdRole).toString();
        };
        QCOMPARE(idAt(0), QStringLiteral("new"));
        QCOMPARE(idAt(1), QStringLiteral("mid"));
        QCOMPARE(idAt(2), QStringLiteral("old"));
        proxy.setSourceFilter(QStringLiteral("a"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter({ Status::Failed });
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(idAt(0), QStringLiteral("old"));
        proxy.setSourceFilter(QString());
        proxy.setStatusFilter({});
        QCOMPARE(proxy.rowCount(), 3);
    }

private:
    std::unique_ptr<RestoreTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_GUILESS_MAIN(TestRestoreTableModel)
#include "tst_restoretablemodel.moc"
