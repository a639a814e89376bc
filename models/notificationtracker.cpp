#include "models/notificationtracker.h"

#include "models/formatting.h"

#include <optional>

namespace BackupDash {

namespace {

std::optional<NoticeKind> noticeKindOf(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Failed:
        return NoticeKind::NewFailure;
    case AttentionKind::RpoBreached:
        return NoticeKind::RpoBreach;
    case AttentionKind::SourceUnreachable:
    case AttentionKind::SourceAuthFailed:
        return NoticeKind::SourceUnreachable;
    case AttentionKind::Warning:
    case AttentionKind::MissedRun:
    case AttentionKind::SourceStale:
        break;
    }
    return std::nullopt;
}

// The condition a notice is about: unreachable and auth failed are one (the source is down).
QString conditionKey(NoticeKind kind, const AttentionItem &item)
{
    return QString::number(int(kind)) + KeySeparator + item.subjectKey();
}

bool isFinal(Status status)
{
    return status == Status::Success || status == Status::Warning || status == Status::Failed
        || status == Status::Cancelled;
}

} // namespace

QSet<NoticeKind> allNoticeKinds()
{
    // Out of line: GCC 12 warns about a dangling pointer when this list is inlined.
    return { NoticeKind::NewFailure, NoticeKind::RpoBreach, NoticeKind::SourceUnreachable,
             NoticeKind::RestoreFinished };
}

bool NotificationTracker::allowed(NoticeKind kind, const QString &sourceId) const
{
    return m_settings.enabled.contains(kind) && !m_settings.mutedSources.contains(sourceId);
}

QList<Notice> NotificationTracker::updateConditions(const std::vector<AttentionItem> &items,
                                                    const QSet<QString> &sourcesPolled)
{
    QSet<QString> baselineNow;
    for (const QString &sourceId : sourcesPolled) {
        if (!m_baselined.contains(sourceId))
            baselineNow.insert(sourceId);
    }

    QList<Notice> notices;
    QSet<QString> current;
    for (const AttentionItem &item : items) {
        const std::optional<NoticeKind> kind = noticeKindOf(item.kind);
        if (!kind)
            continue;
        const bool baselining = baselineNow.contains(item.sourceId);
        if (!baselining && !m_baselined.contains(item.sourceId))
            continue; // not polled since start: cached rows say nothing new
        const QString key = conditionKey(*kind, item);
        if (current.contains(key))
            continue;
        current.insert(key);
        // Known conditions, baseline ones and muted ones are followed silently.
        if (m_known.contains(key) || baselining || !allowed(*kind, item.sourceId))
            continue;

        Notice notice;
        notice.kind = *kind;
        notice.sourceId = item.sourceId;
        notice.taskId = item.taskId;
        notice.key = key;
        const QString vendor = vendorText(item.vendor);
        switch (*kind) {
        case NoticeKind::NewFailure:
            notice.title = tr("Backup failed: %1").arg(item.taskName);
            notice.body = tr("%1 on source %2 (%3): %4").arg(item.taskName, item.sourceId, vendor, item.detail);
            break;
        case NoticeKind::RpoBreach:
            notice.title = tr("RPO breached: %1").arg(item.taskName);
            notice.body = tr("%1 on source %2 (%3): %4").arg(item.taskName, item.sourceId, vendor, item.detail);
            break;
        case NoticeKind::SourceUnreachable:
            notice.title = item.kind == AttentionKind::SourceAuthFailed
                ? tr("Source sign-in failed: %1").arg(item.sourceId)
                : tr("Source unreachable: %1").arg(item.sourceId);
            notice.body = tr("Source %1 (%2): %3").arg(item.sourceId, vendor, item.detail);
            break;
        case NoticeKind::RestoreFinished:
            break;
        }
        notices.append(notice);
    }

    // A condition not listed now has cleared; it may notify again when it returns.
    m_known = current;
    m_baselined.unite(baselineNow);
    return notices;
}

QList<Notice> NotificationTracker::updateRestores(const std::vector<RestoreJob> &jobs)
{
    QList<Notice> notices;
    QHash<QString, Status> now;
    now.reserve(qsizetype(jobs.size()));
    for (const RestoreJob &job : jobs) {
        const QString key = QStringLiteral("restore") + KeySeparator + job.sourceId + KeySeparator + job.id;
        if (now.contains(key))
            continue; // a job listed twice counts once, the first
        now.insert(key, job.status);
        const auto before = m_restoreStatus.constFind(key);
        if (before == m_restoreStatus.cend() || isFinal(*before) || !isFinal(job.status))
            continue;
        if (!allowed(NoticeKind::RestoreFinished, job.sourceId))
            continue;

        Notice notice;
        notice.kind = NoticeKind::RestoreFinished;
        notice.sourceId = job.sourceId;
        notice.taskId = job.id;
        notice.key = key;
        const QString what = job.target.isEmpty() ? job.id : job.target;
        switch (job.status) {
        case Status::Success:
            notice.title = tr("Restore finished: %1").arg(what);
            break;
        case Status::Warning:
            notice.title = tr("Restore finished with warnings: %1").arg(what);
            break;
        case Status::Failed:
            notice.title = tr("Restore failed: %1").arg(what);
            break;
        default:
            notice.title = tr("Restore cancelled: %1").arg(what);
            break;
        }
        const QString result = job.vendorStatus.isEmpty()
            ? statusText(job.status)
            : tr("%1 (vendor: %2)").arg(statusText(job.status), job.vendorStatus);
        notice.body = tr("%1 on source %2 (%3): %4").arg(what, job.sourceId, vendorText(job.vendor), result);
        notices.append(notice);
    }
    m_restoreStatus = now;
    return notices;
}

} // namespace BackupDash
