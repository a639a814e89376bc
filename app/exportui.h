#pragma once

#include "app/shownrows.h"

#include <QObject>
#include <QString>

namespace BackupDash {

class Dashboard;
class MainWindow;

// File → Export…: writes what the Backup tasks and Restores tabs show (filtered and sorted as
// shown) to a CSV or JSON file the operator picks, and says in the status bar what it wrote.
class ExportUi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportUi)

public:
    ExportUi(MainWindow &window, Dashboard &dashboard, QObject *parent = nullptr);

    // Writes `kind` to `path` atomically (all or nothing). Empty on success, else the problem in
    // words; either way the status bar says it.
    QString exportTo(ExportKind kind, const QString &path);

private:
    void ask();

    MainWindow &m_window;
    Dashboard &m_dashboard;
};

} // namespace BackupDash
