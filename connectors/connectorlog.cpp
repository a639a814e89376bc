#include "connectors/connectorlog.h"

namespace BackupDash {

// Debug (every HTTP exchange) only when asked for: QT_LOGGING_RULES="backupdash.connector.debug=true".
Q_LOGGING_CATEGORY(lcConnector, "backupdash.connector", QtInfoMsg)

} // namespace BackupDash
