#pragma once

#include <QDateTime>
#include <QString>

namespace BackupDash {

// Operator-facing text for times and sizes; one place so every view says it the same way.
// Dates and clocks follow the default QLocale ("22.11.2026 10:03" in German); the C locale gives
// the ISO-like forms shown here.
QString formatTimestamp(const QDateTime &utc); // local time "2026-11-22 10:03", "—" when absent
QString formatPollTime(const QDateTime &utc); // local time with seconds "2026-11-22 10:03:07"
QString formatClockTime(const QDateTime &utc, bool seconds); // local clock time "10:03" or "10:03:07"
QString formatAge(qint64 seconds); // "just now", "45 s", "12 min", "3 h 5 min", "2 d 4 h"
QString formatDuration(qint64 seconds); // "42 s", "7 min", "1 h 02 min"
QString workloadText(const QString &workloadCode); // "MS365" → "Microsoft 365", "aws_ebs_volume" → "EBS volume"
QString vendorText(const QString &vendorId); // "veeam-vb365" → "Veeam VB365"
// Whether a vendor's tasks are single executions (Clumio, Acronis) rather than jobs that run
// again and again (VB365, CloudAlly): the snapshot contract lists them so.
bool vendorRowsAreRuns(const QString &vendorId);

} // namespace BackupDash
