#include "simulator/simtls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace BackupDash {

namespace {
std::optional<QByteArray> readAll(const QString &path, const char *what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the TLS %1 %2: %3").arg(QLatin1String(what), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}
} // namespace

std::optional<QSslConfiguration> loadSimTlsConfiguration(const QString &certificatePath, const QString &keyPath,
                                                         QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    const std::optional<QByteArray> certificateBytes = readAll(certificatePath, "certificate", error);
    if (!certificateBytes)
        return std::nullopt;
    const std::optional<QByteArray> keyBytes = readAll(keyPath, "key", error);
    if (!keyBytes)
        return std::nullopt;

    // The first certificate is the server's own; any further ones are its chain.
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateBytes, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    QSslKey key(*keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyPath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return configuration;
}

} // namespace BackupDash
