#include "app/windowlayout.h"

#include "views/mainwindow.h"
#include "views/restorestab.h"
#include "views/sourcestab.h"
#include "views/taskstab.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <utility>
#include <vector>

namespace BackupDash {

namespace {

std::vector<std::pair<QString, QTableView *>> tables(const MainWindow &window)
{
    return { { QStringLiteral("tasks"), window.tasksTab()->view() },
             { QStringLiteral("restores"), window.restoresTab()->view() },
             { QStringLiteral("sources"), window.sourcesTab()->view() } };
}

} // namespace

void restoreWindowLayout(MainWindow &window, const QSettings &settings)
{
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (const auto &[name, view] : tables(window)) {
        QHeaderView *header = view->horizontalHeader();
        // Qt restores a header whatever its column count; one saved with other columns would
        // put widths and sort on the wrong ones.
        if (settings.value(name + QStringLiteral("/columns")).toInt() != header->count())
            continue;
        const QByteArray saved = settings.value(name + QStringLiteral("/header")).toByteArray();
        if (!saved.isEmpty())
            header->restoreState(saved); // false for damaged bytes: the defaults stay
    }
}

void saveWindowLayout(const MainWindow &window, QSettings &settings)
{
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState());
    for (const auto &[name, view] : tables(window)) {
        const QHeaderView *header = view->horizontalHeader();
        settings.setValue(name + QStringLiteral("/columns"), header->count());
        settings.setValue(name + QStringLiteral("/header"), header->saveState());
    }
}

} // namespace BackupDash
