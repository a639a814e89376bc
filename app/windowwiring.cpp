#include "app/windowwiring.h"

#include "app/dashboard.h"
#include "views/mainwindow.h"
#include "views/windowstab.h"

#include <QDateTime>
#include <QTabWidget>
#include <memory>

namespace BackupDash {

void wireWindow(MainWindow &window, Dashboard &dashboard)
{
    QObject::connect(&window, &MainWindow::refreshRequested, &dashboard, &Dashboard::pollNow);

    // The Backup windows tab draws from every source's last good snapshot: after each good poll
    // while it shows, else when it is next shown (with 100k tasks the rebuild was over a quarter
    // of the GUI thread's time in every poll). After a failed poll the last good data stays.
    WindowsTab &windows = *window.windowsTab();
    const auto behind = std::make_shared<bool>(true);
    const auto feed = [&dashboard, &windows, behind] {
        *behind = false;
        windows.setJobs(dashboard.windowJobs(), QDateTime::currentDateTimeUtc());
    };
    QObject::connect(&dashboard, &Dashboard::pollCompleted, &windows,
                     [&windows, behind, feed](const QString &, bool ok) {
                         if (!ok)
                             return;
                         *behind = true;
                         if (windows.isVisible())
                             feed();
                     });
    QObject::connect(window.tabs(), &QTabWidget::currentChanged, &windows, [&windows, behind, feed] {
        if (*behind && windows.isVisible())
            feed();
    });
}

} // namespace BackupDash
