// backupdash: the dashboard window. Thin: options, configuration, wiring, --screenshot.
#include "app/dashboard.h"
#include "app/demobackend.h"
#include "app/desktoppresence.h"
#include "app/exportui.h"
#include "app/keychainsecrets.h"
#include "app/languagesetup.h"
#include "app/overviewfeed.h"
#include "app/restoreservice.h"
#include "app/restoreui.h"
#include "app/sourcesconfig.h"
#include "app/sourcesediting.h"
#include "app/windowlayout.h"
#include "app/windowwiring.h"
#include "models/historystore.h"
#include "views/mainwindow.h"
#include "views/overviewtab.h"
#include "views/windowstab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace BackupDash;

namespace {

constexpr int ExitUsage = 2;
constexpr int ScreenshotDeadlineMs = 60'000;

void printErr(const QString &line)
{
    std::fprintf(stderr, "backupdash: %s\n", qUtf8Printable(line));
}

bool saveScreenshot(QWidget &window, const QString &path)
{
    if (!window.grab().save(path, "PNG")) {
        printErr(QObject::tr("cannot write the screenshot to %1").arg(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BackupDash"));
    QCoreApplication::setApplicationName(QStringLiteral("backupdash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKUPDASH_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("BackupDash"));
    // Ties the windows to the installed .desktop file (Wayland app id, the shell's icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.backupdash.BackupDash"));
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.backupdash.BackupDash"),
                         QIcon(QStringLiteral(":/icons/io.github.backupdash.BackupDash.svg"))));
    // Before the parser: --help speaks the language too.
    if (const Parsed<QLocale> language = setUpLanguage(app, QCoreApplication::arguments()); !language) {
        printErr(language.error);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("One window for every backup vendor."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QObject::tr("Start the built-in simulator and watch it (no account needed)."));
    const QCommandLineOption configOption(QStringLiteral("config"), QObject::tr("Sources configuration file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QObject::tr("Open on this tab: overview, tasks, windows, restores, sources."),
                                       QStringLiteral("NAME"), QStringLiteral("tasks"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QObject::tr("Render the window after the first completed poll to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QObject::tr("History file (SQLite): per-poll counts and the last known state shown at start-up."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QObject::tr("Interface language: de, en or C (untranslated); by default the system's."),
        QStringLiteral("LANG"));
    parser.addOptions({ demoOption, configOption, tabOption, screenshotOption, historyOption, langOption });
    parser.process(app);

    const auto tab = MainWindow::tabFromName(parser.value(tabOption));
    if (!tab) {
        printErr(
            QObject::tr("unknown tab '%1' (overview, tasks, windows, restores, sources)").arg(parser.value(tabOption)));
        return ExitUsage;
    }
    if (parser.isSet(demoOption) && parser.isSet(configOption)) {
        printErr(QObject::tr("--demo and --config exclude each other"));
        return ExitUsage;
    }

    std::unique_ptr<DemoBackend> demo;
    Parsed<SourcesConfig> config = Parsed<SourcesConfig>::ok({});
    QString configPath; // the sources file the window reads and File → Sources… edits
    QString note;
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<DemoBackend>();
        QString error;
        if (!demo->start(&error)) {
            printErr(error);
            return 1;
        }
        config = parseSourcesConfig(demo->configJson(), [](const QString &) { return QString(); });
        if (config)
            config.value->warnings.clear(); // the demo's literal credentials are the simulator's own
        note = QObject::tr("Demo: a simulated estate of every vendor, whose clock runs %1× faster than real time, so "
                           "its times run ahead of yours")
                   .arg(DemoBackend::Speed);
    } else {
        configPath = parser.value(configOption);
        if (configPath.isEmpty())
            configPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                             .filePath(QStringLiteral("sources.json"));
        if (parser.isSet(configOption) || QFileInfo::exists(configPath))
            config = loadSourcesConfig(configPath);
        else
            note =
                QObject::tr("No sources configured: start with --demo, or --config FILE (expected %1)").arg(configPath);
    }
    if (!config) {
        printErr(config.error);
        return ExitUsage;
    }
    for (const QString &warning : config.value->warnings)
        printErr(QObject::tr("warning: ") + warning);

    QNetworkAccessManager nam;
    Dashboard dashboard(nam);
    dashboard.setSources(config.value->sources);

    MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
    wireWindow(window, dashboard); // poll now; the Backup windows tab after each good poll
    window.setCurrentTab(*tab);

    // The history: the success rate over time, and the last known state shown at once, stale,
    // until the first poll answers (the demo keeps its own, apart from the operator's).
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString historyPath = parser.isSet(historyOption)
        ? parser.value(historyOption)
        : QDir(appData).filePath(demo ? QStringLiteral("demo-history.sqlite") : QStringLiteral("history.sqlite"));
    std::unique_ptr<HistoryStore> history;
    QString historyNote;
    if (auto opened = HistoryStore::open(historyPath); opened) {
        history = std::move(*opened.value);
        if (const auto cached = history->lastKnown(); cached) {
            for (const CachedSource &source : *cached.value)
                dashboard.showLastKnown(source.snapshot);
        }
        const int retentionDays =
            QSettings().value(QStringLiteral("history/retentionDays"), HistoryStore::DefaultRetentionDays).toInt();
        const auto prune = [store = history.get(), retentionDays] {
            store->pruneInBackground(QDateTime::currentDateTimeUtc().addDays(-std::max(1, retentionDays)));
        };
        prune();
        auto *daily = new QTimer(&app); // a dashboard may run for weeks
        daily->start(24 * 3600 * 1000);
        QObject::connect(daily, &QTimer::timeout, &app, prune);
    } else {
        historyNote = QObject::tr("No history (%1): the success rate stays empty").arg(opened.error);
        printErr(historyNote);
    }
    OverviewFeed overview(dashboard, *window.overviewTab(), history.get());
    QObject::connect(&overview, &OverviewFeed::historyProblem, &window,
                     [&window](const QString &why) { window.statusBar()->showMessage(why); });
    DesktopPresence presence(window, dashboard, overview); // tray icon and desktop notifications

    // The restore journal: the operator's own in the app data folder, the demo's in a
    // temporary one.
    QTemporaryDir demoData;
    const QString journalPath =
        QDir(demo ? demoData.path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("restore-journal.sqlite"));
    RestoreUi restoreUi(window, dashboard, journalPath);
    ExportUi exportUi(window, dashboard); // File → Export…

    QSettings settings;
    WindowsTab &windows = *window.windowsTab();
    windows.setTimeZoneId(settings.value(QStringLiteral("windows/timeZone")).toByteArray());
    QObject::connect(&windows, &WindowsTab::timeZoneChanged, &app,
                     [](const QByteArray &id) { QSettings().setValue(QStringLiteral("windows/timeZone"), id); });
    if (!historyNote.isEmpty())
        note = note.isEmpty() ? historyNote : note + QStringLiteral(" · ") + historyNote;
    if (!note.isEmpty())
        window.statusBar()->showMessage(note); // stays: it explains what the operator is looking at
    // The window and its tables as the operator left them; a screenshot always shows the defaults.
    if (!parser.isSet(screenshotOption)) {
        restoreWindowLayout(window, settings);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] {
            QSettings saved;
            saveWindowLayout(window, saved);
        });
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        const auto shoot = [&window, &app, path] {
            // Let the views lay out the first poll's rows before rendering.
            QTimer::singleShot(300, &app, [&window, &app, path] { app.exit(saveScreenshot(window, path) ? 0 : 1); });
        };
        QObject::connect(&dashboard, &Dashboard::everySourcePolled, &app, shoot);
        QTimer::singleShot(ScreenshotDeadlineMs, &app, [shoot] {
            printErr(QObject::tr("the first poll did not complete within %1 s; rendering what there is")
                         .arg(ScreenshotDeadlineMs / 1000));
            shoot();
        });
    }
    // The sources file, edited in the window; credentials it leaves to the keychain are read
    // (asynchronously) before polling starts.
    KeychainSecrets keychain;
    SourcesEditing sourcesEditing(window, dashboard, nam, &keychain);
    if (demo)
        sourcesEditing.setDemo(demo->configJson());
    else
        sourcesEditing.setConfigFile(configPath);
    QObject::connect(&sourcesEditing, &SourcesEditing::problem, &window,
                     [&window](const QString &why) { window.statusBar()->showMessage(why); });
    sourcesEditing.applyConfigFile([&dashboard, &restoreUi] {
        dashboard.start();
        if (RestoreService *restores = restoreUi.service())
            restores->reconcileUnresolved(); // what an earlier run left sending or unknown
    });
    return app.exec();
}
