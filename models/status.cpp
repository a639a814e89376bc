#include "models/status.h"

#include <QCoreApplication>
#include <array>

namespace BackupDash {

namespace {
constexpr std::array<const char *, StatusCount> StatusKeys { "success", "warning", "failed",    "running",
                                                             "queued",  "paused",  "cancelled", "unknown" };
}

QString statusKey(Status status)
{
    return QString::fromLatin1(StatusKeys[static_cast<size_t>(status)]);
}

std::optional<Status> statusFromKey(QStringView key)
{
    for (size_t i = 0; i < StatusKeys.size(); ++i) {
        if (key.compare(QLatin1String(StatusKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Status>(i);
    }
    return std::nullopt;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Success:
        return QCoreApplication::translate("Status", "Success");
    case Status::Warning:
        return QCoreApplication::translate("Status", "Warning");
    case Status::Failed:
        return QCoreApplication::translate("Status", "Failed");
    case Status::Running:
        return QCoreApplication::translate("Status", "Running");
    case Status::Queued:
        return QCoreApplication::translate("Status", "Queued");
    case Status::Paused:
        return QCoreApplication::translate("Status", "Paused");
    case Status::Cancelled:
        return QCoreApplication::translate("Status", "Cancelled");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("Status", "Unknown");
}

int statusSeverity(Status status)
{
    // Ordered by how urgently the operator must look: a failure first, a clean success last.
    switch (status) {
    case Status::Failed:
        return 7;
    case Status::Warning:
        return 6;
    case Status::Unknown:
        return 5;
    case Status::Paused:
        return 4;
    case Status::Cancelled:
        return 3;
    case Status::Queued:
        return 2;
    case Status::Running:
        return 1;
    case Status::Success:
        return 0;
    }
    return 5;
}

QString healthKey(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Pending:
        return QStringLiteral("pending");
    case SourceHealth::Ok:
        return QStringLiteral("ok");
    case SourceHealth::Stale:
        return QStringLiteral("stale");
    case SourceHealth::Unreachable:
        return QStringLiteral("unreachable");
    case SourceHealth::AuthFailed:
        return QStringLiteral("auth_failed");
    }
    return QStringLiteral("unreachable");
}

QString healthText(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Pending:
        return QCoreApplication::translate("SourceHealth", "Waiting for first poll");
    case SourceHealth::Ok:
        return QCoreApplication::translate("SourceHealth", "OK");
    case SourceHealth::Stale:
        return QCoreApplication::translate("SourceHealth", "Stale");
    case SourceHealth::Unreachable:
        return QCoreApplication::translate("SourceHealth", "Unreachable");
    case SourceHealth::AuthFailed:
        return QCoreApplication::translate("SourceHealth", "Authentication failed");
    }
    return {};
}

} // namespace BackupDash
