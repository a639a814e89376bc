#include "app/connectortester.h"

#include "app/sourcesconfig.h"
#include "connectors/connector.h"
#include "models/secretstore.h"
#include "models/sourcesnapshot.h"

#include <QLocale>
#include <QProcessEnvironment>
#include <memory>

namespace BackupDash {

ConnectorTester::ConnectorTester(QNetworkAccessManager &nam, SecretStore *secrets, QObject *parent)
    : SourceTester(parent)
    , m_nam(nam)
    , m_secrets(secrets)
{
}

ConnectorTester::~ConnectorTester()
{
    cancel();
}

QString ConnectorTester::connectedText(const SourceSnapshot &snapshot)
{
    const int tasks = int(snapshot.tasks.size());
    const int restores = int(snapshot.restores.size());
    const QString taskText = tasks == 1 ? tr("1 task") : tr("%1 tasks").arg(QLocale().toString(tasks));
    const QString restoreText = restores == 1 ? tr("1 restore") : tr("%1 restores").arg(QLocale().toString(restores));
    return tr("Connected: %1, %2").arg(taskText, restoreText);
}

void ConnectorTester::start(const SourceEntry &entry)
{
    if (m_running)
        return;
    m_running = true;
    const quint64 generation = ++m_generation;

    // What the keychain has to supply: fields left to it with nothing typed.
    QStringList fields;
    if (m_secrets) {
        for (const QString &field : requiredCredentials(entry.vendor, entry.authMode)) {
            const CredentialEntry c = entry.credential(field);
            if (c.origin == CredentialOrigin::Keychain && c.value.isEmpty())
                fields << field;
        }
    }
    if (fields.isEmpty()) {
        poll(entry, {}, m_secrets ? QString() : tr("there is no keychain here"));
        return;
    }
    struct Pending
    {
        int left = 0;
        QHash<QString, QString> found;
        QString unavailable;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(fields.size());
    for (const QString &field : std::as_const(fields)) {
        m_secrets->read(keychainKey(entry.id, field), this,
                        [this, entry, field, pending, generation](const SecretResult &result) {
                            if (result.ok())
                                pending->found.insert(field, result.secret);
                            else if (result.status != SecretResult::Status::NotFound)
                                pending->unavailable = result.message;
                            if (--pending->left > 0 || generation != m_generation)
                                return;
                            poll(entry, pending->found, pending->unavailable);
                        });
    }
}

void ConnectorTester::poll(const SourceEntry &entry, const QHash<QString, QString> &keychain,
                           const QString &unavailable)
{
    // The entry as the loader reads it, in memory only: typed secrets stand in place.
    SourceEntry resolved = entry;
    resolved.enabled = true; // a disabled source can be tested before it is enabled
    for (auto it = resolved.credentials.begin(); it != resolved.credentials.end(); ++it) {
        if (it->origin == CredentialOrigin::Keychain && !it->value.isEmpty())
            it->origin = CredentialOrigin::File;
    }
    SourcesDocument document;
    document.sources.push_back(resolved);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeychainLookup lookup;
    lookup.secret = [&keychain](const QString &, const QString &field) {
        return keychain.value(field);
    };
    lookup.unavailable = unavailable;
    const Parsed<SourcesConfig> config = parseSourcesConfig(
        writeSourcesDocument(document), [&environment](const QString &name) { return environment.value(name); },
        lookup);
    if (!config) {
        finish(false, config.error);
        return;
    }
    const SourceConfig &source = config.value->sources.front();
    if (!source.problem.isEmpty()) {
        finish(false, source.problem);
        return;
    }
    m_connector = createConnector(source, m_nam, m_limits);
    if (!m_connector) {
        finish(false, tr("this source cannot be polled"));
        return;
    }
    m_connector->setWorkerPool(&m_workers);
    connect(m_connector.get(), &Connector::polled, this,
            [this](const SharedSnapshot &snapshot) { finish(true, connectedText(*snapshot)); });
    connect(m_connector.get(), &Connector::pollFailed, this,
            [this](const ApiError &error) { finish(false, error.message); });
    m_connector->poll();
}

void ConnectorTester::finish(bool ok, const QString &text)
{
    m_running = false;
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector.release()->deleteLater(); // we may be inside its signal
    }
    Q_EMIT finished(ok, text);
}

void ConnectorTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector.reset(); // aborts its requests
    }
}

} // namespace BackupDash
