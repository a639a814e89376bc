// checkVerdict: the Nagios plugin's state, words and perfdata from one poll's results.
#include "app/checkverdict.h"

#include <QRegularExpression>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Task task(const QString &id, Status status, double hoursSinceSuccess,
          const QString &vendor = QStringLiteral("cloudally"))
{
    Task t;
    t.sourceId = QStringLiteral("src-") + vendor;
    t.vendor = vendor;
    t.id = id;
    t.name = QStringLiteral("Task ") + id;
    t.status = status;
    t.lastRun = Now.addSecs(-600);
    if (hoursSinceSuccess >= 0)
        t.lastSuccess = Now.addSecs(-qint64(hoursSinceSuccess * 3600));
    return t;
}

SourceResult answered(std::vector<Task> tasks, const QString &vendor = QStringLiteral("cloudally"))
{
    SourceResult result;
    result.state.id = QStringLiteral("src-") + vendor;
    result.state.vendor = vendor;
    result.state.health = SourceHealth::Ok;
    SourceSnapshot snapshot;
    snapshot.sourceId = result.state.id;
    snapshot.polledAt = Now;
    snapshot.tasks = std::move(tasks);
    result.snapshot = snapshot;
    return result;
}

SourceResult unreachable(const QString &id)
{
    SourceResult result;
    result.state.id = id;
    result.state.vendor = QStringLiteral("acronis");
    result.state.health = SourceHealth::Unreachable;
    result.state.lastError = QStringLiteral("connection refused by 127.0.0.1:1");
    return result;
}

// The plugin guidelines' perfdata: 'label'=value[UOM];[warn];[crit];[min];[max], space-separated.
bool perfdataWellFormed(const QString &perfdata)
{
    static const QRegularExpression item(QStringLiteral("^'[^']+'=\\d+(s)?;[\\d.]*;[\\d.]*;[\\d.]*(;[\\d.]*)?$"));
    for (const QString &part : perfdata.split(QLatin1Char(' '))) {
        if (!item.match(part).hasMatch())
            return false;
    }
    return true;
}

} // namespace

class TestCheckVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allFineIsOk()
    {
        const CheckVerdict v =
            checkVerdict({ answered({ task(QStringLiteral("1"), Status::Success, 2) }) }, {}, {}, Now);
        QCOMPARE(v.state, CheckState::Ok);
        QCOMPARE(int(v.state), 0);
        QVERIFY2(v.statusLine().startsWith(QStringLiteral("BACKUPDASH OK - 1 tasks in 1 sources")),
                 qPrintable(v.statusLine()));
        QVERIFY2(perfdataWellFormed(v.perfdata), qPrintable(v.perfdata));
        QVERIFY(v.perfdata.contains(QStringLiteral("'success'=1;;;0")));
        QVERIFY(v.perfdata.contains(QStringLiteral("'oldest_success_age'=7200s;;;0")));
    }

    void failedTaskIsCriticalAndNamed()
    {
        const CheckVerdict v = checkVerdict({ answered({ task(QStringLiteral("1"), Status::Success, 1),
                                                         task(QStringLiteral("2"), Status::Failed, 3) }) },
                                            {}, {}, Now);
        QCOMPARE(v.state, CheckState::Critical);
        QCOMPARE(int(v.state), 2);
        QVERIFY2(v.text.contains(QStringLiteral("failed: 1 (src-cloudally/Task 2)")), qPrintable(v.text));
        QVERIFY(v.perfdata.contains(QStringLiteral("'failed'=1;;;0")));
    }

    void warningIsWarning()
    {
        const CheckVerdict v =
            checkVerdict({ answered({ task(QStringLiteral("1"), Status::Warning, 1) }) }, {}, {}, Now);
        QCOMPARE(v.state, CheckState::Warning);
        QVERIFY2(v.text.startsWith(QStringLiteral("warning: 1")), qPrintable(v.text));
    }

    void unreachableSourceIsUnknownButAFailureOutranksIt()
    {
        const CheckVerdict down = checkVerdict(
            { answered({ task(QStringLiteral("1"), Status::Warning, 1) }), unreachable(QStringLiteral("src-acronis")) },
            {}, {}, Now);
        QCOMPARE(down.state, CheckState::Unknown); // cannot see one source: worse than a known warning
        QVERIFY2(down.text.contains(QStringLiteral("src-acronis: connection refused")), qPrintable(down.text));
        QVERIFY(down.perfdata.contains(QStringLiteral("'sources_down'=1;;;0;2")));
        const CheckVerdict failed = checkVerdict(
            { answered({ task(QStringLiteral("1"), Status::Failed, 1) }), unreachable(QStringLiteral("src-acronis")) },
            {}, {}, Now);
        QCOMPARE(failed.state, CheckState::Critical);
    }

    void configuredRpoWarnsWithoutThresholds()
    {
        QHash<QString, double> rpo { { QStringLiteral("src-cloudally"), 12.0 } };
        QCOMPARE(checkVerdict({ answered({ task(QStringLiteral("1"), Status::Success, 11.9) }) }, rpo, {}, Now).state,
                 CheckState::Ok);
        const CheckVerdict late =
            checkVerdict({ answered({ task(QStringLiteral("1"), Status::Success, 12.5) }) }, rpo, {}, Now);
        QCOMPARE(late.state, CheckState::Warning);
        QVERIFY2(late.text.contains(QStringLiteral("no success within the RPO: 1")), qPrintable(late.text));
    }

    void ageThresholdsAtTheirEdges_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<CheckState>("expected");
        QTest::newRow("below warning") << 23.9 << CheckState::Ok;
        QTest::newRow("exactly warning is still within") << 24.0 << CheckState::Ok;
        QTest::newRow("past warning") << 24.1 << CheckState::Warning;
        QTest::newRow("exactly critical is within critical") << 48.0 << CheckState::Warning;
        QTest::newRow("past critical") << 48.1 << CheckState::Critical;
    }
    void ageThresholdsAtTheirEdges()
    {
        QFETCH(double, hours);
        QFETCH(CheckState, expected);
        CheckThresholds thresholds;
        thresholds.warningAgeHours = 24;
        thresholds.criticalAgeHours = 48;
        // The configured RPO (1 h) gives way to the thresholds given on the command line.
        const CheckVerdict v = checkVerdict({ answered({ task(QStringLiteral("1"), Status::Success, hours) }) },
                                            { { QStringLiteral("src-cloudally"), 1.0 } }, thresholds, Now);
        QCOMPARE(v.state, expected);
        QVERIFY2(v.perfdata.contains(QStringLiteral(";86400;172800;0")), qPrintable(v.perfdata));
        if (expected == CheckState::Critical) // said once, as the critical one
            QVERIFY2(!v.text.contains(QStringLiteral("24 h")), qPrintable(v.text));
    }

    void executionVendorsAreJudgedPerProtectedItem()
    {
        // An old failed execution already followed by a success is not a failure now, and the
        // item's age is that of its newest success.
        Task oldFailure = task(QStringLiteral("run-1"), Status::Failed, 50, QStringLiteral("clumio"));
        oldFailure.restoreScope = QStringLiteral("vol-1");
        oldFailure.lastRun = Now.addSecs(-7200);
        Task newSuccess = task(QStringLiteral("run-2"), Status::Success, 1, QStringLiteral("clumio"));
        newSuccess.restoreScope = QStringLiteral("vol-1");
        const CheckVerdict v =
            checkVerdict({ answered({ oldFailure, newSuccess }, QStringLiteral("clumio")) }, {}, {}, Now);
        QCOMPARE(v.state, CheckState::Ok);
        QVERIFY2(v.perfdata.contains(QStringLiteral("'oldest_success_age'=3600s")), qPrintable(v.perfdata));
    }

    void disabledTasksNeverCount()
    {
        Task off = task(QStringLiteral("1"), Status::Failed, 100);
        off.enabled = false;
        const CheckVerdict v = checkVerdict({ answered({ off }) }, {}, {}, Now);
        QCOMPARE(v.state, CheckState::Ok);
        QVERIFY(v.perfdata.contains(QStringLiteral("'failed'=0;;;0")));
    }

    void statusLineIsOneLineWithoutStrayPipes()
    {
        Task odd = task(QStringLiteral("1"), Status::Failed, 1);
        odd.name = QStringLiteral("a | b\nc");
        const QString line = checkVerdict({ answered({ odd }) }, {}, {}, Now).statusLine();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QCOMPARE(line.count(QLatin1Char('|')), 1); // only the perfdata separator
    }

    void problemIsUnknownWithoutPerfdata()
    {
        const CheckVerdict v = checkProblem(QStringLiteral("--config FILE is required"));
        QCOMPARE(int(v.state), 3);
        QCOMPARE(v.statusLine(), QStringLiteral("BACKUPDASH UNKNOWN - --config FILE is required"));
    }
};

QTEST_GUILESS_MAIN(TestCheckVerdict)
#include "tst_checkverdict.moc"
