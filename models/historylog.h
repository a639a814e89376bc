#pragma once

#include <QLoggingCategory>

namespace BackupDash {

// "backupdash.history": rows of the history file the store skipped because it could not read them.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)

} // namespace BackupDash
