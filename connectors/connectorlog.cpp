#include "connectors/connectorlog.h"

namespace BackupDash {

Q_LOGGING_CATEGORY(lcConnector, "backupdash.connector")

} // namespace BackupDash
