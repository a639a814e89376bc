#include "models/attentionrules.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace BackupDash;

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
constexpr qint64 Hour = 3600;

Task job(const char *id, Status status = Status::Success, const char *source = "vb")
{
    Task t;
    t.sourceId = QString::fromLatin1(source);
    t.vendor = QStringLiteral("veeam-vb365");
    t.id = QString::fromLatin1(id);
    t.name = QStringLiteral("Job ") + t.id;
    t.status = status;
    t.vendorStatus = statusText(status);
    t.lastRun = Now.addSecs(-2 * Hour);
    t.lastSuccess = status == Status::Success ? t.lastRun : Now.addSecs(-3 * Hour);
    t.restoreScope = QStringLiteral("org-1"); // VB365 sets it; jobs are still judged one by one
    return t;
}

// One Clumio execution of the protected item `scope`, started `hoursAgo`.
Task execution(const char *id, const char *scope, Status status, qint64 hoursAgo, const char *source = "cl")
{
    Task t;
    t.sourceId = QString::fromLatin1(source);
    t.vendor = QStringLiteral("clumio");
    t.id = QString::fromLatin1(id);
    t.name = QString::fromLatin1(scope) + QStringLiteral(" — backup");
    t.restoreScope = QString::fromLatin1(scope);
    t.status = status;
    t.lastRun = Now.addSecs(-hoursAgo * Hour);
    if (status == Status::Success)
        t.lastSuccess = t.lastRun.addSecs(600);
    return t;
}

SourceState source(const char *id, SourceHealth health = SourceHealth::Ok, const char *vendor = "veeam-vb365")
{
    SourceState s;
    s.id = QString::fromLatin1(id);
    s.vendor = QString::fromLatin1(vendor);
    s.health = health;
    s.lastSuccessAt = Now.addSecs(-Hour);
    return s;
}

QList<SourceState> okSources()
{
    return { source("vb"), source("cl", SourceHealth::Ok, "clumio"), source("ac", SourceHealth::Ok, "acronis") };
}

std::vector<AttentionItem> itemsOf(const std::vector<AttentionItem> &items, AttentionKind kind)
{
    std::vector<AttentionItem> out;
    for (const AttentionItem &i : items) {
        if (i.kind == kind)
            out.push_back(i);
    }
    return out;
}

} // namespace

class TestAttentionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rpoAtItsEdges()
    {
        QVERIFY(!rpoBreached(Now.addSecs(-24 * Hour), 24, Now)); // exactly the RPO: still within
        QVERIFY(rpoBreached(Now.addSecs(-24 * Hour - 1), 24, Now)); // one second past
        QVERIFY(!rpoBreached(Now.addSecs(-30 * 60), 0.5, Now));
        QVERIFY(rpoBreached(Now.addSecs(-30 * 60 - 1), 0.5, Now));
        QVERIFY(rpoBreached(QDateTime(), 24, Now)); // no success known
        QVERIFY(!rpoBreached(Now.addSecs(Hour), 24, Now)); // clock skew: a success "ahead" is within
    }

    void rpoThatIsNotAnRpoChecksNothing()
    {
        QVERIFY(!rpoBreached(Now.addSecs(-100 * Hour), 0, Now));
        QVERIFY(!rpoBreached(Now.addSecs(-100 * Hour), -1, Now));
        QVERIFY(!rpoBreached(QDateTime(), std::numeric_limits<double>::quiet_NaN(), Now));
        QVERIFY(!rpoBreached(QDateTime(), std::numeric_limits<double>::infinity(), Now));
    }

    void rpoItemForAJob()
    {
        Task t = job("1");
        t.lastSuccess = Now.addSecs(-31 * Hour);
        t.lastRun = Now.addSecs(-Hour);
        t.status = Status::Failed;
        const auto items = itemsOf(attentionItems({ t }, okSources(), {}, Now), AttentionKind::RpoBreached);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].taskId, QStringLiteral("1"));
        QCOMPARE(items[0].detail, QStringLiteral("no success for 31 h (RPO 24 h)"));
        QCOMPARE(items[0].since, t.lastSuccess.addSecs(24 * Hour)); // the moment the RPO ran out
        QVERIFY(items[0].scope.isEmpty()); // a job is itself, whatever its restore scope
    }

    void neverRunTaskIsNotBreachedButRunAndNeverSucceededIs()
    {
        Task fresh = job("new", Status::Unknown);
        fresh.lastRun = {};
        fresh.lastSuccess = {};
        Task neverOk = job("bad", Status::Failed);
        neverOk.lastSuccess = {};
        const auto items =
            itemsOf(attentionItems({ fresh, neverOk }, okSources(), {}, Now), AttentionKind::RpoBreached);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].taskId, QStringLiteral("bad"));
        QCOMPARE(items[0].since, neverOk.lastRun);
        QCOMPARE(items[0].detail, QStringLiteral("no success since its first known run (RPO 24 h)"));
    }

    void rpoPerSourceAndBadPolicyValues()
    {
        Task a = job("1", Status::Success, "a");
        Task b = job("1", Status::Success, "b");
        Task c = job("1", Status::Success, "c");
        for (Task *t : { &a, &b, &c })
            t->lastSuccess = Now.addSecs(-30 * Hour);
        const QList<SourceState> sources { source("a"), source("b"), source("c") };
        AttentionPolicy policy;
        policy.rpoHoursBySource.insert(QStringLiteral("a"), 48); // a: within
        policy.rpoHoursBySource.insert(QStringLiteral("b"), -5); // bad: the default (24) applies
        policy.rpoHoursBySource.insert(QStringLiteral("c"), std::numeric_limits<double>::quiet_NaN());
        auto items = itemsOf(attentionItems({ a, b, c }, sources, policy, Now), AttentionKind::RpoBreached);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].sourceId, QStringLiteral("b"));
        QCOMPARE(items[1].sourceId, QStringLiteral("c"));

        policy.defaultRpoHours = 0; // a bad default falls back to 24 h
        policy.rpoHoursBySource.clear();
        items = itemsOf(attentionItems({ a }, sources, policy, Now), AttentionKind::RpoBreached);
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0].detail.contains(QStringLiteral("RPO 24 h")));
    }

    void missedRunAtItsEdges()
    {
        Task t = job("1");
        t.lastRun = Now.addSecs(-10 * Hour);
        t.nextRun = Now.addSecs(-15 * 60);
        QVERIFY(!missedRun(t, Now, 15)); // exactly the grace
        t.nextRun = Now.addSecs(-15 * 60 - 1);
        QVERIFY(missedRun(t, Now, 15)); // one second past
        QVERIFY(!missedRun(t, Now, 16));
        t.nextRun = Now.addSecs(-1);
        QVERIFY(missedRun(t, Now, -5)); // a negative grace is none
        QVERIFY(!missedRun(t, Now.addSecs(-1), -5));
    }

    void missedRunNeedsADueRunThatDidNotStart()
    {
        Task t = job("1");
        t.nextRun = Now.addSecs(-Hour);
        t.lastRun = t.nextRun; // a run started exactly when due
        QVERIFY(!missedRun(t, Now, 15));
        t.lastRun = t.nextRun.addSecs(60); // started after it was due
        QVERIFY(!missedRun(t, Now, 15));
        t.lastRun = {}; // never ran
        QVERIFY(missedRun(t, Now, 15));
        t.lastRun = t.nextRun.addSecs(-1);
        QVERIFY(missedRun(t, Now, 15));
        t.nextRun = {}; // nothing scheduled
        QVERIFY(!missedRun(t, Now, 15));
        QVERIFY(!missedRun(job("2"), QDateTime(), 15));
    }

    void runningOrQueuedTaskIsNotMissed()
    {
        Task t = job("1");
        t.lastRun = Now.addSecs(-10 * Hour);
        t.nextRun = Now.addSecs(-Hour);
        t.status = Status::Running;
        QVERIFY(!missedRun(t, Now, 15));
        t.status = Status::Queued;
        QVERIFY(!missedRun(t, Now, 15));
        t.status = Status::Paused;
        QVERIFY(missedRun(t, Now, 15));
    }

    void missedRunItem()
    {
        Task t = job("1");
        t.lastRun = Now.addSecs(-10 * Hour);
        t.lastSuccess = t.lastRun;
        t.nextRun = Now.addSecs(-Hour);
        const auto items = attentionItems({ t }, okSources(), {}, Now);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].kind, AttentionKind::MissedRun);
        QCOMPARE(items[0].since, t.nextRun);
        QVERIFY(!items[0].detail.isEmpty());
    }

    void failedAndWarningKeepTheirStatus()
    {
        const auto items =
            attentionItems({ job("f", Status::Failed), job("w", Status::Warning), job("ok") }, okSources(), {}, Now);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].kind, AttentionKind::Failed);
        QCOMPARE(items[0].taskId, QStringLiteral("f"));
        QCOMPARE(items[0].taskName, QStringLiteral("Job f"));
        QCOMPARE(items[0].vendor, QStringLiteral("veeam-vb365"));
        QCOMPARE(items[0].since, job("f").lastRun);
        QVERIFY(items[0].detail.contains(QStringLiteral("failed")));
        QVERIFY(!items[0].stale);
        QCOMPARE(items[1].kind, AttentionKind::Warning);
        QCOMPARE(items[1].taskId, QStringLiteral("w"));
    }

    void executionVendorsAreGroupedPerProtectedItem()
    {
        const std::vector<Task> tasks {
            // vol-a: succeeded 30 h ago, failed 2 h ago → failed, and RPO breached, once each
            execution("a1", "vol-a", Status::Success, 30),
            execution("a2", "vol-a", Status::Failed, 2),
            execution("a3", "vol-a", Status::Running, 1),
            // vol-b: failed, then succeeded → nothing
            execution("b1", "vol-b", Status::Failed, 5),
            execution("b2", "vol-b", Status::Success, 3),
        };
        const auto items = attentionItems(tasks, okSources(), {}, Now);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].kind, AttentionKind::Failed);
        QCOMPARE(items[0].taskId, QStringLiteral("a2")); // the newest finished execution
        QCOMPARE(items[0].scope, QStringLiteral("vol-a"));
        QCOMPARE(items[1].kind, AttentionKind::RpoBreached);
        QCOMPARE(items[1].taskId, QStringLiteral("a3")); // the newest row of the group
        QCOMPARE(items[1].since, tasks[0].lastSuccess.addSecs(24 * Hour));

        // A newer execution is the same condition: the key does not move with the newest row.
        std::vector<Task> later = tasks;
        later.push_back(execution("a4", "vol-a", Status::Failed, 0));
        const auto again = attentionItems(later, okSources(), {}, Now);
        QCOMPARE(again.size(), size_t(2));
        QCOMPARE(again[0].taskId, QStringLiteral("a4"));
        QCOMPARE(again[0].key(), items[0].key());
        QCOMPARE(again[1].taskId, QStringLiteral("a4"));
        QCOMPARE(again[1].key(), items[1].key());
    }

    void executionsWithoutScopeGroupByName()
    {
        Task one = execution("1", "", Status::Failed, 40, "ac");
        one.vendor = QStringLiteral("acronis");
        one.name = QStringLiteral("Mailbox backup — ann@example.com");
        Task two = one;
        two.id = QStringLiteral("2");
        two.lastRun = Now.addSecs(-30 * Hour);
        const auto items = attentionItems({ one, two }, okSources(), {}, Now);
        QCOMPARE(itemsOf(items, AttentionKind::Failed).size(), size_t(1));
        const auto rpo = itemsOf(items, AttentionKind::RpoBreached);
        QCOMPARE(rpo.size(), size_t(1)); // never succeeded, ran: breached since its first known run
        QCOMPARE(rpo[0].taskId, QStringLiteral("2"));
        QCOMPARE(rpo[0].since, one.lastRun);
        QCOMPARE(rpo[0].scope, one.name);
    }

    void staleSourceMarksItemsStale()
    {
        QList<SourceState> sources = okSources();
        sources[0].health = SourceHealth::Unreachable;
        sources[0].lastError = QStringLiteral("Connection refused");
        const auto items = attentionItems({ job("f", Status::Failed), job("ok") }, sources, {}, Now);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].kind, AttentionKind::SourceUnreachable);
        QCOMPARE(items[1].kind, AttentionKind::Failed); // kept, never hidden
        QVERIFY(items[1].stale);

        for (SourceHealth health : { SourceHealth::Stale, SourceHealth::AuthFailed, SourceHealth::Pending }) {
            sources[0].health = health;
            const auto failed =
                itemsOf(attentionItems({ job("f", Status::Failed) }, sources, {}, Now), AttentionKind::Failed);
            QCOMPARE(failed.size(), size_t(1));
            QVERIFY2(failed[0].stale, qPrintable(healthKey(health)));
        }
    }

    void taskOfAnUnknownSourceIsStale()
    {
        const auto items = attentionItems({ job("f", Status::Failed, "gone") }, okSources(), {}, Now);
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0].stale);
    }

    void sourceRowsPerHealth_data()
    {
        QTest::addColumn<SourceHealth>("health");
        QTest::addColumn<int>("kind"); // -1: no row
        QTest::newRow("pending") << SourceHealth::Pending << -1;
        QTest::newRow("ok") << SourceHealth::Ok << -1;
        QTest::newRow("stale") << SourceHealth::Stale << int(AttentionKind::SourceStale);
        QTest::newRow("unreachable") << SourceHealth::Unreachable << int(AttentionKind::SourceUnreachable);
        QTest::newRow("auth failed") << SourceHealth::AuthFailed << int(AttentionKind::SourceAuthFailed);
    }

    void sourceRowsPerHealth()
    {
        QFETCH(SourceHealth, health);
        QFETCH(int, kind);
        SourceState s = source("vb", health);
        s.lastError = QStringLiteral("HTTP 503: the server is busy");
        const auto items = attentionItems({}, { s }, {}, Now);
        if (kind < 0) {
            QVERIFY(items.empty());
            return;
        }
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(int(items[0].kind), kind);
        QCOMPARE(items[0].sourceId, QStringLiteral("vb"));
        QCOMPARE(items[0].vendor, QStringLiteral("veeam-vb365"));
        QVERIFY(items[0].taskId.isEmpty());
        QCOMPARE(items[0].detail, s.lastError);
        QCOMPARE(items[0].since, s.lastSuccessAt);
        QVERIFY(items[0].stale);
    }

    void sourceWithoutErrorTextSaysItsHealth()
    {
        SourceState s = source("vb", SourceHealth::Unreachable);
        s.lastSuccessAt = {};
        const auto items = attentionItems({}, { s }, {}, Now);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].detail, healthText(SourceHealth::Unreachable));
        QVERIFY(!items[0].since.isValid());
    }

    void disabledTaskIsIgnored()
    {
        Task t = job("1", Status::Failed);
        t.enabled = false;
        t.lastSuccess = Now.addSecs(-100 * Hour);
        t.nextRun = Now.addSecs(-10 * Hour);
        QVERIFY(!missedRun(t, Now, 15));
        QVERIFY(attentionItems({ t }, okSources(), {}, Now).empty());
        Task e = execution("e", "vol", Status::Failed, 50);
        e.enabled = false;
        QVERIFY(attentionItems({ e }, okSources(), {}, Now).empty());
    }

    void disabledSourceIsIgnored()
    {
        QList<SourceState> sources = okSources();
        sources[0].enabled = false;
        sources[0].health = SourceHealth::Unreachable;
        QVERIFY(attentionItems({ job("f", Status::Failed) }, sources, {}, Now).empty());
    }

    void orderIsSeverityThenOldestFirst()
    {
        Task oldFail = job("old", Status::Failed);
        oldFail.lastRun = Now.addSecs(-5 * Hour);
        Task newFail = job("new", Status::Failed);
        newFail.lastRun = Now.addSecs(-Hour);
        Task warn = job("w", Status::Warning);
        QList<SourceState> sources = okSources();
        sources << source("down", SourceHealth::Unreachable) << source("key", SourceHealth::AuthFailed)
                << source("old", SourceHealth::Stale);
        const auto items = attentionItems({ newFail, warn, oldFail }, sources, {}, Now);
        QCOMPARE(items.size(), size_t(6));
        QCOMPARE(items[0].kind, AttentionKind::SourceUnreachable);
        QCOMPARE(items[1].kind, AttentionKind::SourceAuthFailed);
        QCOMPARE(items[2].taskId, QStringLiteral("old"));
        QCOMPARE(items[3].taskId, QStringLiteral("new"));
        QCOMPARE(items[4].kind, AttentionKind::Warning);
        QCOMPARE(items[5].kind, AttentionKind::SourceStale);
        QVERIFY(attentionSeverity(AttentionKind::RpoBreached) > attentionSeverity(AttentionKind::MissedRun));
        QVERIFY(attentionSeverity(AttentionKind::MissedRun) > attentionSeverity(AttentionKind::Warning));
    }

    void unknownStartSortsLastWithinItsKind()
    {
        Task known = job("k", Status::Failed);
        Task unknown = job("u", Status::Failed);
        unknown.lastRun = {};
        const auto items = itemsOf(attentionItems({ unknown, known }, okSources(), {}, Now), AttentionKind::Failed);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].taskId, QStringLiteral("k"));
        QCOMPARE(items[1].taskId, QStringLiteral("u"));
    }

    void taskListedTwiceGivesOneRowPerCondition()
    {
        const auto items = attentionItems({ job("1", Status::Failed), job("1", Status::Failed) }, okSources(), {}, Now);
        QCOMPARE(items.size(), size_t(1));
    }

    void keysTellKindsAndSubjectsApart()
    {
        AttentionItem a;
        a.kind = AttentionKind::Failed;
        a.sourceId = QStringLiteral("s");
        a.taskId = QStringLiteral("1");
        AttentionItem b = a;
        b.kind = AttentionKind::RpoBreached;
        QVERIFY(a.key() != b.key());
        QCOMPARE(a.subjectKey(), b.subjectKey());
        AttentionItem c = a;
        c.sourceId = QStringLiteral("s2");
        QVERIFY(a.key() != c.key());
        AttentionItem d = a;
        d.taskId = QStringLiteral("2"); // a different task
        QVERIFY(a.key() != d.key());
        for (int k = 0; k <= int(AttentionKind::SourceStale); ++k) {
            QVERIFY(!attentionKindText(AttentionKind(k)).isEmpty());
            QVERIFY(!attentionKindKey(AttentionKind(k)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAttentionRules)
#include "tst_attentionrules.moc"
