#include "simulator/simclock.h"
#include "simulator/simscenario.h"
#include "simulator/simtime.h"
#include "simulator/simulatoroptions.h"
#include "simulator/vb365/simvb365json.h"
#include "simulator/vb365/simvb365scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace BackupDash;

namespace {

const QDateTime Start(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
const QString ApiRoot = QStringLiteral("/vb365/v8");
constexpr qint64 Day = 86'400;

SimulatorOptions optionsFor(quint32 seed, int jobs = 24)
{
    SimulatorOptions options;
    options.seed = seed;
    options.jobs = jobs;
    options.speed = 0;
    options.startTime = Start;
    return options;
}

// Everything the API would list at `now`, as the bytes it would send.
QByteArray estate(const SimVb365Scenario &scenario, const QDateTime &now)
{
    QJsonArray jobs;
    for (int i = 0; i < int(scenario.jobs().size()); ++i)
        jobs.append(SimVb365Json::job(scenario, i, now, ApiRoot));
    QJsonArray sessions;
    for (const SimVb365Run &run : scenario.allRuns(now.addSecs(-SimVb365Scenario::HistorySecs), now))
        sessions.append(SimVb365Json::session(scenario, run, ApiRoot));
    QJsonArray restores;
    for (const SimVb365RestoreSession &session :
         scenario.restoreSessions(now.addSecs(-SimVb365Scenario::HistorySecs), now))
        restores.append(SimVb365Json::restoreSession(scenario, session, ApiRoot));
    return QJsonDocument(QJsonObject { { QStringLiteral("jobs"), jobs },
                                       { QStringLiteral("sessions"), sessions },
                                       { QStringLiteral("restores"), restores } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject jobJson(const SimVb365Scenario &scenario, int index, const QDateTime &now)
{
    return SimVb365Json::job(scenario, index, now, ApiRoot);
}

QJsonObject windowSettingsOf(const QJsonObject &policy)
{
    const bool periodic = policy.value(QLatin1String("type")).toString() == QLatin1String("Periodically");
    return policy.value(QLatin1String(periodic ? "periodicallyWindowSettings" : "backupWindowSettings")).toObject();
}

bool windowEnabled(const QJsonObject &policy)
{
    const bool periodic = policy.value(QLatin1String("type")).toString() == QLatin1String("Periodically");
    return policy.value(QLatin1String(periodic ? "periodicallyWindowEnabled" : "backupWindowEnabled")).toBool();
}

} // namespace

class TestSimScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesIdenticalAnswers();
    void otherSeedGivesOtherAnswers();
    void jobCountFollowsOptions();
    void schedulesMixDailyAndPeriodic();
    void enabledWindowsHave168Booleans();
    void runsStartOnlyInAllowedHours();
    void historyHasAMixOfOutcomes();
    void runningSessionHasNoEndTime();
    void disabledJobsDoNotRun();
    void oneJobNeverRan();
    void timestampsLookLikeVeeams();
    void nextRunIsAheadInWholeSeconds();
    void restoreSessionsMoveThroughTheirStates();
    void anHourOfScenarioTimeChangesTheEstate();
    void clockRunsAtItsSpeed();
    void clockStandsStillAtSpeedZero();
};

void TestSimScenario::sameSeedGivesIdenticalAnswers()
{
    const SimScenario a(optionsFor(7));
    const SimScenario b(optionsFor(7));
    const SimVb365Scenario first(a, 24);
    const SimVb365Scenario second(b, 24);
    // Ask the second one other questions first: answers must not depend on what came before.
    (void)second.latestRun(5, Start.addDays(-3));
    (void)second.allRuns(Start.addDays(-1), Start);
    QCOMPARE(estate(first, Start), estate(second, Start));
    QCOMPARE(estate(first, Start.addSecs(5'000)), estate(second, Start.addSecs(5'000)));
}

void TestSimScenario::otherSeedGivesOtherAnswers()
{
    const SimScenario a(optionsFor(1));
    const SimScenario b(optionsFor(2));
    const SimVb365Scenario first(a, 24);
    const SimVb365Scenario second(b, 24);
    QVERIFY(estate(first, Start) != estate(second, Start));
    QVERIFY(first.jobs().front().id != second.jobs().front().id);
}

void TestSimScenario::jobCountFollowsOptions()
{
    for (const int count : { 24, 3, 50 }) {
        const SimScenario shared(optionsFor(1, count));
        const SimVb365Scenario scenario(shared, count);
        QCOMPARE(int(scenario.jobs().size()), count);
        QSet<QString> names;
        QSet<QUuid> ids;
        for (const SimVb365Job &job : scenario.jobs()) {
            names.insert(job.name);
            ids.insert(job.id);
        }
        QCOMPARE(names.size(), count);
        QCOMPARE(ids.size(), count);
    }
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    QSet<int> organizations;
    bool nonAscii = false;
    for (const SimVb365Job &job : scenario.jobs()) {
        organizations.insert(job.organization);
        for (const QChar c : job.name)
            nonAscii = nonAscii || (c.unicode() > 0x7f && c != QChar(0x2013));
    }
    QCOMPARE(organizations.size(), 2);
    QVERIFY(nonAscii);
}

void TestSimScenario::schedulesMixDailyAndPeriodic()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    int daily = 0;
    int periodic = 0;
    int windowed = 0;
    for (int i = 0; i < 24; ++i) {
        const QJsonObject policy = jobJson(scenario, i, Start).value(QLatin1String("schedulePolicy")).toObject();
        const QString type = policy.value(QLatin1String("type")).toString();
        if (type == QLatin1String("Daily")) {
            ++daily;
            QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:00$"))
                        .match(policy.value(QLatin1String("dailyTime")).toString())
                        .hasMatch());
            QVERIFY(!policy.contains(QLatin1String("periodicallyWindowEnabled")));
        } else {
            QCOMPARE(type, QStringLiteral("Periodically"));
            ++periodic;
            QVERIFY(policy.value(QLatin1String("periodicallyEvery"))
                        .toString()
                        .contains(QRegularExpression(QStringLiteral("^(Minutes30|Hours1|Hours2|Hours4|Hours8)$"))));
            QVERIFY(!policy.contains(QLatin1String("backupWindowEnabled")));
        }
        windowed += windowEnabled(policy) ? 1 : 0;
    }
    QVERIFY2(daily >= 10 && daily <= 18, qPrintable(QString::number(daily)));
    QVERIFY2(periodic >= 6 && periodic <= 14, qPrintable(QString::number(periodic)));
    QVERIFY2(windowed >= 8 && windowed <= 16, qPrintable(QString::number(windowed)));
}

void TestSimScenario::enabledWindowsHave168Booleans()
{
    const SimScenario shared(optionsFor(3));
    const SimVb365Scenario scenario(shared, 24);
    const QSet<int> offsets { 0, 60, 120, -300, 330, -210 };
    for (int i = 0; i < 24; ++i) {
        const QJsonObject policy = jobJson(scenario, i, Start).value(QLatin1String("schedulePolicy")).toObject();
        const QJsonObject settings = windowSettingsOf(policy);
        if (!windowEnabled(policy) && settings.isEmpty())
            continue;
        const QJsonArray grid = settings.value(QLatin1String("backupWindow")).toArray();
        QCOMPARE(grid.size(), 168);
        int allowed = 0;
        for (const QJsonValue cell : grid) {
            QVERIFY(cell.isBool());
            allowed += cell.toBool() ? 1 : 0;
        }
        QVERIFY(settings.value(QLatin1String("minuteOffset")).isDouble());
        if (windowEnabled(policy)) {
            QVERIFY2(allowed > 0 && allowed < 168, qPrintable(QString::number(allowed)));
            QVERIFY(offsets.contains(settings.value(QLatin1String("minuteOffset")).toInt()));
        } else {
            QCOMPARE(allowed, 168); // a disabled window, when sent at all, allows everything
        }
    }
}

void TestSimScenario::runsStartOnlyInAllowedHours()
{
    const SimScenario shared(optionsFor(5));
    const SimVb365Scenario scenario(shared, 24);
    int checked = 0;
    for (const SimVb365Job &job : scenario.jobs()) {
        const SimVb365Window &window = job.schedule.window;
        if (!window.enabled)
            continue;
        for (const SimVb365Run &run : scenario.runs(job.index, Start.addDays(-7), Start)) {
            const qint64 local = run.startTicks / SimTime::TicksPerSecond + qint64(window.minuteOffset) * 60;
            QVERIFY2(window.allowsLocal(local),
                     qPrintable(job.name + QLatin1Char(' ') + SimTime::iso7(run.startTicks)));
            ++checked;
        }
    }
    QVERIFY(checked > 10);
}

void TestSimScenario::historyHasAMixOfOutcomes()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    QHash<QString, int> statuses;
    qint64 largest = 0;
    const std::vector<SimVb365Run> runs = scenario.allRuns(Start.addDays(-7), Start);
    for (const SimVb365Run &run : runs) {
        ++statuses[run.status];
        largest = qMax(largest, run.transferredBytes);
    }
    QVERIFY2(runs.size() > 200, qPrintable(QString::number(runs.size())));
    QVERIFY(statuses.value(QStringLiteral("Success")) > statuses.value(QStringLiteral("Warning")));
    QVERIFY(statuses.value(QStringLiteral("Warning")) > 0);
    QVERIFY(statuses.value(QStringLiteral("Failed")) > 0);
    const double successShare = double(statuses.value(QStringLiteral("Success"))) / double(runs.size());
    QVERIFY2(successShare > 0.65 && successShare < 0.9, qPrintable(QString::number(successShare)));
    QVERIFY2(largest > (qint64(4) << 30), "some runs transfer more than 4 GiB");
    // Newest first.
    for (size_t i = 1; i < runs.size(); ++i)
        QVERIFY(runs[i - 1].startTicks >= runs[i].startTicks);
}

void TestSimScenario::runningSessionHasNoEndTime()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    // Take a finished run and look at the estate halfway through it.
    const std::optional<SimVb365Run> finished = scenario.latestRun(0, Start.addDays(-1));
    QVERIFY(finished);
    QVERIFY(!finished->running);
    const QDateTime midway = SimTime::fromTicks(finished->startTicks + (finished->endTicks - finished->startTicks) / 2);

    const std::optional<SimVb365Run> running = scenario.latestRun(0, midway);
    QVERIFY(running);
    QCOMPARE(running->id, finished->id);
    QVERIFY(running->running);
    const QJsonObject session = SimVb365Json::session(scenario, *running, ApiRoot);
    QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("Running"));
    QVERIFY(!session.contains(QLatin1String("endTime")));
    QVERIFY(session.value(QLatin1String("progress")).toInt() <= finished->progress);
    QCOMPARE(jobJson(scenario, 0, midway).value(QLatin1String("lastStatus")).toString(), QStringLiteral("Running"));

    const QJsonObject done = SimVb365Json::session(scenario, *finished, ApiRoot);
    QVERIFY(done.contains(QLatin1String("endTime")));
    QVERIFY(done.value(QLatin1String("status")).toString() != QLatin1String("Running"));
}

void TestSimScenario::disabledJobsDoNotRun()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    int disabled = 0;
    const QSet<QString> finalStatuses { QStringLiteral("Success"), QStringLiteral("Warning"), QStringLiteral("Failed"),
                                        QStringLiteral("Stopped") };
    for (const SimVb365Job &job : scenario.jobs()) {
        if (job.enabled)
            continue;
        ++disabled;
        const QJsonObject now = jobJson(scenario, job.index, Start);
        const QJsonObject later = jobJson(scenario, job.index, Start.addDays(3));
        QCOMPARE(now.value(QLatin1String("isEnabled")).toBool(), false);
        QVERIFY(!now.contains(QLatin1String("nextRun")));
        QVERIFY(finalStatuses.contains(now.value(QLatin1String("lastStatus")).toString()));
        QCOMPARE(later.value(QLatin1String("lastRun")), now.value(QLatin1String("lastRun")));
        QCOMPARE(later.value(QLatin1String("lastStatus")), now.value(QLatin1String("lastStatus")));
        const std::vector<SimVb365Run> runs = scenario.runs(job.index, Start.addDays(-30), Start.addDays(3));
        QVERIFY(!runs.empty());
        for (const SimVb365Run &run : runs)
            QVERIFY(run.startTicks < job.disabledSinceSecs * SimTime::TicksPerSecond);
    }
    QVERIFY2(disabled >= 1 && disabled <= 4, qPrintable(QString::number(disabled)));
}

void TestSimScenario::oneJobNeverRan()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    int neverRan = 0;
    for (int i = 0; i < 24; ++i) {
        const QJsonObject job = jobJson(scenario, i, Start);
        if (job.value(QLatin1String("lastStatus")).toString() != QLatin1String("NotConfigured"))
            continue;
        ++neverRan;
        QVERIFY(!job.contains(QLatin1String("lastRun")));
        QVERIFY(!job.contains(QLatin1String("lastBackup")));
        QVERIFY(scenario.runs(i, Start.addDays(-30), Start).empty());
    }
    QCOMPARE(neverRan, 1);
}

void TestSimScenario::timestampsLookLikeVeeams()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    const QRegularExpression precise(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"));
    const QRegularExpression whole(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (int i = 0; i < 24; ++i) {
        const QJsonObject job = jobJson(scenario, i, Start);
        for (const char *key : { "lastRun", "lastBackup" }) {
            if (job.contains(QLatin1String(key)))
                QVERIFY(precise.match(job.value(QLatin1String(key)).toString()).hasMatch());
        }
        if (job.contains(QLatin1String("nextRun")))
            QVERIFY(whole.match(job.value(QLatin1String("nextRun")).toString()).hasMatch());
    }
    for (const SimVb365Run &run : scenario.allRuns(Start.addDays(-1), Start)) {
        const QJsonObject session = SimVb365Json::session(scenario, run, ApiRoot);
        QVERIFY(precise.match(session.value(QLatin1String("creationTime")).toString()).hasMatch());
        if (session.contains(QLatin1String("endTime")))
            QVERIFY(precise.match(session.value(QLatin1String("endTime")).toString()).hasMatch());
        QVERIFY(session.value(QLatin1String("statistics"))
                    .toObject()
                    .value(QLatin1String("transferredDataBytes"))
                    .isDouble());
    }
}

void TestSimScenario::nextRunIsAheadInWholeSeconds()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    int scheduled = 0;
    for (const SimVb365Job &job : scenario.jobs()) {
        const QJsonObject json = jobJson(scenario, job.index, Start);
        if (!json.contains(QLatin1String("nextRun")))
            continue;
        ++scheduled;
        const QDateTime next = QDateTime::fromString(json.value(QLatin1String("nextRun")).toString(), Qt::ISODate);
        QVERIFY(next > Start);
        QVERIFY(next <= Start.addDays(8));
        QCOMPARE(next.time().msec(), 0);
    }
    QVERIFY(scheduled >= 18);
}

void TestSimScenario::restoreSessionsMoveThroughTheirStates()
{
    const SimScenario shared(optionsFor(1));
    const SimVb365Scenario scenario(shared, 24);
    const auto states = [&](const QDateTime &now) {
        QList<QJsonObject> list;
        for (const SimVb365RestoreSession &session : scenario.restoreSessions(now.addDays(-30), now))
            list.append(SimVb365Json::restoreSession(scenario, session, ApiRoot));
        return list;
    };
    const auto find = [](const QList<QJsonObject> &sessions, const QString &state) {
        for (const QJsonObject &session : sessions) {
            if (session.value(QLatin1String("state")).toString() == state)
                return session;
        }
        return QJsonObject();
    };

    const QList<QJsonObject> atStart = states(Start);
    const QJsonObject working = find(atStart, QStringLiteral("Working"));
    QVERIFY(!working.isEmpty());
    QVERIFY(!working.contains(QLatin1String("endTime")));
    QVERIFY(!working.contains(QLatin1String("result")));
    const QSet<QString> types { QStringLiteral("Vex"), QStringLiteral("Veod"), QStringLiteral("Vesp"),
                                QStringLiteral("Vet") };
    bool userStopped = false;
    for (const QJsonObject &session : atStart) {
        QVERIFY(types.contains(session.value(QLatin1String("type")).toString()));
        if (session.value(QLatin1String("state")).toString() == QLatin1String("Stopped")) {
            QVERIFY(session.contains(QLatin1String("endTime")));
            userStopped = userStopped || !session.contains(QLatin1String("result"));
        }
    }
    QVERIFY2(userStopped, "a session stopped by its user has no result");

    // One session starts a few minutes in, works, and finishes within a quarter of an hour.
    const QJsonObject starting = find(states(Start.addSecs(3 * 60 + 10)), QStringLiteral("Starting"));
    QVERIFY(!starting.isEmpty());
    const QString id = starting.value(QLatin1String("id")).toString();
    for (const QJsonObject &session : states(Start.addSecs(20 * 60))) {
        if (session.value(QLatin1String("id")).toString() == id) {
            QCOMPARE(session.value(QLatin1String("state")).toString(), QStringLiteral("Stopped"));
            QCOMPARE(session.value(QLatin1String("result")).toString(), QStringLiteral("Success"));
        }
    }
}

void TestSimScenario::anHourOfScenarioTimeChangesTheEstate()
{
    // At speed 60 a real minute is a scenario hour: whatever the seed or the hour, the
    // dashboard must see a new session start within it.
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const SimScenario shared(optionsFor(seed));
        const SimVb365Scenario scenario(shared, 24);
        for (int hour = 0; hour < 24; hour += 5) {
            const QDateTime at = Start.addSecs(hour * 3600 + 17 * 60);
            const std::vector<SimVb365Run> before = scenario.allRuns(at.addDays(-1), at);
            const std::vector<SimVb365Run> after = scenario.allRuns(at.addDays(-1), at.addSecs(3600));
            QVERIFY(!after.empty());
            QVERIFY2(before.empty() || after.front().id != before.front().id,
                     qPrintable(QStringLiteral("seed %1 at %2").arg(seed).arg(at.toString(Qt::ISODate))));
        }
    }
}

void TestSimScenario::clockRunsAtItsSpeed()
{
    const SimClock clock(Start, 3600);
    QCOMPARE(clock.start(), Start);
    QVERIFY(clock.now() >= Start);
    // An hour of scenario time passes in about a second of real time.
    QTRY_VERIFY_WITH_TIMEOUT(clock.now() >= Start.addSecs(3600), 5000);
    QVERIFY(clock.now() < Start.addSecs(3600 * 30));
}

void TestSimScenario::clockStandsStillAtSpeedZero()
{
    const SimClock clock(Start, 0);
    const SimClock moving(Start, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(moving.now() > Start.addSecs(10), 5000);
    QCOMPARE(clock.now(), Start);
}

QTEST_GUILESS_MAIN(TestSimScenario)
#include "tst_simscenario.moc"
