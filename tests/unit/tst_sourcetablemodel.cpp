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
        model.setSources({ a, b }); // the first list: rows inserted
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

    // The Sources dialog saved: the list changes as a diff (dropped rows removed, kept ones
    // updated in place, new ones appended), never a reset.
    void settingSourcesAgainIsADiff()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const auto state = [](const char *id) {
            SourceState s;
            s.id = QLatin1String(id);
            s.vendor = QStringLiteral("clumio");
            return s;
        };
        model.setSources({ state("a"), state("b"), state("c"), state("d") });
        QCOMPARE(model.rowCount(), 4);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SourceState a = state("a");
        SourceState d = state("d");
        d.enabled = false;
        model.setSources({ state("e"), d, a, state("f") });
        // b and c went as one range; a is as it was; d changed in place; e and f appended.
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QStringList ids;
        for (const SourceState &s : model.sources())
            ids << s.id;
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f") }));
        QVERIFY(!model.source(QStringLiteral("d"))->enabled);

        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceTableModel)
#include "tst_sourcetablemodel.moc"
