#include "app/exportui.h"

#include "app/dashboard.h"
#include "models/restorefilterproxymodel.h"
#include "models/taskfilterproxymodel.h"
#include "views/mainwindow.h"
#include "views/restorestab.h"
#include "views/taskstab.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace BackupDash {

namespace {

constexpr int StatusMessageMs = 15'000;

QString suffixOf(ExportKind kind)
{
    return kind == ExportKind::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

ExportUi::ExportUi(MainWindow &window, Dashboard &dashboard, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dashboard(dashboard)
{
    connect(&window, &MainWindow::exportRequested, this, &ExportUi::ask);
}

QString ExportUi::exportTo(ExportKind kind, const QString &path)
{
    const ShownRows rows = shownRows(*m_window.tasksTab()->proxyModel(), m_dashboard.tasks(),
                                     *m_window.restoresTab()->proxyModel(), m_dashboard.restores());
    const QByteArray bytes = exportBytes(kind, rows, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        problem = tr("Export failed: cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (!problem.isEmpty()) {
        m_window.statusBar()->showMessage(problem);
        return problem;
    }
    const QLocale locale;
    const auto tasks = [&] {
        return rows.tasks.size() == 1 ? tr("1 backup task")
                                      : tr("%1 backup tasks").arg(locale.toString(qulonglong(rows.tasks.size())));
    };
    const auto restores = [&] {
        return rows.restores.size() == 1 ? tr("1 restore")
                                         : tr("%1 restores").arg(locale.toString(qulonglong(rows.restores.size())));
    };
    const QString what = kind == ExportKind::TasksCsv ? tasks()
        : kind == ExportKind::RestoresCsv             ? restores()
                                                      : tr("%1 and %2").arg(tasks(), restores());
    m_window.statusBar()->showMessage(tr("Exported %1 to %2").arg(what, QDir::toNativeSeparators(path)),
                                      StatusMessageMs);
    return {};
}

void ExportUi::ask()
{
    const QString tasksCsv = tr("Backup tasks as shown, CSV (*.csv)");
    const QString restoresCsv = tr("Restores as shown, CSV (*.csv)");
    const QString both = tr("Backup tasks and restores as shown, JSON (*.json)");
    const bool onRestores = m_window.currentTab() == MainWindow::Tab::Restores;
    QString filter = onRestores ? restoresCsv : tasksCsv;

    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name =
        onRestores ? QStringLiteral("backupdash-restores.csv") : QStringLiteral("backupdash-tasks.csv");
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export"), QDir(folder).filePath(name),
                                     QStringList { tasksCsv, restoresCsv, both }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return; // cancelled
    const ExportKind kind = filter == both ? ExportKind::Json
        : filter == restoresCsv            ? ExportKind::RestoresCsv
                                           : ExportKind::TasksCsv;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffixOf(kind);
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (const QString problem = exportTo(kind, path); !problem.isEmpty())
        QMessageBox::warning(&m_window, tr("Export"), problem);
}

} // namespace BackupDash
