#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace BackupDash {

// The normalized task/run/restore status (contract: ../shared/design/status-mapping.md).
enum class Status { Success, Warning, Failed, Running, Queued, Paused, Cancelled, Unknown };
inline constexpr int StatusCount = 8;

// Health of a source, separate from task status: it marks tasks, it never overwrites them.
// Pending is internal (configured, first poll not answered yet); the export never shows it.
enum class SourceHealth { Pending, Ok, Stale, Unreachable, AuthFailed };

QString statusKey(Status status); // "success", … (contract spelling)
std::optional<Status> statusFromKey(QStringView key);
QString statusText(Status status); // translated words for the operator
int statusSeverity(Status status); // higher = needs the operator more

QString healthKey(SourceHealth health); // "ok", "stale", "unreachable", "auth_failed"
QString healthText(SourceHealth health);

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::Status)
Q_DECLARE_METATYPE(BackupDash::SourceHealth)
