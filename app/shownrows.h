#pragma once

#include "models/restorejob.h"
#include "models/task.h"

#include <QByteArray>
#include <QDateTime>
#include <vector>

class QAbstractProxyModel;

namespace BackupDash {

class RestoreTableModel;
class TaskTableModel;

// What File → Export… writes: the rows the Backup tasks and Restores tabs show, as they show
// them (their filters and their sort order).
struct ShownRows
{
    std::vector<Task> tasks;
    std::vector<RestoreJob> restores;
};

enum class ExportKind {
    TasksCsv, // the tasks, one CSV table with the snapshot's columns
    RestoresCsv, // the restores, likewise
    Json, // {"generatedAt", "tasks": [...], "restores": [...]}: the snapshot's objects
};

// The rows each proxy shows, in its order, read from the model under it.
ShownRows shownRows(const QAbstractProxyModel &taskProxy, const TaskTableModel &tasks,
                    const QAbstractProxyModel &restoreProxy, const RestoreTableModel &restores);

// The file's bytes. Pure.
QByteArray exportBytes(ExportKind kind, const ShownRows &rows, const QDateTime &generatedAt);

} // namespace BackupDash
