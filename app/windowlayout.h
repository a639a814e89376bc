#pragma once

class QSettings;

namespace BackupDash {

class MainWindow;

// The window as the operator left it: its size, position and state, and each table's column widths, order and sort.
// Saved on quit, restored at start-up; a stored value that no longer fits (an older version with other columns, a
// damaged settings file) is ignored and the defaults stay.
void restoreWindowLayout(MainWindow &window, const QSettings &settings);
void saveWindowLayout(const MainWindow &window, QSettings &settings);

} // namespace BackupDash
