#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace BackupDash {

// What is wrong with a server's certificate, in the operator's words ("the server's certificate
// is self-signed and not trusted; it has expired"), each problem once. Pure; empty for no errors.
QString tlsErrorText(const QList<QSslError> &errors);

} // namespace BackupDash
