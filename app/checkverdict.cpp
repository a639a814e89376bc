#include "app/checkverdict.h"

#include "models/attentionrules.h"
#include "models/formatting.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <map>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads CheckVerdictMsg::tr(), a free tr() would leave it guessing.
struct CheckVerdictMsg
{
    Q_DECLARE_TR_FUNCTIONS(BackupDash::CheckVerdict)
};

// CRITICAL > UNKNOWN > WARNING > OK.
int rank(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return 0;
    case CheckState::Warning:
        return 1;
    case CheckState::Unknown:
        return 2;
    case CheckState::Critical:
        return 3;
    }
    return 2;
}

// Perfdata labels are quoted when they hold anything but letters, digits and underscores; a
// quote inside is doubled (plugin guidelines).
QString label(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString seconds(double hours)
{
    return QString::number(qint64(hours * 3600));
}

// One line per condition kind: how many, and the first subject named.
struct Finding
{
    CheckState state;
    QString what; // "failed", "no success for more than 24 h", …
    QStringList subjects;
};

QString subjectOf(const AttentionItem &item)
{
    return item.taskName.isEmpty() ? item.sourceId : item.sourceId + QLatin1Char('/') + item.taskName;
}

// The newest success of each protected item (execution vendors) or task, and from those the
// oldest: the age the slowest backup has reached.
std::optional<qint64> oldestSuccessAgeSeconds(const std::vector<SourceResult> &results, const QDateTime &now)
{
    std::map<std::pair<QString, QString>, QDateTime> newest;
    for (const SourceResult &result : results) {
        if (!result.snapshot)
            continue;
        for (const Task &task : result.snapshot->tasks) {
            if (!task.enabled || !task.lastSuccess.isValid())
                continue;
            const QString subject = vendorRowsAreRuns(task.vendor)
                ? (task.restoreScope.isEmpty() ? task.name : task.restoreScope)
                : task.id;
            QDateTime &slot = newest[{ task.sourceId, subject }];
            if (!slot.isValid() || task.lastSuccess > slot)
                slot = task.lastSuccess;
        }
    }
    std::optional<qint64> oldest;
    for (const auto &[subject, success] : newest)
        oldest = std::max(oldest.value_or(0), std::max<qint64>(0, success.secsTo(now)));
    return oldest;
}

} // namespace

QString checkStateText(CheckState state)
{
    switch (state) {
    case CheckState::Ok:
        return QStringLiteral("OK");
    case CheckState::Warning:
        return QStringLiteral("WARNING");
    case CheckState::Critical:
        return QStringLiteral("CRITICAL");
    case CheckState::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

QString CheckVerdict::statusLine() const
{
    // "|" separates perfdata, so it may not appear in the text; one line only.
    QString words = text;
    words.replace(QLatin1Char('|'), QLatin1Char('/'));
    words.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString line = QStringLiteral("BACKUPDASH %1 - %2").arg(checkStateText(state), words);
    if (!perfdata.isEmpty())
        line += QStringLiteral(" | ") + perfdata;
    return line;
}

CheckVerdict checkProblem(const QString &text)
{
    return { CheckState::Unknown, text, {} };
}

CheckVerdict checkVerdict(const std::vector<SourceResult> &results, const QHash<QString, double> &rpoHoursBySource,
                          const CheckThresholds &thresholds, const QDateTime &now)
{
    std::vector<Task> tasks;
    QList<SourceState> sources;
    for (const SourceResult &result : results) {
        sources.append(result.state);
        if (result.snapshot)
            tasks.insert(tasks.end(), result.snapshot->tasks.begin(), result.snapshot->tasks.end());
    }

    // Status, missed runs and sources, with the configured RPOs; the age rules run again below
    // with the thresholds as every source's RPO, when given.
    AttentionPolicy configured;
    configured.rpoHoursBySource = rpoHoursBySource;
    const bool ageFromThresholds = thresholds.warningAgeHours || thresholds.criticalAgeHours;

    std::vector<Finding> findings {
        { CheckState::Critical, CheckVerdictMsg::tr("failed"), {} },
        { CheckState::Critical, {}, {} }, // no success within the critical age
        { CheckState::Unknown, CheckVerdictMsg::tr("not answering"), {} },
        { CheckState::Warning, CheckVerdictMsg::tr("warning"), {} },
        { CheckState::Warning, CheckVerdictMsg::tr("missed run"), {} },
        { CheckState::Warning, {}, {} }, // no success within the warning age or RPO
    };
    Finding &failed = findings[0];
    Finding &tooOld = findings[1];
    Finding &sourcesDown = findings[2];
    Finding &warned = findings[3];
    Finding &missed = findings[4];
    Finding &late = findings[5];

    for (const AttentionItem &item : attentionItems(tasks, sources, configured, now)) {
        switch (item.kind) {
        case AttentionKind::Failed:
            failed.subjects << subjectOf(item);
            break;
        case AttentionKind::Warning:
            warned.subjects << subjectOf(item);
            break;
        case AttentionKind::MissedRun:
            missed.subjects << subjectOf(item);
            break;
        case AttentionKind::RpoBreached:
            if (!ageFromThresholds)
                late.subjects << subjectOf(item);
            break;
        case AttentionKind::SourceUnreachable:
        case AttentionKind::SourceAuthFailed:
        case AttentionKind::SourceStale:
            sourcesDown.subjects << QStringLiteral("%1: %2").arg(item.sourceId, item.detail);
            break;
        }
    }
    // A source that never got as far as a poll (not configured) gives no attention row.
    for (const SourceState &source : std::as_const(sources)) {
        if (source.health == SourceHealth::Pending && source.enabled)
            sourcesDown.subjects << QStringLiteral("%1: %2").arg(source.id, source.lastError);
    }
    late.what = CheckVerdictMsg::tr("no success within the RPO");
    const auto ageRule = [&](double hours, Finding &finding, const QStringList &exclude) {
        AttentionPolicy policy;
        policy.defaultRpoHours = hours;
        for (const AttentionItem &item : attentionItems(tasks, sources, policy, now)) {
            if (item.kind == AttentionKind::RpoBreached && !exclude.contains(subjectOf(item)))
                finding.subjects << subjectOf(item);
        }
        finding.what = CheckVerdictMsg::tr("no success for more than %1 h").arg(hours);
    };
    if (thresholds.criticalAgeHours)
        ageRule(*thresholds.criticalAgeHours, tooOld, {});
    if (thresholds.warningAgeHours)
        ageRule(*thresholds.warningAgeHours, late, tooOld.subjects); // critical ones are said once

    CheckVerdict verdict;
    verdict.state = CheckState::Ok;
    QStringList parts;
    for (const Finding &finding : findings) {
        if (finding.subjects.isEmpty())
            continue;
        if (rank(finding.state) > rank(verdict.state))
            verdict.state = finding.state;
        parts << QStringLiteral("%1: %2 (%3%4)")
                     .arg(finding.what)
                     .arg(finding.subjects.size())
                     .arg(finding.subjects.constFirst(),
                          finding.subjects.size() > 1 ? QStringLiteral(", …") : QString());
    }
    if (parts.isEmpty())
        verdict.text = CheckVerdictMsg::tr("%1 tasks in %2 sources, all fine").arg(tasks.size()).arg(sources.size());
    else
        verdict.text = parts.join(QStringLiteral("; "));

    // Perfdata: counts per normalized status, sources down, the oldest success's age.
    int counts[StatusCount] = {};
    for (const Task &task : tasks) {
        if (task.enabled)
            ++counts[int(task.status)];
    }
    QStringList perf;
    for (int s = 0; s < StatusCount; ++s)
        perf << QStringLiteral("%1=%2;;;0").arg(label(statusKey(Status(s)))).arg(counts[s]);
    perf << QStringLiteral("%1=%2;;;0;%3")
                .arg(label(QStringLiteral("sources_down")))
                .arg(sourcesDown.subjects.size())
                .arg(sources.size());
    if (const std::optional<qint64> age = oldestSuccessAgeSeconds(results, now)) {
        perf << QStringLiteral("%1=%2s;%3;%4;0")
                    .arg(label(QStringLiteral("oldest_success_age")))
                    .arg(*age)
                    .arg(thresholds.warningAgeHours ? seconds(*thresholds.warningAgeHours) : QString(),
                         thresholds.criticalAgeHours ? seconds(*thresholds.criticalAgeHours) : QString());
    }
    verdict.perfdata = perf.join(QLatin1Char(' '));
    return verdict;
}

} // namespace BackupDash
