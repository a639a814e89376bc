#include "app/connectorfactory.h"

#include "connectors/vb365/vb365connector.h"

// Vendors land one by one; each is compiled in once its connector exists.
#if __has_include("connectors/clumio/clumioconnector.h")
#include "connectors/clumio/clumioconnector.h"
#define BACKUPDASH_CLUMIO 1
#endif
#if __has_include("connectors/acronis/acronisconnector.h")
#include "connectors/acronis/acronisconnector.h"
#define BACKUPDASH_ACRONIS 1
#endif
#if __has_include("connectors/cloudally/cloudallyconnector.h")
#include "connectors/cloudally/cloudallyconnector.h"
#define BACKUPDASH_CLOUDALLY 1
#endif

namespace BackupDash {

QStringList implementedVendors()
{
    QStringList vendors { QStringLiteral("veeam-vb365") };
#ifdef BACKUPDASH_CLUMIO
    vendors << QStringLiteral("clumio");
#endif
#ifdef BACKUPDASH_ACRONIS
    vendors << QStringLiteral("acronis");
#endif
#ifdef BACKUPDASH_CLOUDALLY
    vendors << QStringLiteral("cloudally");
#endif
    return vendors;
}

std::unique_ptr<Connector> createConnector(const SourceConfig &source, QNetworkAccessManager &nam)
{
    if (!source.problem.isEmpty() || !source.enabled)
        return nullptr;
    if (source.vendor == QLatin1String("veeam-vb365"))
        return std::make_unique<Vb365Connector>(source, nam);
#ifdef BACKUPDASH_CLUMIO
    if (source.vendor == QLatin1String("clumio"))
        return std::make_unique<ClumioConnector>(source, nam);
#endif
#ifdef BACKUPDASH_ACRONIS
    if (source.vendor == QLatin1String("acronis"))
        return std::make_unique<AcronisConnector>(source, nam);
#endif
#ifdef BACKUPDASH_CLOUDALLY
    if (source.vendor == QLatin1String("cloudally"))
        return std::make_unique<CloudAllyConnector>(source, nam);
#endif
    return nullptr;
}

} // namespace BackupDash
