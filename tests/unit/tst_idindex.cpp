// IdIndex: every id found at its row and no other, absent ids answered -1, a repeated id kept at
// its first row by insert() and moved by insertOrAssign(), growth keeping every entry, and its
// size at 100k ids (the reason it exists).
#include "models/idindex.h"

#include <QSet>
#include <QTest>
#include <vector>

using namespace BackupDash;

namespace {

std::vector<QString> ids(int count, const char *prefix = "task-")
{
    std::vector<QString> all;
    all.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        all.push_back(QString::fromLatin1(prefix) + QString::number(i));
    return all;
}

} // namespace

class TestIdIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFindsNothing()
    {
        const IdIndex index;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(QStringLiteral("x"), [](int) -> QString { return {}; }), -1);
        int visited = 0;
        index.forEachRow([&](int) { ++visited; });
        QCOMPARE(visited, 0);
    }

    void everyIdAtItsRowThroughGrowth()
    {
        // From 16 slots to 16,384: every growth re-places what is there.
        const std::vector<QString> rows = ids(10'000);
        const auto idOf = [&rows](int row) -> const QString & {
            return rows[size_t(row)];
        };
        IdIndex index;
        for (int row = 0; row < int(rows.size()); ++row)
            QCOMPARE(index.insert(rows[size_t(row)], row, idOf), -1);
        QCOMPARE(index.size(), qsizetype(rows.size()));
        for (int row = 0; row < int(rows.size()); ++row)
            QCOMPARE(index.find(rows[size_t(row)], idOf), row);
        for (const QString &absent : ids(2'000, "other-"))
            QCOMPARE(index.find(absent, idOf), -1);
        QCOMPARE(index.find(QString(), idOf), -1);
        QCOMPARE(index.find(QStringLiteral("task-10000"), idOf), -1);

        QSet<int> visited;
        index.forEachRow([&](int row) { visited.insert(row); });
        QCOMPARE(visited.size(), qsizetype(rows.size()));
        QVERIFY(!visited.contains(-1));
    }

    void aRepeatedIdKeepsItsFirstRowOrMovesWhenAssigned()
    {
        const std::vector<QString> rows { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"),
                                          QStringLiteral("a") };
        const auto idOf = [&rows](int row) -> const QString & {
            return rows[size_t(row)];
        };
        IdIndex first;
        QCOMPARE(first.insert(rows[0], 0, idOf), -1);
        QCOMPARE(first.insert(rows[1], 1, idOf), -1);
        QCOMPARE(first.insert(rows[2], 2, idOf), 0); // the row it had
        QCOMPARE(first.find(QStringLiteral("a"), idOf), 0);
        QCOMPARE(first.size(), 2);

        IdIndex last;
        for (int row = 0; row < int(rows.size()); ++row)
            last.insertOrAssign(rows[size_t(row)], row, idOf);
        QCOMPARE(last.find(QStringLiteral("a"), idOf), 3);
        QCOMPARE(last.find(QStringLiteral("b"), idOf), 1);
        QCOMPARE(last.size(), 2);
    }

    void idsAreComparedNotOnlyTheirHashes()
    {
        // The id read through idOf decides: a row whose id is no longer the one indexed is not found.
        std::vector<QString> rows = ids(100);
        const auto idOf = [&rows](int row) -> const QString & {
            return rows[size_t(row)];
        };
        IdIndex index;
        for (int row = 0; row < 100; ++row)
            index.insert(rows[size_t(row)], row, idOf);
        const QString was = rows[42];
        rows[42] = QStringLiteral("renamed");
        QCOMPARE(index.find(was, idOf), -1);
        QCOMPARE(index.find(rows[41], idOf), 41);
    }

    void clearForgetsEverything()
    {
        const std::vector<QString> rows = ids(50);
        const auto idOf = [&rows](int row) -> const QString & {
            return rows[size_t(row)];
        };
        IdIndex index;
        for (int row = 0; row < 50; ++row)
            index.insert(rows[size_t(row)], row, idOf);
        index.clear();
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(rows[7], idOf), -1);
        QCOMPARE(index.insert(rows[7], 7, idOf), -1);
        QCOMPARE(index.find(rows[7], idOf), 7);
        QCOMPARE(index.size(), 1);
    }

    void aHundredThousandIdsTakeAboutTenBytesEach()
    {
        const std::vector<QString> rows = ids(100'000);
        const auto idOf = [&rows](int row) -> const QString & {
            return rows[size_t(row)];
        };
        IdIndex index;
        index.reserve(rows.size());
        const size_t reserved = index.bytes();
        for (int row = 0; row < int(rows.size()); ++row)
            index.insert(rows[size_t(row)], row, idOf);
        QCOMPARE(index.bytes(), reserved); // reserve() made room for all of them
        QVERIFY2(index.bytes() <= 131'072 * 8, qPrintable(QString::number(index.bytes())));
        QCOMPARE(index.find(rows[99'999], idOf), 99'999);
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
