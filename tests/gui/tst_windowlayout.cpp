// The window and its tables come back as the operator left them; stored values that no longer
// fit are ignored rather than applied to the wrong columns.
#include "app/windowlayout.h"
#include "tests/common/modelwindow.h"
#include "views/mainwindow.h"
#include "views/restorestab.h"
#include "views/sourcestab.h"
#include "views/taskstab.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace BackupDash;

namespace {

using Window = TestSupport::ModelWindow;

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("layout.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void aRestartShowsTheLayoutTheOperatorLeft()
    {
        int tasksColumns = 0;
        QSize size;
        {
            Window first;
            first.window.resize(1400, 710);
            first.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first.window));
            QHeaderView *tasks = first.window.tasksTab()->view()->horizontalHeader();
            tasksColumns = tasks->count();
            size = first.window.size();
            QVERIFY(size != QSize(1280, 800)); // not the default size
            QVERIFY(tasksColumns > 3);
            tasks->resizeSection(1, 333);
            tasks->moveSection(2, 0);
            tasks->setSortIndicator(3, Qt::AscendingOrder);
            first.window.restoresTab()->view()->horizontalHeader()->resizeSection(0, 211);
            first.window.sourcesTab()->view()->horizontalHeader()->hideSection(1);
            QSettings settings(settingsFile(), QSettings::IniFormat);
            saveWindowLayout(first.window, settings);
        }

        Window second;
        QHeaderView *tasks = second.window.tasksTab()->view()->horizontalHeader();
        QVERIFY(tasks->sectionSize(1) != 333); // the defaults, before
        QSettings settings(settingsFile(), QSettings::IniFormat);
        restoreWindowLayout(second.window, settings);
        QCOMPARE(second.window.size(), size);
        QCOMPARE(tasks->count(), tasksColumns);
        QCOMPARE(tasks->sectionSize(1), 333);
        QCOMPARE(tasks->logicalIndex(0), 2);
        QCOMPARE(tasks->sortIndicatorSection(), 3);
        QCOMPARE(tasks->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(second.window.restoresTab()->view()->horizontalHeader()->sectionSize(0), 211);
        QVERIFY(second.window.sourcesTab()->view()->horizontalHeader()->isSectionHidden(1));
    }

    void storedValuesThatDoNotFitAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("columnsDelta");
        QTest::newRow("damaged bytes") << QByteArray("\x00\xff not a header state", 22) << 0;
        QTest::newRow("other column count") << QByteArray() << 1; // a real state, of another version
    }

    void storedValuesThatDoNotFitAreIgnored()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, columnsDelta);
        Window window;
        QHeaderView *tasks = window.window.tasksTab()->view()->horizontalHeader();
        const int defaultWidth = tasks->sectionSize(1);
        const int defaultSort = tasks->sortIndicatorSection();
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            if (header.isEmpty()) { // a real state with a changed width, but saved with another column count
                Window other;
                other.window.tasksTab()->view()->horizontalHeader()->resizeSection(1, 377);
                saveWindowLayout(other.window, settings);
            } else {
                settings.setValue(QStringLiteral("tasks/header"), header);
                settings.setValue(QStringLiteral("window/geometry"), header);
                settings.setValue(QStringLiteral("window/state"), header);
            }
            settings.setValue(QStringLiteral("tasks/columns"), tasks->count() + columnsDelta);
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        restoreWindowLayout(window.window, settings);
        QCOMPARE(tasks->sectionSize(1), defaultWidth);
        QCOMPARE(tasks->sortIndicatorSection(), defaultSort);
        QCOMPARE(tasks->logicalIndex(0), 0);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
