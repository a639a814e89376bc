// Counting the estate for the Overview's charts: by status across sources and per source, and
// a stale source's tasks counted as stale, never under the status they last had.
#include "models/estatecounts.h"
#include "models/tasktablemodel.h"

#include <QTest>

using namespace BackupDash;

namespace {

Task task(const QString &source, const QString &id, Status status, const QString &vendor = QStringLiteral("clumio"))
{
    Task t;
    t.sourceId = source;
    t.vendor = vendor;
    t.id = id;
    t.name = id;
    t.status = status;
    return t;
}

} // namespace

class TestEstateCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModelCountsNothing()
    {
        TaskTableModel model;
        const EstateCounts counts = countEstate(model);
        QCOMPARE(counts.all.total(), 0);
        QVERIFY(counts.bySource.isEmpty());
    }

    void countsPerStatusAndSource()
    {
        TaskTableModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.applySnapshot(QStringLiteral("a"),
                            { task(QStringLiteral("a"), QStringLiteral("1"), Status::Success),
                              task(QStringLiteral("a"), QStringLiteral("2"), Status::Failed),
                              task(QStringLiteral("a"), QStringLiteral("3"), Status::Success) },
                            now);
        model.applySnapshot(
            QStringLiteral("b"),
            { task(QStringLiteral("b"), QStringLiteral("1"), Status::Warning, QStringLiteral("acronis")) }, now);
        const EstateCounts counts = countEstate(model);
        QCOMPARE(counts.all.total(), 4);
        QCOMPARE(counts.all.current(Status::Success), 2);
        QCOMPARE(counts.all.current(Status::Failed), 1);
        QCOMPARE(counts.all.current(Status::Warning), 1);
        QCOMPARE(counts.all.stale, 0);
        QCOMPARE(counts.bySource.size(), 2);
        QCOMPARE(counts.bySource[0].sourceId, QStringLiteral("a"));
        QCOMPARE(counts.bySource[0].vendor, QStringLiteral("clumio"));
        QCOMPARE(counts.bySource[0].tally.current(Status::Success), 2);
        QCOMPARE(counts.bySource[1].vendor, QStringLiteral("acronis"));
        QCOMPARE(counts.bySource[1].tally.part(Status::Warning), 1);
    }

    // A stale source's successes are not successes the operator has now.
    void staleSourceCountsAsStaleOnly()
    {
        TaskTableModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.applySnapshot(QStringLiteral("a"),
                            { task(QStringLiteral("a"), QStringLiteral("1"), Status::Success),
                              task(QStringLiteral("a"), QStringLiteral("2"), Status::Failed) },
                            now);
        model.applySnapshot(QStringLiteral("b"), { task(QStringLiteral("b"), QStringLiteral("1"), Status::Success) },
                            now);
        model.setSourceStale(QStringLiteral("a"), true);
        const EstateCounts counts = countEstate(model);
        QCOMPARE(counts.all.current(Status::Success), 1);
        QCOMPARE(counts.all.current(Status::Failed), 0);
        QCOMPARE(counts.all.stale, 2);
        QCOMPARE(counts.all.part(std::nullopt), 2);
        QCOMPARE(counts.all.total(), 3);
        QCOMPARE(counts.bySource[0].tally.stale, 2);
        QCOMPARE(counts.bySource[1].tally.stale, 0);

        model.setSourceStale(QStringLiteral("a"), false);
        QCOMPARE(countEstate(model).all.current(Status::Failed), 1);
    }

    void talliesAdd()
    {
        StatusTally a;
        a.byStatus[size_t(Status::Success)] = 2;
        a.stale = 1;
        StatusTally b;
        b.byStatus[size_t(Status::Success)] = 3;
        b.byStatus[size_t(Status::Running)] = 1;
        a += b;
        QCOMPARE(a.current(Status::Success), 5);
        QCOMPARE(a.current(Status::Running), 1);
        QCOMPARE(a.stale, 1);
        QCOMPARE(a.total(), 7);
    }
};

QTEST_GUILESS_MAIN(TestEstateCounts)
#include "tst_estatecounts.moc"
