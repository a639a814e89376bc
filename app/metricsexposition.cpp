#include "app/metricsexposition.h"

#include "models/status.h"

#include <QLocale>

namespace BackupDash {

namespace {

// Numbers in the C locale, integers without a fraction, the rest with enough digits.
QString number(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QLocale::c().toString(value, 'g', 12);
}

QString seconds(const QDateTime &utc)
{
    return QString::number(utc.toMSecsSinceEpoch() / 1000.0, 'f', 3);
}

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                      .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    }
    void sample(const QString &name, const QList<std::pair<const char *, QString>> &labels, const QString &value)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            m_text += QLatin1Char('{');
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0)
                    m_text += QLatin1Char(',');
                m_text += QLatin1String(labels[i].first) + QStringLiteral("=\"") + escapeLabelValue(labels[i].second)
                    + QLatin1Char('"');
            }
            m_text += QLatin1Char('}');
        }
        m_text += QLatin1Char(' ') + value + QLatin1Char('\n');
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray metricsText(const MetricsInput &input)
{
    // Each family's HELP and TYPE, then all of its samples: families never interleave.
    Writer w;
    std::vector<const SourceState *> enabled;
    for (const SourceState &s : input.sources) {
        if (s.enabled)
            enabled.push_back(&s);
    }
    const auto sourceLabels = [](const SourceState &s) {
        return QList<std::pair<const char *, QString>> { { "source", s.id }, { "vendor", s.vendor } };
    };
    const auto snapshotOf = [&input](const SourceState &s) -> const SourceSnapshot * {
        const auto it = input.snapshots.constFind(s.id);
        return it == input.snapshots.constEnd() ? nullptr : it->get();
    };

    w.family("backupdash_source_up", "gauge", "1 when the source's last poll answered, else 0.");
    for (const SourceState *s : enabled)
        w.sample(QStringLiteral("backupdash_source_up"), sourceLabels(*s),
                 s->health == SourceHealth::Ok ? QStringLiteral("1") : QStringLiteral("0"));

    w.family("backupdash_source_stale", "gauge",
             "1 when the data shown for the source is not current (its last poll failed or has not answered yet).");
    for (const SourceState *s : enabled)
        w.sample(QStringLiteral("backupdash_source_stale"), sourceLabels(*s),
                 s->health == SourceHealth::Ok ? QStringLiteral("0") : QStringLiteral("1"));

    w.family("backupdash_source_last_success_timestamp_seconds", "gauge",
             "When the source last answered a poll, in seconds since the Unix epoch.");
    for (const SourceState *s : enabled) {
        if (s->lastSuccessAt.isValid())
            w.sample(QStringLiteral("backupdash_source_last_success_timestamp_seconds"), sourceLabels(*s),
                     seconds(s->lastSuccessAt));
    }

    w.family("backupdash_tasks", "gauge", "Tasks of the source's last good poll, by normalized status.");
    for (const SourceState *s : enabled) {
        const SourceSnapshot *snapshot = snapshotOf(*s);
        if (!snapshot)
            continue;
        int counts[StatusCount] = {};
        for (const Task &task : snapshot->tasks)
            ++counts[int(task.status)];
        for (int i = 0; i < StatusCount; ++i)
            w.sample(QStringLiteral("backupdash_tasks"), { { "source", s->id }, { "status", statusKey(Status(i)) } },
                     QString::number(counts[i]));
    }

    w.family("backupdash_task_last_success_timestamp_seconds", "gauge",
             "A task's last successful run, in seconds since the Unix epoch (a task that never succeeded is absent).");
    for (const SourceState *s : enabled) {
        const SourceSnapshot *snapshot = snapshotOf(*s);
        if (!snapshot)
            continue;
        for (const Task &task : snapshot->tasks) {
            if (task.lastSuccess.isValid())
                w.sample(QStringLiteral("backupdash_task_last_success_timestamp_seconds"),
                         { { "source", s->id }, { "task_id", task.id }, { "task", task.name } },
                         seconds(task.lastSuccess));
        }
    }

    w.family("backupdash_restores", "gauge", "Restore jobs of the source's last good poll, by normalized status.");
    for (const SourceState *s : enabled) {
        const SourceSnapshot *snapshot = snapshotOf(*s);
        if (!snapshot)
            continue;
        int counts[StatusCount] = {};
        for (const RestoreJob &job : snapshot->restores)
            ++counts[int(job.status)];
        for (int i = 0; i < StatusCount; ++i)
            w.sample(QStringLiteral("backupdash_restores"), { { "source", s->id }, { "status", statusKey(Status(i)) } },
                     QString::number(counts[i]));
    }

    w.family("backupdash_poll_duration_seconds", "histogram", "How long each poll of the source took.");
    for (const SourceState *s : enabled) {
        const auto it = input.polls.series().constFind(s->id);
        if (it == input.polls.series().constEnd())
            continue;
        for (size_t i = 0; i < PollHistogram::Bounds.size(); ++i)
            w.sample(QStringLiteral("backupdash_poll_duration_seconds_bucket"),
                     { { "source", s->id }, { "le", number(PollHistogram::Bounds[i]) } },
                     QString::number(it->buckets[i]));
        w.sample(QStringLiteral("backupdash_poll_duration_seconds_bucket"),
                 { { "source", s->id }, { "le", QStringLiteral("+Inf") } }, QString::number(it->count));
        w.sample(QStringLiteral("backupdash_poll_duration_seconds_sum"), { { "source", s->id } },
                 number(it->sumSeconds));
        w.sample(QStringLiteral("backupdash_poll_duration_seconds_count"), { { "source", s->id } },
                 QString::number(it->count));
    }

    w.family("backupdash_polls_total", "counter", "Polls of the source since start, by result.");
    for (const SourceState *s : enabled) {
        const auto it = input.polls.series().constFind(s->id);
        if (it == input.polls.series().constEnd())
            continue;
        w.sample(QStringLiteral("backupdash_polls_total"), { { "source", s->id }, { "result", QStringLiteral("ok") } },
                 QString::number(it->count - it->failed));
        w.sample(QStringLiteral("backupdash_polls_total"),
                 { { "source", s->id }, { "result", QStringLiteral("failed") } }, QString::number(it->failed));
    }
    return w.bytes();
}

} // namespace BackupDash
