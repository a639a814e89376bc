#pragma once

#include <QString>

namespace BackupDash {

// `backupdash-cli serve-metrics --config F --listen ADDRESS:PORT`: polls every enabled source on
// its own interval, as the window does, and serves the state at http://ADDRESS:PORT/metrics
// until stopped. Returns the exit code: 2 for bad arguments or configuration, 1 when the address
// cannot be bound; problems are said on stderr. Prints "serving http://…/metrics" once listening.
int serveMetrics(const QString &configPath, const QString &listen);

} // namespace BackupDash
