#include "views/mainwindow.h"

#include "models/sourcetablemodel.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "views/overviewtab.h"
#include "views/pollstatuswidget.h"
#include "views/restorestab.h"
#include "views/shortcutlist.h"
#include "views/shortcutsdialog.h"
#include "views/sourcestab.h"
#include "views/taskfilterbar.h"
#include "views/taskstab.h"
#include "views/windowstab.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <array>

namespace BackupDash {

namespace {

constexpr std::array<const char *, 5> TabNames { "overview", "tasks", "windows", "restores", "sources" };

} // namespace

MainWindow::MainWindow(TaskTableModel &tasks, SourceTableModel &sources, RestoreTableModel &restores,
                       AttentionModel &attention, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_overviewTab(new OverviewTab(attention, sources, this))
    , m_tasksTab(new TasksTab(tasks, sources, this))
    , m_windowsTab(new WindowsTab(this))
    , m_restoresTab(new RestoresTab(restores, sources, this))
    , m_sourcesTab(new SourcesTab(sources, this))
    , m_pollStatus(new PollStatusWidget(sources, this))
    , m_tasks(tasks)
{
    setWindowTitle(tr("BackupDash"));
    resize(1280, 800);

    // Added in the order of the Tab enum; setCurrentTab relies on it.
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overviewTab, tr("Overview"));
    m_tabs->addTab(m_tasksTab, tr("Backup tasks"));
    m_tabs->addTab(m_windowsTab, tr("Backup windows"));
    m_tabs->addTab(m_restoresTab, tr("Restores"));
    m_tabs->addTab(m_sourcesTab, tr("Sources"));
    setCentralWidget(m_tabs);

    statusBar()->addPermanentWidget(m_pollStatus);
    connect(m_pollStatus, &PollStatusWidget::sourcesRequested, this, [this] { setCurrentTab(Tab::Sources); });

    connect(m_overviewTab, &OverviewTab::picked, this, &MainWindow::showTasks);
    connect(m_overviewTab, &OverviewTab::attentionActivated, this,
            [this](const QString &sourceId, const QString &taskId) {
                if (taskId.isEmpty() || !showTask(sourceId, taskId))
                    showSource(sourceId);
            });

    createMenus();
    setCurrentTab(Tab::Tasks);
}

void MainWindow::showTasks(const ChartPick &pick)
{
    m_tasksTab->filterBar()->showOnly(pick.status, pick.sourceId);
    setCurrentTab(Tab::Tasks);
}

bool MainWindow::showTask(const QString &sourceId, const QString &taskId)
{
    const int row = m_tasks.rowOf(sourceId, taskId);
    if (row < 0)
        return false;
    QModelIndex index = m_tasksTab->proxyModel()->mapFromSource(m_tasks.index(row, 0));
    if (!index.isValid()) { // filtered out: show every task of its source
        m_tasksTab->filterBar()->showSource(sourceId);
        index = m_tasksTab->proxyModel()->mapFromSource(m_tasks.index(row, 0));
    }
    setCurrentTab(Tab::Tasks);
    QTableView *view = m_tasksTab->view();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    view->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::showSource(const QString &sourceId)
{
    setCurrentTab(Tab::Sources);
    m_sourcesTab->selectSource(sourceId);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The sources file, edited (the dialog, the keychain): also on the Sources tab.
    m_sourcesAction = file->addAction(tr("&Sources…"), this, &MainWindow::sourcesEditRequested);
    m_sourcesAction->setToolTip(tr("Add, edit, remove, enable or disable the sources this dashboard watches"));
    connect(m_sourcesTab, &SourcesTab::editSourcesRequested, this, &MainWindow::sourcesEditRequested);
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportRequested);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save the backup tasks or restores as shown, as CSV or JSON (Ctrl+E)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    if (quit->shortcut().isEmpty()) // not every platform defines a standard Quit key
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *poll = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Poll now"), this,
                                    &MainWindow::refreshRequested);
    poll->setShortcut(QKeySequence(Qt::Key_F5));
    poll->setToolTip(tr("Poll every source now (F5)"));
    QAction *search = view->addAction(tr("&Search tasks"), this, [this] {
        setCurrentTab(Tab::Tasks);
        m_tasksTab->focusSearch();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i), this, [this, i] { setCurrentTab(Tab(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    // Restore…: from the menu, the tasks table's context menu and Ctrl+R, on the selected task.
    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    m_restoreAction = actions->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Restore…"), this, [this] {
        if (const std::optional<Task> task = selectedTask())
            Q_EMIT restoreRequested(*task);
    });
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QTableView *table = m_tasksTab->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_restoreAction);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateRestoreAction);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateRestoreAction);
    updateRestoreAction();

    // The same commands where the eye is when reading the tables.
    auto *corner = new QWidget(m_tabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_restoreAction, poll }) {
        auto *button = new QToolButton(corner);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        cornerLayout->addWidget(button);
    }
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(shortcutsOf(*this), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About BackupDash"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

std::optional<Task> MainWindow::selectedTask() const
{
    const QModelIndexList rows = m_tasksTab->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_tasksTab->proxyModel()->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_tasks.taskAt(source.row());
}

void MainWindow::updateRestoreAction()
{
    const std::optional<Task> task = selectedTask();
    m_restoreAction->setEnabled(task.has_value());
    m_restoreAction->setToolTip(task ? tr("Restore %1 (Ctrl+R)").arg(task->name)
                                     : tr("Select a backup task to restore (Ctrl+R)"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BackupDash"),
                       tr("<h3>BackupDash %1</h3><p>One window for every backup vendor: backup tasks, backup "
                          "windows, restores and the health of every source.</p>")
                           .arg(QStringLiteral(BACKUPDASH_VERSION)));
}

void MainWindow::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

std::optional<MainWindow::Tab> MainWindow::tabFromName(QStringView name)
{
    for (size_t i = 0; i < TabNames.size(); ++i) {
        if (name.compare(QLatin1String(TabNames[i]), Qt::CaseInsensitive) == 0)
            return Tab(i);
    }
    return std::nullopt;
}

} // namespace BackupDash
