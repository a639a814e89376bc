#include "models/formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace BackupDash {

namespace {

// The default locale's date order and clock (QLocale::setDefault follows the system or --lang),
// with the full year: a two-digit one is ambiguous in a history of years. The C locale keeps the
// ISO-like form that scripts and tests compare.
QString dateTimeFormat(bool seconds)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return date + QLatin1Char(' ') + time;
}

} // namespace

QString formatTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), dateTimeFormat(false));
}

QString formatPollTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    // Polls are seconds apart; minutes alone would make two polls look like one.
    return QLocale().toString(utc.toLocalTime(), dateTimeFormat(true));
}

QString formatClockTime(const QDateTime &utc, bool seconds)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return utc.toLocalTime().toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(utc.toLocalTime().time(), time);
}

QString formatAge(qint64 s)
{
    if (s < 5)
        return QCoreApplication::translate("Formatting", "just now");
    if (s < 60)
        return QCoreApplication::translate("Formatting", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Formatting", "%1 min").arg(s / 60);
    if (s < 86400)
        return QCoreApplication::translate("Formatting", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QCoreApplication::translate("Formatting", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatDuration(qint64 s)
{
    if (s < 60)
        return QCoreApplication::translate("Formatting", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Formatting", "%1 min").arg(s / 60);
    return QCoreApplication::translate("Formatting", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString workloadText(const QString &code)
{
    // Vendor codes for the kind of thing protected, in words. Unknown codes are shown as sent.
    struct Entry
    {
        const char *code;
        const char *words;
    };
    static constexpr Entry Words[] = {
        // Veeam VB365, CloudAlly
        { "MS365", QT_TRANSLATE_NOOP("Workload", "Microsoft 365") },
        { "GOOGLE_WORKSPACE", QT_TRANSLATE_NOOP("Workload", "Google Workspace") },
        { "SALESFORCE", QT_TRANSLATE_NOOP("Workload", "Salesforce") },
        { "BOX", QT_TRANSLATE_NOOP("Workload", "Box") },
        { "DROPBOX", QT_TRANSLATE_NOOP("Workload", "Dropbox") },
        { "SHAREPOINT", QT_TRANSLATE_NOOP("Workload", "SharePoint") },
        { "ONEDRIVE", QT_TRANSLATE_NOOP("Workload", "OneDrive") },
        // Clumio primary entity types
        { "aws_ebs_volume", QT_TRANSLATE_NOOP("Workload", "EBS volume") },
        { "aws_ec2_instance", QT_TRANSLATE_NOOP("Workload", "EC2 instance") },
        { "aws_rds_resource", QT_TRANSLATE_NOOP("Workload", "RDS database") },
        { "aws_rds_cluster", QT_TRANSLATE_NOOP("Workload", "RDS cluster") },
        { "aws_rds_instance", QT_TRANSLATE_NOOP("Workload", "RDS instance") },
        { "aws_dynamodb_table", QT_TRANSLATE_NOOP("Workload", "DynamoDB table") },
        { "aws_s3_bucket", QT_TRANSLATE_NOOP("Workload", "S3 bucket") },
        { "protection_group", QT_TRANSLATE_NOOP("Workload", "S3 protection group") },
        { "microsoft365_mailbox", QT_TRANSLATE_NOOP("Workload", "Microsoft 365 mailbox") },
        { "m365_mailbox", QT_TRANSLATE_NOOP("Workload", "Microsoft 365 mailbox") },
        { "microsoft365_domain", QT_TRANSLATE_NOOP("Workload", "Microsoft 365 domain") },
        { "policy", QT_TRANSLATE_NOOP("Workload", "Protection policy") },
        { "vmware_vm", QT_TRANSLATE_NOOP("Workload", "VMware VM") },
        // Acronis task types (Microsoft 365 and Google Workspace) and resource types
        { "google_gmail", QT_TRANSLATE_NOOP("Workload", "Gmail") },
        { "google_drive", QT_TRANSLATE_NOOP("Workload", "Google Drive") },
        { "machine", QT_TRANSLATE_NOOP("Workload", "Machine") },
        { "mailbox", QT_TRANSLATE_NOOP("Workload", "Mailbox") },
        { "virtual_machine", QT_TRANSLATE_NOOP("Workload", "Virtual machine") },
    };
    for (const Entry &e : Words) {
        if (code.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Workload", e.words);
    }
    return code;
}

QString vendorText(const QString &vendorId)
{
    if (vendorId == QLatin1String("veeam-vb365"))
        return QStringLiteral("Veeam VB365");
    if (vendorId == QLatin1String("clumio"))
        return QStringLiteral("Clumio");
    if (vendorId == QLatin1String("acronis"))
        return QStringLiteral("Acronis");
    if (vendorId == QLatin1String("cloudally"))
        return QStringLiteral("CloudAlly");
    return vendorId;
}

bool vendorRowsAreRuns(const QString &vendorId)
{
    return vendorId == QLatin1String("clumio") || vendorId == QLatin1String("acronis");
}

} // namespace BackupDash
