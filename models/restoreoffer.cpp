#include "models/restoreoffer.h"

#include <QCoreApplication>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads RestoreOfferMsg::tr(), a free tr() would leave it guessing.
struct RestoreOfferMsg
{
    Q_DECLARE_TR_FUNCTIONS(RestoreOffer)
};

} // namespace

RestoreOffer restoreOfferFor(const QString &vendor)
{
    RestoreOffer offer;
    if (vendor == QLatin1String("veeam-vb365")) {
        offer.canRestore = true;
        offer.destinations = { RestoreDestination::Original, RestoreDestination::Alternate };
        offer.pointInTime = true;
        offer.scopes = { QStringLiteral("vex"), QStringLiteral("veod"), QStringLiteral("vesp"), QStringLiteral("vet") };
    } else if (vendor == QLatin1String("clumio")) {
        offer.canRestore = true;
        offer.destinations = { RestoreDestination::Original, RestoreDestination::Alternate };
    } else if (vendor == QLatin1String("cloudally")) {
        offer.canRestore = true;
        offer.destinations = { RestoreDestination::Original, RestoreDestination::Alternate,
                               RestoreDestination::Download };
        offer.pointInTime = true;
    } else if (vendor == QLatin1String("acronis")) {
        offer.whyNot =
            RestoreOfferMsg::tr("Acronis offers no public API to start a restore; start it in the Acronis console. "
                                "Running tasks can still be cancelled here.");
    } else {
        offer.whyNot = RestoreOfferMsg::tr("restores are not supported for vendor '%1'").arg(vendor);
    }
    return offer;
}

} // namespace BackupDash
