#pragma once

#include <QByteArray>
#include <QString>

namespace BackupDash {

// The human part of a vendor's error body, whatever its documented shape:
// {"message"}, {"error","error_description"}, {"error":{"message"}}, {"errors":[{"error_message"}]},
// or short plain text. Empty when there is nothing readable. Pure.
QString vendorErrorText(const QByteArray &body);

} // namespace BackupDash
