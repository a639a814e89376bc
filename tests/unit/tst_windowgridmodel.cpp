// The Backup windows heatmap model: aggregate counts, runs and overruns laid over a real
// week, any-time and unreadable windows, activity-only vendors; never a reset.
#include "models/windowgridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

constexpr int Fri = 5;

WindowJob windowJob(const QString &name, std::initializer_list<int> allowed, int minuteOffset = 0)
{
    WindowJob job;
    job.sourceId = QStringLiteral("vb");
    job.taskId = name;
    job.name = name;
    job.vendor = QStringLiteral("veeam-vb365");
    job.kind = WindowJob::Kind::Window;
    job.window.minuteOffset = minuteOffset;
    for (int i = 0; i < BackupWindow::Hours; ++i)
        job.window.vendorAllowed.append(false);
    for (int i : allowed)
        job.window.allowed[size_t(i)] = true;
    return job;
}

TaskRun run(const QDateTime &from, const QDateTime &to)
{
    TaskRun r;
    r.started = from;
    r.ended = to;
    r.status = Status::Success;
    return r;
}

// The week of Sunday 2026-11-22 in UTC: row 0 is Sunday, row 5 Friday.
void showUtcWeek(WindowGridModel &model)
{
    model.setWeek(QDate(2026, 11, 22), QTimeZone("UTC"));
}

} // namespace

class TestWindowGridModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregateCountsRunsAndOverruns()
    {
        WindowGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        showUtcWeek(model);

        // A: Friday 20–23; B: Friday 21–22 only; C: any time; D: unreadable; E: another vendor.
        WindowJob a = windowJob(QStringLiteral("A"), { Fri * 24 + 20, Fri * 24 + 21, Fri * 24 + 22 });
        a.runs = { run(utc(2026, 11, 27, 21, 30), utc(2026, 11, 27, 23, 10)) }; // 10 min past the window
        WindowJob b = windowJob(QStringLiteral("B"), { Fri * 24 + 21 });
        b.runs = { run(utc(2026, 11, 27, 21, 0), utc(2026, 11, 27, 21, 40)) }; // inside
        WindowJob c;
        c.sourceId = QStringLiteral("vb");
        c.taskId = c.name = QStringLiteral("C");
        c.kind = WindowJob::Kind::AnyTime;
        c.runs = { run(utc(2026, 11, 23, 3, 0), utc(2026, 11, 23, 3, 20)) };
        WindowJob d = windowJob(QStringLiteral("D"), { Fri * 24 + 21 });
        d.window.error = QStringLiteral("backup window unreadable: 167 elements");
        WindowJob e;
        e.sourceId = QStringLiteral("clumio-a");
        e.taskId = e.name = QStringLiteral("E");
        e.kind = WindowJob::Kind::NoGrid;
        e.runs = { run(utc(2026, 11, 27, 21, 5), utc(2026, 11, 27, 21, 15)) };
        model.setJobs({ a, b, c, d, e }, utc(2026, 11, 28, 12));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() >= 2);

        const QModelIndex fri21 = model.index(Fri, 21);
        QCOMPARE(fri21.data(WindowGridModel::WindowJobCountRole).toInt(), 3); // A, B, C (D unreadable, E no grid)
        QCOMPARE(fri21.data(WindowGridModel::AllowedCountRole).toInt(), 3);
        QCOMPARE(fri21.data(Qt::DisplayRole).toString(), QStringLiteral("3"));
        QCOMPARE(fri21.data(WindowGridModel::RunningCountRole).toInt(), 3); // A, B, E
        QCOMPARE(fri21.data(WindowGridModel::OverrunCountRole).toInt(), 0);
        const QModelIndex fri23 = model.index(Fri, 23);
        QCOMPARE(fri23.data(WindowGridModel::AllowedCountRole).toInt(), 1); // only C
        QCOMPARE(fri23.data(WindowGridModel::RunningCountRole).toInt(), 1);
        QCOMPARE(fri23.data(WindowGridModel::OverrunCountRole).toInt(), 1); // A, 23:00–23:10
        QVERIFY(fri23.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overran the window: A")));
        QCOMPARE(model.index(Fri, 22).data(WindowGridModel::OverrunCountRole).toInt(), 0);
        QCOMPARE(model.cell(Fri, 21).allowed,
                 QStringList({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));

        // Overruns per job: A once; B none; the unreadable D is listed with no runs.
        const auto &overruns = model.overruns();
        QCOMPARE(overruns.front().name, QStringLiteral("A"));
        QCOMPARE(overruns.front().overrunRuns, 1);
        QCOMPARE(overruns.front().runs, 1);
        for (const auto &o : overruns) {
            if (o.name != QLatin1String("A"))
                QCOMPARE(o.overrunRuns, 0);
        }

        // A new poll (B now runs late too) changes data, never the shape.
        b.runs.push_back(run(utc(2026, 11, 27, 22, 0), utc(2026, 11, 27, 22, 30)));
        model.setJobs({ a, b, c, d, e }, utc(2026, 11, 28, 12));
        QCOMPARE(model.index(Fri, 22).data(WindowGridModel::OverrunCountRole).toInt(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), 24);
        QCOMPARE(resets.count(), 0);
    }

    void singleJobShowsPartialHoursAndRunningRunsEndNow()
    {
        WindowGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        showUtcWeek(model);
        // +330: the job's Friday 21:00 is 15:30–16:30 UTC.
        WindowJob job = windowJob(QStringLiteral("India"), { Fri * 24 + 21 }, 330);
        TaskRun running;
        running.started = utc(2026, 11, 27, 16, 0);
        running.status = Status::Running;
        job.runs = { running };
        model.setJobs({ job }, utc(2026, 11, 27, 17, 15)); // still running at 17:15
        QCOMPARE(model.index(Fri, 15).data(WindowGridModel::AllowedFractionRole).toDouble(), 0.5);
        QCOMPARE(model.index(Fri, 15).data(WindowGridModel::PartialCountRole).toInt(), 1);
        QCOMPARE(model.index(Fri, 16).data(WindowGridModel::AllowedFractionRole).toDouble(), 0.5);
        QCOMPARE(model.index(Fri, 15).data(Qt::DisplayRole).toString(), QString()); // one job: drawn, not counted
        QCOMPARE(model.index(Fri, 16).data(WindowGridModel::OverrunCountRole).toInt(), 1); // 16:30–17:00 outside
        QCOMPARE(model.index(Fri, 17).data(WindowGridModel::RunningCountRole).toInt(), 1);
        QCOMPARE(model.index(Fri, 18).data(WindowGridModel::RunningCountRole).toInt(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void weekChangeMovesRunsAndHeaders()
    {
        WindowGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        showUtcWeek(model);
        WindowJob job = windowJob(QStringLiteral("A"), {});
        job.runs = { run(utc(2026, 11, 20, 10), utc(2026, 11, 20, 11)) }; // the week before
        model.setJobs({ job }, utc(2026, 11, 28, 0));
        QCOMPARE(model.overruns().front().runs, 0);
        model.setWeek(QDate(2026, 11, 15), QTimeZone("UTC"));
        QCOMPARE(model.index(Fri, 10).data(WindowGridModel::RunningCountRole).toInt(), 1);
        QCOMPARE(model.index(Fri, 10).data(WindowGridModel::OverrunCountRole).toInt(), 1); // nothing allowed
        QCOMPARE(model.overruns().front().overrunRuns, 1);
        QVERIFY(model.headerData(Fri, Qt::Vertical).toString().contains(QStringLiteral("20")));
        QVERIFY(headers.count() >= 2);
        QCOMPARE(resets.count(), 0);
    }

    void skippedHourIsSaidInWords()
    {
        WindowGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(QDate(2026, 3, 29), QTimeZone("Europe/Berlin"));
        model.setJobs({ windowJob(QStringLiteral("A"), { 1 }) }, utc(2026, 4, 1, 0));
        QCOMPARE(model.index(0, 2).data(WindowGridModel::ExistsRole).toBool(), false);
        QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("clocks went forward")));
        QCOMPARE(model.index(0, 3).data(WindowGridModel::ExistsRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestWindowGridModel)
#include "tst_windowgridmodel.moc"
