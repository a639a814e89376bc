// The window's reading of the sources file: what the file leaves to neither a literal nor an
// environment variable is asked of the keychain; missing in both, the problem names both routes.
#include "app/sourcesloader.h"
#include "tests/common/memorysecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BackupDash;
using BackupDash::TestSupport::MemorySecretStore;

namespace {

QByteArray file(const QJsonObject &auth)
{
    const QJsonObject source { { QStringLiteral("id"), QStringLiteral("vb") },
                               { QStringLiteral("vendor"), QStringLiteral("veeam-vb365") },
                               { QStringLiteral("baseUrl"), QStringLiteral("https://vbo.example.com") },
                               { QStringLiteral("auth"), auth } };
    return QJsonDocument(QJsonObject { { QStringLiteral("sources"), QJsonArray { source } } }).toJson();
}

const QJsonObject UserOnly { { QStringLiteral("username"), QStringLiteral("ops") } };

std::optional<Parsed<SourcesConfig>> load(SourcesLoader &loader, const QByteArray &json)
{
    std::optional<Parsed<SourcesConfig>> answer;
    loader.load(
        json,
        [](const QString &name) { return name == QLatin1String("VB_PW") ? QStringLiteral("from-env") : QString(); },
        [&answer](const Parsed<SourcesConfig> &config) { answer = config; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

const QString BothRoutes = QStringLiteral("no password configured: name an environment variable (auth.passwordEnv) in "
                                          "the sources file, or store it in the keychain (File → Sources…, kept "
                                          "under vb/password)");

} // namespace

class TestSourcesLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainSuppliesWhatTheFileLeavesOut()
    {
        MemorySecretStore store;
        store.secrets.insert(QStringLiteral("vb/password"), QStringLiteral("from-keychain"));
        SourcesLoader loader(&store);
        const auto config = load(loader, file(UserOnly));
        QVERIFY(config && *config);
        const SourceConfig &source = config->value->sources.front();
        QVERIFY2(source.problem.isEmpty(), qPrintable(source.problem));
        QCOMPARE(source.credentials.password, QStringLiteral("from-keychain"));
        QCOMPARE(store.reads, 1);
    }

    void fileAndEnvironmentAreNotAskedOfTheKeychain()
    {
        MemorySecretStore store;
        store.secrets.insert(QStringLiteral("vb/password"), QStringLiteral("from-keychain"));
        SourcesLoader loader(&store);
        QJsonObject auth = UserOnly;
        auth.insert(QStringLiteral("passwordEnv"), QStringLiteral("VB_PW"));
        auto config = load(loader, file(auth));
        QVERIFY(config && *config);
        QCOMPARE(config->value->sources.front().credentials.password, QStringLiteral("from-env"));
        // A variable named in the file but not set stays the environment's problem.
        auth.insert(QStringLiteral("passwordEnv"), QStringLiteral("UNSET_VARIABLE"));
        config = load(loader, file(auth));
        QVERIFY(config && *config);
        QCOMPARE(config->value->sources.front().problem,
                 QStringLiteral("environment variable UNSET_VARIABLE (auth.passwordEnv) is not set"));
        QCOMPARE(store.reads, 0);
    }

    void missingEverywhereNamesBothRoutes()
    {
        MemorySecretStore store;
        SourcesLoader loader(&store);
        const auto config = load(loader, file(UserOnly));
        QVERIFY(config && *config);
        const SourceConfig &source = config->value->sources.front();
        QCOMPARE(source.problem, BothRoutes);
        QCOMPARE(source.problemHealth, SourceHealth::AuthFailed);
    }

    void withoutAKeyringServiceItSaysSo()
    {
        MemorySecretStore store;
        store.noKeyring = true;
        SourcesLoader loader(&store);
        const auto config = load(loader, file(UserOnly));
        QVERIFY(config && *config);
        QCOMPARE(config->value->sources.front().problem,
                 BothRoutes + QStringLiteral("; ") + MemorySecretStore::noKeyringText());
    }

    void withoutAKeychainAtAll()
    {
        SourcesLoader loader(nullptr);
        const auto config = load(loader, file(UserOnly));
        QVERIFY(config && *config);
        QCOMPARE(config->value->sources.front().problem, BothRoutes + QStringLiteral("; there is no keychain here"));
    }

    // The CLI reads the file without a keychain: its words are the ones it always had.
    void cliWordsAreUnchanged()
    {
        const auto config = parseSourcesConfig(file(UserOnly), [](const QString &) { return QString(); });
        QVERIFY(config);
        QCOMPARE(config.value->sources.front().problem,
                 QStringLiteral("no password configured (auth.password or auth.passwordEnv)"));
    }

    void brokenFileIsTheParsersError()
    {
        MemorySecretStore store;
        SourcesLoader loader(&store);
        const auto config = load(loader, "{\"sources\": 3}");
        QVERIFY(config);
        QVERIFY(!*config);
        QCOMPARE(config->error, QStringLiteral("there is no \"sources\" list"));
    }

    void aNewerLoadWins()
    {
        MemorySecretStore store;
        store.secrets.insert(QStringLiteral("vb/password"), QStringLiteral("from-keychain"));
        SourcesLoader loader(&store);
        int firstAnswers = 0;
        loader.load(
            file(UserOnly), [](const QString &) { return QString(); },
            [&firstAnswers](const Parsed<SourcesConfig> &) { ++firstAnswers; });
        const auto second = load(loader, file(UserOnly));
        QVERIFY(second && *second);
        QCOMPARE(firstAnswers, 0);
    }
};

QTEST_GUILESS_MAIN(TestSourcesLoader)
#include "tst_sourcesloader.moc"
