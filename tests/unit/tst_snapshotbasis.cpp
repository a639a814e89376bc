// Rows compared on the worker against the previous snapshot (compareWithBasis) and applied by the
// task model without reading the unchanged ones: the result must always be what a full diff
// gives, and the worker's marks are used only when they describe exactly the rows the model has.
#include "models/snapshotbasis.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime T0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

Task task(const QString &id, Status status = Status::Success)
{
    Task t;
    t.sourceId = QStringLiteral("s");
    t.id = id;
    t.name = QStringLiteral("Job ") + id;
    t.status = status;
    t.vendorStatus = QString::fromLatin1(status == Status::Success      ? "completed"
                                             : status == Status::Failed ? "failed"
                                                                        : "warning");
    t.lastRun = T0;
    return t;
}

SourceSnapshot snapshot(std::initializer_list<Task> tasks, const QString &sourceId = QStringLiteral("s"))
{
    SourceSnapshot s;
    s.sourceId = sourceId;
    s.polledAt = T0;
    s.tasks = tasks;
    return s;
}

RowReuse reuseOf(const SourceSnapshot &s)
{
    return { s.serial, s.basisSerial, &s.sameAsBasis, &s.firstWithId };
}

QStringList statusesOf(const TaskTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Task &t = model.taskAt(row);
        out << t.id + QLatin1Char('=') + t.vendorStatus;
    }
    return out;
}

} // namespace

class TestSnapshotBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<TaskTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
        m_changed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    }
    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // never a reset, whatever the marks say
        m_changed.reset();
        m_resets.reset();
        m_tester.reset();
        m_model.reset();
    }

    void marksTheRowsIdenticalToTheBasis()
    {
        SourceSnapshot first =
            snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c")) });
        compareWithBasis(first, nullptr);
        QVERIFY(first.serial != 0);
        QCOMPARE(first.basisSerial, quint64(0));
        QVERIFY(first.sameAsBasis.empty());

        // b changed, c moved to the front, d is new, a is as it was.
        SourceSnapshot second = snapshot({ task(QStringLiteral("c")), task(QStringLiteral("a")),
                                           task(QStringLiteral("b"), Status::Failed), task(QStringLiteral("d")) });
        compareWithBasis(second, &first);
        QVERIFY(second.serial > first.serial);
        QCOMPARE(second.basisSerial, first.serial);
        QCOMPARE(second.sameAsBasis, (std::vector<int> { 2, 0, -1, -1 }));
    }

    // Without a basis the worker finds the repeated ids instead.
    void firstPollMarksRepeatedIds()
    {
        SourceSnapshot first =
            snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("a")),
                       task(QStringLiteral("c")), task(QStringLiteral("b")) });
        compareWithBasis(first, nullptr);
        QCOMPARE(first.firstWithId, (std::vector<int> { 0, 1, 0, 3, 1 }));
        SourceSnapshot second = first;
        compareWithBasis(second, &first);
        QVERIFY(second.firstWithId.empty()); // a basis: marks of sameness instead
        QVERIFY(!second.sameAsBasis.empty());
    }

    // A first poll bigger than one chunk reaches the model without hash lookups and is indexed a
    // chunk per event-loop turn; any read of the index before that completes it at once.
    void firstPollIsIndexedInLaterTurns()
    {
        m_model->setIndexChunk(2);
        SourceSnapshot first =
            snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("a")),
                       task(QStringLiteral("c")), task(QStringLiteral("d")), task(QStringLiteral("b")),
                       task(QStringLiteral("e")) });
        compareWithBasis(first, nullptr);
        m_model->applySnapshot(QStringLiteral("s"), first.tasks, T0, reuseOf(first));
        QCOMPARE(m_model->rowCount(), 5); // one row per id, the first
        QCOMPARE(m_model->rowOf(QStringLiteral("s"), QStringLiteral("e")), 4); // completes the index
        QCOMPARE(m_model->rowOf(QStringLiteral("s"), QStringLiteral("b")), 1);
        QCOMPARE(m_model->rowOf(QStringLiteral("s"), QStringLiteral("x")), -1);

        // Before the later turns: another source's rows go (every index is rebuilt), then this
        // source's next poll; the result is what a model without marks holds.
        m_model->applySnapshot(QStringLiteral("t"), { task(QStringLiteral("t1")) }, T0);
        TaskTableModel plain;
        plain.applySnapshot(QStringLiteral("t"), { task(QStringLiteral("t1")) }, T0);
        plain.applySnapshot(QStringLiteral("s"), first.tasks, T0);
        SourceSnapshot again = first;
        compareWithBasis(again, nullptr);
        m_model->removeSource(QStringLiteral("t"));
        plain.removeSource(QStringLiteral("t"));
        m_model->applySnapshot(QStringLiteral("s"), again.tasks, T0, reuseOf(again));
        QCOMPARE(statusesOf(*m_model), statusesOf(plain));
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowOf(QStringLiteral("s"), QStringLiteral("d")), 3);
    }

    void anotherSourcesSnapshotIsNoBasis()
    {
        SourceSnapshot first = snapshot({ task(QStringLiteral("a")) }, QStringLiteral("s"));
        compareWithBasis(first, nullptr);
        SourceSnapshot other = snapshot({ task(QStringLiteral("a")) }, QStringLiteral("t"));
        compareWithBasis(other, &first);
        QCOMPARE(other.basisSerial, quint64(0));
        QVERIFY(other.sameAsBasis.empty());
    }

    void appliesOnlyWhatChanged()
    {
        SourceSnapshot first =
            snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c")) });
        compareWithBasis(first, nullptr);
        m_model->applySnapshot(QStringLiteral("s"), first.tasks, T0, reuseOf(first));
        m_changed->clear();

        SourceSnapshot second = snapshot(
            { task(QStringLiteral("a")), task(QStringLiteral("b"), Status::Failed), task(QStringLiteral("c")) });
        compareWithBasis(second, &first);
        m_model->applySnapshot(QStringLiteral("s"), second.tasks, T0, reuseOf(second));
        QCOMPARE(
            statusesOf(*m_model),
            (QStringList { QStringLiteral("a=completed"), QStringLiteral("b=failed"), QStringLiteral("c=completed") }));
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_changed->first().at(0).toModelIndex().row(), 1);
        QCOMPARE(m_changed->first().at(1).toModelIndex().row(), 1);
    }

    void marksAgainstAnotherSnapshotThanTheAppliedOneAreIgnored()
    {
        // The model applied `first`, then `manual` (no marks); `second` was compared with
        // `first` on a worker. Trusting its marks would keep b as `manual` has it.
        SourceSnapshot first = snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")) });
        compareWithBasis(first, nullptr);
        m_model->applySnapshot(QStringLiteral("s"), first.tasks, T0, reuseOf(first));
        const SourceSnapshot manual =
            snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b"), Status::Failed) });
        m_model->applySnapshot(QStringLiteral("s"), manual.tasks, T0);
        SourceSnapshot second = snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")) });
        compareWithBasis(second, &first);
        QCOMPARE(second.sameAsBasis, (std::vector<int> { 0, 1 }));
        m_model->applySnapshot(QStringLiteral("s"), second.tasks, T0, reuseOf(second));
        QCOMPARE(statusesOf(*m_model), (QStringList { QStringLiteral("a=completed"), QStringLiteral("b=completed") }));
    }

    void aBasisWithRepeatedIdsIsNotTrusted()
    {
        // The model keeps the first of two rows with one id; the basis' second b is not that row.
        SourceSnapshot first = snapshot(
            { task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("b"), Status::Failed) });
        compareWithBasis(first, nullptr);
        m_model->applySnapshot(QStringLiteral("s"), first.tasks, T0, reuseOf(first));
        QCOMPARE(statusesOf(*m_model), (QStringList { QStringLiteral("a=completed"), QStringLiteral("b=completed") }));
        SourceSnapshot second = snapshot(
            { task(QStringLiteral("a")), task(QStringLiteral("c")), task(QStringLiteral("b"), Status::Failed) });
        compareWithBasis(second, &first);
        QCOMPARE(second.sameAsBasis.at(2), 2); // identical to the basis' second b
        m_model->applySnapshot(QStringLiteral("s"), second.tasks, T0, reuseOf(second));
        QCOMPARE(
            statusesOf(*m_model),
            (QStringList { QStringLiteral("a=completed"), QStringLiteral("b=failed"), QStringLiteral("c=completed") }));
    }

    void rowsMovedByAnotherSourceAreFoundAgain()
    {
        const SourceSnapshot other =
            snapshot({ task(QStringLiteral("x")), task(QStringLiteral("y")) }, QStringLiteral("t"));
        m_model->applySnapshot(QStringLiteral("t"), other.tasks, T0);
        SourceSnapshot first = snapshot({ task(QStringLiteral("a")), task(QStringLiteral("b")) });
        compareWithBasis(first, nullptr);
        m_model->applySnapshot(QStringLiteral("s"), first.tasks, T0, reuseOf(first));
        m_model->removeSource(QStringLiteral("t")); // a and b move up two rows
        SourceSnapshot second = snapshot({ task(QStringLiteral("a"), Status::Warning), task(QStringLiteral("b")) });
        compareWithBasis(second, &first);
        m_model->applySnapshot(QStringLiteral("s"), second.tasks, T0, reuseOf(second));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(statusesOf(*m_model), (QStringList { QStringLiteral("a=warning"), QStringLiteral("b=completed") }));
        QCOMPARE(m_model->rowOf(QStringLiteral("s"), QStringLiteral("b")), 1);
    }

    void aLongPollSeriesEndsAsTheFullDiffWould()
    {
        // Random changes, moves, arrivals and departures over many polls, with and without
        // marks: the model with marks always holds what the model without them holds.
        TaskTableModel plain;
        QAbstractItemModelTester plainTester(&plain, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setIndexChunk(16);
        std::vector<Task> rows;
        for (int i = 0; i < 200; ++i)
            rows.push_back(task(QString::number(i)));
        SourceSnapshot previous;
        quint32 seed = 7;
        const auto next = [&seed](quint32 n) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % n;
        };
        for (int poll = 0; poll < 60; ++poll) {
            for (int k = 0; k < 10; ++k) {
                Task &t = rows[next(quint32(rows.size()))];
                t.status = t.status == Status::Failed ? Status::Success : Status::Failed;
                t.vendorStatus = t.status == Status::Failed ? QStringLiteral("failed") : QStringLiteral("completed");
            }
            if (poll % 7 == 3)
                std::swap(rows[next(quint32(rows.size()))], rows[next(quint32(rows.size()))]);
            if (poll % 5 == 1)
                rows.erase(rows.begin() + next(quint32(rows.size())));
            if (poll % 4 == 2)
                rows.push_back(task(QStringLiteral("new-") + QString::number(poll)));
            SourceSnapshot s = snapshot({});
            s.tasks = rows;
            compareWithBasis(s, poll == 0 ? nullptr : &previous);
            m_model->applySnapshot(QStringLiteral("s"), s.tasks, T0, reuseOf(s));
            plain.applySnapshot(QStringLiteral("s"), s.tasks, T0);
            if (poll % 10 == 9) { // the source goes and comes back: a first poll again, indexed later
                m_model->removeSource(QStringLiteral("s"));
                plain.removeSource(QStringLiteral("s"));
                compareWithBasis(s, nullptr);
                m_model->applySnapshot(QStringLiteral("s"), s.tasks, T0, reuseOf(s));
                plain.applySnapshot(QStringLiteral("s"), s.tasks, T0);
                QCOMPARE(statusesOf(*m_model), statusesOf(plain));
                if (poll % 20 == 9)
                    QCoreApplication::processEvents(); // half the time the later turns come first
            }
            previous = std::move(s);
        }
    }

private:
    std::unique_ptr<TaskTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
    std::unique_ptr<QSignalSpy> m_changed;
};

QTEST_GUILESS_MAIN(TestSnapshotBasis)
#include "tst_snapshotbasis.moc"
