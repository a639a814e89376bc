// Sharing the tasks' repeated values: every value stays what it was, equal values share one
// string, distinct ones stay apart, empty ones stay empty, and the rows' own values (id, name)
// are left alone.
#include "models/taskstrings.h"

#include <QTest>

using namespace BackupDash;

namespace {

// A parser's row: every value its own allocation.
Task parsed(int i, const char *vendorStatus)
{
    Task t;
    t.sourceId = QString::fromLatin1("clumio-eu");
    t.vendor = QString::fromLatin1("clumio");
    t.id = QString::number(i);
    t.name = QString::fromLatin1("vol-") + QString::number(i);
    t.workload = QString::fromLatin1(i % 2 ? "aws_ebs_volume" : "aws_rds_resource");
    t.vendorStatus = QString::fromLatin1(vendorStatus);
    t.schedule = QString::fromLatin1("Daily");
    t.restoreScope = i % 3 ? QString::fromLatin1("org-1") : QString();
    return t;
}

bool shared(const QString &a, const QString &b)
{
    return a.constData() == b.constData();
}

} // namespace

class TestTaskStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalValuesShareOneStringAndStayEqual()
    {
        std::vector<Task> tasks;
        for (int i = 0; i < 30; ++i)
            tasks.push_back(parsed(i, i % 5 ? "completed" : "failed"));
        const std::vector<Task> before = tasks;
        QVERIFY(!shared(tasks[0].vendor, tasks[1].vendor));

        shareRepeatedStrings(tasks);

        QCOMPARE(tasks, before); // values unchanged
        for (size_t i = 1; i < tasks.size(); ++i) {
            QVERIFY(shared(tasks[i].sourceId, tasks[0].sourceId));
            QVERIFY(shared(tasks[i].vendor, tasks[0].vendor));
            QVERIFY(shared(tasks[i].schedule, tasks[0].schedule));
            QVERIFY(shared(tasks[i].workload, tasks[i % 2 ? 1 : 0].workload)); // two values, two strings
            QVERIFY(!shared(tasks[i].id, tasks[0].id));
        }
        QVERIFY(!shared(tasks[0].workload, tasks[1].workload));
        QVERIFY(shared(tasks[5].vendorStatus, tasks[0].vendorStatus)); // "failed", not neighbours
        QVERIFY(shared(tasks[7].vendorStatus, tasks[1].vendorStatus));
        QVERIFY(tasks[0].restoreScope.isEmpty());
        QVERIFY(shared(tasks[2].restoreScope, tasks[1].restoreScope));
    }

    void emptyAndSingleRowsAreFine()
    {
        std::vector<Task> none;
        shareRepeatedStrings(none);
        QVERIFY(none.empty());
        std::vector<Task> one { Task {} };
        shareRepeatedStrings(one);
        QCOMPARE(one.front(), Task {});
    }
};

QTEST_GUILESS_MAIN(TestTaskStrings)
#include "tst_taskstrings.moc"
