#pragma once

#include "models/sourcestate.h"
#include "models/task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <vector>

namespace BackupDash {

// What needs the operator, worst first (the order of attentionSeverity()).
enum class AttentionKind { Failed, Warning, RpoBreached, MissedRun, SourceUnreachable, SourceAuthFailed, SourceStale };

// Joins the parts of AttentionItem's keys and NotificationTracker's: U+001F (unit separator)
// never occurs in an id.
constexpr QChar KeySeparator(0x1f);

// One row of "Needs attention": a task (or a protected item, for vendors whose rows are
// executions) or a source that the operator should look at.
struct AttentionItem
{
    AttentionKind kind = AttentionKind::Failed;
    QString sourceId;
    QString vendor;
    QString taskId; // empty for a source row; for execution vendors the newest row of the group
    QString taskName;
    // Execution vendors (Clumio, Acronis): the protected item the row stands for (restore scope
    // or name), so that a new execution of the same item is the same condition. Empty for jobs.
    QString scope;
    QString detail; // words: why, e.g. "no success for 31 h (RPO 24 h)"
    QDateTime since; // UTC: when the condition began as far as known; invalid when not known
    bool stale = false; // the source's data is not current

    // kind + source + (scope or task): identity for diffing and notifications.
    QString key() const;
    // source + (scope or task), without the kind: what the condition is about.
    QString subjectKey() const;

    bool operator==(const AttentionItem &) const = default;
};

struct AttentionPolicy
{
    QHash<QString, double> rpoHoursBySource; // from each source's configured rpoHours
    double defaultRpoHours = 24;
    int missedRunGraceMinutes = 15;
};

// The rules (docs/overview.md says the same for the operator):
// - Disabled tasks and the tasks and rows of disabled sources never need attention.
// - Failed / Warning: the task's normalized status. For execution vendors (vendorRowsAreRuns)
//   the newest finished execution of each protected item decides, so a failure already
//   followed by a success is not listed. A task of a source whose data is not current
//   (stale, unreachable, auth failed, still pending with cached rows, or not configured)
//   keeps its status and is marked stale: never hidden, never counted as success.
// - RPO breached: an enabled task with no success within rpoHours before `now` (exactly
//   rpoHours is still within). A task that never succeeded is breached only if it has run
//   (lastRun valid); one that never ran is new, not breached (if its schedule passed, the
//   missed-run rule says so). Execution vendors are judged per protected item: rows grouped
//   by (source, restoreScope or else name), newest success of the group, one row per group.
// - Missed run: enabled, nextRun valid, nextRun + grace < now, no run started at/after
//   nextRun, and not running or queued now.
// - Source rows: Unreachable, AuthFailed and Stale sources give one row each, lastError as
//   detail and lastSuccessAt as since; Pending and Ok give none.
// - Order: attentionSeverity(), then since (oldest first, unknown last), then source and task.

// True when no success lies within `rpoHours` before `now`. An invalid `lastSuccess` is
// breached (the caller decides whether a task that never ran counts). A success after `now`
// (clock skew) is within. A non-positive or non-finite `rpoHours` checks nothing (false).
bool rpoBreached(const QDateTime &lastSuccess, double rpoHours, const QDateTime &now);
// The missed-run rule above for one task; a negative grace counts as none.
bool missedRun(const Task &task, const QDateTime &now, int graceMinutes);
// Every item that needs attention, in the order above.
// The same over rows held elsewhere (the task model's, which point into the polls' snapshots).
std::vector<AttentionItem> attentionItemsOfRows(const std::vector<const Task *> &tasks,
                                                const QList<SourceState> &sources, const AttentionPolicy &policy,
                                                const QDateTime &now);
std::vector<AttentionItem> attentionItems(const std::vector<Task> &tasks, const QList<SourceState> &sources,
                                          const AttentionPolicy &policy, const QDateTime &now);

// Higher needs the operator sooner: unreachable and auth failures first, stale sources last.
int attentionSeverity(AttentionKind kind);
QString attentionKindText(AttentionKind kind); // translated words, e.g. "RPO breached"
QString attentionKindKey(AttentionKind kind); // stable spelling, e.g. "rpo_breached"

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::AttentionKind)
Q_DECLARE_METATYPE(BackupDash::AttentionItem)
