#pragma once

#include "models/secretstore.h"

namespace BackupDash {

// The OS keychain through qtkeychain (the desktop's Secret Service, or KWallet): service
// "BackupDash", key "<sourceId>/<field>". Every job is asynchronous; no insecure fallback is
// ever enabled: without a keyring service the answer is NoKeyring, in words, and nothing is
// written anywhere else. Secrets are never logged.
class KeychainSecrets final : public SecretStore
{
public:
    static constexpr const char *ServiceName = "BackupDash";

    KeychainSecrets() = default;

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
};

// What a keyring answer means for the operator: qtkeychain's error code and text (which may be
// the D-Bus library's) → a status and words. Pure, so each mapping is tested.
SecretResult keychainResult(int qkeychainError, const QString &errorString, const QString &key);

} // namespace BackupDash
