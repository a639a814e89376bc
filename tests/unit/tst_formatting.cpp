// Operator-facing words: workload codes every vendor parser emits, vendor names, ages and durations.
#include "models/formatting.h"

#include <QTest>

using namespace BackupDash;

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloadWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        // Veeam VB365 and CloudAlly backup task types
        QTest::newRow("MS365") << "MS365"
                               << "Microsoft 365";
        QTest::newRow("GOOGLE_WORKSPACE") << "GOOGLE_WORKSPACE"
                                          << "Google Workspace";
        QTest::newRow("SALESFORCE") << "SALESFORCE"
                                    << "Salesforce";
        QTest::newRow("BOX") << "BOX"
                             << "Box";
        QTest::newRow("DROPBOX") << "DROPBOX"
                                 << "Dropbox";
        QTest::newRow("SHAREPOINT") << "SHAREPOINT"
                                    << "SharePoint";
        QTest::newRow("ONEDRIVE") << "ONEDRIVE"
                                  << "OneDrive";
        // Clumio primary entity types
        QTest::newRow("ebs") << "aws_ebs_volume"
                             << "EBS volume";
        QTest::newRow("ec2") << "aws_ec2_instance"
                             << "EC2 instance";
        QTest::newRow("rds") << "aws_rds_resource"
                             << "RDS database";
        QTest::newRow("dynamodb") << "aws_dynamodb_table"
                                  << "DynamoDB table";
        QTest::newRow("s3 group") << "protection_group"
                                  << "S3 protection group";
        QTest::newRow("mailbox") << "microsoft365_mailbox"
                                 << "Microsoft 365 mailbox";
        // Acronis task and resource types
        QTest::newRow("gmail") << "google_gmail"
                               << "Gmail";
        QTest::newRow("gdrive") << "google_drive"
                                << "Google Drive";
        QTest::newRow("machine") << "machine"
                                 << "Machine";
        QTest::newRow("vm") << "virtual_machine"
                            << "Virtual machine";
        // Case-insensitive; an unknown code is shown as sent, never hidden
        QTest::newRow("case") << "ms365"
                              << "Microsoft 365";
        QTest::newRow("unknown") << "aws_redshift_cluster"
                                 << "aws_redshift_cluster";
        QTest::newRow("empty") << ""
                               << "";
    }
    void workloadWords()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        QCOMPARE(workloadText(code), words);
    }

    void vendorWords()
    {
        QCOMPARE(vendorText(QStringLiteral("veeam-vb365")), QStringLiteral("Veeam VB365"));
        QCOMPARE(vendorText(QStringLiteral("clumio")), QStringLiteral("Clumio"));
        QCOMPARE(vendorText(QStringLiteral("acronis")), QStringLiteral("Acronis"));
        QCOMPARE(vendorText(QStringLiteral("cloudally")), QStringLiteral("CloudAlly"));
        QCOMPARE(vendorText(QStringLiteral("rubrik")), QStringLiteral("rubrik"));
        QVERIFY(vendorRowsAreRuns(QStringLiteral("clumio")));
        QVERIFY(vendorRowsAreRuns(QStringLiteral("acronis")));
        QVERIFY(!vendorRowsAreRuns(QStringLiteral("veeam-vb365")));
        QVERIFY(!vendorRowsAreRuns(QStringLiteral("cloudally")));
    }

    void agesAndDurations()
    {
        QCOMPARE(formatAge(0), QStringLiteral("just now"));
        QCOMPARE(formatAge(45), QStringLiteral("45 s"));
        QCOMPARE(formatAge(12 * 60 + 5), QStringLiteral("12 min"));
        QCOMPARE(formatAge(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
        QCOMPARE(formatAge(2 * 86400 + 4 * 3600), QStringLiteral("2 d 4 h"));
        QCOMPARE(formatDuration(42), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(7 * 60), QStringLiteral("7 min"));
        QCOMPARE(formatDuration(3600 + 2 * 60), QStringLiteral("1 h 02 min"));
        QCOMPARE(formatTimestamp(QDateTime()), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
