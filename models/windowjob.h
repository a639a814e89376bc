#pragma once

#include "models/backupwindow.h"
#include "models/taskrun.h"

#include <QString>
#include <vector>

namespace BackupDash {

// A job as the Backup windows tab sees it: its allowed hours (if its vendor has such a grid)
// and the runs it made.
struct WindowJob
{
    enum class Kind {
        Window, // the vendor's 7×24 grid (possibly unreadable: window.error says why)
        AnyTime, // a grid vendor's job with its window disabled: it may run at any hour
        NoGrid, // a vendor without allowed-hours grids: only when it actually ran is shown
    };

    QString sourceId;
    QString taskId;
    QString name;
    QString vendor;
    Kind kind = Kind::NoGrid;
    BackupWindow window; // Kind::Window only
    std::vector<TaskRun> runs;

    QString key() const { return sourceId + QLatin1Char('\x1f') + taskId; }
    bool hasReadableWindow() const { return kind == Kind::Window && window.isValid(); }
};

} // namespace BackupDash
