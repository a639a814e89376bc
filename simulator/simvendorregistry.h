#pragma once

#include "simulator/simvendor.h"

#include <QStringList>
#include <memory>

namespace BackupDash {

// The vendors this build serves, in the order they are listed, and how each is created.
QStringList simVendorIds();
std::unique_ptr<SimVendor> createSimVendor(const QString &id, const SimVendorContext &context);

} // namespace BackupDash
