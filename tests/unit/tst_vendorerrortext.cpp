#include "connectors/vendorerrortext.h"

#include <QTest>

using namespace BackupDash;

class TestVendorErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("veeam message") << QByteArray("{\"message\":\"Job not found\"}") << "Job not found";
        QTest::newRow("oauth") << QByteArray(
            "{\"error\":\"invalid_grant\",\"error_description\":\"The user name or password is incorrect.\"}")
                               << "invalid_grant: The user name or password is incorrect.";
        QTest::newRow("oauth bare") << QByteArray("{\"error\":\"unsupported_grant_type\"}") << "unsupported_grant_type";
        QTest::newRow("acronis") << QByteArray("{\"error\":{\"code\":\"404\",\"message\":\"Task not found\"}}")
                                 << "Task not found";
        QTest::newRow("clumio") << QByteArray(
            "{\"errors\":[{\"error_code\":4001,\"error_message\":\"Invalid filter\"}]}")
                                << "Invalid filter";
        QTest::newRow("plain text") << QByteArray("Service Unavailable\n") << "Service Unavailable";
        QTest::newRow("html page") << QByteArray("<html><body>502</body></html>") << "";
        QTest::newRow("binary") << QByteArray("\x01\x02\x03garbage", 10) << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("object without text") << QByteArray("{\"code\":5}") << "";
        QTest::newRow("truncated json") << QByteArray("{\"message\":\"cut") << "";
    }
    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(vendorErrorText(body), expected);
    }

    void longTextIsClipped()
    {
        const QByteArray body = "{\"message\":\"" + QByteArray(2000, 'x') + "\"}";
        const QString text = vendorErrorText(body);
        QCOMPARE(text.size(), 300);
        QVERIFY(text.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestVendorErrorText)
#include "tst_vendorerrortext.moc"
