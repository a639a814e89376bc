#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace BackupDash {

// Everything that shapes a simulator run. Same options and the same scenario time give the
// same answers (tokens and setIds aside).
struct SimulatorOptions
{
    quint32 seed = 1;
    int jobs = 24; // jobs (VB365, CloudAlly) or protected resources (Clumio, Acronis) per vendor account
    QHash<QString, int> jobsByVendor; // per-vendor counts that override `jobs` ("clumio" → 3800)
    double speed = 1.0; // scenario clock runs speed× real time; 0 freezes it
    QStringList vendors { QStringLiteral("veeam-vb365") };
    int tokenLifetimeSeconds = 3600; // real seconds an access token lives
    QString username = QStringLiteral("demo@backupdash.local");
    QString password = QStringLiteral("demo-password");
    QDateTime startTime; // scenario "now" at start (UTC); invalid = current time
    // HTTPS when both are set: PEM files of the server's certificate and its private key.
    QString tlsCertificatePath;
    QString tlsKeyPath;

    int jobsFor(const QString &vendor) const { return jobsByVendor.value(vendor, jobs); }
};

} // namespace BackupDash
