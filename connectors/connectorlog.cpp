#include "connectors/connectorlog.h"

namespace BackupDash {

// Info and up by default: a debug line per request is formatted and written to stderr on the GUI
// thread, 1,000 times in a poll of 100,000 tasks (bench_scale, P3). Turn them on with
// QT_LOGGING_RULES="backupdash.connector.debug=true".
Q_LOGGING_CATEGORY(lcConnector, "backupdash.connector", QtInfoMsg)

} // namespace BackupDash
