#pragma once

#include "models/backupwindow.h"
#include "models/restorejob.h"
#include "models/task.h"
#include "models/taskrun.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <memory>
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

    // Set on the worker by compareWithBasis(): this snapshot's number (0: none), the number of
    // the previous snapshot it was compared with (0: none), and per task the index of the
    // identical task there (-1: new or changed). Empty unless basisSerial is set.
    quint64 serial = 0;
    quint64 basisSerial = 0;
    std::vector<int> sameAsBasis;
    // Set instead when there is no basis (a first poll): per task the position of the first task
    // with its id (its own position unless the vendor listed the id before).
    std::vector<int> firstWithId;
};

// A completed poll as it is handed on: made once on the way out of the connector and never
// changed after, so the models, the history's thread and the windows tab read one copy.
using SharedSnapshot = std::shared_ptr<const SourceSnapshot>;

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::SourceSnapshot)
Q_DECLARE_METATYPE(BackupDash::SharedSnapshot)
