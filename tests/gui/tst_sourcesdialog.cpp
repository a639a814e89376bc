// File → Sources…: the dialog against the in-process simulator, through the window's wiring
// (SourcesEditing): add a source, test its connection, save, and watch the dashboard follow.
#include "app/connectortester.h"
#include "app/dashboard.h"
#include "app/sourcesconfig.h"
#include "app/sourcesediting.h"
#include "connectors/connector.h"
#include "models/attentionmodel.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "simulator/simulator.h"
#include "simulator/simvendorregistry.h"
#include "tests/common/globalpoolblocker.h"
#include "tests/common/memorysecretstore.h"
#include "views/mainwindow.h"
#include "views/sourceeditordialog.h"
#include "views/sourcesdialog.h"
#include "views/sourcestab.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;
using BackupDash::TestSupport::MemorySecretStore;

namespace {

QJsonObject simEntry(const Simulator &sim, const QString &vendor)
{
    for (const QJsonValue &value : sim.sourcesConfig().value(QStringLiteral("sources")).toArray()) {
        if (value.toObject().value(QStringLiteral("vendor")).toString() == vendor)
            return value.toObject();
    }
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QJsonObject &root)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

// Save, whether it answers at once (nothing for the keychain) or after the keychain did.
bool saveAndWait(SourcesDialog &dialog)
{
    QSignalSpy saved(&dialog, &SourcesDialog::saved);
    dialog.save();
    return QTest::qWaitFor([&saved] { return saved.count() == 1; }, 5000);
}

int rowsOf(const TaskTableModel &tasks, const QString &sourceId)
{
    int n = 0;
    for (int row = 0; row < tasks.rowCount(); ++row)
        n += tasks.taskAt(row).sourceId == sourceId ? 1 : 0;
    return n;
}

// The window as main() wires it, on a configuration file, with an in-memory keychain.
struct Window
{
    QNetworkAccessManager nam;
    Dashboard dashboard { nam };
    MainWindow window { dashboard.tasks(), dashboard.sources(), dashboard.restores(), dashboard.attention() };
    MemorySecretStore keychain;
    SourcesEditing editing { window, dashboard, nam, &keychain };
    QAbstractItemModelTester taskTester { &dashboard.tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester sourceTester { &dashboard.sources(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest };
    QSignalSpy taskResets { &dashboard.tasks(), &QAbstractItemModel::modelReset };
    QSignalSpy sourceResets { &dashboard.sources(), &QAbstractItemModel::modelReset };

    bool start(const QString &path)
    {
        editing.setConfigFile(path);
        bool started = false;
        editing.applyConfigFile([this, &started] {
            dashboard.start();
            started = true;
        });
        return QTest::qWaitFor([&started] { return started; }, 5000);
    }
    SourcesDialog *openDialog()
    {
        window.sourcesAction()->trigger();
        return editing.dialog();
    }
};

// What the connector itself says when it polls `entry` (the Sources tab shows the same words).
QString directPollError(QNetworkAccessManager &nam, const QJsonObject &entry)
{
    const auto config =
        parseSourcesConfig(QJsonDocument(QJsonObject { { QStringLiteral("sources"), QJsonArray { entry } } }).toJson(),
                           [](const QString &) { return QString(); });
    if (!config || !config.value->sources.front().problem.isEmpty())
        return QStringLiteral("(not pollable)");
    std::unique_ptr<Connector> connector = createConnector(config.value->sources.front(), nam);
    QSignalSpy failed(connector.get(), &Connector::pollFailed);
    connector->poll();
    if (!failed.wait(20'000))
        return QStringLiteral("(no failure)");
    return failed.first().first().value<ApiError>().message;
}

} // namespace

class TestSourcesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        QVERIFY(m_dir.isValid());
        SimulatorOptions options;
        options.jobs = 8;
        options.vendors = simVendorIds();
        m_sim = std::make_unique<Simulator>(options);
        QVERIFY(m_sim->listen(0));
    }

    void addTestSaveRemove()
    {
        const QString path = m_dir.filePath(QStringLiteral("add.json"));
        // One source to begin with: the simulated VB365, its password from the environment.
        QJsonObject vb = simEntry(*m_sim, QStringLiteral("veeam-vb365"));
        QJsonObject vbAuth = vb.value(QStringLiteral("auth")).toObject();
        qputenv("BACKUPDASH_TEST_VB_PASSWORD", vbAuth.value(QStringLiteral("password")).toString().toUtf8());
        vbAuth.remove(QStringLiteral("password"));
        vbAuth.insert(QStringLiteral("passwordEnv"), QStringLiteral("BACKUPDASH_TEST_VB_PASSWORD"));
        vb.insert(QStringLiteral("auth"), vbAuth);
        vb.insert(QStringLiteral("x-owner"), QStringLiteral("kept"));
        QVERIFY(writeFile(path,
                          QJsonObject { { QStringLiteral("pollIntervalSeconds"), 3600 },
                                        { QStringLiteral("x-comment"), QStringLiteral("kept too") },
                                        { QStringLiteral("sources"), QJsonArray { vb } } }));
        const QString vbId = vb.value(QStringLiteral("id")).toString();

        Window w;
        QVERIFY(w.start(path));
        QVERIFY(QTest::qWaitFor([&] { return rowsOf(w.dashboard.tasks(), vbId) > 0; }, 20'000));

        SourcesDialog *dialog = w.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY(dialog->canSave());

        // Add the simulated Clumio with a wrong token first.
        const QJsonObject clumio = simEntry(*m_sim, QStringLiteral("clumio"));
        const QString token = clumio.value(QStringLiteral("auth")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        dialog->addSource();
        SourceEditorDialog *editor = dialog->editor();
        QVERIFY(editor);
        editor->setId(QStringLiteral("clumio-new"));
        editor->setVendor(QStringLiteral("clumio"));
        editor->setBaseUrl(clumio.value(QStringLiteral("baseUrl")).toString());
        editor->setCredential(QStringLiteral("token"), CredentialOrigin::Keychain, QStringLiteral("wrong-token"));
        editor->testConnection();
        QVERIFY(!editor->testButton()->isEnabled()); // a second press is not possible while it runs
        QVERIFY(QTest::qWaitFor([&] { return editor->testButton()->isEnabled(); }, 20'000));
        QJsonObject wrong = clumio;
        wrong.insert(QStringLiteral("id"), QStringLiteral("clumio-new"));
        wrong.insert(QStringLiteral("auth"),
                     QJsonObject { { QStringLiteral("token"), QStringLiteral("wrong-token") } });
        const QString refusal = directPollError(w.nam, wrong);
        QVERIFY2(refusal.contains(QStringLiteral("401")) || refusal.contains(QStringLiteral("refused")),
                 qPrintable(refusal));
        QCOMPARE(editor->testResultText(), QStringLiteral("✘ ") + refusal);

        editor->setCredential(QStringLiteral("token"), CredentialOrigin::Keychain, token);
        {
            // The test poll parses on the tester's own pool: Qt's global one may be all taken.
            TestSupport::GlobalPoolBlocker blocker;
            QVERIFY(blocker.holdsAll());
            editor->testConnection();
            QVERIFY(QTest::qWaitFor([&] { return editor->testButton()->isEnabled(); }, 20'000));
        }
        static const QRegularExpression connected(QStringLiteral("^✔ Connected: \\d+ tasks?, \\d+ restores?$"));
        QVERIFY2(connected.match(editor->testResultText()).hasMatch(), qPrintable(editor->testResultText()));
        QVERIFY(!readBytes(path).contains("clumio-new")); // tested, not saved
        editor->accept();
        QVERIFY(!dialog->editor());
        QCOMPARE(dialog->list()->count(), 2);

        // Save: the token goes to the keychain, the file gets the source without it.
        QVERIFY(saveAndWait(*dialog));
        const QByteArray bytes = readBytes(path);
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains("wrong-token"));
        QCOMPARE(w.keychain.secrets.value(QStringLiteral("clumio-new/token")), token);
        const QJsonObject root = readJson(path);
        QCOMPARE(root.value(QStringLiteral("x-comment")).toString(), QStringLiteral("kept too"));
        const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("x-owner")).toString(), QStringLiteral("kept"));
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("auth")).toObject(), vbAuth);
        const QJsonObject added = sources.at(1).toObject();
        QCOMPARE(added.value(QStringLiteral("id")).toString(), QStringLiteral("clumio-new"));
        QCOMPARE(added.value(QStringLiteral("vendor")).toString(), QStringLiteral("clumio"));
        QCOMPARE(added.value(QStringLiteral("baseUrl")).toString(), clumio.value(QStringLiteral("baseUrl")).toString());
        QVERIFY(!added.contains(QStringLiteral("auth"))); // the token is the keychain's
        QVERIFY(dialog->statusText().startsWith(QStringLiteral("Saved ")));

        // The running dashboard took it, with its token from the keychain.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SourceState *s = w.dashboard.sources().source(QStringLiteral("clumio-new"));
                return s && s->health == SourceHealth::Ok;
            },
            20'000));
        QVERIFY(rowsOf(w.dashboard.tasks(), QStringLiteral("clumio-new")) > 0);

        // Disable the VB365 source: it stays listed, polls no more, its rows leave.
        dialog->setSourceEnabled(0, false);
        QVERIFY(dialog->list()->item(0)->text().contains(QStringLiteral("disabled")));
        QVERIFY(saveAndWait(*dialog));
        QCOMPARE(
            readJson(path).value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("enabled")),
            QJsonValue(false));
        QVERIFY(QTest::qWaitFor([&] { return !w.dashboard.sources().source(vbId)->enabled; }, 5000));
        QCOMPARE(rowsOf(w.dashboard.tasks(), vbId), 0);
        QVERIFY(!w.dashboard.connector(vbId));

        // Remove the Clumio source: gone from the dashboard, and its keychain entry forgotten.
        dialog->list()->setCurrentRow(1);
        dialog->removeSource(1);
        QVERIFY(saveAndWait(*dialog));
        QVERIFY(QTest::qWaitFor([&] { return !w.dashboard.sources().source(QStringLiteral("clumio-new")); }, 5000));
        QCOMPARE(rowsOf(w.dashboard.tasks(), QStringLiteral("clumio-new")), 0);
        QVERIFY(
            QTest::qWaitFor([&] { return !w.keychain.secrets.contains(QStringLiteral("clumio-new/token")); }, 5000));
        QCOMPARE(w.dashboard.sources().rowCount(), 1);
        QCOMPARE(w.taskResets.count(), 0);
        QCOMPARE(w.sourceResets.count(), 0);
    }

    void closingTheEditorCancelsTheTest()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        MemorySecretStore keychain;
        QNetworkAccessManager nam;
        SourcesDialog dialog(&keychain, nullptr);
        auto *tester = new ConnectorTester(nam, &keychain, &dialog);
        dialog.setTester(tester);
        QSignalSpy finished(tester, &SourceTester::finished);
        QVERIFY(dialog.openFile(m_dir.filePath(QStringLiteral("cancel.json"))));
        dialog.addSource();
        SourceEditorDialog *editor = dialog.editor();
        editor->setId(QStringLiteral("slow"));
        editor->setVendor(QStringLiteral("clumio"));
        editor->setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        editor->setCredential(QStringLiteral("token"), CredentialOrigin::Keychain, QStringLiteral("t"));
        editor->testConnection();
        QVERIFY(tester->isRunning());
        QVERIFY(editor->testResultText().startsWith(QStringLiteral("Connecting to http://127.0.0.1:")));
        QVERIFY(QTest::qWaitFor([&silent] { return silent.hasPendingConnections(); }, 10000)); // the request is out
        editor->reject();
        QVERIFY(!tester->isRunning());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(dialog.list()->count(), 0); // nothing added
    }

    void problemsAreSaidBeforeSaving()
    {
        MemorySecretStore keychain;
        SourcesDialog dialog(&keychain, nullptr);
        QVERIFY(dialog.openFile(m_dir.filePath(QStringLiteral("problems.json"))));
        dialog.show();
        dialog.addSource();
        SourceEditorDialog *editor = dialog.editor();
        editor->setBaseUrl(QStringLiteral("ftp://example.com"));
        editor->accept();
        QVERIFY(editor->isVisible()); // not accepted
        const QString problems = editor->problemsText();
        QVERIFY2(problems.contains(QStringLiteral("Give the source an id.")), qPrintable(problems));
        QVERIFY(problems.contains(QStringLiteral("The base URL 'ftp://example.com' is not an http(s) URL.")));
        QVERIFY(problems.contains(QStringLiteral("Password: type it, to be stored in the keychain.")));
        editor->reject();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("problems.json"))));
    }

    void literalSecretIsWarnedAndMovedToTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("literal.json"));
        const QJsonObject source { { QStringLiteral("id"), QStringLiteral("ca") },
                                   { QStringLiteral("vendor"), QStringLiteral("cloudally") },
                                   { QStringLiteral("baseUrl"), QStringLiteral("https://api.cloudally.com") },
                                   { QStringLiteral("auth"),
                                     QJsonObject { { QStringLiteral("mode"), QStringLiteral("user") },
                                                   { QStringLiteral("username"), QStringLiteral("a@example.com") },
                                                   { QStringLiteral("password"), QStringLiteral("pw-in-file-1") } } } };
        QVERIFY(writeFile(path, QJsonObject { { QStringLiteral("sources"), QJsonArray { source } } }));
        MemorySecretStore keychain;
        SourcesDialog dialog(&keychain, nullptr);
        QVERIFY(dialog.openFile(path));
        QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("password written in the file")));
        dialog.editSource(0);
        SourceEditorDialog *editor = dialog.editor();
        QVERIFY(editor->literalWarningText().contains(QStringLiteral("The password is written in the sources file")));
        editor->moveLiteralSecretsToKeychain();
        QVERIFY(editor->literalWarningText().isEmpty());
        editor->accept();
        QVERIFY(saveAndWait(dialog));
        QVERIFY(!readBytes(path).contains("pw-in-file-1"));
        QCOMPARE(keychain.secrets.value(QStringLiteral("ca/password")), QStringLiteral("pw-in-file-1"));
        const QJsonObject auth = readJson(path)
                                     .value(QStringLiteral("sources"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("auth"))
                                     .toObject();
        QCOMPARE(auth.value(QStringLiteral("username")).toString(), QStringLiteral("a@example.com"));
        QVERIFY(!auth.contains(QStringLiteral("password")));
    }

    void withoutAKeyringNothingIsSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("nokeyring.json"));
        MemorySecretStore keychain;
        keychain.noKeyring = true;
        SourcesDialog dialog(&keychain, nullptr);
        QVERIFY(dialog.openFile(path));
        dialog.addSource();
        SourceEditorDialog *editor = dialog.editor();
        editor->setId(QStringLiteral("c"));
        editor->setVendor(QStringLiteral("clumio"));
        editor->setBaseUrl(QStringLiteral("https://api.example.com"));
        editor->setCredential(QStringLiteral("token"), CredentialOrigin::Keychain, QStringLiteral("tok"));
        editor->accept();
        dialog.save();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isSaving(); }, 5000));
        QVERIFY(
            QTest::qWaitFor([&] { return dialog.statusText().contains(MemorySecretStore::noKeyringText()); }, 5000));
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("⚠ Not saved: ")), qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.hasUnsavedChanges());
    }

    void brokenFileCannotBeSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"sources\": [");
        file.close();
        SourcesDialog dialog(nullptr, nullptr);
        QVERIFY(!dialog.openFile(path));
        QVERIFY(!dialog.canSave());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("not valid JSON")), qPrintable(dialog.statusText()));
        QCOMPARE(readBytes(path), QByteArray("{\"sources\": ["));
    }

    void demoShowsButCannotSave()
    {
        SourcesDialog dialog(nullptr, nullptr);
        const QString why = QStringLiteral("These are the demo's simulated sources: they cannot be saved.");
        dialog.showReadOnly(QJsonDocument(m_sim->sourcesConfig()).toJson(), why);
        QVERIFY(dialog.list()->count() >= 4);
        QVERIFY(!dialog.canSave());
        QCOMPARE(dialog.statusText(), why);
        QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        dialog.removeSource(0);
        QVERIFY(dialog.list()->count() >= 4); // nothing changes
    }

    // Mnemonics: every labelled control and button has one, none used twice in a window.
    void keyboardMnemonicsAreUnique()
    {
        MemorySecretStore keychain;
        SourcesDialog dialog(&keychain, nullptr);
        QVERIFY(dialog.openFile(m_dir.filePath(QStringLiteral("keys.json"))));
        dialog.show();
        dialog.addSource();
        SourceEditorDialog *editor = dialog.editor();
        editor->setVendor(QStringLiteral("cloudally"));
        editor->setAuthMode(QStringLiteral("partner"));
        for (QWidget *window : { static_cast<QWidget *>(&dialog), static_cast<QWidget *>(editor) }) {
            QHash<QChar, QString> seen;
            const auto check = [&seen](const QString &text, bool needed) {
                const int at = text.indexOf(QLatin1Char('&'));
                if (at < 0 || at + 1 >= text.size()) {
                    QVERIFY2(!needed, qPrintable(QStringLiteral("no mnemonic: ") + text));
                    return;
                }
                const QChar key = text.at(at + 1).toLower();
                QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + QStringLiteral(" and ") + text));
                seen.insert(key, text);
            };
            for (QLabel *label : window->findChildren<QLabel *>()) {
                if (label->buddy() && !label->isHidden() && label->window() == window)
                    check(label->text(), true);
            }
            for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
                if (!button->isHidden() && button->window() == window && !button->text().isEmpty()
                    && !qobject_cast<QDialogButtonBox *>(button->parentWidget()))
                    check(button->text(), true);
            }
        }
        editor->reject();
    }

    // A picture for the operator's eye: /tmp/sourcesdialog.png (editor) and -list.png.
    void screenshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("shot.json"));
        QJsonArray sources;
        for (const QJsonValue &value : m_sim->sourcesConfig().value(QStringLiteral("sources")).toArray())
            sources.append(value);
        QVERIFY(writeFile(path, QJsonObject { { QStringLiteral("sources"), sources } }));
        MemorySecretStore keychain;
        QNetworkAccessManager nam;
        SourcesDialog dialog(&keychain, nullptr);
        dialog.setTester(new ConnectorTester(nam, &keychain, &dialog));
        QVERIFY(dialog.openFile(path));
        dialog.setSourceEnabled(1, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/sourcesdialog-list.png")));
        int cloudAlly = -1;
        for (size_t i = 0; i < dialog.document().sources.size(); ++i) {
            if (dialog.document().sources[i].vendor == QLatin1String("cloudally"))
                cloudAlly = int(i);
        }
        QVERIFY(cloudAlly >= 0);
        dialog.editSource(cloudAlly);
        SourceEditorDialog *editor = dialog.editor();
        editor->testConnection();
        QVERIFY(QTest::qWaitFor([&] { return editor->testButton()->isEnabled(); }, 20'000));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(editor->grab().save(QStringLiteral("/tmp/sourcesdialog.png")));
        editor->reject();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
};

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
