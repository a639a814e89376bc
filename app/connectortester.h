#pragma once

#include "app/connectorfactory.h"
#include "views/sourcetester.h"

#include <QThreadPool>
#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class Connector;
class SecretStore;
struct SourceSnapshot;

// "Test connection" through the real connector and the app's one QNAM: the edited entry is
// turned into a configuration in memory (typed secrets, the environment, the keychain), checked
// by the loader's own rules, and polled once. The answer's words are the Sources tab's.
class ConnectorTester final : public SourceTester
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorTester)

public:
    ConnectorTester(QNetworkAccessManager &nam, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectorTester() override;

    void setConnectorLimits(const ConnectorLimits &limits) { m_limits = limits; }

    void start(const SourceEntry &entry) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    // "Connected: 12 tasks, 1 restore".
    static QString connectedText(const SourceSnapshot &snapshot);

private:
    void poll(const SourceEntry &entry, const QHash<QString, QString> &keychain, const QString &unavailable);
    void finish(bool ok, const QString &text);

    QNetworkAccessManager &m_nam;
    SecretStore *m_secrets;
    ConnectorLimits m_limits;
    // The test poll's parsing, off Qt's global pool (see Dashboard::m_workers); declared before
    // the connector, so destroyed after it.
    QThreadPool m_workers;
    std::unique_ptr<Connector> m_connector;
    bool m_running = false;
    quint64 m_generation = 0; // keychain answers of a cancelled test are dropped
};

} // namespace BackupDash
