#include "models/statusmapping.h"

namespace BackupDash {

namespace {
bool is(QStringView value, const char *expected)
{
    return value.compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}
} // namespace

Status mapVb365Status(QStringView v)
{
    if (is(v, "Success"))
        return Status::Success;
    if (is(v, "Warning"))
        return Status::Warning;
    if (is(v, "Failed"))
        return Status::Failed;
    if (is(v, "Running"))
        return Status::Running;
    if (is(v, "Stopped"))
        return Status::Cancelled; // stopped by a person: never shown as a failure
    if (is(v, "Queued"))
        return Status::Queued;
    return Status::Unknown; // NotConfigured, Disconnected, Updating, anything newer
}

Status mapVb365RestoreSession(QStringView state, QStringView result)
{
    if (is(state, "Starting"))
        return Status::Queued;
    if (is(state, "Working") || is(state, "Stopping") || is(state, "Running"))
        return Status::Running;
    if (is(state, "Stopped")) {
        if (result.isEmpty())
            return Status::Cancelled;
        if (is(result, "Success"))
            return Status::Success;
        if (is(result, "Warning"))
            return Status::Warning;
        if (is(result, "Failed"))
            return Status::Failed;
    }
    return Status::Unknown;
}

} // namespace BackupDash
