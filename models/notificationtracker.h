#pragma once

#include "models/attentionrules.h"
#include "models/restorejob.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace BackupDash {

enum class NoticeKind { NewFailure, RpoBreach, SourceUnreachable, RestoreFinished };

inline size_t qHash(NoticeKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

// One desktop notification to show: words for the operator, and what a click brings up.
struct Notice
{
    NoticeKind kind = NoticeKind::NewFailure;
    QString sourceId;
    QString taskId; // the task (or restore job) a click brings up; empty for a source
    QString title;
    QString body;
    QString key; // the condition (or restore job) it is about

    bool operator==(const Notice &) const = default;
};

QSet<NoticeKind> allNoticeKinds();

struct NoticeSettings
{
    QSet<NoticeKind> enabled = allNoticeKinds();
    QSet<QString> mutedSources;
};

// Decides which conditions are new enough to notify, so that one condition notifies once
// until it clears. No timers and no widgets: the caller shows the notices it gets back.
//
// - Failed → NewFailure, RpoBreached → RpoBreach, SourceUnreachable and SourceAuthFailed →
//   SourceUnreachable (one condition: the source is down, however it fails); other kinds
//   never notify. For execution vendors a condition is the protected item, so another failed
//   execution of an item that is still failing is not new.
// - A source's first update (sourcesPolled names it for the first time: its first poll after
//   start, or after the offline cache) sets its baseline silently; until then its items are
//   ignored. Afterwards every update judges its items, also between its polls (an RPO that
//   runs out while the source is quiet notifies when the caller next updates).
// - A condition that is no longer listed clears and notifies again when it returns.
// - Muted sources and disabled kinds notify nothing, but their conditions are still
//   followed: unmuting (or enabling the kind) does not notify for a condition that persisted
//   meanwhile, only for conditions that begin afterwards. The list shows the rest.
class NotificationTracker
{
    Q_DECLARE_TR_FUNCTIONS(NotificationTracker)

public:
    void setSettings(const NoticeSettings &settings) { m_settings = settings; }
    const NoticeSettings &settings() const { return m_settings; }

    QList<Notice> updateConditions(const std::vector<AttentionItem> &items, const QSet<QString> &sourcesPolled);
    // A job that moves from a non-final status to a final one (success, warning, failed,
    // cancelled) notifies once; a job first seen already final does not. Jobs no longer listed
    // are forgotten.
    QList<Notice> updateRestores(const std::vector<RestoreJob> &jobs);

private:
    bool allowed(NoticeKind kind, const QString &sourceId) const;

    NoticeSettings m_settings;
    QSet<QString> m_baselined; // sources whose baseline is set
    QSet<QString> m_known; // conditions present at the last update (notified or not)
    QHash<QString, Status> m_restoreStatus; // restore key → status at the last update
};

} // namespace BackupDash
