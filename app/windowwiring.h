#pragma once

namespace BackupDash {

class Dashboard;
class MainWindow;

// The window's views that follow the dashboard directly, connected as the app runs them: the
// operator's "poll now" polls every source, and the Backup windows tab redraws from the last
// good snapshots after each good poll while it shows, or when it is next shown. The Overview, the tray and the restores
// have classes of their own (OverviewFeed, DesktopPresence, RestoreUi). Shared by main() and the soak test.
void wireWindow(MainWindow &window, Dashboard &dashboard);

} // namespace BackupDash
