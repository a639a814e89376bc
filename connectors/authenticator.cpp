#include "connectors/authenticator.h"

namespace BackupDash {

void Authenticator::decorate(QNetworkRequest &) const { }

} // namespace BackupDash
