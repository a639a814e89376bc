#include "views/chartstyle.h"

#include "views/statusicons.h"

#include <QCoreApplication>

namespace BackupDash::ChartStyle {

QList<std::optional<Status>> chartOrder()
{
    return { Status::Failed, Status::Warning, Status::Unknown, Status::Paused, Status::Cancelled,
             Status::Queued, Status::Running, Status::Success, std::nullopt };
}

QBrush brushFor(const std::optional<Status> &part)
{
    if (!part)
        return QBrush(StatusIcons::statusFill(Status::Queued).lighter(150), Qt::BDiagPattern);
    const QColor fill = StatusIcons::statusFill(*part);
    switch (*part) {
    case Status::Paused:
        return fill.darker(125);
    case Status::Cancelled:
        return fill.lighter(140);
    default:
        return fill;
    }
}

QString labelFor(const std::optional<Status> &part)
{
    if (!part)
        return QCoreApplication::translate("ChartStyle", "Stale");
    return statusText(*part);
}

} // namespace BackupDash::ChartStyle
