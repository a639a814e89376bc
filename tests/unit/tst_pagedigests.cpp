#include "connectors/pagedigests.h"

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
        QCOMPARE(first.size(), 32); // SHA-256
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
