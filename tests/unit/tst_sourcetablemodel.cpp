#include "models/sourcetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

class TestSourceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollUpdatesOneRowInPlace()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SourceState a;
        a.id = QStringLiteral("vb365-hq");
        a.vendor = QStringLiteral("veeam-vb365");
        SourceState b;
        b.id = QStringLiteral("vb365-branch");
        model.setSources({ a, b }); // structural: the one reset
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QCOMPARE(model.index(0, SourceTableModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting for first poll"));
        b.health = SourceHealth::Unreachable;
        b.lastError = QStringLiteral("connection refused by 127.0.0.1:1");
        model.updateSource(b);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, SourceTableModel::StateColumn).data().toString(), QStringLiteral("Unreachable"));
        QCOMPARE(model.index(1, SourceTableModel::ErrorColumn).data().toString(), b.lastError);
        QCOMPARE(model.index(1, 0).data(SourceTableModel::HealthRole).value<SourceHealth>(), SourceHealth::Unreachable);
        QCOMPARE(model.index(0, SourceTableModel::ErrorColumn).data().toString(), QStringLiteral("—"));

        // Polls are seconds apart: their times show seconds, in local time.
        b.lastAttemptAt = QDateTime(QDate(2026, 11, 22), QTime(10, 3, 7), Qt::UTC);
        model.updateSource(b);
        QCOMPARE(model.index(1, SourceTableModel::LastPollColumn).data().toString(),
                 b.lastAttemptAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(changed.count(), 2);

        model.updateSource(b); // same state: nothing
        QCOMPARE(changed.count(), 2);
        SourceState unknown;
        unknown.id = QStringLiteral("not-configured");
        model.updateSource(unknown); // not listed: ignored
        QCOMPARE(changed.count(), 2);
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.source(QStringLiteral("vb365-hq")));
        QVERIFY(!model.source(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestSourceTableModel)
#include "tst_sourcetablemodel.moc"
