#include "connectors/lookahead.h"

#include <QTest>

using namespace BackupDash;

class TestLookahead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peeksTheLastPlainStringOfAKey()
    {
        QCOMPARE(peekJsonString("{\"data\":[],\"nextPageToken\" : \"abc\"}", "nextPageToken"), QStringLiteral("abc"));
        // An item holding the same key comes first: the envelope's (last) one is the guess.
        QCOMPARE(peekJsonString("{\"data\":[{\"nextPageToken\":\"item\"}],\"nextPageToken\":\"env\"}", "nextPageToken"),
                 QStringLiteral("env"));
        // Inside an object: the first key after the last `inside`.
        const QByteArray clumio = "{\"_links\":{\"_next\":{\"href\":\"/tasks?start=3\"},\"_self\":{\"href\":\"/x\"}}}";
        QCOMPARE(peekJsonString(clumio, "href", "_next"), QStringLiteral("/tasks?start=3"));
        QCOMPARE(peekJsonString("{\"paging\":{\"cursors\":{\"after\":\"c1\"}}}", "after", "cursors"),
                 QStringLiteral("c1"));
        QCOMPARE(peekJsonString("{\"k\":\"ünï\"}", "k"), QStringLiteral("ünï"));
    }

    void noGuessForAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("absent") << QByteArray("{\"data\":[]}");
        QTest::newRow("null") << QByteArray("{\"nextPageToken\":null}");
        QTest::newRow("number") << QByteArray("{\"nextPageToken\":12}");
        QTest::newRow("escaped") << QByteArray("{\"nextPageToken\":\"a\\\"b\"}");
        QTest::newRow("no colon") << QByteArray("{\"nextPageToken\" \"a\"}");
        QTest::newRow("cut short") << QByteArray("{\"nextPageToken\":\"abc");
        QTest::newRow("cut after key") << QByteArray("{\"nextPageToken\"");
        QTest::newRow("empty") << QByteArray();
    }

    void noGuessForAnythingElse()
    {
        QFETCH(QByteArray, body);
        QVERIFY(peekJsonString(body, "nextPageToken").isEmpty());
        QVERIFY(peekJsonString(body, "nextPageToken", "paging").isEmpty()); // no "paging" either
    }
};

QTEST_GUILESS_MAIN(TestLookahead)
#include "tst_lookahead.moc"
