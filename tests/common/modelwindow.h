#pragma once

#include "models/attentionmodel.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "views/mainwindow.h"

namespace BackupDash::TestSupport {

// The main window over empty models of its own, no dashboard: for tests of the window's
// widgets, menus and layout.
struct ModelWindow
{
    TaskTableModel tasks;
    SourceTableModel sources;
    RestoreTableModel restores;
    AttentionModel attention;
    MainWindow window { tasks, sources, restores, attention };
};

} // namespace BackupDash::TestSupport
