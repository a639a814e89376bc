#include "models/formatting.h"

#include <QCoreApplication>

namespace BackupDash {

QString formatTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    // ISO-like and unambiguous across locales; operators compare these across time zones.
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatPollTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    // Polls are seconds apart; minutes alone would make two polls look like one.
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    if (code.compare(QLatin1String("MS365"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Workload", "Microsoft 365");
    return code;
}

} // namespace BackupDash
