#include "models/historylog.h"

namespace BackupDash {

Q_LOGGING_CATEGORY(lcHistory, "backupdash.history")

} // namespace BackupDash
