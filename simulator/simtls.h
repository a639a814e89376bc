#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace BackupDash {

// The simulator's HTTPS identity: a PEM certificate and its PEM private key (RSA or EC, not
// encrypted), read into a server configuration. nullopt with the reason in `error` otherwise.
std::optional<QSslConfiguration> loadSimTlsConfiguration(const QString &certificatePath, const QString &keyPath,
                                                         QString *error);

} // namespace BackupDash
