// The CLI's --source / --status for snapshot and restores: what is kept, and every bad value
// said in words.
#include "app/exportfilter.h"

#include <QTest>

using namespace BackupDash;

namespace {

SourceConfig configured(const QString &id)
{
    SourceConfig c;
    c.id = id;
    c.vendor = QStringLiteral("clumio");
    return c;
}

Task task(const QString &id, Status status)
{
    Task t;
    t.id = id;
    t.status = status;
    return t;
}

RestoreJob restore(const QString &id, Status status)
{
    RestoreJob r;
    r.id = id;
    r.status = status;
    return r;
}

} // namespace

class TestExportFilter : public QObject
{
    Q_OBJECT

    const std::vector<SourceConfig> m_sources { configured(QStringLiteral("a")), configured(QStringLiteral("b")),
                                                configured(QStringLiteral("c")) };

private Q_SLOTS:
    void noValuesKeepEverything()
    {
        const auto filter = exportFilterFrom({}, {}, m_sources);
        QVERIFY(filter);
        QCOMPARE(filteredSources(m_sources, *filter.value).size(), size_t(3));
        std::vector<SourceResult> results(1);
        results[0].snapshot = SourceSnapshot {};
        results[0].snapshot->tasks = { task(QStringLiteral("1"), Status::Failed) };
        keepStatuses(results, *filter.value);
        QCOMPARE(results[0].snapshot->tasks.size(), size_t(1));
    }

    void namedSourcesInTheConfigurationsOrder()
    {
        const auto filter =
            exportFilterFrom({ QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("c") }, {}, m_sources);
        QVERIFY(filter);
        QCOMPARE(filter.value->sourceIds, QStringList({ QStringLiteral("c"), QStringLiteral("a") }));
        const std::vector<SourceConfig> kept = filteredSources(m_sources, *filter.value);
        QCOMPARE(kept.size(), size_t(2));
        QCOMPARE(kept[0].id, QStringLiteral("a"));
        QCOMPARE(kept[1].id, QStringLiteral("c"));
    }

    void statusesKeepTasksAndRestoresAlike()
    {
        const auto filter = exportFilterFrom({}, { QStringLiteral("failed"), QStringLiteral("running") }, m_sources);
        QVERIFY(filter);
        std::vector<SourceResult> results(2); // the second never answered: no snapshot
        results[0].snapshot = SourceSnapshot {};
        results[0].snapshot->tasks = { task(QStringLiteral("1"), Status::Failed),
                                       task(QStringLiteral("2"), Status::Success),
                                       task(QStringLiteral("3"), Status::Running) };
        results[0].snapshot->restores = { restore(QStringLiteral("r1"), Status::Success),
                                          restore(QStringLiteral("r2"), Status::Running) };
        keepStatuses(results, *filter.value);
        QCOMPARE(results.size(), size_t(2)); // sources stay listed
        QCOMPARE(results[0].snapshot->tasks.size(), size_t(2));
        QCOMPARE(results[0].snapshot->tasks[0].id, QStringLiteral("1"));
        QCOMPARE(results[0].snapshot->tasks[1].id, QStringLiteral("3"));
        QCOMPARE(results[0].snapshot->restores.size(), size_t(1));
        QCOMPARE(results[0].snapshot->restores[0].id, QStringLiteral("r2"));
        QVERIFY(!results[1].snapshot);
    }

    void badValuesAreSaidInWords_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown source") << QStringList { QStringLiteral("a"), QStringLiteral("zz") } << QStringList {}
                                        << QStringLiteral("--source: no source 'zz' in the configuration");
        QTest::newRow("empty source") << QStringList { QString() } << QStringList {}
                                      << QStringLiteral("--source: no source '' in the configuration");
        QTest::newRow("unknown status")
            << QStringList {} << QStringList { QStringLiteral("failure") }
            << QStringLiteral("--status: unknown status 'failure' (one of success, warning, failed, running, queued, "
                              "paused, cancelled, unknown)");
        QTest::newRow("vendor status") << QStringList {} << QStringList { QStringLiteral("in_progress") }
                                       << QStringLiteral(
                                              "--status: unknown status 'in_progress' (one of success, "
                                              "warning, failed, running, queued, paused, cancelled, unknown)");
    }

    void badValuesAreSaidInWords()
    {
        QFETCH(QStringList, sources);
        QFETCH(QStringList, statuses);
        QFETCH(QString, error);
        const auto filter = exportFilterFrom(sources, statuses, m_sources);
        QVERIFY(!filter);
        QCOMPARE(filter.error, error);
    }
};

QTEST_GUILESS_MAIN(TestExportFilter)
#include "tst_exportfilter.moc"
