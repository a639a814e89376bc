#include "app/sourcesediting.h"

#include "app/connectortester.h"
#include "app/dashboard.h"
#include "app/sourcesloader.h"
#include "views/mainwindow.h"
#include "views/sourcesdialog.h"

#include <QFileInfo>
#include <QTimer>

namespace BackupDash {

SourcesEditing::SourcesEditing(MainWindow &window, Dashboard &dashboard, QNetworkAccessManager &nam,
                               SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dashboard(dashboard)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_loader(new SourcesLoader(secrets, this))
{
    connect(&window, &MainWindow::sourcesEditRequested, this, &SourcesEditing::openDialog);
}

SourcesEditing::~SourcesEditing()
{
    delete m_dialog; // before the dashboard and the QNAM its test may use
}

void SourcesEditing::setConfigFile(const QString &path)
{
    m_path = path;
}

void SourcesEditing::setDemo(const QByteArray &json)
{
    m_demoJson = json;
}

void SourcesEditing::applyConfigFile(std::function<void()> then)
{
    const auto apply = [this, then](const Parsed<SourcesConfig> &config) {
        if (config) {
            m_dashboard.setSources(config.value->sources);
            Q_EMIT applied();
        } else {
            Q_EMIT problem(config.error);
        }
        if (then)
            then();
    };
    if (!m_demoJson.isEmpty() || m_path.isEmpty() || !QFileInfo::exists(m_path)) {
        // Nothing the keychain could add (the demo's credentials are the simulator's own).
        QTimer::singleShot(0, this, [then] {
            if (then)
                then();
        });
        return;
    }
    m_loader->loadFile(m_path, apply);
}

SourcesDialog *SourcesEditing::dialog() const
{
    return m_dialog;
}

void SourcesEditing::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SourcesDialog(m_secrets, nullptr, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *tester = new ConnectorTester(m_nam, m_secrets, m_dialog);
    m_dialog->setTester(tester);
    if (!m_demoJson.isEmpty())
        m_dialog->showReadOnly(m_demoJson,
                               tr("These are the demo's simulated sources: they cannot be saved. Start "
                                  "BackupDash without --demo to edit your own."));
    else
        m_dialog->openFile(m_path);
    connect(m_dialog, &SourcesDialog::saved, this, [this] { applyConfigFile(); });
    m_dialog->show();
}

} // namespace BackupDash
