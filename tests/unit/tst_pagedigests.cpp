#include "connectors/pagedigests.h"

#include <QSet>
#include <QTest>

using namespace BackupDash;

class TestPageDigests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBodiesGiveTheContinuationsOfTheLastGoodPoll()
    {
        PageDigests digests;
        QVERIFY(!digests.hasReference());
        const QByteArray first = PageDigests::digest(QByteArrayLiteral("{\"items\":[1],\"next\":\"b\"}"));
        const QByteArray last = PageDigests::digest(QByteArrayLiteral("{\"items\":[2]}"));
        QCOMPARE(first.size(), 24); // two 64-bit hashes and the length
        digests.startWalk();
        digests.record(0, first, QStringLiteral("b"));
        digests.record(1, last, QString());
        QVERIFY(!digests.hasReference()); // not before the poll's data was delivered
        QVERIFY(!digests.knownContinuation(0, first));
        digests.commit();
        QVERIFY(digests.hasReference());
        QCOMPARE(digests.knownContinuation(0, first), std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(digests.knownContinuation(1, last), std::optional<QString>(QString()));
    }

    // Any change to a page's bytes changes its digest: one byte at the start, middle or end, a
    // page cut short or made longer, the same bytes in another order.
    void everyChangeOfTheBytesChangesTheDigest()
    {
        QByteArray page;
        for (int i = 0; i < 5000; ++i)
            page += "{\"id\":\"" + QByteArray::number(i) + "\",\"status\":\"ok\"},";
        const QByteArray original = PageDigests::digest(page);
        QCOMPARE(PageDigests::digest(QByteArray(page)), original); // the same bytes, another buffer
        QSet<QByteArray> seen { original };
        for (const qsizetype at : { qsizetype(0), page.size() / 2, page.size() - 1 }) {
            QByteArray changed = page;
            changed[at] = char(changed[at] ^ 1);
            seen.insert(PageDigests::digest(changed));
        }
        seen.insert(PageDigests::digest(page.left(page.size() - 1)));
        seen.insert(PageDigests::digest(page + ' '));
        QByteArray swapped = page;
        std::swap(swapped[1], swapped[2]);
        seen.insert(PageDigests::digest(swapped));
        seen.insert(PageDigests::digest(QByteArray()));
        QCOMPARE(seen.size(), 8); // all different
    }

    // What the next page will be, asked for before this one arrives: the last walk's
    // continuation whatever the digest, nothing past its end or before the first commit.
    void referenceContinuationIgnoresTheDigest()
    {
        PageDigests digests;
        digests.record(0, PageDigests::digest("a"), QStringLiteral("b"));
        QVERIFY(!digests.referenceContinuation(0)); // not committed yet
        digests.record(1, PageDigests::digest("b"), QString());
        digests.commit();
        QCOMPARE(digests.referenceContinuation(0), std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(digests.referenceContinuation(1), std::optional<QString>(QString())); // the last page
        QVERIFY(!digests.referenceContinuation(2));
        QVERIFY(!digests.referenceContinuation(-1));
        digests.forget();
        QVERIFY(!digests.referenceContinuation(0));
    }

    void anythingElseIsUnknown()
    {
        PageDigests digests;
        const QByteArray a = PageDigests::digest(QByteArrayLiteral("a"));
        const QByteArray b = PageDigests::digest(QByteArrayLiteral("b"));
        QVERIFY(a != b);
        digests.record(0, a, QStringLiteral("next"));
        digests.commit();
        QVERIFY(!digests.knownContinuation(0, b)); // another body
        QVERIFY(!digests.knownContinuation(1, a)); // the same body at another place
        QVERIFY(!digests.knownContinuation(-1, a));
        QVERIFY(!digests.knownContinuation(0, QByteArray()));

        // A walk that is not committed (the poll failed) leaves the reference as it was.
        digests.startWalk();
        digests.record(0, b, QString());
        QCOMPARE(digests.knownContinuation(0, a), std::optional<QString>(QStringLiteral("next")));
        digests.forget();
        QVERIFY(!digests.hasReference());
        QVERIFY(!digests.knownContinuation(0, a));
    }
};

QTEST_GUILESS_MAIN(TestPageDigests)
#include "tst_pagedigests.moc"
