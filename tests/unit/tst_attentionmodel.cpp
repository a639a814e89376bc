#include "models/attentionmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

AttentionItem item(const char *taskId, AttentionKind kind = AttentionKind::Failed, const char *source = "vb")
{
    AttentionItem i;
    i.kind = kind;
    i.sourceId = QString::fromLatin1(source);
    i.vendor = QStringLiteral("veeam-vb365");
    i.taskId = QString::fromLatin1(taskId);
    i.taskName = i.taskId.isEmpty() ? QString() : QStringLiteral("Job ") + i.taskId;
    i.detail = QStringLiteral("the last run failed");
    i.since = T0;
    return i;
}

std::vector<AttentionItem> items(std::initializer_list<const char *> ids)
{
    std::vector<AttentionItem> list;
    for (const char *id : ids)
        list.push_back(item(id));
    return list;
}

struct Range
{
    int first, last;
};

Range rangeOf(const QList<QVariant> &args)
{
    return { args.at(1).toInt(), args.at(2).toInt() };
}

} // namespace

class TestAttentionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<AttentionModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
        m_inserted = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_removed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_changed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // an update never resets the model
        m_tester.reset();
        m_model.reset();
    }

    void firstFillIsOneInsert()
    {
        m_model->setItems(items({ "1", "2", "3" }));
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(rangeOf(m_inserted->first()).first, 0);
        QCOMPARE(rangeOf(m_inserted->first()).last, 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->itemAt(2).taskId, QStringLiteral("3"));
        QCOMPARE(m_changed->count(), 0);
    }

    void sameItemsEmitNothing()
    {
        m_model->setItems(items({ "1", "2" }));
        m_inserted->clear();
        m_model->setItems(items({ "2", "1" })); // order given does not move existing rows
        QCOMPARE(m_inserted->count(), 0);
        QCOMPARE(m_removed->count(), 0);
        QCOMPARE(m_changed->count(), 0);
        QCOMPARE(m_model->itemAt(0).taskId, QStringLiteral("1"));
    }

    void removalsAreRangesBottomUp()
    {
        m_model->setItems(items({ "1", "2", "3", "4", "5", "6" }));
        m_model->setItems(items({ "1", "4", "5" }));
        QCOMPARE(m_removed->count(), 2);
        QCOMPARE(rangeOf(m_removed->at(0)).first, 5);
        QCOMPARE(rangeOf(m_removed->at(0)).last, 5);
        QCOMPARE(rangeOf(m_removed->at(1)).first, 1);
        QCOMPARE(rangeOf(m_removed->at(1)).last, 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(item("4").key()), 1);
        QCOMPARE(m_model->rowOf(item("2").key()), -1);
        QCOMPARE(m_changed->count(), 0);
    }

    void changeRemoveAndInsertInOneUpdate()
    {
        m_model->setItems(items({ "1", "2", "3" }));
        m_inserted->clear();
        std::vector<AttentionItem> next = items({ "1", "3", "9" });
        next[1].detail = QStringLiteral("the last run failed again"); // 3 changed
        m_model->setItems(next);

        QCOMPARE(m_removed->count(), 1);
        QCOMPARE(rangeOf(m_removed->first()).first, 1);
        QCOMPARE(m_changed->count(), 1);
        const auto tl = m_changed->first().at(0).value<QModelIndex>();
        const auto br = m_changed->first().at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 1);
        QCOMPARE(br.row(), 1);
        QCOMPARE(tl.column(), int(AttentionModel::DetailColumn));
        QCOMPARE(br.column(), int(AttentionModel::DetailColumn));
        const auto roles = m_changed->first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(AttentionModel::SortRole));
        QVERIFY(!roles.contains(AttentionModel::StaleRole));
        QVERIFY(!roles.contains(AttentionModel::SinceRole));
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(rangeOf(m_inserted->first()).first, 2);
        QCOMPARE(rangeOf(m_inserted->first()).last, 2);
        QCOMPARE(m_model->index(1, AttentionModel::DetailColumn).data().toString(),
                 QStringLiteral("the last run failed again"));
    }

    void changedRowsAreCoalescedPerRun()
    {
        m_model->setItems(items({ "0", "1", "2", "3", "4" }));
        std::vector<AttentionItem> next = items({ "0", "1", "2", "3", "4" });
        next[1].since = T0.addSecs(60);
        next[2].since = T0.addSecs(60);
        next[4].stale = true;
        m_model->setItems(next);
        QCOMPARE(m_changed->count(), 2);
        // Rows 1–2: the since column with its roles.
        QCOMPARE(m_changed->at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(m_changed->at(0).at(1).value<QModelIndex>().row(), 2);
        QCOMPARE(m_changed->at(0).at(0).value<QModelIndex>().column(), int(AttentionModel::SinceColumn));
        QVERIFY(m_changed->at(0).at(2).value<QList<int>>().contains(AttentionModel::SinceRole));
        // Row 4: stale greys every cell.
        QCOMPARE(m_changed->at(1).at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(m_changed->at(1).at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(m_changed->at(1).at(1).value<QModelIndex>().column(), AttentionModel::ColumnCount - 1);
        const auto roles = m_changed->at(1).at(2).value<QList<int>>();
        QVERIFY(roles.contains(AttentionModel::StaleRole));
        QVERIFY(!roles.contains(Qt::DisplayRole));
        QVERIFY(m_model->index(4, 0).data(AttentionModel::StaleRole).toBool());
    }

    void newestRowOfAGroupMovesTheTaskIdInPlace()
    {
        AttentionItem rpo = item("a3", AttentionKind::RpoBreached, "cl");
        rpo.scope = QStringLiteral("vol-a");
        m_model->setItems({ rpo });
        rpo.taskId = QStringLiteral("a4");
        m_model->setItems({ rpo });
        QCOMPARE(m_removed->count(), 0);
        QCOMPARE(m_inserted->count(), 1); // the first fill only
        QCOMPARE(m_changed->count(), 1);
        QVERIFY(m_changed->first().at(2).value<QList<int>>().contains(AttentionModel::TaskIdRole));
        QCOMPARE(m_model->index(0, 0).data(AttentionModel::TaskIdRole).toString(), QStringLiteral("a4"));
    }

    void repeatedKeyIsTakenOnce()
    {
        std::vector<AttentionItem> list = items({ "1", "1", "2" });
        list[1].detail = QStringLiteral("second");
        m_model->setItems(list);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->itemAt(0).detail, QStringLiteral("the last run failed"));
        m_model->setItems({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_removed->count(), 1);
    }

    void sameTaskWithTwoKindsIsTwoRows()
    {
        m_model->setItems({ item("1"), item("1", AttentionKind::RpoBreached) });
        QCOMPARE(m_model->rowCount(), 2);
        m_model->setItems({ item("1", AttentionKind::RpoBreached) }); // the failure cleared
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->itemAt(0).kind, AttentionKind::RpoBreached);
    }

    void dataPerRoleAndColumn()
    {
        AttentionItem t = item("7");
        t.stale = true;
        AttentionItem s = item("", AttentionKind::SourceUnreachable, "down");
        s.detail = QStringLiteral("Connection refused");
        s.since = {};
        m_model->setItems({ t, s });

        const auto at = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->index(row, column).data(role);
        };
        QCOMPARE(at(0, AttentionModel::WhatColumn).toString(), attentionKindText(AttentionKind::Failed));
        QCOMPARE(at(0, AttentionModel::SourceColumn).toString(), QStringLiteral("vb"));
        QCOMPARE(at(0, AttentionModel::TaskColumn).toString(), QStringLiteral("Job 7"));
        QCOMPARE(at(0, AttentionModel::DetailColumn).toString(), QStringLiteral("the last run failed"));
        QVERIFY(at(0, AttentionModel::SinceColumn).toString().startsWith(QStringLiteral("2026-11-2")));
        QCOMPARE(at(0, 0, AttentionModel::KindRole).value<AttentionKind>(), AttentionKind::Failed);
        QCOMPARE(at(0, 0, AttentionModel::SourceIdRole).toString(), QStringLiteral("vb"));
        QCOMPARE(at(0, 0, AttentionModel::TaskIdRole).toString(), QStringLiteral("7"));
        QCOMPARE(at(0, 0, AttentionModel::StaleRole).toBool(), true);
        QCOMPARE(at(0, 0, AttentionModel::SinceRole).toDateTime(), T0);
        QCOMPARE(at(0, 0, AttentionModel::VendorRole).toString(), QStringLiteral("veeam-vb365"));
        QCOMPARE(at(0, 0, AttentionModel::KeyRole).toString(), t.key());
        QCOMPARE(at(0, AttentionModel::WhatColumn, AttentionModel::SortRole).toInt(),
                 attentionSeverity(AttentionKind::Failed));
        QCOMPARE(at(0, AttentionModel::SinceColumn, AttentionModel::SortRole).toDateTime(), T0);
        QCOMPARE(at(0, AttentionModel::TaskColumn, AttentionModel::SortRole).toString(), QStringLiteral("Job 7"));
        const QString tip = at(0, 0, Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("Job 7")));
        QVERIFY(tip.contains(QStringLiteral("Stale")));

        // A source row: no task, no known start.
        QCOMPARE(at(1, AttentionModel::TaskColumn).toString(), QStringLiteral("—"));
        QVERIFY(at(1, 0, AttentionModel::TaskIdRole).toString().isEmpty());
        QCOMPARE(at(1, AttentionModel::SinceColumn).toString(), QStringLiteral("—"));
        QVERIFY(!at(1, 0, AttentionModel::SinceRole).toDateTime().isValid());
        QCOMPARE(at(1, 0, AttentionModel::StaleRole).toBool(), false);
        QVERIFY(at(1, 0, Qt::ToolTipRole).toString().contains(QStringLiteral("Connection refused")));
        QVERIFY(!at(1, 0, Qt::DecorationRole).isValid());

        // Out-of-range and wrong-parent indexes answer nothing.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!m_model->data(QModelIndex(), Qt::DisplayRole).isValid());
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
    }

    void headersAndRoleNames()
    {
        QCOMPARE(m_model->columnCount(), int(AttentionModel::ColumnCount));
        for (int c = 0; c < AttentionModel::ColumnCount; ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(m_model->headerData(AttentionModel::WhatColumn, Qt::Horizontal).toString(), QStringLiteral("What"));
        QVERIFY(!m_model->headerData(AttentionModel::ColumnCount, Qt::Horizontal).isValid());
        const auto names = m_model->roleNames();
        QCOMPARE(names.value(AttentionModel::KindRole), QByteArray("kind"));
        QCOMPARE(names.value(AttentionModel::SinceRole), QByteArray("since"));
    }

private:
    std::unique_ptr<AttentionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
    std::unique_ptr<QSignalSpy> m_inserted;
    std::unique_ptr<QSignalSpy> m_removed;
    std::unique_ptr<QSignalSpy> m_changed;
};

QTEST_GUILESS_MAIN(TestAttentionModel)
#include "tst_attentionmodel.moc"
