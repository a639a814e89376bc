#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
constexpr int TimeoutMs = 10'000;
const QString Executable = QStringLiteral(BACKUPDASH_SIM_EXECUTABLE);
} // namespace

// backupdash-sim as other tools drive it: the listening line, the config file, exit codes.
class TestSimProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndExitsCleanlyOnSignals_data();
    void servesAndExitsCleanlyOnSignals();
    void unknownVendorExitsWith2();
    void badNumberExitsWith2();
    void portInUseExitsWith1();

private:
    // Starts the simulator and waits for its one line; returns the port, 0 on failure.
    quint16 start(QProcess &process, const QStringList &arguments);
};

quint16 TestSimProcess::start(QProcess &process, const QStringList &arguments)
{
    process.start(Executable, arguments);
    if (!process.waitForStarted(TimeoutMs))
        return 0;
    if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, TimeoutMs))
        return 0;
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^backupdash-sim listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(line);
    if (!match.hasMatch())
        qWarning("unexpected first line: %s", qPrintable(line));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void TestSimProcess::servesAndExitsCleanlyOnSignals_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSimProcess::servesAndExitsCleanlyOnSignals()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configPath = dir.filePath(QStringLiteral("sources.json"));
    QProcess process;
    const quint16 port =
        start(process,
              { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("3"),
                QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--write-config"), configPath });
    QVERIFY(port != 0);

    // The config is complete by the time the line is out.
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject source = config.value(QLatin1String("sources")).toArray().at(0).toObject();
    QCOMPARE(source.value(QLatin1String("vendor")).toString(), QStringLiteral("veeam-vb365"));
    QCOMPARE(source.value(QLatin1String("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:%1/vb365").arg(port));
    QCOMPARE(source.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v8"));
    QCOMPARE(source.value(QLatin1String("auth")).toObject().value(QLatin1String("username")).toString(),
             QStringLiteral("demo@backupdash.local"));

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(source.value(QLatin1String("baseUrl")).toString() + QStringLiteral("/v8/Token")));
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(
        request, QByteArrayLiteral("grant_type=password&username=demo%40backupdash.local&password=demo-password"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty()); // exactly one line
}

void TestSimProcess::unknownVendorExitsWith2()
{
    QProcess process;
    process.start(Executable, { QStringLiteral("--vendors"), QStringLiteral("veeam-vb365,x") });
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
             QStringLiteral("backupdash-sim: unknown vendor 'x' (supported: veeam-vb365, clumio, acronis, cloudally)"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSimProcess::badNumberExitsWith2()
{
    QProcess process;
    process.start(Executable, { QStringLiteral("--jobs"), QStringLiteral("lots") });
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--jobs"));
}

void TestSimProcess::portInUseExitsWith1()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(Executable, { QStringLiteral("--port"), QString::number(occupant.serverPort()) });
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot listen on 127.0.0.1:"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimProcess)
#include "tst_simprocess.moc"
