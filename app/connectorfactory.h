#pragma once

#include "connectors/connector.h"

#include <QStringList>
#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

// The connector for a source's vendor, or null when the source cannot be polled (its
// problem is set by the configuration loader, or it is disabled).
std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam);

} // namespace BackupDash
