#include "simulator/simcommandline.h"
#include "simulator/simulator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {
QStringList args(const QStringList &rest)
{
    return QStringList { QStringLiteral("backupdash-sim") } + rest;
}
} // namespace

class TestSimCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void readsEveryOption();
    void perVendorJobs();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void unknownVendorNamesTheSupportedOnes();
    void faultsFromAFile();
    void helpAndVersion();
};

void TestSimCommandLine::defaults()
{
    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(args({})), SimCommandLine::Outcome::Run);
    QCOMPARE(commandLine.port(), quint16(0));
    QCOMPARE(commandLine.options().seed, 1u);
    QCOMPARE(commandLine.options().jobs, 24);
    QCOMPARE(commandLine.options().speed, 1.0);
    QCOMPARE(commandLine.options().vendors, Simulator::knownVendors()); // every vendor this build serves
    QCOMPARE(commandLine.options().tokenLifetimeSeconds, 3600);
    QVERIFY(!commandLine.options().startTime.isValid());
    QVERIFY(commandLine.faults().isEmpty());
    QVERIFY(commandLine.configPath().isEmpty());
}

void TestSimCommandLine::readsEveryOption()
{
    SimCommandLine commandLine;
    QCOMPARE(
        commandLine.parse(args(
            { QStringLiteral("--port"), QStringLiteral("18080"), QStringLiteral("--seed"), QStringLiteral("42"),
              QStringLiteral("--vendors"), QStringLiteral("veeam-vb365"), QStringLiteral("--jobs"), QStringLiteral("7"),
              QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--token-lifetime"), QStringLiteral("5"),
              QStringLiteral("--faults"), QStringLiteral(R"([{"kind":"hang"}])"), QStringLiteral("--write-config"),
              QStringLiteral("/tmp/x.json"), QStringLiteral("--start-time"), QStringLiteral("2026-11-22T10:00:00Z") })),
        SimCommandLine::Outcome::Run);
    QCOMPARE(commandLine.port(), quint16(18080));
    QCOMPARE(commandLine.options().seed, 42u);
    QCOMPARE(commandLine.options().jobs, 7);
    QCOMPARE(commandLine.options().speed, 60.0);
    QCOMPARE(commandLine.options().tokenLifetimeSeconds, 5);
    QCOMPARE(commandLine.faults(), QByteArray(R"([{"kind":"hang"}])"));
    QCOMPARE(commandLine.configPath(), QStringLiteral("/tmp/x.json"));
    QCOMPARE(commandLine.options().startTime, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
}

void TestSimCommandLine::perVendorJobs()
{
    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(args({ QStringLiteral("--jobs"),
                                      QStringLiteral("clumio=100000, acronis=4000,cloudally=0,veeam-vb365=50") })),
             SimCommandLine::Outcome::Run);
    const SimulatorOptions &options = commandLine.options();
    QCOMPARE(options.jobs, 24); // the default stays for vendors not named
    QCOMPARE(options.jobsFor(QStringLiteral("clumio")), 100000);
    QCOMPARE(options.jobsFor(QStringLiteral("acronis")), 4000);
    QCOMPARE(options.jobsFor(QStringLiteral("cloudally")), 0);
    QCOMPARE(options.jobsFor(QStringLiteral("veeam-vb365")), 50);

    SimCommandLine withDefault;
    QCOMPARE(withDefault.parse(args({ QStringLiteral("--jobs"), QStringLiteral("7,veeam-vb365=3") })),
             SimCommandLine::Outcome::Run);
    QCOMPARE(withDefault.options().jobsFor(QStringLiteral("clumio")), 7);
    QCOMPARE(withDefault.options().jobsFor(QStringLiteral("veeam-vb365")), 3);

    SimCommandLine plain; // the old form: every vendor alike
    QCOMPARE(plain.parse(args({ QStringLiteral("--jobs"), QStringLiteral("100000") })), SimCommandLine::Outcome::Run);
    QCOMPARE(plain.options().jobs, 100000);
    QVERIFY(plain.options().jobsByVendor.isEmpty());
    QCOMPARE(plain.options().jobsFor(QStringLiteral("acronis")), 100000);
}

void TestSimCommandLine::rejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("port text") << QStringList { QStringLiteral("--port"), QStringLiteral("http") }
                               << QStringLiteral("invalid --port value 'http' (expected 0 to 65535)");
    QTest::newRow("port range") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                                << QStringLiteral("invalid --port value '70000' (expected 0 to 65535)");
    QTest::newRow("seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("-1") }
                          << QStringLiteral("invalid --seed value '-1' (expected 0 to 4294967295)");
    const QString jobsRange = QStringLiteral("(expected 0 to 100000, or vendor=N,… with N from 0 to 100000)");
    QTest::newRow("jobs") << QStringList { QStringLiteral("--jobs"), QStringLiteral("many") }
                          << QStringLiteral("invalid --jobs value 'many' ") + jobsRange;
    QTest::newRow("jobs range") << QStringList { QStringLiteral("--jobs"), QStringLiteral("100001") }
                                << QStringLiteral("invalid --jobs value '100001' ") + jobsRange;
    QTest::newRow("jobs negative") << QStringList { QStringLiteral("--jobs"), QStringLiteral("clumio=-1") }
                                   << QStringLiteral("invalid --jobs value '-1' ") + jobsRange;
    QTest::newRow("jobs empty") << QStringList { QStringLiteral("--jobs"), QStringLiteral("") }
                                << QStringLiteral("invalid --jobs value '' ") + jobsRange;
    QTest::newRow("jobs vendor without count") << QStringList { QStringLiteral("--jobs"), QStringLiteral("clumio=") }
                                               << QStringLiteral("invalid --jobs value '' ") + jobsRange;
    QTest::newRow("jobs trailing comma") << QStringList { QStringLiteral("--jobs"), QStringLiteral("clumio=5,") }
                                         << QStringLiteral("invalid --jobs value '' ") + jobsRange;
    QTest::newRow("jobs unknown vendor")
        << QStringList { QStringLiteral("--jobs"), QStringLiteral("clumio=5,veeam=3") }
        << QStringLiteral("invalid --jobs value 'clumio=5,veeam=3' (unknown vendor 'veeam'; supported: veeam-vb365, "
                          "clumio, acronis, cloudally)");
    QTest::newRow("jobs vendor twice") << QStringList {
        QStringLiteral("--jobs"), QStringLiteral("acronis=5,acronis=6")
    } << QStringLiteral("invalid --jobs value 'acronis=5,acronis=6' (acronis is given twice)");
    QTest::newRow("jobs two defaults") << QStringList {
        QStringLiteral("--jobs"), QStringLiteral("5,clumio=2,6")
    } << QStringLiteral("invalid --jobs value '5,clumio=2,6' (more than one count for the vendors not named)");
    QTest::newRow("speed") << QStringList { QStringLiteral("--speed"), QStringLiteral("-2") }
                           << QStringLiteral("invalid --speed value '-2' (expected a number from 0 to 1000000)");
    QTest::newRow("speed nan") << QStringList { QStringLiteral("--speed"), QStringLiteral("nan") }
                               << QStringLiteral("invalid --speed value 'nan' (expected a number from 0 to 1000000)");
    QTest::newRow("lifetime") << QStringList { QStringLiteral("--token-lifetime"), QStringLiteral("0") }
                              << QStringLiteral("invalid --token-lifetime value '0' (expected 1 to 31536000 seconds)");
    QTest::newRow("start") << QStringList { QStringLiteral("--start-time"), QStringLiteral("yesterday") }
                           << QStringLiteral("invalid --start-time value 'yesterday' (expected ISO 8601, e.g. "
                                             "2026-11-22T10:00:00Z)");
    QTest::newRow("faults") << QStringList { QStringLiteral("--faults"), QStringLiteral(R"([{"kind":"reset"}])") }
                            << QStringLiteral("invalid --faults: fault [0]: unknown fault kind 'reset'");
    QTest::newRow("positional") << QStringList { QStringLiteral("extra") }
                                << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") }
                                    << QStringLiteral("Unknown option 'bogus'.");
}

void TestSimCommandLine::rejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(args(arguments)), SimCommandLine::Outcome::Error);
    QCOMPARE(commandLine.errorText(), error);
}

void TestSimCommandLine::unknownVendorNamesTheSupportedOnes()
{
    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(args({ QStringLiteral("--vendors"), QStringLiteral("veeam-vb365,x") })),
             SimCommandLine::Outcome::Error);
    QCOMPARE(commandLine.errorText(),
             QStringLiteral("unknown vendor 'x' (supported: veeam-vb365, clumio, acronis, cloudally)"));
}

void TestSimCommandLine::faultsFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("faults.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"vendor":"veeam-vb365","kind":"latency","value":250}])");
    file.close();

    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(args({ QStringLiteral("--faults"), QLatin1Char('@') + path })),
             SimCommandLine::Outcome::Run);
    QVERIFY(commandLine.faults().contains("latency"));

    SimCommandLine missing;
    QCOMPARE(missing.parse(args({ QStringLiteral("--faults"), QLatin1Char('@') + dir.filePath(QStringLiteral("no")) })),
             SimCommandLine::Outcome::Error);
    QVERIFY(missing.errorText().startsWith(QStringLiteral("cannot read --faults file")));
}

void TestSimCommandLine::helpAndVersion()
{
    SimCommandLine help;
    QCOMPARE(help.parse(args({ QStringLiteral("--help") })), SimCommandLine::Outcome::Help);
    for (const char *option :
         { "--port", "--seed", "--vendors", "--jobs", "--speed", "--faults", "--write-config", "--token-lifetime" })
        QVERIFY2(help.helpText().contains(QLatin1String(option)), option);
    SimCommandLine version;
    QCOMPARE(version.parse(args({ QStringLiteral("--version") })), SimCommandLine::Outcome::Version);
}

QTEST_GUILESS_MAIN(TestSimCommandLine)
#include "tst_simcommandline.moc"
