// The two executables as an operator runs them: backupdash-sim --write-config, then
// backupdash-cli snapshot on that file. Checks the snapshot contract and the exit codes.
#include "../common/simprocess.h"
#include "models/restorejournal.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

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

    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
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

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    QJsonArray configuredSources() const { return readJson(m_config).value(u"sources").toArray(); }
    QSet<QString> configuredVendors() const
    {
        QSet<QString> vendors;
        for (const QJsonValue &v : configuredSources())
            vendors.insert(v.toObject().value(u"vendor").toString());
        return vendors;
    }
    // Every secret the simulator wrote into its configuration.
    QByteArrayList demoSecrets() const
    {
        QByteArrayList secrets;
        for (const QJsonValue &v : configuredSources()) {
            const QJsonObject auth = v.toObject().value(u"auth").toObject();
            for (const char *key : { "password", "token", "clientSecret", "refreshToken" }) {
                const QString secret = auth.value(QLatin1String(key)).toString();
                if (!secret.isEmpty())
                    secrets << secret.toUtf8();
            }
        }
        return secrets;
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
        QString why;
        QVERIFY2(TestSupport::startSimulator(m_sim, m_config, { QStringLiteral("--jobs"), QStringLiteral("9") }, &why),
                 qPrintable(why));
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

        // Every account the simulator wrote into the configuration answered, each with its tasks.
        const QJsonArray sources = doc.value(u"sources").toArray();
        QCOMPARE(sources.size(), configuredSources().size());
        QHash<QString, QString> vendorOf;
        int expectedTasks = 0;
        for (const QJsonValue &v : sources) {
            const QJsonObject source = v.toObject();
            QVERIFY2(source.value(u"state").toString() == QLatin1String("ok"),
                     qPrintable(source.value(u"id").toString()));
            QVERIFY(source.value(u"error").isNull());
            QVERIFY(source.value(u"taskCount").toInt() > 0);
            QVERIFY(isoZ.match(source.value(u"polledAt").toString()).hasMatch());
            vendorOf.insert(source.value(u"id").toString(), source.value(u"vendor").toString());
            expectedTasks += source.value(u"taskCount").toInt();
        }
        QCOMPARE(QSet<QString>(vendorOf.begin(), vendorOf.end()), configuredVendors());

        const QJsonArray tasks = doc.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), expectedTasks);
        QSet<QString> vendorsWithTasks;
        const QStringList vocabulary { QStringLiteral("success"),   QStringLiteral("warning"), QStringLiteral("failed"),
                                       QStringLiteral("running"),   QStringLiteral("queued"),  QStringLiteral("paused"),
                                       QStringLiteral("cancelled"), QStringLiteral("unknown") };
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.keys().size(), 12);
            QVERIFY(vocabulary.contains(t.value(u"status").toString()));
            QVERIFY(t.value(u"id").isString() && !t.value(u"id").toString().isEmpty());
            QVERIFY(vendorOf.contains(t.value(u"source").toString()));
            vendorsWithTasks.insert(vendorOf.value(t.value(u"source").toString()));
            for (const char *time : { "lastRun", "lastSuccess", "nextRun" }) {
                const QJsonValue tv = t.value(QLatin1String(time));
                QVERIFY2(tv.isNull() || isoZ.match(tv.toString()).hasMatch(), time);
            }
            QVERIFY(t.value(u"progress").isNull()
                    || (t.value(u"progress").toInt() >= 0 && t.value(u"progress").toInt() <= 100));
        }
        QCOMPARE(vendorsWithTasks, configuredVendors()); // tasks from every simulated vendor
        const QJsonArray windows = doc.value(u"windows").toArray();
        QVERIFY(!windows.isEmpty()); // VB365's 168-hour backup windows
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
        QVERIFY(lines.size() > configuredSources().size()); // header + at least a task per source
        QVERIFY(lines[0].startsWith("source,id,name,workload,status"));
    }

    void snapshotAndRestoresKeepOnlyTheNamedSourcesAndStatuses()
    {
        const QString source = configuredSources().first().toObject().value(u"id").toString();
        const Run all = cli(
            { QStringLiteral("snapshot"), QStringLiteral("--config"), m_config, QStringLiteral("--source"), source });
        QCOMPARE(all.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(all.out).object();
        QCOMPARE(doc.value(u"sources").toArray().size(), 1); // only that source was polled
        QCOMPARE(doc.value(u"sources").toArray().first().toObject().value(u"id").toString(), source);
        const QJsonArray tasks = doc.value(u"tasks").toArray();
        QVERIFY(!tasks.isEmpty());
        QSet<QString> statuses;
        for (const QJsonValue &t : tasks) {
            QCOMPARE(t.toObject().value(u"source").toString(), source);
            statuses.insert(t.toObject().value(u"status").toString());
        }

        // One of the statuses it has (and one repeated): only those rows, as CSV too.
        const QString status = *statuses.begin();
        const Run some = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config,
                               QStringLiteral("--source"), source, QStringLiteral("--status"), status,
                               QStringLiteral("--status"), status, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(some.exitCode, 0);
        const QList<QByteArray> lines = some.out.trimmed().split('\n');
        const qsizetype expected = std::count_if(tasks.begin(), tasks.end(), [&status](const QJsonValue &t) {
            return t.toObject().value(u"status").toString() == status;
        });
        QCOMPARE(lines.size() - 1, expected);
        for (const QByteArray &line : lines.mid(1))
            QVERIFY2(line.contains(',' + status.toUtf8() + ','), line.constData());

        // Restores: every status they have, one at a time, adds up to all of them.
        const Run allRestores = cli({ QStringLiteral("restores"), QStringLiteral("--config"), m_config });
        QCOMPARE(allRestores.exitCode, 0);
        const QJsonArray restores = QJsonDocument::fromJson(allRestores.out).array();
        QVERIFY(!restores.isEmpty()); // the simulator's scenario has restore jobs
        QSet<QString> restoreStatuses;
        for (const QJsonValue &r : restores)
            restoreStatuses.insert(r.toObject().value(u"status").toString());
        qsizetype seen = 0;
        for (const QString &restoreStatus : restoreStatuses) {
            const Run one = cli({ QStringLiteral("restores"), QStringLiteral("--config"), m_config,
                                  QStringLiteral("--status"), restoreStatus });
            QCOMPARE(one.exitCode, 0);
            const QJsonArray kept = QJsonDocument::fromJson(one.out).array();
            QVERIFY(!kept.isEmpty());
            for (const QJsonValue &r : kept)
                QCOMPARE(r.toObject().value(u"status").toString(), restoreStatus);
            seen += kept.size();
        }
        QCOMPARE(seen, restores.size());
    }

    void unknownVendorIsReportedBesideTheWorkingOnes()
    {
        QJsonObject config = readJson(m_config);
        QJsonArray sources = config.value(u"sources").toArray();
        const int working = int(sources.size());
        sources.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("tapes") },
                                     { QStringLiteral("vendor"), QStringLiteral("tapes-r-us") },
                                     { QStringLiteral("baseUrl"), QStringLiteral("https://tapes.example.com") } });
        config.insert(QStringLiteral("sources"), sources);
        const QString mixed = m_dir.filePath(QStringLiteral("mixed.json"));
        writeFile(mixed, QJsonDocument(config).toJson());

        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), mixed });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("source 'tapes' (tapes-r-us) unreachable: unknown vendor 'tapes-r-us'"),
                 run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonArray reported = doc.value(u"sources").toArray();
        QCOMPARE(reported.size(), working + 1);
        int tasks = 0;
        for (int i = 0; i < working; ++i) {
            QCOMPARE(reported[i].toObject().value(u"state").toString(), QStringLiteral("ok"));
            tasks += reported[i].toObject().value(u"taskCount").toInt();
        }
        const QJsonObject tapes = reported[working].toObject();
        QCOMPARE(tapes.value(u"state").toString(), QStringLiteral("unreachable"));
        QVERIFY(tapes.value(u"error").toString().contains(QStringLiteral("unknown vendor")));
        QCOMPARE(doc.value(u"tasks").toArray().size(), tasks); // the working sources are not hidden
        // The demo credentials are literal in the file: warned about, never printed.
        QVERIFY(run.err.contains("is written in the configuration file"));
        for (const QByteArray &secret : demoSecrets()) {
            QVERIFY2(!run.err.contains(secret), secret.constData());
            QVERIFY2(!run.out.contains(secret), secret.constData());
        }
    }

    // `check` as Nagios runs it: one line on stdout, "BACKUPDASH <STATE> - words | perfdata", and
    // the exit code that state stands for.
    void checkIsANagiosPlugin()
    {
        const Run run =
            cli({ QStringLiteral("check"), QStringLiteral("--config"), m_config, QStringLiteral("--warning-age"),
                  QStringLiteral("24"), QStringLiteral("--critical-age"), QStringLiteral("72") });
        const QString out = QString::fromUtf8(run.out);
        QCOMPARE(out.count(QLatin1Char('\n')), 1);
        const QRegularExpressionMatch line =
            QRegularExpression(QStringLiteral("^BACKUPDASH (OK|WARNING|CRITICAL|UNKNOWN) - [^|\n]+ \\| ([^\n]+)\n$"))
                .match(out);
        QVERIFY2(line.hasMatch(), run.out.constData());
        const QStringList states { QStringLiteral("OK"), QStringLiteral("WARNING"), QStringLiteral("CRITICAL"),
                                   QStringLiteral("UNKNOWN") };
        QCOMPARE(run.exitCode, int(states.indexOf(line.captured(1))));
        QVERIFY(run.exitCode != 3); // every source answered
        const QString perfdata = line.captured(2);
        QVERIFY2(perfdata.contains(QStringLiteral("'sources_down'=0;;;0;")), qPrintable(perfdata));
        QVERIFY2(perfdata.contains(QRegularExpression(QStringLiteral("'oldest_success_age'=\\d+s;86400;259200;0"))),
                 qPrintable(perfdata));
        // The counts per status add up to the snapshot's enabled tasks.
        int counted = 0;
        for (const QString &key : { QStringLiteral("success"), QStringLiteral("warning"), QStringLiteral("failed"),
                                    QStringLiteral("running"), QStringLiteral("queued"), QStringLiteral("paused"),
                                    QStringLiteral("cancelled"), QStringLiteral("unknown") }) {
            const QRegularExpressionMatch count =
                QRegularExpression(QStringLiteral("'%1'=(\\d+);").arg(key)).match(perfdata);
            QVERIFY2(count.hasMatch(), qPrintable(key));
            counted += count.captured(1).toInt();
        }
        const Run snapshot = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config });
        int enabled = 0;
        for (const QJsonValue &t : QJsonDocument::fromJson(snapshot.out).object().value(u"tasks").toArray())
            enabled += t.toObject().value(u"enabled").toBool() ? 1 : 0;
        QCOMPARE(counted, enabled);
        for (const QByteArray &secret : demoSecrets())
            QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), secret.constData());
    }

    void checkProblemsAreUnknown_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no config") << QStringList { QStringLiteral("check") }
                                   << QStringLiteral("--config FILE is required");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("--bogus") }
                                        << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("age not a number") << QStringList { QStringLiteral("--warning-age"), QStringLiteral("soon") }
                                          << QStringLiteral("--warning-age must be a number of hours");
        QTest::newRow("age zero") << QStringList { QStringLiteral("--critical-age"), QStringLiteral("0") }
                                  << QStringLiteral("--critical-age must be a number of hours");
        QTest::newRow("warning above critical")
            << QStringList { QStringLiteral("--warning-age"), QStringLiteral("48"), QStringLiteral("--critical-age"),
                             QStringLiteral("24") }
            << QStringLiteral("must not be above --critical-age");
        QTest::newRow("unknown source") << QStringList { QStringLiteral("--source"), QStringLiteral("nope") }
                                        << QStringLiteral("no source 'nope'");
        QTest::newRow("extra argument") << QStringList { QStringLiteral("now") }
                                        << QStringLiteral("check takes no further arguments");
    }
    void checkProblemsAreUnknown()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        if (args.value(0) != QLatin1String("check"))
            args = QStringList { QStringLiteral("check"), QStringLiteral("--config"), m_config } + args;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith("BACKUPDASH UNKNOWN - "), run.out.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(says), run.out.constData());
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData()); // and where a person looks
    }

    void checkOfAnUnreachableSourceIsUnknown()
    {
        QJsonObject config = readJson(m_config);
        QJsonArray sources = config.value(u"sources").toArray();
        QJsonObject first = sources.at(0).toObject();
        QUrl url(first.value(u"baseUrl").toString());
        url.setPort(1); // nothing listens there
        first.insert(QStringLiteral("baseUrl"), url.toString());
        sources.replace(0, first);
        config.insert(QStringLiteral("sources"), sources);
        const QString broken = m_dir.filePath(QStringLiteral("unreachable.json"));
        writeFile(broken, QJsonDocument(config).toJson());
        const QString id = first.value(u"id").toString();
        const Run run =
            cli({ QStringLiteral("check"), QStringLiteral("--config"), broken, QStringLiteral("--source"), id });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith("BACKUPDASH UNKNOWN - not answering: 1 (" + id.toUtf8() + ": "),
                 run.out.constData());
        QVERIFY2(run.out.contains("'sources_down'=1;;;0;1"), run.out.constData());
    }

    // The first task of a source, as a snapshot lists it.
    QString firstTaskOf(const QString &sourceId)
    {
        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config });
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out).object().value(u"tasks").toArray()) {
            if (t.toObject().value(u"source").toString() == sourceId)
                return t.toObject().value(u"id").toString();
        }
        return {};
    }

    QJsonObject simStats()
    {
        const QJsonObject vb = configuredSources().at(0).toObject();
        QUrl root(vb.value(u"baseUrl").toString());
        root.setPath(QStringLiteral("/_sim/stats"));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(root));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            qFatal("no stats");
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void restoreGoesThroughTheJournalOnce()
    {
        const QString task = firstTaskOf(QStringLiteral("sim-vb365"));
        QVERIFY(!task.isEmpty());
        const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
        const QStringList args { QStringLiteral("restore"),
                                 QStringLiteral("--config"),
                                 m_config,
                                 QStringLiteral("--source"),
                                 QStringLiteral("sim-vb365"),
                                 QStringLiteral("--task"),
                                 task,
                                 QStringLiteral("--journal"),
                                 journal };
        const Run unconfirmed = cli(args);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("confirm it with --yes"), unconfirmed.err.constData());

        const Run run = cli(args + QStringList { QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("accepted: sim-vb365 started restore job "), run.out.constData());
        const QString journalId =
            QRegularExpression(QStringLiteral("journal ([0-9a-f-]{36})")).match(QString::fromUtf8(run.out)).captured(1);
        QVERIFY(!journalId.isEmpty());
        QCOMPARE(simStats().value(u"restoreJobsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
        for (const QByteArray &secret : demoSecrets())
            QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        // The restores command lists it with the vendor's other restore jobs.
        const Run list = cli({ QStringLiteral("restores"), QStringLiteral("--config"), m_config });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray restores = QJsonDocument::fromJson(list.out).array();
        const QString session = QString::fromUtf8(run.out).section(QLatin1Char(' '), 5, 5);
        QVERIFY(std::any_of(restores.begin(), restores.end(),
                            [&](const QJsonValue &r) { return r.toObject().value(u"id").toString() == session; }));
        const Run csv = cli({ QStringLiteral("restores"), QStringLiteral("--config"), m_config,
                              QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(csv.out.startsWith(
            "source,id,target,status,vendorStatus,progress,createdAt,startedAt,endedAt,abortable\r\n"));
    }

    // Every log category at debug level, a poll of every vendor and a restore: no password, API
    // token or client secret in what is printed, nor in any file the run wrote (the journal and
    // its WAL included).
    void secretsNeverInVerboseLogsOrFiles()
    {
        QProcessEnvironment verbose = QProcessEnvironment::systemEnvironment();
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QTemporaryDir written;
        QVERIFY(written.isValid());
        const QString journal = written.filePath(QStringLiteral("journal.sqlite"));
        const Run snapshot = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config }, verbose);
        QCOMPARE(snapshot.exitCode, 0);
        QVERIFY2(snapshot.err.contains("backupdash."), "debug logging is on: our categories print");
        const Run restore =
            cli({ QStringLiteral("restore"), QStringLiteral("--config"), m_config, QStringLiteral("--source"),
                  QStringLiteral("sim-vb365"), QStringLiteral("--task"), firstTaskOf(QStringLiteral("sim-vb365")),
                  QStringLiteral("--journal"), journal, QStringLiteral("--yes") },
                verbose);
        QCOMPARE(restore.exitCode, 0);
        const QByteArrayList secrets = demoSecrets();
        QVERIFY(secrets.size() >= 4); // every vendor's credential is in the list
        QByteArray files;
        for (const QString &name : QDir(written.path()).entryList(QDir::Files)) {
            QFile f(written.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        QVERIFY2(!files.isEmpty(), "the journal was written");
        for (const QByteArray &secret : secrets) {
            for (const QByteArray *text : std::initializer_list<const QByteArray *> {
                     &snapshot.out, &snapshot.err, &restore.out, &restore.err, &files })
                QVERIFY2(!text->contains(secret), secret.constData());
        }
    }

    void putFaults(const QByteArray &json)
    {
        const QJsonObject vb = configuredSources().at(0).toObject();
        QUrl url(vb.value(u"baseUrl").toString());
        url.setPath(QStringLiteral("/_sim/faults"));
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.put(request, json);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void killedWhileSendingIsSettledByTheNextRunNotResent()
    {
        const QString task = firstTaskOf(QStringLiteral("sim-vb365"));
        const QString journalPath = m_dir.filePath(QStringLiteral("journal-crash.sqlite"));
        // The vendor makes the job at once but answers only after 8 s: kill the CLI in between.
        putFaults("[{\"vendor\":\"veeam-vb365\",\"method\":\"POST\",\"path\":\"/v8/Organizations\","
                  "\"kind\":\"latency\",\"value\":8000}]");
        const QStringList before = simStats().value(u"postsByIdempotencyKey").toObject().keys();
        QProcess first;
        first.start(exe("BACKUPDASH_CLI"),
                    { QStringLiteral("restore"), QStringLiteral("--config"), m_config, QStringLiteral("--source"),
                      QStringLiteral("sim-vb365"), QStringLiteral("--task"), task, QStringLiteral("--journal"),
                      journalPath, QStringLiteral("--yes") });
        QVERIFY(first.waitForStarted());
        QString journalId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QString &key : simStats().value(u"postsByIdempotencyKey").toObject().keys()) {
                    if (!before.contains(key))
                        journalId = key;
                }
                return !journalId.isEmpty();
            },
            10'000));
        first.kill(); // SIGKILL between SENDING and the answer
        QVERIFY(first.waitForFinished(5000));
        putFaults("[]");
        {
            auto journal = RestoreJournal::open(journalPath);
            QVERIFY2(journal, qPrintable(journal.error));
            QCOMPARE((*journal.value)->entry(journalId).value->state, JournalState::Sending);
        }

        // The next run settles it from the vendor's list before doing its own work.
        const Run next =
            cli({ QStringLiteral("restore"), QStringLiteral("--config"), m_config, QStringLiteral("--source"),
                  QStringLiteral("sim-vb365"), QStringLiteral("--task"), QStringLiteral("no-such-task"),
                  QStringLiteral("--journal"), journalPath, QStringLiteral("--yes") });
        QCOMPARE(next.exitCode, 1); // its own task does not exist; the leftover is settled anyway
        auto journal = RestoreJournal::open(journalPath);
        QVERIFY(journal);
        const JournalEntry settled = *(*journal.value)->entry(journalId).value;
        QCOMPARE(settled.state, JournalState::Accepted);
        QCOMPARE(simStats().value(u"postsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
        QCOMPARE(simStats().value(u"restoreJobsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
    }

    // The first task of a source whose workload is (or is not) `workload`.
    QString taskOf(const QString &sourceId, const QString &workload, bool same)
    {
        const Run run = cli({ QStringLiteral("snapshot"), QStringLiteral("--config"), m_config });
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out).object().value(u"tasks").toArray()) {
            const QJsonObject task = t.toObject();
            if (task.value(u"source").toString() == sourceId
                && (task.value(u"workload").toString() == workload) == same)
                return task.value(u"id").toString();
        }
        return {};
    }

    // Without --backup, a Clumio restore starts from the volume's newest backup; with none to
    // start from it says so on stderr and journals nothing.
    void clumioRestoreStartsFromTheNewestBackup()
    {
        const QString journal = m_dir.filePath(QStringLiteral("journal-clumio.sqlite"));
        const QString volumeTask = taskOf(QStringLiteral("sim-clumio-a"), QStringLiteral("aws_ebs_volume"), true);
        QVERIFY(!volumeTask.isEmpty());
        const QStringList args {
            QStringLiteral("restore"),      QStringLiteral("--config"),  m_config, QStringLiteral("--source"),
            QStringLiteral("sim-clumio-a"), QStringLiteral("--journal"), journal,  QStringLiteral("--yes"),
            QStringLiteral("--task")
        };
        const Run run = cli(args + QStringList { volumeTask });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("accepted: sim-clumio-a started restore job "), run.out.constData());
        const QString journalId =
            QRegularExpression(QStringLiteral("journal ([0-9a-f-]{36})")).match(QString::fromUtf8(run.out)).captured(1);
        QCOMPARE(simStats().value(u"restoreJobsByIdempotencyKey").toObject().value(journalId).toInt(), 1);
        {
            auto opened = RestoreJournal::open(journal);
            QVERIFY(opened);
            const JournalEntry entry = *(*opened.value)->entry(journalId).value;
            QVERIFY(!entry.request.itemScope.isEmpty()); // a backup the vendor listed …
            QVERIFY(entry.request.itemScope != entry.request.taskId); // … not the task
        }

        // --backup names one; an unknown one is refused in Clumio's words.
        const Run unknown =
            cli(args + QStringList { volumeTask, QStringLiteral("--backup"), QStringLiteral("bk-nope") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("refused:") && unknown.err.contains("Backup bk-nope was not found"),
                 unknown.err.constData());

        // A task that is no EBS volume has no backups to start from: nothing is journaled.
        const QString other = taskOf(QStringLiteral("sim-clumio-a"), QStringLiteral("aws_ebs_volume"), false);
        QVERIFY(!other.isEmpty());
        int before = 0;
        {
            auto opened = RestoreJournal::open(journal);
            before = int((*opened.value)->entries().value->size());
        }
        const Run none = cli(args + QStringList { other });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("lists no EBS volume backups of") && none.err.contains("nothing was sent"),
                 none.err.constData());
        QVERIFY(none.out.isEmpty());
        auto opened = RestoreJournal::open(journal);
        QCOMPARE(int((*opened.value)->entries().value->size()), before);
    }

    void restoreRefusalsSayWhy()
    {
        const QString journal = m_dir.filePath(QStringLiteral("journal-refusals.sqlite"));
        const auto restore = [&](const QString &source, const QString &task, const QStringList &extra = {}) {
            return cli(QStringList { QStringLiteral("restore"), QStringLiteral("--config"), m_config,
                                     QStringLiteral("--source"), source, QStringLiteral("--task"), task,
                                     QStringLiteral("--journal"), journal, QStringLiteral("--yes") }
                       + extra);
        };
        const Run acronis = restore(QStringLiteral("sim-acronis"), firstTaskOf(QStringLiteral("sim-acronis")));
        QCOMPARE(acronis.exitCode, 1);
        QVERIFY2(acronis.err.contains("refused: Acronis offers no public API"), acronis.err.constData());
        const Run noTask = restore(QStringLiteral("sim-vb365"), QStringLiteral("no-such-task"));
        QCOMPARE(noTask.exitCode, 1);
        QVERIFY2(noTask.err.contains("has no task 'no-such-task'"), noTask.err.constData());
        const Run wrongName = restore(QStringLiteral("sim-vb365"), firstTaskOf(QStringLiteral("sim-vb365")),
                                      { QStringLiteral("--overwrite"), QStringLiteral("not its name") });
        QCOMPARE(wrongName.exitCode, 1);
        QVERIFY2(wrongName.err.contains("--overwrite must name the task exactly"), wrongName.err.constData());
        const Run noSource = restore(QStringLiteral("nowhere"), QStringLiteral("x"));
        QCOMPARE(noSource.exitCode, 2);
        QVERIFY2(noSource.err.contains("no source 'nowhere'"), noSource.err.constData());
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
        QTest::newRow("unknown source") << QStringList { QStringLiteral("snapshot"), QStringLiteral("--config"),
                                                         m_config, QStringLiteral("--source"), QStringLiteral("nope") }
                                        << QByteArray("--source: no source 'nope' in the configuration");
        QTest::newRow("unknown status") << QStringList { QStringLiteral("restores"), QStringLiteral("--config"),
                                                         m_config, QStringLiteral("--status"),
                                                         QStringLiteral("broken") }
                                        << QByteArray("--status: unknown status 'broken' (one of success, warning, "
                                                      "failed, running, queued, paused, cancelled, unknown)");
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
