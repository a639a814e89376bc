// File → Export…: what the Backup tasks and Restores tabs show, as they show it, written to CSV
// or JSON all or nothing; a file that cannot be written is said so in the status bar.
#include "app/dashboard.h"
#include "app/exportui.h"
#include "models/restorefilterproxymodel.h"
#include "models/restoretablemodel.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "views/mainwindow.h"
#include "views/taskfilterbar.h"
#include "views/taskstab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace BackupDash;

namespace {

const QString Source = QStringLiteral("clumio-a");

Task task(const QString &id, const QString &name, Status status)
{
    Task t;
    t.sourceId = Source;
    t.vendor = QStringLiteral("clumio");
    t.id = id;
    t.name = name;
    t.status = status;
    t.vendorStatus = statusKey(status);
    t.lastRun = QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);
    return t;
}

RestoreJob restore(const QString &id, Status status)
{
    RestoreJob r;
    r.sourceId = Source;
    r.vendor = QStringLiteral("clumio");
    r.id = id;
    r.target = QStringLiteral("vol-%1").arg(id);
    r.status = status;
    r.vendorStatus = statusKey(status);
    r.createdAt = QDateTime(QDate(2026, 11, 25), QTime(4, 0), Qt::UTC);
    r.abortable = status == Status::Running;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ExportUi> m_export;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;

private Q_SLOTS:
    void initTestCase()
    {
        // The dialog remembers its folder: in a settings file of the test's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        m_dashboard = std::make_unique<Dashboard>(m_nam);
        m_window = std::make_unique<MainWindow>(m_dashboard->tasks(), m_dashboard->sources(), m_dashboard->restores(),
                                                m_dashboard->attention());
        m_export = std::make_unique<ExportUi>(*m_window, *m_dashboard);
        TaskFilterProxyModel *proxy = m_window->tasksTab()->proxyModel();
        m_tester = std::make_unique<QAbstractItemModelTester>(proxy);
        m_resets = std::make_unique<QSignalSpy>(proxy, &QAbstractItemModel::modelReset);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_dashboard->tasks().applySnapshot(
            Source,
            { task(QStringLiteral("t1"), QStringLiteral("vol-1, \"db\" backup"), Status::Success),
              task(QStringLiteral("t2"), QStringLiteral("vol-2 backup"), Status::Failed),
              task(QStringLiteral("t3"), QStringLiteral("bucket-7"), Status::Warning) },
            now);
        m_dashboard->restores().applySnapshot(
            Source, { restore(QStringLiteral("r1"), Status::Running), restore(QStringLiteral("r2"), Status::Success) },
            now);
        m_window->show();
    }

    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // applying and filtering never reset the proxy
        m_resets.reset();
        m_tester.reset();
        m_export.reset();
        m_window.reset();
        m_dashboard.reset();
    }

    void theMenuOffersIt()
    {
        m_export.reset(); // only the window's signal here; the dialog is driven below
        QSignalSpy asked(m_window.get(), &MainWindow::exportRequested);
        QAction *action = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *item : menu->menu()->actions()) {
                if (item->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                    action = item;
            }
        }
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Export…"));
        action->trigger();
        QCOMPARE(asked.count(), 1);
    }

    void theDialogsChoiceDecidesTheFormatAndTheSuffix()
    {
        m_window->setCurrentTab(MainWindow::Tab::Restores);
        const QString chosen = m_dir.filePath(QStringLiteral("picked"));
        QString offered;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            offered = dialog->selectedNameFilter(); // on the Restores tab: the restores
            dialog->selectNameFilter(dialog->nameFilters().at(2)); // tasks and restores, JSON
            dialog->selectFile(chosen);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes its override protected
        });
        Q_EMIT m_window->exportRequested();
        QCOMPARE(offered, QStringLiteral("Restores as shown, CSV (*.csv)"));
        const QJsonObject written = QJsonDocument::fromJson(readAll(chosen + QStringLiteral(".json"))).object();
        QCOMPARE(written.value(QStringLiteral("tasks")).toArray().size(), 3);
        QCOMPARE(written.value(QStringLiteral("restores")).toArray().size(), 2);

        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        Q_EMIT m_window->exportRequested(); // cancelled: nothing written, nothing said
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 3 backup tasks")));
    }

    void tasksCsvHoldsTheFilteredRowsInTheShownOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(m_export->exportTo(ExportKind::TasksCsv, path), QString());
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("source,id,name,workload,status,vendorStatus,lastRun,lastSuccess,nextRun,"
                            "sizeBytes,progress,enabled\r"));
        QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
        // In the order the tab shows: its proxy's rows.
        TaskFilterProxyModel *proxy = m_window->tasksTab()->proxyModel();
        for (int row = 0; row < 3; ++row) {
            const int source = proxy->mapToSource(proxy->index(row, 0)).row();
            const QByteArray id = m_dashboard->tasks().taskAt(source).id.toUtf8();
            QVERIFY2(lines.at(row + 1).startsWith("clumio-a," + id + ","), lines.at(row + 1).constData());
        }
        QVERIFY(readAll(path).contains("\"vol-1, \"\"db\"\" backup\"")); // RFC 4180 quoting
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 backup tasks")));

        m_window->tasksTab()->filterBar()->searchField()->setText(QStringLiteral("vol-2"));
        QTRY_COMPARE(proxy->rowCount(), 1);
        QCOMPARE(m_export->exportTo(ExportKind::TasksCsv, path), QString());
        const QList<QByteArray> filtered = readAll(path).split('\n');
        QCOMPARE(filtered.size(), 3);
        QVERIFY(filtered.at(1).startsWith("clumio-a,t2,vol-2 backup,,failed,failed,2026-11-25T03:00:00Z,"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 backup task ")));
    }

    void restoresCsvHoldsTheRestores()
    {
        const QString path = m_dir.filePath(QStringLiteral("restores.csv"));
        QCOMPARE(m_export->exportTo(ExportKind::RestoresCsv, path), QString());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(
            "source,id,target,status,vendorStatus,progress,createdAt,startedAt,endedAt,abortable\r\n"));
        QVERIFY(bytes.contains("clumio-a,r1,vol-r1,running,running,,2026-11-25T04:00:00Z,,,true\r\n"));
        QVERIFY(bytes.contains("clumio-a,r2,vol-r2,success,success,,2026-11-25T04:00:00Z,,,false\r\n"));
    }

    void jsonHoldsBothAsTheSnapshotWritesThem()
    {
        m_window->tasksTab()->filterBar()->searchField()->setText(QStringLiteral("backup"));
        QTRY_COMPARE(m_window->tasksTab()->proxyModel()->rowCount(), 2);
        const QString path = m_dir.filePath(QStringLiteral("both.json"));
        QCOMPARE(m_export->exportTo(ExportKind::Json, path), QString());
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(readAll(path), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.value(QStringLiteral("generatedAt")).toString().endsWith(QLatin1Char('Z')));
        const QJsonArray tasks = document.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 2);
        for (const QJsonValue &t : tasks) {
            QVERIFY(t.toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("backup")));
            QVERIFY(t.toObject().value(QStringLiteral("sizeBytes")).isNull()); // absent is null, not ""
        }
        QCOMPARE(document.value(QStringLiteral("restores")).toArray().size(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("2 backup tasks and 2 restores")));
    }

    void aFileThatCannotBeWrittenIsSaidSoAndNothingIsLeft()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/tasks.csv"));
        const QString problem = m_export->exportTo(ExportKind::TasksCsv, missing);
        QVERIFY(problem.startsWith(QStringLiteral("Export failed: cannot write ")));
        QVERIFY(problem.contains(QStringLiteral("no-such-folder")));
        QCOMPARE(m_window->statusBar()->currentMessage(), problem);
        QVERIFY(!QFile::exists(missing));

        // A folder in the file's place: the folder stays a folder.
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!m_export->exportTo(ExportKind::Json, folder).isEmpty());
        QVERIFY(QFileInfo(folder).isDir());

        // An earlier export is not replaced by a half-written one.
        const QString earlier = m_dir.filePath(QStringLiteral("earlier.csv"));
        QCOMPARE(m_export->exportTo(ExportKind::TasksCsv, earlier), QString());
        const QByteArray before = readAll(earlier);
        QVERIFY(!before.isEmpty());
        QVERIFY(!m_export->exportTo(ExportKind::TasksCsv, earlier + QStringLiteral("/x")).isEmpty());
        QCOMPARE(readAll(earlier), before);
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
