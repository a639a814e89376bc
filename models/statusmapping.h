#pragma once

#include "models/status.h"

#include <QStringView>

namespace BackupDash {

// Vendor value → normalized status, exactly as ../shared/design/status-mapping.md says.
// Matching is case-insensitive; callers keep the raw spelling beside the result.

// Veeam VB365 job `lastStatus` and job session `status`.
Status mapVb365Status(QStringView vendorStatus);
// Veeam VB365 restore session `state` × `result`.
Status mapVb365RestoreSession(QStringView state, QStringView result);

} // namespace BackupDash
