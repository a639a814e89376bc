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

Status mapClumioStatus(QStringView v)
{
    if (is(v, "queued"))
        return Status::Queued;
    if (is(v, "in_progress") || is(v, "aborting"))
        return Status::Running;
    if (is(v, "completed"))
        return Status::Success;
    if (is(v, "failed"))
        return Status::Failed;
    if (is(v, "aborted"))
        return Status::Cancelled;
    return Status::Unknown;
}

Status mapAcronisStatus(QStringView state, QStringView result)
{
    if (is(state, "enqueued") || is(state, "assigned"))
        return Status::Queued;
    if (is(state, "started"))
        return Status::Running;
    if (is(state, "paused"))
        return Status::Paused;
    if (!is(state, "completed"))
        return Status::Unknown;
    if (is(result, "ok"))
        return Status::Success;
    if (is(result, "warning"))
        return Status::Warning;
    if (is(result, "error") || is(result, "abandoned") || is(result, "timedout"))
        return Status::Failed;
    if (is(result, "cancelled"))
        return Status::Cancelled;
    return Status::Unknown;
}

Status mapCloudAllyStatus(QStringView v)
{
    if (is(v, "success"))
        return Status::Success;
    if (is(v, "failed"))
        return Status::Failed;
    if (is(v, "in_progress"))
        return Status::Running;
    if (is(v, "paused"))
        return Status::Paused;
    if (is(v, "pending"))
        return Status::Queued;
    return Status::Unknown;
}

} // namespace BackupDash
