// The dashboard window driven by hand-filled models: filters, summary, empty states, the
// status bar's verdict, stale rows painted apart, status icons told apart by shape.
#include "models/attentionmodel.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "views/healthlegend.h"
#include "views/mainwindow.h"
#include "views/overviewtab.h"
#include "views/pollstatuswidget.h"
#include "views/restorestab.h"
#include "views/sourceitemdelegate.h"
#include "views/sourcestab.h"
#include "views/statusicons.h"
#include "views/taskfilterbar.h"
#include "views/taskitemdelegate.h"
#include "views/taskstab.h"
#include "views/tasksummarylabel.h"
#include "views/windowstab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace BackupDash;

namespace {

const QString Hq = QStringLiteral("vb365-hq");
const QString Eu = QStringLiteral("vb365-eu");

Task makeTask(const QString &id, const QString &name, Status status, bool enabled = true)
{
    Task t;
    t.id = id;
    t.name = name;
    t.workload = QStringLiteral("MS365");
    t.status = status;
    t.vendorStatus = statusText(status);
    t.enabled = enabled;
    t.lastRun = QDateTime::currentDateTimeUtc().addSecs(-3600);
    t.lastSuccess = status == Status::Success ? t.lastRun : QDateTime();
    t.nextRun = QDateTime::currentDateTimeUtc().addSecs(7200);
    t.lastRunSeconds = 754;
    return t;
}

SourceState makeSource(const QString &id, SourceHealth health, const QString &error = {})
{
    SourceState s;
    s.id = id;
    s.vendor = QStringLiteral("veeam-vb365");
    s.baseUrl = QStringLiteral("https://%1.example.com:4443").arg(id);
    s.health = health;
    s.lastError = error;
    if (health != SourceHealth::Pending) {
        s.lastAttemptAt = QDateTime::currentDateTimeUtc().addSecs(-20);
        s.nextPollAt = QDateTime::currentDateTimeUtc().addSecs(40);
    }
    if (health == SourceHealth::Ok)
        s.lastSuccessAt = s.lastAttemptAt;
    return s;
}

// Six tasks over two sources: 2 failed, 1 warning, 1 unknown, 1 running, 1 success.
std::vector<Task> hqTasks()
{
    return { makeTask(QStringLiteral("1"), QStringLiteral("Exchange mailboxes"), Status::Failed),
             makeTask(QStringLiteral("2"), QStringLiteral("SharePoint intranet"), Status::Success),
             makeTask(QStringLiteral("3"), QStringLiteral("OneDrive sales"), Status::Warning),
             makeTask(QStringLiteral("4"), QStringLiteral("Teams projects"), Status::Running) };
}

std::vector<Task> euTasks()
{
    return { makeTask(QStringLiteral("a"), QStringLiteral("Exchange archive"), Status::Failed),
             makeTask(QStringLiteral("b"), QStringLiteral("Legacy public folders"), Status::Unknown) };
}

QDateTime recently(int secondsAgo)
{
    return QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
}

int countWhere(const std::vector<Task> &tasks, const std::function<bool(const Task &)> &pred)
{
    return int(std::count_if(tasks.begin(), tasks.end(), pred));
}

// Darkest pixel (lowest luminance) inside a rectangle of an image.
int darkestGray(const QImage &image, const QRect &rect)
{
    int darkest = 255;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            darkest = std::min(darkest, qGray(image.pixel(x, y)));
    }
    return darkest;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TaskTableModel> m_tasks;
    std::unique_ptr<SourceTableModel> m_sources;
    std::unique_ptr<RestoreTableModel> m_restores;
    std::unique_ptr<AttentionModel> m_attention;
    std::unique_ptr<QAbstractItemModelTester> m_restoreTester;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QSignalSpy> m_taskResets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    TasksTab &tab() const { return *m_window->tasksTab(); }
    QAbstractItemModel &shown() const { return *tab().view()->model(); }

    void fillTwoSources()
    {
        m_sources->setSources({ makeSource(Hq, SourceHealth::Ok), makeSource(Eu, SourceHealth::Ok) });
        m_tasks->applySnapshot(Hq, hqTasks(), recently(20));
        m_tasks->applySnapshot(Eu, euTasks(), recently(30));
    }

    QStringList shownColumn(int column) const
    {
        QStringList values;
        for (int row = 0; row < shown().rowCount(); ++row)
            values << shown().index(row, column).data().toString();
        return values;
    }

    QString summary() const { return tab().summaryLabel()->text(); }

private Q_SLOTS:
    void init()
    {
        m_tasks = std::make_unique<TaskTableModel>();
        m_sources = std::make_unique<SourceTableModel>();
        m_restores = std::make_unique<RestoreTableModel>();
        m_attention = std::make_unique<AttentionModel>();
        m_restoreTester = std::make_unique<QAbstractItemModelTester>(
            m_restores.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_taskTester = std::make_unique<QAbstractItemModelTester>(
            m_tasks.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_sources.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_taskResets = std::make_unique<QSignalSpy>(m_tasks.get(), &QAbstractItemModel::modelReset);
        m_window = std::make_unique<MainWindow>(*m_tasks, *m_sources, *m_restores, *m_attention);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->tasksTab()->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        QCOMPARE(m_taskResets->count(), 0); // the views never need the task model to reset
        m_proxyTester.reset();
        m_window.reset();
        m_taskTester.reset();
        m_sourceTester.reset();
        m_taskResets.reset();
        m_restoreTester.reset();
        m_tasks.reset();
        m_sources.reset();
        m_restores.reset();
    }

    void windowHasTitleSizeAndTabsInOrder()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("BackupDash"));
        QVERIFY(m_window->width() >= 1200 && m_window->height() >= 750);
        QTabWidget *tabs = m_window->tabs();
        QCOMPARE(tabs->count(), 5);
        const QStringList expected { QStringLiteral("Overview"), QStringLiteral("Backup tasks"),
                                     QStringLiteral("Backup windows"), QStringLiteral("Restores"),
                                     QStringLiteral("Sources") };
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->tabText(i), expected.at(i));
        QCOMPARE(tabs->widget(1), m_window->tasksTab());
        QCOMPARE(tabs->widget(2), m_window->windowsTab());
        QCOMPARE(tabs->widget(3), m_window->restoresTab());
        QCOMPARE(tabs->widget(4), m_window->sourcesTab());
    }

    void tableShowsTheModelsRows()
    {
        fillTwoSources();
        QCOMPARE(shown().rowCount(), 6);
        QStringList names = shownColumn(TaskTableModel::NameColumn);
        names.sort();
        QStringList expected;
        for (const Task &t : hqTasks())
            expected << t.name;
        for (const Task &t : euTasks())
            expected << t.name;
        expected.sort();
        QCOMPARE(names, expected);
    }

    void tableIsSortedWorstFirstWithFixedRows()
    {
        fillTwoSources();
        QTableView *view = tab().view();
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(TaskTableModel::StatusColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < shown().rowCount(); ++row) {
            const int severity = statusSeverity(shown().index(row, 0).data(TaskTableModel::StatusRole).value<Status>());
            QVERIFY(severity <= previous);
            previous = severity;
        }
        QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(view->verticalHeader()->isHidden());
        for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
            QVERIFY(view->horizontalHeader()->sectionResizeMode(column) != QHeaderView::ResizeToContents);
        // Every header fits its column (nothing truncated at the default width).
        const QFontMetrics fm = view->horizontalHeader()->fontMetrics();
        for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
            const QString title = shown().headerData(column, Qt::Horizontal).toString();
            QVERIFY2(view->columnWidth(column) > fm.horizontalAdvance(title), qPrintable(title));
        }
    }

    void typingInTheSearchFieldFilters()
    {
        fillTwoSources();
        QLineEdit *search = tab().filterBar()->searchField();
        QTest::keyClicks(search, QStringLiteral("exchange"));
        const int expected =
            countWhere(hqTasks(), [](const Task &t) { return t.name.contains(QStringLiteral("Exchange")); })
            + countWhere(euTasks(), [](const Task &t) { return t.name.contains(QStringLiteral("Exchange")); });
        QCOMPARE(expected, 2);
        QCOMPARE(shown().rowCount(), expected);
        for (const QString &name : shownColumn(TaskTableModel::NameColumn))
            QVERIFY(name.contains(QStringLiteral("Exchange")));
        search->clear();
        QCOMPARE(shown().rowCount(), 6);
    }

    void ctrlFFocusesTheSearchField()
    {
        m_window->setCurrentTab(MainWindow::Tab::Sources);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Tasks);
        QTRY_VERIFY(tab().filterBar()->searchField()->hasFocus());
    }

    void problemsLeaveOnlyFailedWarningUnknown()
    {
        fillTwoSources();
        QComboBox *status = tab().filterBar()->statusCombo();
        const int problems = status->findText(QStringLiteral("Problems"), Qt::MatchStartsWith);
        QVERIFY(problems > 0);
        status->setCurrentIndex(problems);
        const QSet<Status> wanted { Status::Failed, Status::Warning, Status::Unknown };
        const int expected = countWhere(hqTasks(), [&](const Task &t) { return wanted.contains(t.status); })
            + countWhere(euTasks(), [&](const Task &t) { return wanted.contains(t.status); });
        QCOMPARE(shown().rowCount(), expected);
        for (int row = 0; row < shown().rowCount(); ++row)
            QVERIFY(wanted.contains(shown().index(row, 0).data(TaskTableModel::StatusRole).value<Status>()));

        // One status alone.
        status->setCurrentIndex(status->findText(statusText(Status::Running)));
        QCOMPARE(shown().rowCount(), 1);
        status->setCurrentIndex(0);
        QCOMPARE(shown().rowCount(), 6);
    }

    void sourceComboListsTheSourcesAndFilters()
    {
        fillTwoSources();
        QComboBox *source = tab().filterBar()->sourceCombo();
        QCOMPARE(source->count(), 3);
        QCOMPARE(source->itemText(0), QStringLiteral("All sources"));
        QCOMPARE(source->itemText(1), Hq);
        QCOMPARE(source->itemText(2), Eu);

        source->setCurrentIndex(2);
        QCOMPARE(shown().rowCount(), int(euTasks().size()));
        for (int row = 0; row < shown().rowCount(); ++row)
            QCOMPARE(shown().index(row, TaskTableModel::SourceColumn).data().toString(), Eu);

        // A new configuration without that source: the combo follows and stops filtering by it.
        const SourceState third = makeSource(QStringLiteral("vb365-lab"), SourceHealth::Ok);
        m_sources->setSources({ makeSource(Hq, SourceHealth::Ok), third });
        QCOMPARE(source->count(), 3);
        QCOMPARE(source->itemText(2), third.id);
        QCOMPARE(source->currentIndex(), 0);
        QCOMPARE(shown().rowCount(), 6);
    }

    void staleOnlyShowsTheStaleSourcesTasks()
    {
        fillTwoSources();
        m_tasks->setSourceStale(Eu, true);
        tab().filterBar()->staleOnlyBox()->setChecked(true);
        QCOMPARE(shown().rowCount(), int(euTasks().size()));
        tab().filterBar()->staleOnlyBox()->setChecked(false);
        QCOMPARE(shown().rowCount(), 6);
    }

    void summaryCountsAndFollowsPolls()
    {
        fillTwoSources();
        QTRY_COMPARE(summary(), QStringLiteral("6 tasks · 2 failed · 1 warning · 1 unknown · 1 running"));

        // One poll: the failed job succeeded, a new job warns, and the EU source went stale.
        std::vector<Task> next = hqTasks();
        next[0].status = Status::Success;
        next.push_back(makeTask(QStringLiteral("5"), QStringLiteral("Teams chats"), Status::Warning));
        const QString before = summary();
        m_tasks->applySnapshot(Hq, next, recently(0));
        m_tasks->setSourceStale(Eu, true);
        QCOMPARE(summary(), before); // recounted once, on the next event-loop turn, not per signal
        QTRY_COMPARE(summary(),
                     QStringLiteral("7 tasks · 1 failed · 2 warnings · 1 unknown · 1 running · 1 source stale"));

        // Filtered: the counts stay those of every task, and say how many are shown.
        tab().filterBar()->searchField()->setText(QStringLiteral("teams"));
        QTRY_VERIFY(summary().startsWith(QStringLiteral("7 tasks (2 shown) · ")));
    }

    void summaryTextWordsEachCount()
    {
        TaskSummaryLabel::Counts c;
        c.total = c.shown = 1;
        QCOMPARE(TaskSummaryLabel::summaryText(c), QStringLiteral("1 task"));
        c.total = c.shown = 24;
        c.failed = 2;
        c.warning = 3;
        c.running = 1;
        c.staleSources = 1;
        QCOMPARE(TaskSummaryLabel::summaryText(c),
                 QStringLiteral("24 tasks · 2 failed · 3 warnings · 1 running · 1 source stale"));
    }

    void emptyStateSaysWhyTheTableIsEmpty()
    {
        // Sources configured, none answered yet.
        m_sources->setSources({ makeSource(Hq, SourceHealth::Pending), makeSource(Eu, SourceHealth::Pending) });
        QTRY_COMPARE(tab().emptyStateText(), QStringLiteral("Waiting for the first poll…"));

        // They answered with tasks: no message over the rows.
        SourceState hq = makeSource(Hq, SourceHealth::Ok);
        m_sources->updateSource(hq);
        m_sources->updateSource(makeSource(Eu, SourceHealth::Ok));
        m_tasks->applySnapshot(Hq, hqTasks(), recently(1));
        QTRY_COMPARE(tab().emptyStateText(), QString());

        // Filters hide everything.
        tab().filterBar()->searchField()->setText(QStringLiteral("no such job anywhere"));
        QTRY_COMPARE(tab().emptyStateText(), QStringLiteral("No tasks match the filters"));
        tab().filterBar()->searchField()->clear();
        QTRY_COMPARE(tab().emptyStateText(), QString());

        // The sources report no tasks at all.
        m_tasks->applySnapshot(Hq, {}, recently(0));
        QTRY_COMPARE(tab().emptyStateText(), QStringLiteral("No backup tasks reported by any source"));
    }

    void statusBarSaysAllOk()
    {
        fillTwoSources();
        PollStatusWidget *status = m_window->pollStatus();
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("All 2 sources OK · last poll ")));
        QVERIFY(status->text().contains(QStringLiteral("next in ")));
        QCOMPARE(status->shownHealth(), std::optional<SourceHealth>(SourceHealth::Ok));
        QVERIFY(!status->isBusy());
    }

    void statusBarNamesTheUnreachableSourceAndNeverSaysOk()
    {
        fillTwoSources();
        const QString error = QStringLiteral("Connection refused by vbo.example.com:4443");
        m_sources->updateSource(makeSource(Eu, SourceHealth::Unreachable, error));
        PollStatusWidget *status = m_window->pollStatus();
        QTRY_VERIFY(status->text().contains(Eu));
        QVERIFY(status->text().contains(error));
        QVERIFY(status->text().contains(QStringLiteral("unreachable")));
        QVERIFY(!status->text().contains(QStringLiteral("OK"), Qt::CaseInsensitive));
        QCOMPARE(status->shownHealth(), std::optional<SourceHealth>(SourceHealth::Unreachable));

        // Two problems: counted, the worse one named first.
        m_sources->updateSource(makeSource(Hq, SourceHealth::AuthFailed, QStringLiteral("401: password rejected")));
        QTRY_VERIFY(
            status->text().startsWith(QStringLiteral("2 of 2 sources need attention: vb365-hq authentication failed")));
        QVERIFY(!status->text().contains(QStringLiteral("OK"), Qt::CaseInsensitive));

        // A click opens the Sources tab.
        m_window->setCurrentTab(MainWindow::Tab::Tasks);
        auto *button = status->findChild<QToolButton *>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Sources);
    }

    void statusBarWaitsForTheFirstPoll()
    {
        m_sources->setSources({ makeSource(Hq, SourceHealth::Pending), makeSource(Eu, SourceHealth::Ok) });
        PollStatusWidget *status = m_window->pollStatus();
        QTRY_COMPARE(status->text(), QStringLiteral("Waiting for the first poll of vb365-hq"));
        QCOMPARE(status->shownHealth(), std::optional<SourceHealth>(SourceHealth::Pending));
    }

    void statusBarShowsPolling()
    {
        fillTwoSources();
        SourceState hq = makeSource(Hq, SourceHealth::Ok);
        hq.polling = true;
        m_sources->updateSource(hq);
        PollStatusWidget *status = m_window->pollStatus();
        QTRY_COMPARE(status->text(), QStringLiteral("Polling vb365-hq…"));
        QVERIFY(status->isBusy());
        hq.polling = false;
        m_sources->updateSource(hq);
        QTRY_VERIFY(!status->isBusy());
    }

    void staleRowsArePaintedApart()
    {
        m_sources->setSources(
            { makeSource(Hq, SourceHealth::Ok), makeSource(Eu, SourceHealth::Stale, QStringLiteral("timed out")) });
        m_tasks->applySnapshot(Hq, { makeTask(QStringLiteral("1"), QStringLiteral("Mailboxes"), Status::Success) },
                               recently(5));
        m_tasks->applySnapshot(Eu, { makeTask(QStringLiteral("a"), QStringLiteral("Mailboxes"), Status::Success) },
                               recently(5));
        m_tasks->setSourceStale(Eu, true);
        QTableView *view = tab().view();
        view->clearSelection();
        view->setCurrentIndex({});
        QCOMPARE(shown().rowCount(), 2);
        const int staleRow = shown().index(0, 0).data(TaskTableModel::StaleRole).toBool() ? 0 : 1;
        const int freshRow = 1 - staleRow;

        const QModelIndex staleStatus = shown().index(staleRow, TaskTableModel::StatusColumn);
        QCOMPARE(TaskItemDelegate::statusLabel(staleStatus), QStringLiteral("Success · stale"));
        QCOMPARE(TaskItemDelegate::statusLabel(shown().index(freshRow, TaskTableModel::StatusColumn)),
                 QStringLiteral("Success"));

        const QImage image = view->viewport()->grab().toImage();
        const auto cell = [&](int row, int column) {
            return view->visualRect(shown().index(row, column)).adjusted(2, 2, -2, -2);
        };
        // Same name, same status: only the staleness differs, so must the pixels.
        const int freshInk = darkestGray(image, cell(freshRow, TaskTableModel::NameColumn));
        const int staleInk = darkestGray(image, cell(staleRow, TaskTableModel::NameColumn));
        QVERIFY2(staleInk > freshInk + 40, qPrintable(QStringLiteral("fresh %1 stale %2").arg(freshInk).arg(staleInk)));
        QVERIFY(image.copy(cell(staleRow, TaskTableModel::StatusColumn))
                != image.copy(cell(freshRow, TaskTableModel::StatusColumn)));
    }

    void statusIconsDifferInShape()
    {
        // Render each as a grey-scale mask: shapes must differ even without colour.
        QList<QImage> masks;
        const auto mask = [](const QIcon &icon) {
            return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_Grayscale8);
        };
        for (int i = 0; i < StatusCount; ++i)
            masks << mask(StatusIcons::statusIcon(Status(i)));
        for (SourceHealth h : { SourceHealth::Pending, SourceHealth::Ok, SourceHealth::Stale, SourceHealth::Unreachable,
                                SourceHealth::AuthFailed })
            masks << mask(StatusIcons::healthIcon(h));
        for (int a = 0; a < masks.size(); ++a) {
            QVERIFY(!masks[a].isNull());
            for (int b = a + 1; b < masks.size(); ++b) {
                if (a == 0 && b == StatusCount + 1)
                    continue; // success and source OK are deliberately the same check mark
                QVERIFY2(masks[a] != masks[b], qPrintable(QStringLiteral("icons %1 and %2").arg(a).arg(b)));
            }
        }
        // Device-pixel-ratio aware: twice the pixels at a ratio of 2.
        const QPixmap sharp = StatusIcons::statusIcon(Status::Failed).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
    }

    void sourcesTabShowsHealthAndFullError()
    {
        const QString longError = QStringLiteral("The server answered 503 Service Unavailable. ").repeated(6);
        m_sources->setSources(
            { makeSource(Hq, SourceHealth::Ok), makeSource(Eu, SourceHealth::Unreachable, longError) });
        QTableView *view = m_window->sourcesTab()->view();
        QCOMPARE(view->model()->rowCount(), 2);
        auto *delegate = qobject_cast<SourceItemDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex error = view->model()->index(row, SourceTableModel::ErrorColumn);
            const bool failing = error.data(SourceTableModel::SourceIdRole).toString() == Eu;
            QCOMPARE(delegate->errorToolTip(error).contains(longError.trimmed().toHtmlEscaped()), failing);
        }
        QVERIFY(m_window->sourcesTab()->legend()->plainText().contains(
            QStringLiteral("stale: the last poll failed, the data shown is older")));
    }

    void restoresTabShowsEveryVendorsRestoreJobs()
    {
        RestoresTab *tab = m_window->restoresTab();
        m_window->setCurrentTab(MainWindow::Tab::Restores);
        QCOMPARE(tab->emptyStateText(), QStringLiteral("No restore jobs reported yet"));
        RestoreJob running;
        running.id = QStringLiteral("r1");
        running.vendor = QStringLiteral("clumio");
        running.target = QStringLiteral("vol-0a1b2c");
        running.status = Status::Running;
        running.progress = 40;
        running.startedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
        running.abortable = true;
        RestoreJob failed;
        failed.id = QStringLiteral("s1");
        failed.vendor = QStringLiteral("veeam-vb365");
        failed.target = QStringLiteral("Exchange restore – contoso");
        failed.status = Status::Failed;
        failed.startedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        failed.endedAt = QDateTime::currentDateTimeUtc().addSecs(-7000);
        m_restores->applySnapshot(QStringLiteral("clumio-a"), { running }, QDateTime::currentDateTimeUtc());
        m_restores->applySnapshot(QStringLiteral("vb365-hq"), { failed }, QDateTime::currentDateTimeUtc());
        QCOMPARE(tab->view()->model()->rowCount(), 2);
        QCOMPARE(tab->emptyStateText(), QString());
        QCOMPARE(tab->summaryText(), QStringLiteral("2 restore jobs · 1 running or queued · 1 failed"));
        // Newest first: the running Clumio restore leads.
        QCOMPARE(tab->view()->model()->index(0, RestoreTableModel::TargetColumn).data().toString(),
                 QStringLiteral("vol-0a1b2c"));
        tab->statusFilter()->setCurrentIndex(tab->statusFilter()->findText(QStringLiteral("Failed")));
        QCOMPARE(tab->view()->model()->rowCount(), 1);
        QCOMPARE(tab->summaryText(), QStringLiteral("1 restore job · 1 failed"));
        tab->statusFilter()->setCurrentIndex(0);
        // Rendered: the progress bar cell paints (offscreen), and the grab is not blank.
        const QImage image = tab->grab().toImage();
        QVERIFY(!image.isNull());
        // Abort… follows the selected job: allowed for the running Clumio restore only.
        QSignalSpy aborts(tab, &RestoresTab::abortRequested);
        QVERIFY(!tab->abortAction()->isEnabled());
        tab->view()->selectRow(1); // the failed Veeam session
        QVERIFY(!tab->abortAction()->isEnabled());
        QVERIFY2(tab->abortAction()->toolTip().contains(QStringLiteral("does not allow aborting")),
                 qPrintable(tab->abortAction()->toolTip()));
        tab->view()->selectRow(0);
        QVERIFY(tab->abortAction()->isEnabled());
        tab->abortAction()->trigger();
        QCOMPARE(aborts.count(), 1);
        QCOMPARE(aborts.first().first().value<RestoreJob>().id, QStringLiteral("r1"));

        m_restores->setSourceStale(QStringLiteral("clumio-a"), true);
        QVERIFY(tab->view()->model()->index(0, 0).data(RestoreTableModel::StaleRole).toBool());
        QVERIFY(!tab->abortAction()->isEnabled()); // a source that does not answer takes no abort
    }

    void restoreActionFollowsTheSelectedTask()
    {
        fillTwoSources();
        QAction *restore = m_window->restoreAction();
        QVERIFY(!restore->isEnabled()); // nothing selected yet
        QCOMPARE(restore->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(m_window->tasksTab()->view()->actions().contains(restore)); // the context menu
        QSignalSpy requested(m_window.get(), &MainWindow::restoreRequested);
        m_window->tasksTab()->view()->selectRow(0);
        QVERIFY(restore->isEnabled());
        const QString shownName = shown().index(0, TaskTableModel::NameColumn).data().toString();
        restore->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<Task>().name, shownName);
    }

    // Overview → Backup tasks: a chart part shows exactly its status (or the stale share) of
    // its source; an attention row selects its task, or its source when it names none.
    void chartPickFiltersTheTasksTab()
    {
        fillTwoSources();
        m_window->setCurrentTab(MainWindow::Tab::Overview);
        Q_EMIT m_window->overviewTab()->picked(ChartPick { Status::Failed, Hq });
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Tasks);
        QCOMPARE(shownColumn(TaskTableModel::NameColumn), QStringList { QStringLiteral("Exchange mailboxes") });
        QCOMPARE(tab().filterBar()->sourceCombo()->currentData().toString(), Hq);

        Q_EMIT m_window->overviewTab()->picked(ChartPick { Status::Failed, {} });
        QCOMPARE(shown().rowCount(), 2); // both sources' failures

        m_tasks->setSourceStale(Eu, true);
        Q_EMIT m_window->overviewTab()->picked(ChartPick { std::nullopt, {} });
        QVERIFY(tab().filterBar()->staleOnlyBox()->isChecked());
        QCOMPARE(shown().rowCount(), 2); // Eu's two tasks, whatever their last status
    }

    void attentionRowLeadsToItsTaskOrSource()
    {
        fillTwoSources();
        tab().filterBar()->showOnly(Status::Success, Hq); // hides the task the row names
        AttentionItem failed;
        failed.kind = AttentionKind::Failed;
        failed.sourceId = Eu;
        failed.vendor = QStringLiteral("veeam-vb365");
        failed.taskId = QStringLiteral("a");
        failed.taskName = QStringLiteral("Exchange archive");
        AttentionItem down;
        down.kind = AttentionKind::SourceUnreachable;
        down.sourceId = Hq;
        down.vendor = QStringLiteral("veeam-vb365");
        m_attention->setItems({ failed, down });
        m_window->setCurrentTab(MainWindow::Tab::Overview);
        QTableView *list = m_window->overviewTab()->attentionView();
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->index(0, 0).data(AttentionModel::KindRole).value<AttentionKind>(),
                 AttentionKind::SourceUnreachable); // worst first

        // Enter on the task's row: Backup tasks, its row selected, filters widened to show it.
        const QModelIndex taskRow = list->model()->index(1, 0);
        list->setCurrentIndex(taskRow);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Tasks);
        const std::optional<Task> selected = m_window->selectedTask();
        QVERIFY(selected);
        QCOMPARE(selected->id, QStringLiteral("a"));

        // The source's row: Sources, that source selected.
        m_window->setCurrentTab(MainWindow::Tab::Overview);
        Q_EMIT m_window->overviewTab()->attentionActivated(Hq, QString());
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Sources);
        const QModelIndexList rows = m_window->sourcesTab()->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(SourceTableModel::SourceIdRole).toString(), Hq);
    }

    void tabFromNameKnowsEveryTab_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tab");
        QTest::newRow("overview") << QStringLiteral("overview") << int(MainWindow::Tab::Overview);
        QTest::newRow("tasks") << QStringLiteral("tasks") << int(MainWindow::Tab::Tasks);
        QTest::newRow("windows") << QStringLiteral("windows") << int(MainWindow::Tab::Windows);
        QTest::newRow("restores") << QStringLiteral("restores") << int(MainWindow::Tab::Restores);
        QTest::newRow("sources") << QStringLiteral("sources") << int(MainWindow::Tab::Sources);
        QTest::newRow("bad") << QStringLiteral("charts") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void tabFromNameKnowsEveryTab()
    {
        QFETCH(QString, name);
        QFETCH(int, tab);
        const auto found = MainWindow::tabFromName(name);
        QCOMPARE(found.has_value(), tab >= 0);
        if (!found)
            return;
        QCOMPARE(int(*found), tab);
        m_window->setCurrentTab(*found);
        QCOMPARE(m_window->currentTab(), *found);
        QCOMPARE(m_window->tabs()->currentIndex(), tab);
    }

    void setCurrentTabShowsTheTab()
    {
        m_window->setCurrentTab(MainWindow::Tab::Sources);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->sourcesTab());
        QVERIFY(m_window->sourcesTab()->isVisible());
        m_window->setCurrentTab(MainWindow::Tab::Tasks);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->tasksTab());
        QVERIFY(tab().view()->isVisible());
    }

    void f5AsksForAPoll()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy polls(m_window.get(), &MainWindow::refreshRequested);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(polls.count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentTab(), MainWindow::Tab::Windows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
