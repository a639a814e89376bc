#pragma once

#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace BackupDash {

// `backupdash-cli check`, as given on the command line (values unchecked).
struct CheckArguments
{
    QString configPath; // empty: not given
    QStringList sources; // only these source ids; empty: every enabled source
    QString warningAgeHours; // empty: not given
    QString criticalAgeHours;
    int timeoutSeconds = 60;
};

// Polls once, prints the plugin's one status line on stdout (Nagios reads only that) and returns
// the plugin's exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN — also for bad arguments and an
// unreadable configuration, which are said on the status line and on stderr.
int runCheck(const CheckArguments &arguments, QNetworkAccessManager &nam);

} // namespace BackupDash
