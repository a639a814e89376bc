#pragma once

#include "models/backupwindow.h"
#include "models/restorejob.h"
#include "models/task.h"
#include "models/taskrun.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <vector>

namespace BackupDash {

// Everything one completed poll learned about one source. Plain values: this is what
// crosses from the parser's worker thread to the GUI thread.
struct SourceSnapshot
{
    QString sourceId;
    QDateTime polledAt; // UTC, when the poll completed
    std::vector<Task> tasks;
    std::vector<TaskRun> runs;
    std::vector<RestoreJob> restores;
    std::vector<BackupWindow> windows;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::SourceSnapshot)
