#include "connectors/tlserrortext.h"

#include <QCoreApplication>
#include <QStringList>

namespace BackupDash {

namespace {
QString describe(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return QCoreApplication::translate("TlsErrorText", "the server's certificate is self-signed and not trusted");
    case QSslError::SelfSignedCertificateInChain:
        return QCoreApplication::translate("TlsErrorText",
                                           "the server's certificate chain ends in a self-signed CA that is not "
                                           "trusted");
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QCoreApplication::translate("TlsErrorText",
                                           "the server's certificate was issued by a CA that is not trusted");
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("TlsErrorText", "the server's certificate has expired");
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("TlsErrorText", "the server's certificate is not valid yet");
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("TlsErrorText",
                                           "the server's certificate is for another host name than the one in "
                                           "baseUrl");
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("TlsErrorText", "the server's certificate has been revoked");
    case QSslError::NoPeerCertificate:
        return QCoreApplication::translate("TlsErrorText", "the server sent no certificate");
    default:
        return error.errorString(); // rarer problems: Qt's own words
    }
}
} // namespace

QString tlsErrorText(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        const QString text = describe(error);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace BackupDash
