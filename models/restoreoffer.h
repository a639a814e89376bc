#pragma once

#include "models/restorerequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BackupDash {

// What a vendor's API lets an operator do; a refusal says why in words.
struct RestoreOffer
{
    bool canRestore = false;
    QString whyNot; // when !canRestore
    QList<RestoreDestination> destinations;
    bool pointInTime = false; // a restore point can be chosen
    QStringList scopes; // what can be restored, in the vendor's terms (VB365: vex, veod, vesp, vet)
};
RestoreOffer restoreOfferFor(const QString &vendor);

} // namespace BackupDash
