// The Connector base: one poll at a time, and each unknown vendor status logged once per
// source, however many polls and rows repeat it.
#include "connectors/connector.h"

#include <QSignalSpy>
#include <QTest>

using namespace BackupDash;

namespace {

// Answers every poll at once with the snapshot it is given.
class ScriptedConnector final : public Connector
{
public:
    using Connector::Connector;
    SourceSnapshot next;
    bool answer = true;
    // What every connector does to a snapshot last, on its worker.
    static SourceSnapshot prepared(SourceSnapshot snapshot) { return readyToHandOver(std::move(snapshot), {}); }

protected:
    void startPoll() override
    {
        if (answer)
            finishPoll(next);
    }
};

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "backupdash.connector") == 0) {
        g_warnings << message;
        return;
    }
    g_previous(type, context, message);
}

Task task(const QString &id, Status status, const QString &raw)
{
    Task t;
    t.id = id;
    t.status = status;
    t.vendorStatus = raw;
    return t;
}

SourceConfig config()
{
    SourceConfig c;
    c.id = QStringLiteral("clumio-a");
    c.vendor = QStringLiteral("clumio");
    return c;
}

} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        g_warnings.clear();
        g_previous = qInstallMessageHandler(collect);
    }
    void cleanup() { qInstallMessageHandler(g_previous); }

    void refusesASecondPollWhileOneRuns()
    {
        ScriptedConnector connector(config());
        connector.answer = false;
        QSignalSpy started(&connector, &Connector::pollStarted);
        QVERIFY(connector.poll());
        QVERIFY(connector.isPolling());
        QVERIFY(!connector.poll());
        QCOMPARE(started.count(), 1);
    }

    void logsEachUnknownValueOncePerSource()
    {
        ScriptedConnector connector(config());
        connector.next.tasks = { task(QStringLiteral("1"), Status::Unknown, QStringLiteral("rebooting")),
                                 task(QStringLiteral("2"), Status::Unknown, QStringLiteral("rebooting")),
                                 task(QStringLiteral("3"), Status::Success, QStringLiteral("completed")) };
        RestoreJob restore;
        restore.status = Status::Unknown;
        restore.vendorStatus = QStringLiteral("thawing");
        connector.next.restores = { restore };
        QSignalSpy polled(&connector, &Connector::polled);
        for (int i = 0; i < 3; ++i)
            QVERIFY(connector.poll());
        QCOMPARE(polled.count(), 3);
        QCOMPARE(g_warnings.size(), 2);
        QVERIFY2(g_warnings.at(0).contains(QStringLiteral("clumio-a")), qPrintable(g_warnings.at(0)));
        QVERIFY(g_warnings.at(0).contains(QStringLiteral("\"rebooting\"")));
        QVERIFY(g_warnings.at(1).contains(QStringLiteral("restore status \"thawing\"")));

        // A value first seen later is logged then, once.
        connector.next.tasks.push_back(task(QStringLiteral("4"), Status::Unknown, QStringLiteral("defrosting")));
        QVERIFY(connector.poll());
        QVERIFY(connector.poll());
        QCOMPARE(g_warnings.size(), 3);
        QVERIFY(g_warnings.at(2).contains(QStringLiteral("\"defrosting\"")));
    }

    void handedOverSnapshotsKeepNoSpareCapacity()
    {
        // Vectors grown row by row over many pages keep up to half their size spare, and the shown
        // snapshot lives until the next poll: at 100k tasks that was tens of megabytes.
        SourceSnapshot grown;
        for (int i = 0; i < 1000; ++i) {
            grown.tasks.push_back(task(QString::number(i), Status::Success, QStringLiteral("completed")));
            grown.runs.push_back(TaskRun {});
            grown.restores.push_back(RestoreJob {});
            grown.windows.push_back(BackupWindow {});
        }
        QVERIFY(grown.tasks.capacity() > grown.tasks.size()); // 1024: what doubling leaves

        const SourceSnapshot handed = ScriptedConnector::prepared(std::move(grown));
        QCOMPARE(handed.tasks.size(), size_t(1000));
        QCOMPARE(handed.tasks.capacity(), handed.tasks.size());
        QCOMPARE(handed.runs.capacity(), handed.runs.size());
        QCOMPARE(handed.restores.capacity(), handed.restores.size());
        QCOMPARE(handed.windows.capacity(), handed.windows.size());
        QCOMPARE(handed.tasks.back().id, QStringLiteral("999"));
        QCOMPARE(handed.firstWithId.size(), size_t(1000)); // still compared (no basis: a first poll)
    }

    void knownStatusesAreNotLogged()
    {
        ScriptedConnector connector(config());
        connector.next.tasks = { task(QStringLiteral("1"), Status::Failed, QStringLiteral("failed")) };
        QVERIFY(connector.poll());
        QVERIFY(g_warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnector)
#include "tst_connector.moc"
