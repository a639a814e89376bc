#include "simulator/simvendorregistry.h"

#include "simulator/acronis/simacronisroutes.h"
#include "simulator/cloudally/simcloudallyroutes.h"
#include "simulator/clumio/simclumioroutes.h"
#include "simulator/vb365/simvb365routes.h"

namespace BackupDash {

QStringList simVendorIds()
{
    return { QStringLiteral("veeam-vb365"), QStringLiteral("clumio"), QStringLiteral("acronis"),
             QStringLiteral("cloudally") };
}

std::unique_ptr<SimVendor> createSimVendor(const QString &id, const SimVendorContext &context)
{
    if (id == QLatin1String("veeam-vb365"))
        return std::make_unique<SimVb365Routes>(context);
    if (id == QLatin1String("clumio"))
        return std::make_unique<SimClumioRoutes>(context);
    if (id == QLatin1String("acronis"))
        return std::make_unique<SimAcronisRoutes>(context);
    if (id == QLatin1String("cloudally"))
        return std::make_unique<SimCloudAllyRoutes>(context);
    return nullptr;
}

} // namespace BackupDash
