#pragma once

#include <QLoggingCategory>

namespace BackupDash {

// "backupdash.connector": what connectors tell the log (never a secret).
Q_DECLARE_LOGGING_CATEGORY(lcConnector)

} // namespace BackupDash
