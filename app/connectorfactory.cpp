#include "app/connectorfactory.h"

#include "connectors/acronis/acronisconnector.h"
#include "connectors/cloudally/cloudallyconnector.h"
#include "connectors/clumio/clumioconnector.h"
#include "connectors/vb365/vb365connector.h"

namespace BackupDash {

namespace {
// Each vendor's options with its own defaults, the limits set.
template<typename Options> Options limited(const ConnectorLimits &limits)
{
    Options options;
    options.transferTimeoutMs = limits.transferTimeoutMs;
    options.maxResponseBytes = limits.maxResponseBytes;
    return options;
}
} // namespace

std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam,
                                           const ConnectorLimits &limits)
{
    if (!source.problem.isEmpty() || !source.enabled)
        return nullptr;
    if (source.vendor == QLatin1String("veeam-vb365"))
        return std::make_unique<Vb365Connector>(source, nam, limited<Vb365Connector::Options>(limits));
    if (source.vendor == QLatin1String("clumio"))
        return std::make_unique<ClumioConnector>(source, nam, limited<ClumioConnector::Options>(limits));
    if (source.vendor == QLatin1String("acronis"))
        return std::make_unique<AcronisConnector>(source, nam, limited<AcronisConnector::Options>(limits));
    if (source.vendor == QLatin1String("cloudally"))
        return std::make_unique<CloudAllyConnector>(source, nam, limited<CloudAllyConnector::Options>(limits));
    return nullptr;
}

} // namespace BackupDash
