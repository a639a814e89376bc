#include "app/connectorfactory.h"

#include "connectors/acronis/acronisconnector.h"
#include "connectors/cloudally/cloudallyconnector.h"
#include "connectors/clumio/clumioconnector.h"
#include "connectors/vb365/vb365connector.h"

namespace BackupDash {

std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam)
{
    if (!source.problem.isEmpty() || !source.enabled)
        return nullptr;
    if (source.vendor == QLatin1String("veeam-vb365"))
        return std::make_unique<Vb365Connector>(source, nam);
    if (source.vendor == QLatin1String("clumio"))
        return std::make_unique<ClumioConnector>(source, nam);
    if (source.vendor == QLatin1String("acronis"))
        return std::make_unique<AcronisConnector>(source, nam);
    if (source.vendor == QLatin1String("cloudally"))
        return std::make_unique<CloudAllyConnector>(source, nam);
    return nullptr;
}

} // namespace BackupDash
