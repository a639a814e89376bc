#pragma once

#include "app/sourcesconfig.h"

#include <QObject>
#include <functional>

namespace BackupDash {

class SecretStore;

// The window's way of reading the sources file: like the CLI (literal or environment), and a
// credential the file leaves to neither is asked of the keychain under "<id>/<field>", all
// asynchronously. A source whose secret is in neither place keeps a problem naming both routes
// (and, without a keyring service, saying so).
class SourcesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesLoader)

public:
    using Done = std::function<void(const Parsed<SourcesConfig> &config)>;

    // `secrets` may be null: then every such credential is a problem that says there is no keychain.
    explicit SourcesLoader(SecretStore *secrets, QObject *parent = nullptr);

    // `done` runs once, later (never inside load()); a newer load() drops an older one's answer.
    void load(const QByteArray &json, const EnvironmentLookup &environment, Done done);
    // Reads `path` and the process environment; an unreadable file is the same error as the CLI's.
    void loadFile(const QString &path, Done done);
    bool isLoading() const { return m_loading; }

private:
    SecretStore *m_secrets;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace BackupDash
