#pragma once

#include "models/task.h"
#include "views/chartpick.h"

#include <QMainWindow>
#include <QStringView>
#include <optional>

class QAction;
class QTabWidget;

namespace BackupDash {

class AttentionModel;
class OverviewTab;
class PollStatusWidget;
class RestoreTableModel;
class RestoresTab;
class SourceTableModel;
class SourcesTab;
class TaskTableModel;
class TasksTab;
class WindowsTab;

// The dashboard window: one tab per view of the estate, a status bar that says how polling
// goes, and the operator's few commands (poll now, switch tab, search).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Tab { Overview, Tasks, Windows, Restores, Sources };
    Q_ENUM(Tab)

    MainWindow(TaskTableModel &tasks, SourceTableModel &sources, RestoreTableModel &restores, AttentionModel &attention,
               QWidget *parent = nullptr);

    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    // "overview", "tasks", "windows", "restores", "sources" (the --tab option), any case.
    static std::optional<Tab> tabFromName(QStringView name);

    OverviewTab *overviewTab() const { return m_overviewTab; }
    TasksTab *tasksTab() const { return m_tasksTab; }
    WindowsTab *windowsTab() const { return m_windowsTab; }
    RestoresTab *restoresTab() const { return m_restoresTab; }
    SourcesTab *sourcesTab() const { return m_sourcesTab; }
    PollStatusWidget *pollStatus() const { return m_pollStatus; }
    QTabWidget *tabs() const { return m_tabs; }

    QAction *restoreAction() const { return m_restoreAction; }
    QAction *sourcesAction() const { return m_sourcesAction; }
    // The task selected in Backup tasks, if any.
    std::optional<Task> selectedTask() const;

    // Where a click on the Overview (or a notification) leads: the chart part's tasks in Backup
    // tasks; one task selected there; one source selected in Sources.
    void showTasks(const ChartPick &pick);
    bool showTask(const QString &sourceId, const QString &taskId);
    void showSource(const QString &sourceId);

Q_SIGNALS:
    void refreshRequested(); // the operator asked to poll every source now
    void restoreRequested(const BackupDash::Task &task); // Restore… on the selected task
    void exportRequested(); // File → Export…
    void sourcesEditRequested(); // File → Sources…, or the Sources tab's "Edit sources…"

private:
    void createMenus();
    void updateRestoreAction();
    void showAbout();

    QTabWidget *m_tabs;
    OverviewTab *m_overviewTab;
    TasksTab *m_tasksTab;
    WindowsTab *m_windowsTab;
    RestoresTab *m_restoresTab;
    SourcesTab *m_sourcesTab;
    PollStatusWidget *m_pollStatus;
    TaskTableModel &m_tasks;
    QAction *m_restoreAction = nullptr;
    QAction *m_sourcesAction = nullptr;
};

} // namespace BackupDash
