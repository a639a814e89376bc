#include "app/sourcesconfig.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;

namespace {
const QHash<QString, QString> Env { { QStringLiteral("VB365_PASSWORD"), QStringLiteral("s3cret-from-env") },
                                    { QStringLiteral("CLUMIO_TOKEN"), QStringLiteral("clumio-token") },
                                    { QStringLiteral("ACRONIS_CLIENT_ID"), QStringLiteral("acronis-id") },
                                    { QStringLiteral("ACRONIS_CLIENT_SECRET"), QStringLiteral("acronis-secret") },
                                    { QStringLiteral("CA_CLIENT_ID"), QStringLiteral("ca-id") },
                                    { QStringLiteral("CA_CLIENT_SECRET"), QStringLiteral("ca-secret") },
                                    { QStringLiteral("CA_PASSWORD"), QStringLiteral("ca-password") },
                                    { QStringLiteral("EMPTY"), QString() } };

Parsed<SourcesConfig> parse(const QByteArray &json)
{
    return parseSourcesConfig(json, [](const QString &name) { return Env.value(name); });
}

QByteArray oneSource(const QByteArray &fields)
{
    return "{\"sources\":[{\"id\":\"vb\",\"vendor\":\"veeam-vb365\",\"baseUrl\":\"https://vbo.example.com:4443\","
        + fields + "}]}";
}
// One source of another vendor with the given auth object.
QByteArray vendorSource(const char *vendor, const QByteArray &auth)
{
    return QByteArray("{\"sources\":[{\"id\":\"s\",\"vendor\":\"") + vendor
        + "\",\"baseUrl\":\"https://api.example.com\",\"auth\":" + auth + "}]}";
}
} // namespace

class TestSourcesConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExampleLoads()
    {
        QFile file(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/config/contract-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const auto config = parse(json);
        QVERIFY2(config, qPrintable(config.error));
        QCOMPARE(config.value->pollIntervalSeconds, 60);
        QCOMPARE(config.value->sources.size(), size_t(4));
        const SourceConfig &vb = config.value->sources[0];
        QCOMPARE(vb.credentials.username, QStringLiteral("ops@example.com"));
        QCOMPARE(vb.credentials.password, QStringLiteral("s3cret-from-env"));
        QCOMPARE(vb.pollIntervalSeconds, 120);
        QCOMPARE(vb.rpoHours, 12.0);
        QCOMPARE(vb.baseUrl, QUrl(QStringLiteral("https://vbo.example.com:4443")));
        QVERIFY2(vb.problem.isEmpty(), qPrintable(vb.problem));
        QVERIFY(config.value->warnings.isEmpty());
        // Every vendor of the contract, each credential from its environment variable.
        const SourceConfig &clumio = config.value->sources[1];
        QVERIFY2(clumio.problem.isEmpty(), qPrintable(clumio.problem));
        QCOMPARE(clumio.vendor, QStringLiteral("clumio"));
        QCOMPARE(clumio.credentials.token, QStringLiteral("clumio-token"));
        const SourceConfig &acronis = config.value->sources[2];
        QVERIFY2(acronis.problem.isEmpty(), qPrintable(acronis.problem));
        QCOMPARE(acronis.credentials.clientId, QStringLiteral("acronis-id"));
        QCOMPARE(acronis.credentials.clientSecret, QStringLiteral("acronis-secret"));
        const SourceConfig &cloudally = config.value->sources[3];
        QVERIFY2(cloudally.problem.isEmpty(), qPrintable(cloudally.problem));
        QCOMPARE(cloudally.authMode, QStringLiteral("partner"));
        QCOMPARE(cloudally.credentials.username, QStringLiteral("msp-admin@example.com"));
        QCOMPARE(cloudally.credentials.password, QStringLiteral("ca-password"));
        QCOMPARE(cloudally.credentials.clientSecret, QStringLiteral("ca-secret"));
    }

    void literalSecretIsAcceptedButWarnedAboutWithoutTheSecret()
    {
        const auto config = parse(oneSource("\"auth\":{\"username\":\"u\",\"password\":\"hunter2-literal\"}"));
        QVERIFY(config);
        QCOMPARE(config.value->sources[0].credentials.password, QStringLiteral("hunter2-literal"));
        QCOMPARE(config.value->warnings.size(), 1);
        QVERIFY(config.value->warnings.first().contains(QStringLiteral("auth.password")));
        QVERIFY(!config.value->warnings.first().contains(QStringLiteral("hunter2")));
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\n \"sources\": [\n  {\"id\": }\n]}")
                                  << "not valid JSON: object is missing after a comma at line 3 (byte 26)";
        QTest::newRow("empty file") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "the top level must be an object";
        QTest::newRow("no sources") << QByteArray("{\"pollIntervalSeconds\":60}") << "there is no \"sources\" list";
        QTest::newRow("sources not a list") << QByteArray("{\"sources\":{}}") << "there is no \"sources\" list";
        QTest::newRow("entry not object") << QByteArray("{\"sources\":[\"vb\"]}") << "sources[0] is not an object";
        QTest::newRow("no id") << QByteArray("{\"sources\":[{\"vendor\":\"veeam-vb365\"}]}")
                               << "sources[0] has no \"id\"";
        QTest::newRow("duplicate id") << QByteArray("{\"sources\":[{\"id\":\"a\"},{\"id\":\"a\"}]}")
                                      << "two sources share the id 'a'";
        QTest::newRow("interval text") << QByteArray("{\"pollIntervalSeconds\":\"60\",\"sources\":[]}")
                                       << "pollIntervalSeconds must be";
        QTest::newRow("interval tiny") << QByteArray("{\"pollIntervalSeconds\":1,\"sources\":[]}")
                                       << "pollIntervalSeconds must be";
    }
    void fileErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto config = parse(json);
        QVERIFY(!config);
        QVERIFY2(config.error.startsWith(expected), qPrintable(config.error));
    }

    void sourceProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<SourceHealth>("health");
        const QByteArray creds = "\"auth\":{\"username\":\"u\",\"passwordEnv\":\"VB365_PASSWORD\"}";
        QTest::newRow("env unset") << oneSource("\"auth\":{\"username\":\"u\",\"passwordEnv\":\"NOT_SET_ANYWHERE\"}")
                                   << "environment variable NOT_SET_ANYWHERE (auth.passwordEnv) is not set"
                                   << SourceHealth::AuthFailed;
        QTest::newRow("env empty") << oneSource("\"auth\":{\"username\":\"u\",\"passwordEnv\":\"EMPTY\"}")
                                   << "environment variable EMPTY (auth.passwordEnv) is not set"
                                   << SourceHealth::AuthFailed;
        QTest::newRow("no password") << oneSource("\"auth\":{\"username\":\"u\"}") << "no password configured"
                                     << SourceHealth::AuthFailed;
        QTest::newRow("no auth") << oneSource("\"apiVersion\":\"v8\"") << "no username configured"
                                 << SourceHealth::AuthFailed;
        QTest::newRow("bad version") << oneSource("\"apiVersion\":\"v99\"," + creds)
                                     << "apiVersion 'v99' is not supported" << SourceHealth::Unreachable;
        QTest::newRow("unknown vendor") << QByteArray(
            "{\"sources\":[{\"id\":\"x\",\"vendor\":\"tapes-r-us\",\"baseUrl\":\"https://a.b\"}]}")
                                        << "unknown vendor 'tapes-r-us'" << SourceHealth::Unreachable;
        QTest::newRow("no vendor") << QByteArray("{\"sources\":[{\"id\":\"x\",\"baseUrl\":\"https://a.b\"}]}")
                                   << "no \"vendor\" given" << SourceHealth::Unreachable;
        QTest::newRow("no base url") << QByteArray("{\"sources\":[{\"id\":\"x\",\"vendor\":\"veeam-vb365\"," + creds
                                                   + "}]}")
                                     << "no \"baseUrl\" given" << SourceHealth::Unreachable;
        QTest::newRow("ftp url") << QByteArray(
            "{\"sources\":[{\"id\":\"x\",\"vendor\":\"veeam-vb365\",\"baseUrl\":\"ftp://a.b\"," + creds + "}]}")
                                 << "baseUrl 'ftp://a.b' is not an http(s) URL" << SourceHealth::Unreachable;
        QTest::newRow("no host") << QByteArray(
            "{\"sources\":[{\"id\":\"x\",\"vendor\":\"veeam-vb365\",\"baseUrl\":\"https://\"," + creds + "}]}")
                                 << "baseUrl 'https://' is not an http(s) URL" << SourceHealth::Unreachable;
        QTest::newRow("bad interval") << oneSource("\"pollIntervalSeconds\":0.5," + creds)
                                      << "pollIntervalSeconds must be" << SourceHealth::Unreachable;
        QTest::newRow("bad rpo") << oneSource("\"rpoHours\":-1," + creds) << "rpoHours must be a positive number"
                                 << SourceHealth::Unreachable;
        // What each further vendor needs before it can be polled (contract: ARCHITECTURE.md).
        QTest::newRow("clumio no token") << vendorSource("clumio", "{}") << "no API token configured"
                                         << SourceHealth::AuthFailed;
        QTest::newRow("acronis no secret") << vendorSource("acronis", "{\"clientId\":\"c\"}")
                                           << "no API client configured" << SourceHealth::AuthFailed;
        QTest::newRow("cloudally bad mode")
            << vendorSource("cloudally", "{\"mode\":\"reseller\",\"username\":\"u\",\"password\":\"p\"}")
            << "auth.mode must be \"partner\" or \"user\", not 'reseller'" << SourceHealth::AuthFailed;
        QTest::newRow("cloudally partner without client")
            << vendorSource("cloudally", "{\"mode\":\"partner\",\"username\":\"u\",\"password\":\"p\"}")
            << "a partner needs auth.clientId and auth.clientSecret" << SourceHealth::AuthFailed;
        QTest::newRow("cloudally user without password")
            << vendorSource("cloudally", "{\"mode\":\"user\",\"username\":\"u\"}")
            << "no e-mail and password configured" << SourceHealth::AuthFailed;
        QTest::newRow("missing CA file") << oneSource("\"caCertificates\":\"/nonexistent/ca.pem\"," + creds)
                                         << "cannot read CA certificates from '/nonexistent/ca.pem'"
                                         << SourceHealth::Unreachable;
        QTest::newRow("CA path is a folder")
            << oneSource("\"caCertificates\":\"" BACKUPDASH_FIXTURES_DIR "\"," + creds)
            << "cannot read CA certificates from '" BACKUPDASH_FIXTURES_DIR "'" << SourceHealth::Unreachable;
        QTest::newRow("CA file is not PEM")
            << oneSource("\"caCertificates\":\"" BACKUPDASH_FIXTURES_DIR "/config/contract-example.json\"," + creds)
            << "caCertificates '" BACKUPDASH_FIXTURES_DIR "/config/contract-example.json' holds no PEM certificate"
            << SourceHealth::Unreachable;
    }
    void sourceProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(SourceHealth, health);
        const auto config = parse(json);
        QVERIFY2(config, qPrintable(config.error)); // the file is fine; one source has a problem
        QCOMPARE(config.value->sources.size(), size_t(1));
        QVERIFY2(config.value->sources[0].problem.startsWith(expected), qPrintable(config.value->sources[0].problem));
        QCOMPARE(config.value->sources[0].problemHealth, health);
    }

    void disabledSourceIsKept()
    {
        const auto config =
            parse(oneSource("\"enabled\":false,\"auth\":{\"username\":\"u\",\"passwordEnv\":\"VB365_PASSWORD\"}"));
        QVERIFY(config);
        QVERIFY(!config.value->sources[0].enabled);
    }

    void missingFileSaysWhichAndWhy()
    {
        const auto config = loadSourcesConfig(QStringLiteral("/nonexistent/sources.json"));
        QVERIFY(!config);
        QVERIFY2(config.error.startsWith(QStringLiteral("cannot read /nonexistent/sources.json")),
                 qPrintable(config.error));
    }
};

QTEST_GUILESS_MAIN(TestSourcesConfig)
#include "tst_sourcesconfig.moc"
