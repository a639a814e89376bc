#include "app/windowwiring.h"

#include "app/dashboard.h"
#include "views/mainwindow.h"
#include "views/windowstab.h"

#include <QDateTime>

namespace BackupDash {

void wireWindow(MainWindow &window, Dashboard &dashboard)
{
    QObject::connect(&window, &MainWindow::refreshRequested, &dashboard, &Dashboard::pollNow);
    WindowsTab &windows = *window.windowsTab();
    QObject::connect(&dashboard, &Dashboard::pollCompleted, &windows, [&dashboard, &windows](const QString &, bool ok) {
        if (ok) // after a failed poll the last good data stays as it is
            windows.setJobs(dashboard.windowJobs(), QDateTime::currentDateTimeUtc());
    });
}

} // namespace BackupDash
