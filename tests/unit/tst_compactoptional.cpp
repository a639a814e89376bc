// CompactOptional: absent by default and after nullopt, every representable value kept exactly
// (zero and negatives are values, not absence), a value the type cannot hold, the lowest one
// included, absent rather than wrapped, and the conversions to and from std::optional that the
// Task fields' readers and writers rely on.
#include "models/compactoptional.h"
#include "models/task.h"

#include <QTest>
#include <limits>

using namespace BackupDash;

static_assert(sizeof(CompactOptional<qint64>) == sizeof(qint64));
static_assert(sizeof(CompactOptional<qint8>) == 1);

class TestCompactOptional : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentByDefaultAndAfterNullopt()
    {
        const CompactOptional<qint64> none;
        QVERIFY(!none);
        QVERIFY(!none.has_value());
        QCOMPARE(none.value_or(7), qint64(7));
        CompactOptional<qint64> reset = 5;
        reset = std::nullopt;
        QVERIFY(!reset);
        QVERIFY(reset == none);
    }

    void valuesKeptExactly()
    {
        for (const qint64 v :
             { qint64(0), qint64(-1), qint64(1), qint64(5'368'709'120LL), qint64(9'007'199'254'740'993LL),
               std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() + 1 }) {
            const CompactOptional<qint64> kept = v;
            QVERIFY2(kept.has_value(), qPrintable(QString::number(v)));
            QCOMPARE(*kept, v);
            QCOMPARE(kept.value_or(42), v);
        }
        const CompactOptional<qint8> percent = 100;
        QCOMPARE(int(*percent), 100);
        QVERIFY(CompactOptional<qint8>(0).has_value()); // zero progress is not absent
    }

    void unrepresentableValuesAreAbsent()
    {
        QVERIFY(!CompactOptional<qint64>(std::numeric_limits<qint64>::min()));
        QVERIFY(!CompactOptional<qint8>(250)); // the vendor's 250 % is no percentage
        QVERIFY(!CompactOptional<qint8>(-128));
        QVERIFY(!CompactOptional<qint8>(std::numeric_limits<quint64>::max()));
        QVERIFY(!CompactOptional<qint64>(std::numeric_limits<quint64>::max())); // unsigned above qint64
        QCOMPARE(int(*CompactOptional<qint8>(-127)), -127);
        QVERIFY(!CompactOptional<qint8>(std::optional<int>(1000)));
    }

    void convertsToAndFromStdOptional()
    {
        const std::optional<qint64> some = 1062;
        const CompactOptional<qint64> fromSome = some;
        QCOMPARE(*fromSome, qint64(1062));
        QVERIFY(!CompactOptional<qint64>(std::optional<qint64>()));

        const std::optional<int> wide = CompactOptional<qint8>(40); // as historyrows binds it
        QCOMPARE(wide, std::optional<int>(40));
        const std::optional<qint64> none = CompactOptional<qint64>();
        QVERIFY(!none);

        QVERIFY(CompactOptional<qint64>(1062) == std::optional<qint64>(1062));
        QVERIFY(CompactOptional<qint64>(1062) != std::optional<qint64>(1061));
        QVERIFY(CompactOptional<qint64>() == std::optional<qint64>());
        QVERIFY(CompactOptional<qint64>() != std::optional<qint64>(0));
        QVERIFY(CompactOptional<qint8>(100) == std::optional<int>(100));
    }

    void taskKeepsItsOptionalNumbersInEightBytesEach()
    {
        Task t;
        QVERIFY(!t.sizeBytes && !t.lastRunSeconds && !t.progress);
        t.sizeBytes = 5'000'000'000'000LL;
        t.lastRunSeconds = 0;
        t.progress = 0;
        QCOMPARE(*t.sizeBytes, 5'000'000'000'000LL);
        QVERIFY(t.lastRunSeconds && t.progress);
        // The number the memory budget (docs/performance.md) was measured with.
        QCOMPARE(sizeof(Task), size_t(240));
    }
};

QTEST_GUILESS_MAIN(TestCompactOptional)
#include "tst_compactoptional.moc"
