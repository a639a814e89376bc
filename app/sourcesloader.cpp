#include "app/sourcesloader.h"

#include "models/secretstore.h"
#include "models/sourcesdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QTimer>
#include <memory>

namespace BackupDash {

SourcesLoader::SourcesLoader(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void SourcesLoader::load(const QByteArray &json, const EnvironmentLookup &environment, Done done)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    struct Pending
    {
        int left = 0;
        QHash<QString, QString> found; // by keychain key; held in memory only
        QString unavailable;
    };
    auto pending = std::make_shared<Pending>();
    const auto finish = [this, json, environment, done, pending, generation] {
        if (generation != m_generation)
            return; // a newer load answers instead
        m_loading = false;
        KeychainLookup keychain;
        keychain.secret = [pending](const QString &sourceId, const QString &field) {
            return pending->found.value(keychainKey(sourceId, field));
        };
        keychain.unavailable = pending->unavailable;
        done(parseSourcesConfig(json, environment, keychain));
    };

    // The fields the file leaves to the keychain (neither literal nor …Env) that the vendor needs.
    QStringList keys;
    QString error;
    if (const std::optional<SourcesDocument> document = readSourcesDocument(json, &error)) {
        for (const SourceEntry &entry : document->sources) {
            for (const QString &field : requiredCredentials(entry.vendor, entry.authMode)) {
                if (!entry.id.isEmpty() && entry.credential(field).origin == CredentialOrigin::Keychain)
                    keys << keychainKey(entry.id, field);
            }
        }
    }
    if (!keys.isEmpty() && !m_secrets)
        pending->unavailable = QCoreApplication::translate("SourcesLoader", "there is no keychain here");
    if (keys.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    pending->left = int(keys.size());
    for (const QString &key : std::as_const(keys)) {
        m_secrets->read(key, this, [pending, key, finish](const SecretResult &result) {
            if (result.ok())
                pending->found.insert(key, result.secret);
            else if (result.status != SecretResult::Status::NotFound)
                pending->unavailable = result.message; // said in each affected source's problem
            if (--pending->left == 0)
                finish();
        });
    }
}

void SourcesLoader::loadFile(const QString &path, Done done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_generation;
        const QString why =
            QCoreApplication::translate("SourcesConfig", "cannot read %1: %2").arg(path, file.errorString());
        QTimer::singleShot(0, this, [done, why] { done(Parsed<SourcesConfig>::fail(why)); });
        return;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    load(
        file.readAll(), [environment](const QString &name) { return environment.value(name); },
        [done, path](const Parsed<SourcesConfig> &config) {
            if (config)
                done(config);
            else
                done(Parsed<SourcesConfig>::fail(QStringLiteral("%1: %2").arg(path, config.error)));
        });
}

} // namespace BackupDash
