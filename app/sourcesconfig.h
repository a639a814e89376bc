#pragma once

#include "connectors/parsed.h"
#include "connectors/sourceconfig.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <vector>

namespace BackupDash {

// The sources configuration file (contract: ARCHITECTURE.md "Sources configuration").
struct SourcesConfig
{
    int pollIntervalSeconds = 60;
    std::vector<SourceConfig> sources;
    QStringList warnings; // e.g. a literal secret in the file; never contains the secret
};

using EnvironmentLookup = std::function<QString(const QString &name)>;

// The GUI's third place for a credential: one that is neither literal nor …Env in the file is
// looked up in the keychain under "<sourceId>/<field>" (the CLI never passes one).
struct KeychainLookup
{
    std::function<QString(const QString &sourceId, const QString &field)> secret; // empty: not stored
    QString unavailable; // in words when there is no keyring service; said in the source's problem
};

// Pure: file bytes (+ a way to read environment variables) → configuration. A broken file
// is an error in words with its position; a broken source entry is kept, with its problem
// set, so the operator sees it beside the working ones.
Parsed<SourcesConfig> parseSourcesConfig(const QByteArray &json, const EnvironmentLookup &environment);
// The same, with the keychain's answers (the GUI): a credential missing from both places is a
// problem naming both routes.
Parsed<SourcesConfig> parseSourcesConfig(const QByteArray &json, const EnvironmentLookup &environment,
                                         const KeychainLookup &keychain);
// Reads `path` and the process environment.
Parsed<SourcesConfig> loadSourcesConfig(const QString &path);

QStringList knownVendors(); // named by the contract

} // namespace BackupDash
