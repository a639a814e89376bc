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

// Clumio task `status` (aborting is running, and not abortable again; aborted is cancelled).
Status mapClumioStatus(QStringView status);
// Acronis task `state` × result code (from result.code, resultCode or the seed's result_code).
Status mapAcronisStatus(QStringView state, QStringView resultCode);
// CloudAlly backup task `status` (absent → unknown).
Status mapCloudAllyStatus(QStringView status);

} // namespace BackupDash
