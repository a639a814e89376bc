#include "models/attentionrules.h"

#include "models/formatting.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <span>

namespace BackupDash {

namespace {

bool isFinished(Status status)
{
    return status == Status::Success || status == Status::Warning || status == Status::Failed
        || status == Status::Cancelled;
}

QString hoursText(double hours)
{
    QLocale locale; // "1,5" in German
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(hours, 'g', 6);
}

// The RPO that applies to a source: its own when sensible, else the policy's default, else 24 h.
double rpoHoursFor(const AttentionPolicy &policy, const QString &sourceId)
{
    const auto sensible = [](double h) {
        return std::isfinite(h) && h > 0;
    };
    const double own = policy.rpoHoursBySource.value(sourceId, -1);
    if (sensible(own))
        return own;
    return sensible(policy.defaultRpoHours) ? policy.defaultRpoHours : 24.0;
}

bool newerRun(const Task &a, const Task &b)
{
    // Newest by lastRun; rows without a time count as oldest; the id keeps the choice stable.
    if (a.lastRun != b.lastRun) {
        if (!a.lastRun.isValid() || !b.lastRun.isValid())
            return a.lastRun.isValid();
        return a.lastRun > b.lastRun;
    }
    return a.id > b.id;
}

AttentionItem itemFor(AttentionKind kind, const Task &task, const QString &scope, bool stale)
{
    AttentionItem item;
    item.kind = kind;
    item.sourceId = task.sourceId;
    item.vendor = task.vendor;
    item.taskId = task.id;
    item.taskName = task.name;
    item.scope = scope;
    item.stale = stale;
    return item;
}

QString statusDetail(const Task &task, bool execution)
{
    const bool failed = task.status == Status::Failed;
    QString words;
    if (execution)
        words = failed ? QCoreApplication::translate("Attention", "the latest execution failed")
                       : QCoreApplication::translate("Attention", "the latest execution ended with warnings");
    else
        words = failed ? QCoreApplication::translate("Attention", "the last run failed")
                       : QCoreApplication::translate("Attention", "the last run ended with warnings");
    if (!task.vendorStatus.isEmpty())
        words = QCoreApplication::translate("Attention", "%1 (vendor: %2)").arg(words, task.vendorStatus);
    return words;
}

// Failed / Warning for one task (or the newest finished execution of a group).
void addStatusItem(std::vector<AttentionItem> &out, const Task &task, const QString &scope, bool stale, bool execution)
{
    if (task.status != Status::Failed && task.status != Status::Warning)
        return;
    AttentionItem item =
        itemFor(task.status == Status::Failed ? AttentionKind::Failed : AttentionKind::Warning, task, scope, stale);
    item.detail = statusDetail(task, execution);
    item.since = task.lastRun;
    out.push_back(std::move(item));
}

// RPO for one task or group: `newest` names the row, `lastSuccess` and `firstRun` span the group.
void addRpoItem(std::vector<AttentionItem> &out, const Task &newest, const QString &scope, bool stale,
                const QDateTime &lastSuccess, const QDateTime &firstRun, double rpoHours, const QDateTime &now)
{
    if (!lastSuccess.isValid() && !firstRun.isValid())
        return; // never ran: a new task, not a breach
    if (!rpoBreached(lastSuccess, rpoHours, now))
        return;
    AttentionItem item = itemFor(AttentionKind::RpoBreached, newest, scope, stale);
    if (lastSuccess.isValid()) {
        item.detail = QCoreApplication::translate("Attention", "no success for %1 h (RPO %2 h)")
                          .arg(lastSuccess.secsTo(now) / 3600)
                          .arg(hoursText(rpoHours));
        item.since = lastSuccess.addMSecs(qint64(std::llround(rpoHours * 3600.0 * 1000.0)));
    } else {
        item.detail = QCoreApplication::translate("Attention", "no success since its first known run (RPO %1 h)")
                          .arg(hoursText(rpoHours));
        item.since = firstRun;
    }
    out.push_back(std::move(item));
}

void addMissedRunItem(std::vector<AttentionItem> &out, const Task &task, const QString &scope, bool stale,
                      const QDateTime &now, int graceMinutes)
{
    if (!missedRun(task, now, graceMinutes))
        return;
    AttentionItem item = itemFor(AttentionKind::MissedRun, task, scope, stale);
    item.detail =
        QCoreApplication::translate("Attention", "the run due %1 has not started").arg(formatTimestamp(task.nextRun));
    item.since = task.nextRun;
    out.push_back(std::move(item));
}

// Vendors whose rows are executions: one group per protected item.
void addExecutionGroup(std::vector<AttentionItem> &out, std::span<const Task *const> group, const QString &scope,
                       bool stale, double rpoHours, const AttentionPolicy &policy, const QDateTime &now)
{
    // The newest execution and the newest finished one, in one pass: sorting a large group by
    // time (QDateTime comparisons) was most of a 100k-task refresh.
    const Task *newestRun = group.front();
    const Task *newestFinished = nullptr;
    for (const Task *t : group) {
        if (newerRun(*t, *newestRun))
            newestRun = t;
        if (isFinished(t->status) && (!newestFinished || newerRun(*t, *newestFinished)))
            newestFinished = t;
    }
    const Task &newest = *newestRun;
    if (newestFinished)
        addStatusItem(out, *newestFinished, scope, stale, true);

    QDateTime lastSuccess;
    QDateTime firstRun;
    for (const Task *t : group) {
        if (t->lastSuccess.isValid() && (!lastSuccess.isValid() || t->lastSuccess > lastSuccess))
            lastSuccess = t->lastSuccess;
        if (t->lastRun.isValid() && (!firstRun.isValid() || t->lastRun < firstRun))
            firstRun = t->lastRun;
    }
    addRpoItem(out, newest, scope, stale, lastSuccess, firstRun, rpoHours, now);

    // Only the newest execution can still be waiting for its next run.
    addMissedRunItem(out, newest, scope, stale, now, policy.missedRunGraceMinutes);
}

std::optional<AttentionKind> sourceKind(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Unreachable:
        return AttentionKind::SourceUnreachable;
    case SourceHealth::AuthFailed:
        return AttentionKind::SourceAuthFailed;
    case SourceHealth::Stale:
        return AttentionKind::SourceStale;
    case SourceHealth::Pending:
    case SourceHealth::Ok:
        break;
    }
    return std::nullopt;
}

bool attentionBefore(const AttentionItem &a, const AttentionItem &b)
{
    const int sa = attentionSeverity(a.kind);
    const int sb = attentionSeverity(b.kind);
    if (sa != sb)
        return sa > sb;
    if (a.since != b.since) {
        if (!a.since.isValid() || !b.since.isValid())
            return a.since.isValid(); // unknown start last
        return a.since < b.since;
    }
    if (a.sourceId != b.sourceId)
        return a.sourceId < b.sourceId;
    if (a.taskName != b.taskName)
        return a.taskName < b.taskName;
    return a.key() < b.key();
}

} // namespace

QString AttentionItem::subjectKey() const
{
    return sourceId + KeySeparator + (scope.isEmpty() ? taskId : scope);
}

QString AttentionItem::key() const
{
    return attentionKindKey(kind) + KeySeparator + subjectKey();
}

bool rpoBreached(const QDateTime &lastSuccess, double rpoHours, const QDateTime &now)
{
    if (!std::isfinite(rpoHours) || rpoHours <= 0)
        return false;
    if (!lastSuccess.isValid())
        return true;
    const qint64 rpoMs = qint64(std::llround(rpoHours * 3600.0 * 1000.0));
    return lastSuccess.msecsTo(now) > rpoMs;
}

bool missedRun(const Task &task, const QDateTime &now, int graceMinutes)
{
    if (!task.enabled || !task.nextRun.isValid() || !now.isValid())
        return false;
    if (task.status == Status::Running || task.status == Status::Queued)
        return false;
    if (task.lastRun.isValid() && task.lastRun >= task.nextRun)
        return false; // a run started at or after the time it was due
    const qint64 graceMs = qint64(std::max(0, graceMinutes)) * 60 * 1000;
    return task.nextRun.msecsTo(now) > graceMs;
}

std::vector<AttentionItem> attentionItems(const std::vector<Task> &tasks, const QList<SourceState> &sources,
                                          const AttentionPolicy &policy, const QDateTime &now)
{
    std::vector<const Task *> pointers;
    pointers.reserve(tasks.size());
    for (const Task &task : tasks)
        pointers.push_back(&task);
    return attentionItemsOfRows(pointers, sources, policy, now);
}

std::vector<AttentionItem> attentionItemsOfRows(const std::vector<const Task *> &tasks,
                                                const QList<SourceState> &sources, const AttentionPolicy &policy,
                                                const QDateTime &now)
{
    QHash<QString, const SourceState *> sourceById;
    for (const SourceState &s : sources)
        sourceById.insert(s.id, &s);

    std::vector<AttentionItem> out;
    // Execution groups, keyed by (source, scope): numbered in order of appearance, their rows
    // gathered afterwards into one array. A map of 100k one-row vectors (Clumio lists a row per
    // backup) cost most of a refresh in string comparisons and allocations.
    QHash<std::pair<QString, QString>, int> groupOf;
    std::vector<std::pair<QString, QString>> groupKeys;
    std::vector<std::pair<const Task *, int>> executions; // row, group

    for (const Task *row : tasks) {
        const Task &task = *row;
        const SourceState *source = sourceById.value(task.sourceId);
        if (source && !source->enabled)
            continue;
        if (!task.enabled)
            continue;
        if (vendorRowsAreRuns(task.vendor)) {
            const QString &scope = task.restoreScope.isEmpty() ? task.name : task.restoreScope;
            const qsizetype known = groupOf.size();
            int &group = groupOf[std::pair(task.sourceId, scope)];
            if (groupOf.size() != known) {
                group = int(groupKeys.size());
                groupKeys.emplace_back(task.sourceId, scope);
            }
            executions.emplace_back(&task, group);
            continue;
        }
        // Data is current only from a source that answered its last poll.
        const bool stale = !source || source->health != SourceHealth::Ok;
        const double rpo = rpoHoursFor(policy, task.sourceId);
        addStatusItem(out, task, {}, stale, false);
        addRpoItem(out, task, {}, stale, task.lastSuccess, task.lastRun, rpo, now);
        addMissedRunItem(out, task, {}, stale, now, policy.missedRunGraceMinutes);
    }

    // Each group's rows together, in the order listed (a counting sort by group).
    std::vector<size_t> groupStart(groupKeys.size() + 1, 0);
    for (const auto &[row, group] : executions)
        ++groupStart[size_t(group) + 1];
    std::partial_sum(groupStart.begin(), groupStart.end(), groupStart.begin());
    std::vector<const Task *> grouped(executions.size());
    std::vector<size_t> fill(groupStart.cbegin(), groupStart.cend() - 1);
    for (const auto &[row, group] : executions)
        grouped[fill[size_t(group)]++] = row;
    for (size_t group = 0; group < groupKeys.size(); ++group) {
        const auto &[sourceId, scope] = groupKeys[group];
        const SourceState *source = sourceById.value(sourceId);
        const bool stale = !source || source->health != SourceHealth::Ok;
        const std::span<const Task *const> rows(grouped.data() + groupStart[group],
                                                groupStart[group + 1] - groupStart[group]);
        addExecutionGroup(out, rows, scope, stale, rpoHoursFor(policy, sourceId), policy, now);
    }

    for (const SourceState &s : sources) {
        if (!s.enabled)
            continue;
        const std::optional<AttentionKind> kind = sourceKind(s.health);
        if (!kind)
            continue;
        AttentionItem item;
        item.kind = *kind;
        item.sourceId = s.id;
        item.vendor = s.vendor;
        item.detail = s.lastError.isEmpty() ? healthText(s.health) : s.lastError;
        item.since = s.lastSuccessAt;
        item.stale = true;
        out.push_back(std::move(item));
    }

    std::sort(out.begin(), out.end(), attentionBefore);
    // A vendor that lists one task twice gives one row per condition, the first.
    QSet<QString> seen;
    std::erase_if(out, [&seen](const AttentionItem &item) {
        const QString key = item.key();
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
    return out;
}

int attentionSeverity(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::SourceUnreachable:
        return 7;
    case AttentionKind::SourceAuthFailed:
        return 6;
    case AttentionKind::Failed:
        return 5;
    case AttentionKind::RpoBreached:
        return 4;
    case AttentionKind::MissedRun:
        return 3;
    case AttentionKind::Warning:
        return 2;
    case AttentionKind::SourceStale:
        return 1;
    }
    return 0;
}

QString attentionKindText(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Failed:
        return QCoreApplication::translate("Attention", "Failed");
    case AttentionKind::Warning:
        return QCoreApplication::translate("Attention", "Warning");
    case AttentionKind::RpoBreached:
        return QCoreApplication::translate("Attention", "RPO breached");
    case AttentionKind::MissedRun:
        return QCoreApplication::translate("Attention", "Missed run");
    case AttentionKind::SourceUnreachable:
        return QCoreApplication::translate("Attention", "Source unreachable");
    case AttentionKind::SourceAuthFailed:
        return QCoreApplication::translate("Attention", "Source authentication failed");
    case AttentionKind::SourceStale:
        return QCoreApplication::translate("Attention", "Source stale");
    }
    return {};
}

QString attentionKindKey(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Failed:
        return QStringLiteral("failed");
    case AttentionKind::Warning:
        return QStringLiteral("warning");
    case AttentionKind::RpoBreached:
        return QStringLiteral("rpo_breached");
    case AttentionKind::MissedRun:
        return QStringLiteral("missed_run");
    case AttentionKind::SourceUnreachable:
        return QStringLiteral("source_unreachable");
    case AttentionKind::SourceAuthFailed:
        return QStringLiteral("source_auth_failed");
    case AttentionKind::SourceStale:
        return QStringLiteral("source_stale");
    }
    return {};
}

} // namespace BackupDash
