// backupdash-cli serve-metrics as an operator runs it: against backupdash-sim, checked by
// promtool, and scraped by a real Prometheus on loopback.
#include "../common/simprocess.h"
#include "../simulator/simtestclient.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace BackupDash;

namespace {

QString exe(const char *variable)
{
    return qEnvironmentVariable(variable);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again at once; the child binds it next
}

} // namespace

class TestServeMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(exe("BACKUPDASH_CLI")));
        m_config = m_dir.filePath(QStringLiteral("sim.json"));
        QString why;
        QVERIFY2(TestSupport::startSimulator(m_sim, m_config, { QStringLiteral("--jobs"), QStringLiteral("6") }, &why),
                 qPrintable(why));

        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start(exe("BACKUPDASH_CLI"),
                       { QStringLiteral("serve-metrics"), QStringLiteral("--config"), m_config,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(m_server.waitForStarted());
        const QString line = TestSupport::firstLineOf(m_server);
        const QRegularExpressionMatch url =
            QRegularExpression(QStringLiteral("^backupdash-cli: serving (http://127\\.0\\.0\\.1:\\d+/metrics)$"))
                .match(line);
        QVERIFY2(url.hasMatch(), qPrintable(line + QString::fromUtf8(m_server.readAllStandardError())));
        m_url = QUrl(url.captured(1));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : { &m_prometheus, &m_server, &m_sim }) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    }

    void servesEverySourceOncePolled()
    {
        QByteArray body;
        // The first polls take a moment: until then sources are not up yet, and say so.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SimTest::Answer answer = SimTest::send(m_nam, "GET", m_url);
                body = answer.body;
                return answer.status == 200 && body.contains("backupdash_source_up{")
                    && !QRegularExpression(QStringLiteral("backupdash_source_up\\{[^}]*\\} 0"))
                            .match(QString::fromUtf8(body))
                            .hasMatch();
            },
            20'000));
        const SimTest::Answer answer = SimTest::send(m_nam, "GET", m_url);
        QCOMPARE(answer.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QString text = QString::fromUtf8(answer.body);
        for (const char *family : { "backupdash_source_up", "backupdash_source_stale", "backupdash_tasks",
                                    "backupdash_task_last_success_timestamp_seconds", "backupdash_restores",
                                    "backupdash_poll_duration_seconds", "backupdash_polls_total" })
            QVERIFY2(text.contains(QStringLiteral("# TYPE %1 ").arg(QLatin1String(family))), family);
        QVERIFY(text.contains(
            QStringLiteral("backupdash_poll_duration_seconds_bucket{source=\"sim-acronis\",le=\"+Inf\"} ")));
        QVERIFY(!text.contains(QStringLiteral("demo-password"))); // no secret, whatever the labels
        m_body = answer.body;
    }

    void promtoolAcceptsTheExposition()
    {
        QVERIFY(!m_body.isEmpty());
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is missing: scripts/setup-deps installs it (package prometheus)");
        QProcess check;
        check.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
        QVERIFY(check.waitForStarted());
        check.write(m_body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY2(check.exitCode() == 0, (check.readAllStandardOutput() + check.readAllStandardError()).constData());
    }

    void aRealPrometheusScrapesIt()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "prometheus is missing: scripts/setup-deps installs it");
        const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: backupdash\n    static_configs:\n"
                   "      - targets: ['127.0.0.1:"
                   + QByteArray::number(m_url.port()) + "']\n");
        file.close();
        const quint16 port = freePort();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(prometheus,
                           { QStringLiteral("--config.file=") + config,
                             QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port) });
        QVERIFY(m_prometheus.waitForStarted());
        const auto query = [&](const QString &promql) {
            QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
            url.setQuery(QUrlQuery { { QStringLiteral("query"), promql } });
            return SimTest::send(m_nam, "GET", url).json();
        };
        // up == 1 means Prometheus scraped the target and parsed every sample it served.
        QJsonObject up;
        const bool scraped = QTest::qWaitFor(
            [&] {
                up = query(QStringLiteral("up{job=\"backupdash\"}"));
                const QJsonArray result = up.value(u"data").toObject().value(u"result").toArray();
                return !result.isEmpty() && result.at(0).toObject().value(u"value").toArray().at(1).toString() == u"1";
            },
            45'000);
        QVERIFY2(scraped, (QJsonDocument(up).toJson() + m_prometheus.readAll().right(2000)).constData());
        const QJsonArray sources =
            query(QStringLiteral("backupdash_source_up")).value(u"data").toObject().value(u"result").toArray();
        QVERIFY2(sources.size() >= 4, qPrintable(QString::number(sources.size())));
    }

    void badListenAndBusyPortSayWhy()
    {
        QProcess bad;
        bad.start(exe("BACKUPDASH_CLI"),
                  { QStringLiteral("serve-metrics"), QStringLiteral("--config"), m_config, QStringLiteral("--listen"),
                    QStringLiteral("localhost:http") });
        QVERIFY(bad.waitForFinished(10'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--listen must be ADDRESS:PORT"));

        QProcess busy;
        busy.start(exe("BACKUPDASH_CLI"),
                   { QStringLiteral("serve-metrics"), QStringLiteral("--config"), m_config, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_url.port()) });
        QVERIFY(busy.waitForFinished(10'000));
        QCOMPARE(busy.exitCode(), 1);
        QVERIFY(busy.readAllStandardError().contains("cannot listen on 127.0.0.1:"));
    }

    void onlyGetMetrics()
    {
        QUrl other = m_url;
        other.setPath(QStringLiteral("/"));
        QCOMPARE(SimTest::send(m_nam, "GET", other).status, 404);
        QCOMPARE(SimTest::send(m_nam, "POST", m_url, "x").status, 405);
    }

private:
    QTemporaryDir m_dir;
    QString m_config;
    QProcess m_sim;
    QProcess m_server;
    QProcess m_prometheus;
    QUrl m_url;
    QByteArray m_body;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestServeMetrics)
#include "tst_servemetrics.moc"
