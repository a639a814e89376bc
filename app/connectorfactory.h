#pragma once

#include "connectors/connector.h"

#include <QStringList>
#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

// What every connector's ApiClient allows a request: the defaults suit real vendors; tests and
// the fault matrix shorten them.
struct ConnectorLimits
{
    int transferTimeoutMs = 30'000;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

// The connector for a source's vendor, or null when the source cannot be polled (its
// problem is set by the configuration loader, or it is disabled).
std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam,
                                           const ConnectorLimits &limits = {});

} // namespace BackupDash
