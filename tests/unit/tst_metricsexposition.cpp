// metricsText: the Prometheus text format, and the poll histogram behind it.
#include "app/metricsexposition.h"

#include <QRegularExpression>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

SourceState source(const QString &id, SourceHealth health)
{
    SourceState s;
    s.id = id;
    s.vendor = QStringLiteral("clumio");
    s.health = health;
    if (health == SourceHealth::Ok)
        s.lastSuccessAt = Now;
    return s;
}

Task task(const QString &id, Status status, const QDateTime &lastSuccess)
{
    Task t;
    t.sourceId = QStringLiteral("a");
    t.id = id;
    t.name = QStringLiteral("Task ") + id;
    t.status = status;
    t.lastSuccess = lastSuccess;
    return t;
}

QStringList samplesOf(const QString &text, const QString &name)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QLatin1Char('{')) || line.startsWith(name + QLatin1Char(' ')))
            lines << line;
    }
    return lines;
}

} // namespace

class TestMetricsExposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesUpStaleAndTheirTasks()
    {
        MetricsInput input;
        input.sources = { source(QStringLiteral("a"), SourceHealth::Ok),
                          source(QStringLiteral("b"), SourceHealth::Unreachable) };
        SourceSnapshot snapshot;
        snapshot.sourceId = QStringLiteral("a");
        snapshot.tasks = { task(QStringLiteral("1"), Status::Success, Now.addSecs(-60)),
                           task(QStringLiteral("2"), Status::Failed, {}), // never succeeded
                           task(QStringLiteral("3"), Status::Failed, Now.addSecs(-7200)) };
        RestoreJob restore;
        restore.status = Status::Running;
        snapshot.restores = { restore };
        input.snapshots.insert(QStringLiteral("a"), std::make_shared<const SourceSnapshot>(snapshot));
        const QString text = QString::fromUtf8(metricsText(input));

        QVERIFY(text.contains(QStringLiteral("backupdash_source_up{source=\"a\",vendor=\"clumio\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_source_up{source=\"b\",vendor=\"clumio\"} 0\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_source_stale{source=\"b\",vendor=\"clumio\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_tasks{source=\"a\",status=\"failed\"} 2\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_tasks{source=\"a\",status=\"success\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_restores{source=\"a\",status=\"running\"} 1\n")));
        QCOMPARE(samplesOf(text, QStringLiteral("backupdash_tasks")).size(), 8); // every status, for source a only
        const QStringList lastSuccess =
            samplesOf(text, QStringLiteral("backupdash_task_last_success_timestamp_seconds"));
        QCOMPARE(lastSuccess.size(), 2); // task 2 never succeeded: absent, not zero
        QVERIFY2(
            lastSuccess.contains(
                QStringLiteral(
                    "backupdash_task_last_success_timestamp_seconds{source=\"a\",task_id=\"1\",task=\"Task 1\"} %1.000")
                    .arg(Now.addSecs(-60).toSecsSinceEpoch())),
            qPrintable(lastSuccess.join(u'\n')));
    }

    void everyFamilyIsWholeAndDeclared()
    {
        MetricsInput input;
        input.sources = { source(QStringLiteral("a"), SourceHealth::Ok),
                          source(QStringLiteral("b"), SourceHealth::Ok) };
        SourceSnapshot snapshot;
        snapshot.tasks = { task(QStringLiteral("1"), Status::Success, Now) };
        input.snapshots.insert(QStringLiteral("a"), std::make_shared<const SourceSnapshot>(snapshot));
        input.snapshots.insert(QStringLiteral("b"), std::make_shared<const SourceSnapshot>(snapshot));
        input.polls.record(QStringLiteral("a"), 0.3, true);
        input.polls.record(QStringLiteral("b"), 0.3, false);
        const QStringList lines = QString::fromUtf8(metricsText(input)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Each sample belongs to the family declared last (histograms: _bucket/_sum/_count), and
        // no family is declared twice.
        QString current;
        QStringList declared;
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("# TYPE "))) {
                current = line.section(QLatin1Char(' '), 2, 2);
                QVERIFY2(!declared.contains(current), qPrintable(current));
                declared << current;
                continue;
            }
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QString name = line.section(QRegularExpression(QStringLiteral("[{ ]")), 0, 0);
            QVERIFY2(name == current || name == current + QStringLiteral("_bucket")
                         || name == current + QStringLiteral("_sum") || name == current + QStringLiteral("_count"),
                     qPrintable(line));
        }
        QVERIFY(declared.contains(QStringLiteral("backupdash_polls_total")));
    }

    void histogramIsCumulative()
    {
        MetricsInput input;
        input.sources = { source(QStringLiteral("a"), SourceHealth::Ok) };
        for (double seconds : { 0.05, 0.3, 0.3, 4.0, 500.0 })
            input.polls.record(QStringLiteral("a"), seconds, seconds < 100);
        input.polls.record(QStringLiteral("a"), -3, true); // a clock step back counts as 0 s
        const QString text = QString::fromUtf8(metricsText(input));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"a\",le=\"0.1\"} 2\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"a\",le=\"0.5\"} 4\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"a\",le=\"5\"} 5\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"a\",le=\"120\"} 5\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"a\",le=\"+Inf\"} 6\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_count{source=\"a\"} 6\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_poll_duration_seconds_sum{source=\"a\"} 504.65\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_polls_total{source=\"a\",result=\"failed\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("backupdash_polls_total{source=\"a\",result=\"ok\"} 5\n")));
    }

    void labelValuesAreEscaped()
    {
        QCOMPARE(escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
        MetricsInput input;
        input.sources = { source(QStringLiteral("a"), SourceHealth::Ok) };
        SourceSnapshot snapshot;
        snapshot.tasks = { task(QStringLiteral("1"), Status::Success, Now) };
        snapshot.tasks[0].name = QStringLiteral("Exchange \"VIP\"\nline");
        input.snapshots.insert(QStringLiteral("a"), std::make_shared<const SourceSnapshot>(snapshot));
        const QString text = QString::fromUtf8(metricsText(input));
        QVERIFY(text.contains(QStringLiteral("task=\"Exchange \\\"VIP\\\"\\nline\"")));
    }

    void disabledSourcesAreLeftOut()
    {
        MetricsInput input;
        SourceState off = source(QStringLiteral("off"), SourceHealth::Pending);
        off.enabled = false;
        input.sources = { off };
        QVERIFY(!QString::fromUtf8(metricsText(input)).contains(QStringLiteral("source=\"off\"")));
    }
};

QTEST_GUILESS_MAIN(TestMetricsExposition)
#include "tst_metricsexposition.moc"
