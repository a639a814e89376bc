#include "app/connectorfactory.h"

#include "connectors/vb365/vb365connector.h"

namespace BackupDash {

std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam)
{
    if (!source.problem.isEmpty() || !source.enabled)
        return nullptr;
    if (source.vendor == QLatin1String("veeam-vb365"))
        return std::make_unique<Vb365Connector>(source, nam);
    return nullptr;
}

} // namespace BackupDash
