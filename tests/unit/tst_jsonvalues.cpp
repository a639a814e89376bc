#include "connectors/jsonvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BackupDash;

class TestJsonValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedUtc"); // empty = unreadable
        QTest::newRow("veeam 7 digits Z") << "2017-05-30T12:19:14.7927466Z"
                                          << "2017-05-30T12:19:14.792Z";
        QTest::newRow("acronis 9 digits") << "2026-11-22T10:00:00.123456789Z"
                                          << "2026-11-22T10:00:00.123Z";
        QTest::newRow("whole seconds") << "2017-06-02T02:00:00Z"
                                       << "2017-06-02T02:00:00.000Z";
        QTest::newRow("negative offset") << "2017-04-04T00:07:21.3994255-07:00"
                                         << "2017-04-04T07:07:21.399Z";
        QTest::newRow("positive offset") << "2026-11-22T09:30:00+01:00"
                                         << "2026-11-22T08:30:00.000Z";
        QTest::newRow("half-hour offset") << "2026-11-22T15:30:00+05:30"
                                          << "2026-11-22T10:00:00.000Z";
        QTest::newRow("compact offset") << "2026-11-22T09:30:00+0100"
                                        << "2026-11-22T08:30:00.000Z";
        QTest::newRow("zero offset") << "2026-11-22T09:30:00+00:00"
                                     << "2026-11-22T09:30:00.000Z";
        QTest::newRow("no zone means UTC") << "2026-11-22T09:30:00"
                                           << "2026-11-22T09:30:00.000Z";
        QTest::newRow("no seconds") << "2026-11-22T09:30Z"
                                    << "2026-11-22T09:30:00.000Z";
        QTest::newRow("space separator") << "2026-11-22 09:30:00Z"
                                         << "2026-11-22T09:30:00.000Z";
        QTest::newRow("date only") << "2026-11-22"
                                   << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("bad month") << "2026-13-22T09:30:00Z"
                                   << "";
        QTest::newRow("bad hour") << "2026-11-22T25:30:00Z"
                                  << "";
        QTest::newRow("trailing junk") << "2026-11-22T09:30:00Zjunk"
                                       << "";
        QTest::newRow("empty fraction") << "2026-11-22T09:30:00.Z"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedUtc);
        const QDateTime parsed = parseTimestamp(text);
        if (expectedUtc.isEmpty()) {
            QVERIFY(!parsed.isValid());
            return;
        }
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toString(Qt::ISODateWithMs), expectedUtc);
    }

    void numbersStayExact()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({"big":944455285181775872,"str":"6442450944","neg":-5,
            "frac":1.5,"text":"12a","null":null,"bool":true})")
                                  .object();
        QCOMPARE(int64Value(o.value(u"big")), std::optional<qint64>(944455285181775872LL)); // above 2^53
        QCOMPARE(stringValue(o.value(u"big")), QStringLiteral("944455285181775872"));
        QCOMPARE(int64Value(o.value(u"str")), std::optional<qint64>(6442450944LL));
        QCOMPARE(int64Value(o.value(u"neg")), std::optional<qint64>(-5));
        QVERIFY(!int64Value(o.value(u"frac")));
        QVERIFY(!int64Value(o.value(u"text")));
        QVERIFY(!int64Value(o.value(u"null")));
        QVERIFY(!int64Value(o.value(u"missing")));
        QVERIFY(!int64Value(o.value(u"bool")));
    }

    void booleansAsVendorsWriteThem()
    {
        QCOMPARE(boolValue(QJsonValue(true)), std::optional<bool>(true));
        QCOMPARE(boolValue(QJsonValue(QStringLiteral("false"))), std::optional<bool>(false));
        QCOMPARE(boolValue(QJsonValue(QStringLiteral("TRUE"))), std::optional<bool>(true));
        QVERIFY(!boolValue(QJsonValue(QStringLiteral("yes"))));
        QVERIFY(!boolValue(QJsonValue(1)));
        QVERIFY(!boolValue(QJsonValue()));
    }

    void exportTimesAreUtcWithZOrNull()
    {
        QCOMPARE(timestampJson(parseTimestamp(u"2017-04-04T00:07:21.3994255-07:00")).toString(),
                 QStringLiteral("2017-04-04T07:07:21.399Z"));
        QVERIFY(timestampJson(QDateTime()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonValues)
#include "tst_jsonvalues.moc"
