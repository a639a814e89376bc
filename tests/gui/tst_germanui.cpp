// The window in German, offscreen, against the simulator and one source that refuses: every tab
// is shown and every text an operator reads (labels, buttons, tabs, menus and actions, table
// headers and cells, tooltips, charts, the status bar) is checked against the English source
// texts of the catalogue whose German differs: nothing may be left in English. And --lang.
#include "app/dashboard.h"
#include "app/desktoppresence.h"
#include "app/languagesetup.h"
#include "app/overviewfeed.h"
#include "app/restoreui.h"
#include "app/sourcesconfig.h"
#include "app/windowwiring.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"
#include "tests/common/catalogue.h"
#include "views/mainwindow.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace BackupDash;

namespace {

// What the operator reads of a text: without mnemonics and markup.
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    return text.trimmed();
}

// The English a German window must not show: texts whose translation differs, whole, and the
// ones with placeholders as patterns (with enough words of their own to mean something).
struct English
{
    QSet<QString> texts;
    QList<QRegularExpression> patterns;

    QString match(const QString &shown) const
    {
        if (texts.contains(shown))
            return shown;
        for (const QRegularExpression &p : patterns) {
            if (p.match(shown).hasMatch())
                return p.pattern();
        }
        return {};
    }
};

English englishOf(const QList<Catalogue::Message> &messages)
{
    static const QRegularExpression Placeholder(QStringLiteral("%L?([0-9]{1,2}|n)"));
    English english;
    for (const Catalogue::Message &m : messages) {
        const QString source = plain(m.source);
        if (m.translations.contains(m.source) || m.translations.contains(source) || source.isEmpty())
            continue;
        if (!source.contains(Placeholder)) {
            english.texts.insert(source);
            continue;
        }
        QString words = source;
        words.remove(Placeholder);
        if (words.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 6)
            continue; // "%1 (%2)": nothing English of its own
        QStringList parts = source.split(Placeholder);
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        english.patterns << QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral(".+")) + QLatin1Char('$'));
    }
    return english;
}

// Every text of a widget tree the operator can see, with where it was found.
void collect(QWidget &root, QList<std::pair<QString, QString>> &out)
{
    const auto add = [&out](const QString &text, const QObject *where, const char *what) {
        const QString shown = plain(text);
        if (shown.isEmpty())
            return;
        const QString place =
            QStringLiteral("%1 %2 (%3)")
                .arg(QString::fromLatin1(where->metaObject()->className()), where->objectName(), QLatin1String(what));
        out.append({ shown, place });
        // Composed lines: "6 tasks · 2 failed", several lines of a tooltip.
        static const QRegularExpression Separators(QStringLiteral(" · |\n|; | — "));
        const QStringList parts = shown.split(Separators, Qt::SkipEmptyParts);
        if (parts.size() > 1) {
            for (const QString &part : parts)
                out.append({ part.trimmed(), place });
        }
    };
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(&root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        add(w->toolTip(), w, "tooltip");
        add(w->accessibleName(), w, "accessible name");
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text(), w, "text");
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), w, "text");
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText(), w, "placeholder");
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), w, "title");
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), w, "item");
        }
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(bar->tabText(i), w, "tab");
                add(bar->tabToolTip(i), w, "tab tooltip");
            }
        }
        if (auto *status = qobject_cast<QStatusBar *>(w))
            add(status->currentMessage(), w, "message");
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel &model = *view->model();
            for (int c = 0; c < model.columnCount(); ++c) {
                add(model.headerData(c, Qt::Horizontal).toString(), w, "header");
                add(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), w, "header tooltip");
            }
            for (int r = 0; r < std::min(model.rowCount(), 40); ++r) {
                for (int c = 0; c < model.columnCount(); ++c) {
                    add(model.index(r, c).data().toString(), w, "cell");
                    add(model.index(r, c).data(Qt::ToolTipRole).toString(), w, "cell tooltip");
                }
            }
        }
        if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            QChart &chart = *chartView->chart();
            add(chart.title(), w, "chart title");
            for (QAbstractAxis *axis : chart.axes())
                add(axis->titleText(), w, "axis title");
            for (QLegendMarker *marker : chart.legend()->markers())
                add(marker->label(), w, "legend");
        }
    }
}

void collectActions(const QList<QAction *> &actions, QList<std::pair<QString, QString>> &out)
{
    for (QAction *action : actions) {
        const QString place = QStringLiteral("action %1").arg(action->objectName());
        for (const QString &text : { action->text(), action->toolTip(), action->statusTip() }) {
            if (!plain(text).isEmpty())
                out.append({ plain(text), place });
        }
        if (action->menu())
            collectActions(action->menu()->actions(), out);
    }
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT

private:
    English m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QList<Catalogue::Message> messages =
            Catalogue::readTs(QStringLiteral(BACKUPDASH_TRANSLATIONS_DIR "/backupdash_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_english = englishOf(messages);
        QVERIFY(m_english.texts.contains(QStringLiteral("Backup tasks")));
        // Before any widget exists: texts are translated when they are set.
        installLanguage(*QCoreApplication::instance(), *localeForLanguage(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("BackupDash::MainWindow", "Backup tasks"),
                 QStringLiteral("Sicherungsaufgaben"));
    }

    void theCheckCatchesEnglish()
    {
        QCOMPARE(m_english.match(QStringLiteral("Backup tasks")), QStringLiteral("Backup tasks"));
        QVERIFY(!m_english.match(QStringLiteral("Waiting for the first poll of 3 sources")).isEmpty());
        QVERIFY(m_english.match(QStringLiteral("Sicherungsaufgaben")).isEmpty());
        QVERIFY(m_english.match(QStringLiteral("Warten auf die erste Abfrage von 3 Quellen")).isEmpty());
    }

    void everyTabSpeaksGerman()
    {
        SimulatorOptions options;
        options.jobs = 8;
        Simulator sim(options);
        QVERIFY(sim.listen(0));
        QJsonObject document = sim.sourcesConfig(30);
        QJsonArray sources = document.value(QLatin1String("sources")).toArray();
        QJsonObject refusing = sources.first().toObject(); // a source whose port nobody listens on
        refusing.insert(QStringLiteral("id"), QStringLiteral("refusing"));
        refusing.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:9"));
        sources.append(refusing);
        document.insert(QStringLiteral("sources"), sources);
        const auto config =
            parseSourcesConfig(QJsonDocument(document).toJson(), [](const QString &) { return QString(); });
        QVERIFY2(config, qPrintable(config.error));

        QNetworkAccessManager nam;
        Dashboard dashboard(nam);
        dashboard.setSources(config.value->sources);
        MainWindow window(dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention());
        wireWindow(window, dashboard);
        OverviewFeed overview(dashboard, *window.overviewTab(), nullptr);
        DesktopPresence presence(window, dashboard, overview);
        QTemporaryDir dir;
        RestoreUi restoreUi(window, dashboard, dir.filePath(QStringLiteral("journal.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy polled(&dashboard, &Dashboard::everySourcePolled);
        dashboard.start();
        QVERIFY(polled.wait(30'000));
        QVERIFY(dashboard.tasks().rowCount() > 0);

        QStringList english;
        qsizetype checked = 0;
        bool refusalShown = false; // the connector's own words, in German too
        for (const MainWindow::Tab tab : { MainWindow::Tab::Overview, MainWindow::Tab::Tasks, MainWindow::Tab::Windows,
                                           MainWindow::Tab::Restores, MainWindow::Tab::Sources }) {
            window.setCurrentTab(tab);
            QTest::qWait(50); // lay out what the tab shows
            QList<std::pair<QString, QString>> texts;
            collect(window, texts);
            collectActions(window.menuBar()->actions(), texts);
            collectActions(window.findChildren<QAction *>(), texts);
            QVERIFY2(texts.size() > 100, qPrintable(QString::number(texts.size()))); // the walk found the tab
            checked += texts.size();
            for (const auto &[text, place] : std::as_const(texts)) {
                if (text.contains(QLatin1String("Verbindung von 127.0.0.1:9 abgelehnt")))
                    refusalShown = true;
                if (const QString found = m_english.match(text); !found.isEmpty())
                    english << QStringLiteral("%1: \"%2\" (%3)").arg(place, text, found);
            }
        }
        qInfo("%lld texts checked", qlonglong(checked));
        QVERIFY(refusalShown);
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("left in English:\n") + english.join(u'\n')));
    }

    void aBadLanguageIsAUsageError()
    {
        QProcess app;
        app.start(qEnvironmentVariable("BACKUPDASH_APP"), { QStringLiteral("--lang"), QStringLiteral("xx") });
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 2);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("unknown language 'xx' for --lang (one of de, en, C)")), qPrintable(err));
    }

    void helpSpeaksTheChosenLanguage()
    {
        QProcess app;
        app.start(qEnvironmentVariable("BACKUPDASH_APP"), { QStringLiteral("--lang=de"), QStringLiteral("--help") });
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("--lang <LANG>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Sprache der Oberfläche")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("Sources configuration file.")), qPrintable(out));
    }
};

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
