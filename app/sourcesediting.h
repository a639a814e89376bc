#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace BackupDash {

class Dashboard;
class MainWindow;
class SecretStore;
class SourcesDialog;
class SourcesLoader;

// The window's sources: File → Sources… (and the Sources tab's button) open the dialog on the
// configuration file; after a save the file is read again (keychain included) and the running
// dashboard applies it, no restart. At start-up, the credentials the file leaves to the keychain
// are read before polling starts.
class SourcesEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesEditing)

public:
    SourcesEditing(MainWindow &window, Dashboard &dashboard, QNetworkAccessManager &nam, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~SourcesEditing() override;

    void setConfigFile(const QString &path); // the file the dialog edits (created on save)
    void setDemo(const QByteArray &json); // shown, never saved

    // Reads the file again with the keychain, applies it, then runs `then` (once, later).
    void applyConfigFile(std::function<void()> then = {});
    void openDialog();
    SourcesDialog *dialog() const; // the open one, if any

Q_SIGNALS:
    void applied(); // the dashboard now watches what the file says
    void problem(const QString &text); // the file could not be applied, in words

private:
    MainWindow &m_window;
    Dashboard &m_dashboard;
    QNetworkAccessManager &m_nam;
    SecretStore *m_secrets;
    SourcesLoader *m_loader;
    QString m_path;
    QByteArray m_demoJson;
    QPointer<SourcesDialog> m_dialog;
};

} // namespace BackupDash
