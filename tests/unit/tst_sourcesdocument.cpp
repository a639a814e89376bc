#include "models/sourcesdocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A file with something of everything: keys the dialog edits and keys it does not know.
QByteArray richFile()
{
    QJsonObject vbAuth { { QStringLiteral("username"), QStringLiteral("ops@example.com") },
                         { QStringLiteral("passwordEnv"), QStringLiteral("VB365_PASSWORD") },
                         { QStringLiteral("x-tenant-hint"), QStringLiteral("hq") } };
    QJsonObject vb { { QStringLiteral("id"), QStringLiteral("vb365-hq") },
                     { QStringLiteral("vendor"), QStringLiteral("veeam-vb365") },
                     { QStringLiteral("baseUrl"), QStringLiteral("https://vbo.example.com:4443") },
                     { QStringLiteral("apiVersion"), QStringLiteral("v7") },
                     { QStringLiteral("pollIntervalSeconds"), 120 },
                     { QStringLiteral("rpoHours"), 12 },
                     { QStringLiteral("x-owner"), QStringLiteral("team-backup") },
                     { QStringLiteral("auth"), vbAuth } };
    QJsonObject clumio { { QStringLiteral("id"), QStringLiteral("clumio-prod") },
                         { QStringLiteral("vendor"), QStringLiteral("clumio") },
                         { QStringLiteral("baseUrl"), QStringLiteral("https://us-west-2.api.clumio.com") },
                         { QStringLiteral("enabled"), false },
                         { QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } };
    QJsonObject ca { { QStringLiteral("id"), QStringLiteral("cloudally") },
                     { QStringLiteral("vendor"), QStringLiteral("cloudally") },
                     { QStringLiteral("baseUrl"), QStringLiteral("https://api.cloudally.com") },
                     { QStringLiteral("auth"),
                       QJsonObject { { QStringLiteral("mode"), QStringLiteral("user") },
                                     { QStringLiteral("username"), QStringLiteral("admin@example.com") },
                                     { QStringLiteral("password"), QStringLiteral("literal-pw-in-file") } } } };
    QJsonObject root { { QStringLiteral("pollIntervalSeconds"), 90 },
                       { QStringLiteral("x-comment"), QStringLiteral("kept as is") },
                       { QStringLiteral("sources"), QJsonArray { vb, clumio, ca } } };
    return QJsonDocument(root).toJson();
}

SourcesDocument read(const QByteArray &json)
{
    QString error;
    std::optional<SourcesDocument> document = readSourcesDocument(json, &error);
    if (!document)
        qFatal("not a document: %s", qPrintable(error));
    return *document;
}

// A valid VB365 entry with its password from the environment.
SourceEntry validVb365()
{
    SourceEntry entry;
    entry.id = QStringLiteral("vb");
    entry.vendor = QStringLiteral("veeam-vb365");
    entry.baseUrl = QStringLiteral("https://vbo.example.com:4443");
    entry.apiVersion = QStringLiteral("v8");
    entry.credentials.insert(QStringLiteral("username"), { CredentialOrigin::File, QStringLiteral("ops"), false });
    entry.credentials.insert(QStringLiteral("password"),
                             { CredentialOrigin::Environment, QStringLiteral("VB_PASSWORD"), false });
    return entry;
}

} // namespace

class TestSourcesDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheFileSays()
    {
        const SourcesDocument document = read(richFile());
        QCOMPARE(document.sources.size(), size_t(3));
        const SourceEntry &vb = document.sources[0];
        QCOMPARE(vb.id, QStringLiteral("vb365-hq"));
        QCOMPARE(vb.apiVersion, QStringLiteral("v7"));
        QCOMPARE(vb.pollIntervalSeconds, std::optional<int>(120));
        QCOMPARE(vb.rpoHours, std::optional<double>(12));
        QCOMPARE(vb.credential(QStringLiteral("username")).origin, CredentialOrigin::File);
        QCOMPARE(vb.credential(QStringLiteral("password")).origin, CredentialOrigin::Environment);
        QCOMPARE(vb.credential(QStringLiteral("password")).value, QStringLiteral("VB365_PASSWORD"));
        // Neither literal nor …Env: the keychain's (the GUI looks it up there).
        QCOMPARE(document.sources[1].credential(QStringLiteral("token")).origin, CredentialOrigin::Keychain);
        QVERIFY(!document.sources[1].enabled);
        QCOMPARE(document.sources[2].authMode, QStringLiteral("user"));
        QCOMPARE(literalSecrets(document.sources[2]), QStringList { QStringLiteral("password") });
        QVERIFY(literalSecrets(vb).isEmpty()); // a literal user name is no secret
    }

    void roundTripChangesNothing()
    {
        const QByteArray original = richFile();
        QCOMPARE(object(writeSourcesDocument(read(original))), object(original));
    }

    void editKeepsUnknownKeysAndOrder()
    {
        SourcesDocument document = read(richFile());
        document.sources[0].baseUrl = QStringLiteral("https://vbo2.example.com");
        document.sources[0].pollIntervalSeconds.reset();
        document.sources[1].enabled = true;
        const QJsonObject written = object(writeSourcesDocument(document));
        QCOMPARE(written.value(QStringLiteral("x-comment")).toString(), QStringLiteral("kept as is"));
        QCOMPARE(written.value(QStringLiteral("pollIntervalSeconds")).toInt(), 90);
        const QJsonArray sources = written.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 3);
        const QJsonObject vb = sources.at(0).toObject();
        QCOMPARE(vb.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("https://vbo2.example.com"));
        QVERIFY(!vb.contains(QStringLiteral("pollIntervalSeconds")));
        QCOMPARE(vb.value(QStringLiteral("x-owner")).toString(), QStringLiteral("team-backup"));
        QCOMPARE(vb.value(QStringLiteral("auth")).toObject().value(QStringLiteral("x-tenant-hint")).toString(),
                 QStringLiteral("hq"));
        const QJsonObject clumio = sources.at(1).toObject();
        QCOMPARE(clumio.value(QStringLiteral("enabled")), QJsonValue(true)); // in the file before: still said
        QCOMPARE(clumio.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(sources.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("cloudally"));
    }

    void keychainSecretsNeverReachTheFile()
    {
        SourcesDocument document = read(richFile());
        // The CloudAlly password moves from the file to the keychain; the Clumio token is typed.
        SourceEntry &ca = document.sources[2];
        ca.credentials[QStringLiteral("password")] = { CredentialOrigin::Keychain, QStringLiteral("literal-pw-in-file"),
                                                       false };
        document.sources[1].credentials[QStringLiteral("token")] = { CredentialOrigin::Keychain,
                                                                     QStringLiteral("typed-token-7f3a"), false };
        SourceEntry added = validVb365();
        added.id = QStringLiteral("vb-new");
        added.credentials[QStringLiteral("password")] = { CredentialOrigin::Keychain, QStringLiteral("new-pw-91c2"),
                                                          false };
        document.sources.push_back(added);

        const QByteArray bytes = writeSourcesDocument(document);
        QVERIFY(!bytes.contains("literal-pw-in-file"));
        QVERIFY(!bytes.contains("typed-token-7f3a"));
        QVERIFY(!bytes.contains("new-pw-91c2"));
        const QJsonArray sources = object(bytes).value(QStringLiteral("sources")).toArray();
        const QJsonObject caAuth = sources.at(2).toObject().value(QStringLiteral("auth")).toObject();
        QVERIFY(!caAuth.contains(QStringLiteral("password")));
        QVERIFY(!caAuth.contains(QStringLiteral("passwordEnv")));
        QCOMPARE(caAuth.value(QStringLiteral("username")).toString(), QStringLiteral("admin@example.com"));
        QCOMPARE(caAuth.value(QStringLiteral("mode")).toString(), QStringLiteral("user"));
        // Read back, the fields are the keychain's again.
        const SourcesDocument again = read(bytes);
        QCOMPARE(again.sources[2].credential(QStringLiteral("password")).origin, CredentialOrigin::Keychain);
        QCOMPARE(again.sources[3].credential(QStringLiteral("password")).origin, CredentialOrigin::Keychain);
        QCOMPARE(again.sources[3].credential(QStringLiteral("password")).value, QString());
    }

    void environmentReplacesLiteral()
    {
        SourcesDocument document = read(richFile());
        document.sources[2].credentials[QStringLiteral("password")] = { CredentialOrigin::Environment,
                                                                        QStringLiteral("CA_PASSWORD"), false };
        const QByteArray bytes = writeSourcesDocument(document);
        QVERIFY(!bytes.contains("literal-pw-in-file"));
        const QJsonObject auth = object(bytes)
                                     .value(QStringLiteral("sources"))
                                     .toArray()
                                     .at(2)
                                     .toObject()
                                     .value(QStringLiteral("auth"))
                                     .toObject();
        QCOMPARE(auth.value(QStringLiteral("passwordEnv")).toString(), QStringLiteral("CA_PASSWORD"));
    }

    void vendorChangeDropsTheOldVendorsKeys()
    {
        SourcesDocument document = read(richFile());
        SourceEntry &vb = document.sources[0];
        vb.vendor = QStringLiteral("clumio");
        const QJsonObject written =
            object(writeSourcesDocument(document)).value(QStringLiteral("sources")).toArray().at(0).toObject();
        QVERIFY(!written.contains(QStringLiteral("apiVersion")));
        document.sources[2].vendor = QStringLiteral("acronis");
        const QJsonObject acronis =
            object(writeSourcesDocument(document)).value(QStringLiteral("sources")).toArray().at(2).toObject();
        QVERIFY(!acronis.value(QStringLiteral("auth")).toObject().contains(QStringLiteral("mode")));
    }

    void notADocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"sources\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("the top level must be an object");
        QTest::newRow("no sources") << QByteArray("{}") << QStringLiteral("there is no \"sources\" list");
        QTest::newRow("source not object")
            << QByteArray("{\"sources\": [1]}") << QStringLiteral("sources[0] is not an object");
    }

    void notADocument()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!readSourcesDocument(json, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }

    void validEntryHasNoProblem()
    {
        QCOMPARE(validateSourceEntry(validVb365(), {}), QStringList());
        SourceEntry keychain = validVb365();
        keychain.credentials[QStringLiteral("password")] = { CredentialOrigin::Keychain, QString(), true };
        QCOMPARE(validateSourceEntry(keychain, {}), QStringList()); // already stored
        keychain.credentials[QStringLiteral("password")] = { CredentialOrigin::Keychain, QStringLiteral("typed"),
                                                             false };
        QCOMPARE(validateSourceEntry(keychain, {}), QStringList()); // stored on save
    }

    void validationProblems_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty id") << QStringLiteral("id=") << QStringLiteral("Give the source an id.");
        QTest::newRow("id with space") << QStringLiteral("id=a b")
                                       << QStringLiteral("The id 'a b' may not contain spaces or '/'.");
        QTest::newRow("id with slash") << QStringLiteral("id=a/b")
                                       << QStringLiteral("The id 'a/b' may not contain spaces or '/'.");
        QTest::newRow("duplicate id") << QStringLiteral("id=taken")
                                      << QStringLiteral("Another source already has the id 'taken'.");
        QTest::newRow("no vendor") << QStringLiteral("vendor=")
                                   << QStringLiteral("Choose a vendor (veeam-vb365, clumio, acronis, cloudally).");
        QTest::newRow("empty url") << QStringLiteral("baseUrl=") << QStringLiteral("Give the base URL (https://…).");
        QTest::newRow("ftp url") << QStringLiteral("baseUrl=ftp://files.example.com")
                                 << QStringLiteral("The base URL 'ftp://files.example.com' is not an http(s) URL.");
        QTest::newRow("no host") << QStringLiteral("baseUrl=https://")
                                 << QStringLiteral("The base URL 'https://' is not an http(s) URL.");
        QTest::newRow("api version") << QStringLiteral("apiVersion=v9")
                                     << QStringLiteral("API version 'v9' is not supported (v3 to v8).");
        QTest::newRow("cloudally mode") << QStringLiteral("cloudally=admin")
                                        << QStringLiteral("Choose the CloudAlly account kind: partner or user.");
        QTest::newRow("env name empty") << QStringLiteral("passwordEnv=")
                                        << QStringLiteral("Password: name the environment variable that holds it.");
        QTest::newRow("env name bad") << QStringLiteral("passwordEnv=1PASS")
                                      << QStringLiteral("Password: '1PASS' is not an environment variable's name.");
        QTest::newRow("keychain empty") << QStringLiteral("passwordKeychain=")
                                        << QStringLiteral("Password: type it, to be stored in the keychain.");
        QTest::newRow("literal empty") << QStringLiteral("username=") << QStringLiteral("User name is empty.");
        QTest::newRow("poll too short") << QStringLiteral("poll=3")
                                        << QStringLiteral("The poll interval must be from 5 to 86400 seconds.");
        QTest::newRow("rpo zero") << QStringLiteral("rpo=0")
                                  << QStringLiteral("The RPO must be a positive number of hours.");
        QTest::newRow("ca missing") << QStringLiteral("ca=/nonexistent/ca.pem")
                                    << QStringLiteral("Cannot read the CA certificates file '/nonexistent/ca.pem'.");
        QTest::newRow("ca is a folder") << QStringLiteral("ca=/tmp")
                                        << QStringLiteral("Cannot read the CA certificates file '/tmp'.");
    }

    void validationProblems()
    {
        QFETCH(QString, change);
        QFETCH(QString, problem);
        SourceEntry entry = validVb365();
        const QString name = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        std::vector<SourceEntry> others;
        if (name == QLatin1String("id")) {
            entry.id = value;
            SourceEntry other = validVb365();
            other.id = QStringLiteral("taken");
            others.push_back(other);
        } else if (name == QLatin1String("vendor"))
            entry.vendor = value;
        else if (name == QLatin1String("baseUrl"))
            entry.baseUrl = value;
        else if (name == QLatin1String("apiVersion"))
            entry.apiVersion = value;
        else if (name == QLatin1String("cloudally")) {
            entry.vendor = QStringLiteral("cloudally");
            entry.authMode = value;
        } else if (name == QLatin1String("passwordEnv"))
            entry.credentials[QStringLiteral("password")] = { CredentialOrigin::Environment, value, false };
        else if (name == QLatin1String("passwordKeychain"))
            entry.credentials[QStringLiteral("password")] = { CredentialOrigin::Keychain, value, false };
        else if (name == QLatin1String("username"))
            entry.credentials[QStringLiteral("username")] = { CredentialOrigin::File, value, false };
        else if (name == QLatin1String("poll"))
            entry.pollIntervalSeconds = value.toInt();
        else if (name == QLatin1String("rpo"))
            entry.rpoHours = value.toDouble();
        else if (name == QLatin1String("ca"))
            entry.caCertificates = value;
        const QStringList problems = validateSourceEntry(entry, others);
        QVERIFY2(problems.contains(problem), qPrintable(problems.join(QLatin1String(" | "))));
    }

    void vendorsNeedTheirCredentials()
    {
        SourceEntry partner;
        partner.id = QStringLiteral("ca");
        partner.vendor = QStringLiteral("cloudally");
        partner.authMode = QStringLiteral("partner");
        partner.baseUrl = QStringLiteral("https://api.cloudally.com");
        const QStringList problems = validateSourceEntry(partner, {});
        for (const char *label : { "Client ID", "Client secret", "User name", "Password" })
            QVERIFY2(problems.contains(
                         QStringLiteral("%1: type it, to be stored in the keychain.").arg(QLatin1String(label))),
                     qPrintable(problems.join(QLatin1String(" | "))));
        QCOMPARE(requiredCredentials(QStringLiteral("cloudally"), QStringLiteral("user")),
                 (QStringList { QStringLiteral("username"), QStringLiteral("password") }));
        QCOMPARE(requiredCredentials(QStringLiteral("clumio"), QString()), QStringList { QStringLiteral("token") });
        QCOMPARE(requiredCredentials(QStringLiteral("acronis"), QString()),
                 (QStringList { QStringLiteral("clientId"), QStringLiteral("clientSecret") }));
    }

    void readableCaFileIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
        file.close();
        SourceEntry entry = validVb365();
        entry.caCertificates = path;
        QCOMPARE(validateSourceEntry(entry, {}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSourcesDocument)
#include "tst_sourcesdocument.moc"
