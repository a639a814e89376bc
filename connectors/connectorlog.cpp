#include "connectors/connectorlog.h"

namespace BackupDash {

// Info and up by default: a debug line per request (written to stderr on the GUI thread) cost
// about as much as the request itself at 1,000 pages a poll (bench_scale, P3). Turn them on
// with QT_LOGGING_RULES="backupdash.connector.debug=true".
Q_LOGGING_CATEGORY(lcConnector, "backupdash.connector", QtInfoMsg)

} // namespace BackupDash
