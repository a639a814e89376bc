// The two executables as an operator runs them: backupdash-sim --write-config, then
// backupdash-cli snapshot on that file. Checks the snapshot contract and the exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    static QString exe(const char *variable) { return qEnvironmentVariable(variable); }

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(exe("BACKUPDASH_CLI"), args);
        if (!p.waitForFinished(60'000))
            qFatal("backupdash-cli did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(exe("BACKUPDASH_SIM")));
        QVERIFY(QFile::exists(exe("BACKUPDASH_CLI")));
        m_config = m_dir.filePath(QStringLiteral("sim.json"));
        m_sim.start(exe("BACKUPDASH_SIM"),
                    { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--jobs"), QStringLiteral("9"),
                      QStringLiteral("--write-config"), m_config });
        QVERIFY(m_sim.waitForStarted());
        QVERIFY(QTest::qWaitFor([this] { return m_sim.canReadLine(); }, 10'000));
        const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^backupdash-sim listening on http://127\\.0\\.0\\.1:\\d+$"))
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
        QVERIFY(QFile::exists(m_config));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(5000));
        QCOMPARE(m_sim.exitCode(), 0);
    }

    void snapshotPrintsTheContractDocument()
    {
        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QRegularExpression isoZ(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z$"));
        QVERIFY(isoZ.match(doc.value(u"generatedAt").toString()).hasMatch());

        const QJsonArray sources = doc.value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject source = sources[0].toObject();
        QCOMPARE(source.value(u"vendor").toString(), QStringLiteral("veeam-vb365"));
        QCOMPARE(source.value(u"state").toString(), QStringLiteral("ok"));
        QVERIFY(source.value(u"error").isNull());
        QCOMPARE(source.value(u"taskCount").toInt(), 9);

        const QJsonArray tasks = doc.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 9);
        const QStringList vocabulary { QStringLiteral("success"),   QStringLiteral("warning"), QStringLiteral("failed"),
                                       QStringLiteral("running"),   QStringLiteral("queued"),  QStringLiteral("paused"),
                                       QStringLiteral("cancelled"), QStringLiteral("unknown") };
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.keys().size(), 12);
            QVERIFY(vocabulary.contains(t.value(u"status").toString()));
            QVERIFY(t.value(u"id").isString() && !t.value(u"id").toString().isEmpty());
            for (const char *time : { "lastRun", "lastSuccess", "nextRun" }) {
                const QJsonValue tv = t.value(QLatin1String(time));
                QVERIFY2(tv.isNull() || isoZ.match(tv.toString()).hasMatch(), time);
            }
            QVERIFY(t.value(u"progress").isNull()
                    || (t.value(u"progress").toInt() >= 0 && t.value(u"progress").toInt() <= 100));
        }
        const QJsonArray windows = doc.value(u"windows").toArray();
        QVERIFY(!windows.isEmpty());
        for (const QJsonValue &v : windows) {
            const QJsonArray allowed = v.toObject().value(u"allowed").toArray();
            QCOMPARE(allowed.size(), 168);
            for (const QJsonValue &cell : allowed)
                QVERIFY(cell.isBool());
        }
        QVERIFY(doc.value(u"restores").isArray());
    }

    void csvFormat()
    {
        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config,
                              QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 10); // header + 9 tasks
        QVERIFY(lines[0].startsWith("source,id,name,workload,status"));
    }

    void unsupportedSourceIsReportedBesideTheWorkingOne()
    {
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray sources = config.value(u"sources").toArray();
        sources.append(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("clumio-prod") },
                          { QStringLiteral("vendor"), QStringLiteral("clumio") },
                          { QStringLiteral("baseUrl"), QStringLiteral("https://us-west-2.api.clumio.com") },
                          { QStringLiteral("auth"),
                            QJsonObject { { QStringLiteral("tokenEnv"), QStringLiteral("CLUMIO_TOKEN") } } } });
        config.insert(QStringLiteral("sources"), sources);
        const QString mixed = m_dir.filePath(QStringLiteral("mixed.json"));
        writeFile(mixed, QJsonDocument(config).toJson());

        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), mixed });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("source 'clumio-prod' (clumio) unreachable: vendor 'clumio' is not supported yet"),
                 run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonArray reported = doc.value(u"sources").toArray();
        QCOMPARE(reported.size(), 2);
        QCOMPARE(reported[0].toObject().value(u"state").toString(), QStringLiteral("ok"));
        QCOMPARE(reported[1].toObject().value(u"state").toString(), QStringLiteral("unreachable"));
        QVERIFY(reported[1].toObject().value(u"error").toString().contains(QStringLiteral("not supported yet")));
        QCOMPARE(doc.value(u"tasks").toArray().size(), 9); // the working source is not hidden
        // The demo password is literal in the file: warned about, never printed.
        QVERIFY(run.err.contains("auth.password is written in the configuration file"));
        QVERIFY(!run.err.contains("demo-password"));
        QVERIFY(!run.out.contains("demo-password"));
    }

    void badInvocationsSayWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no command") << QStringList {} << QByteArray("no command given");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("explode") }
                                         << QByteArray("unknown command 'explode'");
        QTest::newRow("no config") << QStringList { QStringLiteral("snapshot") }
                                   << QByteArray("--config FILE is required");
        QTest::newRow("bad format") << QStringList { QStringLiteral("snapshot"), QStringLiteral("--config"),
                                                     QStringLiteral("x"), QStringLiteral("--format"),
                                                     QStringLiteral("xml") }
                                    << QByteArray("--format must be json or csv, not 'xml'");
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("snapshot"), QStringLiteral("--config"),
                                                      QStringLiteral("x"), QStringLiteral("--timeout"),
                                                      QStringLiteral("soon") }
                                     << QByteArray("--timeout must be whole seconds");
        QTest::newRow("missing file") << QStringList { QStringLiteral("snapshot"), QStringLiteral("--config"),
                                                       QStringLiteral("/nonexistent/sources.json") }
                                      << QByteArray("cannot read /nonexistent/sources.json");
    }
    void badInvocationsSayWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void brokenConfigFileSaysWhereItIsBroken()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{\n  \"sources\": [\n    {\"id\": \"a\",}\n  ]\n}\n");
        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), broken });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("broken.json: not valid JSON") && run.err.contains("line 3"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
