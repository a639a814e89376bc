#include "simulator/simvendorregistry.h"

#include "simulator/vb365/simvb365routes.h"

// Vendors land one by one; each is compiled in once its routes exist.
#if __has_include("simulator/clumio/simclumioroutes.h")
#include "simulator/clumio/simclumioroutes.h"
#define BACKUPDASH_SIM_CLUMIO 1
#endif
#if __has_include("simulator/acronis/simacronisroutes.h")
#include "simulator/acronis/simacronisroutes.h"
#define BACKUPDASH_SIM_ACRONIS 1
#endif
#if __has_include("simulator/cloudally/simcloudallyroutes.h")
#include "simulator/cloudally/simcloudallyroutes.h"
#define BACKUPDASH_SIM_CLOUDALLY 1
#endif

namespace BackupDash {

QStringList simVendorIds()
{
    QStringList ids { QStringLiteral("veeam-vb365") };
#ifdef BACKUPDASH_SIM_CLUMIO
    ids << QStringLiteral("clumio");
#endif
#ifdef BACKUPDASH_SIM_ACRONIS
    ids << QStringLiteral("acronis");
#endif
#ifdef BACKUPDASH_SIM_CLOUDALLY
    ids << QStringLiteral("cloudally");
#endif
    return ids;
}

std::unique_ptr<SimVendor> createSimVendor(const QString &id, const SimVendorContext &context)
{
    if (id == QLatin1String("veeam-vb365"))
        return std::make_unique<SimVb365Routes>(context);
#ifdef BACKUPDASH_SIM_CLUMIO
    if (id == QLatin1String("clumio"))
        return std::make_unique<SimClumioRoutes>(context);
#endif
#ifdef BACKUPDASH_SIM_ACRONIS
    if (id == QLatin1String("acronis"))
        return std::make_unique<SimAcronisRoutes>(context);
#endif
#ifdef BACKUPDASH_SIM_CLOUDALLY
    if (id == QLatin1String("cloudally"))
        return std::make_unique<SimCloudAllyRoutes>(context);
#endif
    return nullptr;
}

} // namespace BackupDash
