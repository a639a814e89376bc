#include "app/keychainsecrets.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <optional>
#include <qt6keychain/keychain.h>

using namespace BackupDash;

namespace {

const QString Key = QStringLiteral("tst-source/password");
const QString Secret = QStringLiteral("s3cret-Ünï-42-do-not-log");

QString mode()
{
    return qEnvironmentVariable("BACKUPDASH_KEYCHAIN_MODE");
}

// Waits for the store's answer on the event loop (the store never blocks).
template<typename Start> std::optional<SecretResult> answer(Start start)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return std::nullopt;
    return result;
}

// Every regular file under HOME (the wrapper made it empty).
QStringList filesUnderHome()
{
    QStringList files;
    QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

bool anyFileHolds(const QStringList &files, const QString &text)
{
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class TestKeychainSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        using S = SecretResult::Status;
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << int(S::Ok) << QString();
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                   << int(S::NotFound) << QStringLiteral("nothing is stored in the keychain under k/f");
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service")
                                    << int(S::NoKeyring) << QStringLiteral("No keyring service is available");
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << int(S::NoKeyring)
                                         << QStringLiteral("environment variable instead");
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << int(S::Denied)
                                        << QStringLiteral("access to the keychain was refused (k/f)");
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << QStringLiteral("Cannot unlock") << int(S::Denied)
                                << QStringLiteral("the keychain is locked or refused access to k/f: Cannot unlock");
        QTest::newRow("delete failed") << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("busy")
                                       << int(S::Failed)
                                       << QStringLiteral("could not delete k/f from the keychain: busy");
        // libsecret says a missing Secret Service or bus in the D-Bus library's words.
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << int(S::NoKeyring) << QStringLiteral("No keyring service is available");
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << int(S::NoKeyring)
                                << QStringLiteral("auth.<field>Env");
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << int(S::Failed)
                               << QStringLiteral("the keychain failed for k/f: Unknown error");
        QTest::newRow("other, no words") << int(QKeychain::OtherError) << QString() << int(S::Failed)
                                         << QStringLiteral("the keychain failed for k/f: no reason given");
    }

    void resultWords()
    {
        QFETCH(int, error);
        QFETCH(QString, errorString);
        QFETCH(int, status);
        QFETCH(QString, words);
        const SecretResult result = keychainResult(error, errorString, QStringLiteral("k/f"));
        QCOMPARE(int(result.status), status);
        QVERIFY2(words.isEmpty() ? result.message.isEmpty() : result.message.contains(words),
                 qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
    }

    // Against gnome-keyring-daemon (tests/integration/keychain-session.sh real).
    void realKeyring()
    {
        if (mode() != QLatin1String("real"))
            QSKIP("runs under keychain-session.sh real (ctest: tst_keychainsecrets_real)");
        KeychainSecrets store;
        auto written = answer([&](QObject *c, SecretStore::Done d) { store.write(Key, Secret, c, d); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));

        auto read = answer([&](QObject *c, SecretStore::Done d) { store.read(Key, c, d); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->secret, Secret);

        const QString replaced = QStringLiteral("second-secret");
        written = answer([&](QObject *c, SecretStore::Done d) { store.write(Key, replaced, c, d); });
        QVERIFY(written && written->ok());
        read = answer([&](QObject *c, SecretStore::Done d) { store.read(Key, c, d); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, replaced);

        // Another key is another secret.
        read = answer([&](QObject *c, SecretStore::Done d) { store.read(QStringLiteral("tst-source/token"), c, d); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);

        auto removed = answer([&](QObject *c, SecretStore::Done d) { store.remove(Key, c, d); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message));
        read = answer([&](QObject *c, SecretStore::Done d) { store.read(Key, c, d); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
        QCOMPARE(read->message, QStringLiteral("nothing is stored in the keychain under %1").arg(Key));
        removed = answer([&](QObject *c, SecretStore::Done d) { store.remove(Key, c, d); });
        QVERIFY(removed && removed->ok()); // nothing to delete is what was asked

        // The keyring's files are encrypted: the secret is in none of them as text.
        const QStringList files = filesUnderHome();
        QVERIFY(!anyFileHolds(files, Secret));
        QVERIFY(!anyFileHolds(files, replaced));
    }

    // No keyring service (keychain-session.sh noservice / nobus): words, and nothing written.
    void noKeyring()
    {
        if (mode() != QLatin1String("noservice") && mode() != QLatin1String("nobus"))
            QSKIP("runs under keychain-session.sh noservice|nobus (ctest: tst_keychainsecrets_noservice, _nobus)");
        KeychainSecrets store;
        const auto written = answer([&](QObject *c, SecretStore::Done d) { store.write(Key, Secret, c, d); });
        QVERIFY(written);
        QCOMPARE(written->status, SecretResult::Status::NoKeyring);
        QVERIFY2(written->message.startsWith(QStringLiteral("No keyring service is available on this desktop")),
                 qPrintable(written->message));
        QVERIFY2(written->message.contains(QStringLiteral("environment variable instead")),
                 qPrintable(written->message));
        QVERIFY(!written->message.contains(Secret));

        const auto read = answer([&](QObject *c, SecretStore::Done d) { store.read(Key, c, d); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NoKeyring);
        QVERIFY(read->secret.isEmpty());
        const auto removed = answer([&](QObject *c, SecretStore::Done d) { store.remove(Key, c, d); });
        QVERIFY(removed);
        QCOMPARE(removed->status, SecretResult::Status::NoKeyring);

        // No insecure fallback: not a file anywhere in the home (qtkeychain's would be a QSettings file).
        const QStringList files = filesUnderHome();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
    }

    // A context that goes away first: its callback never runs.
    void answerAfterTheContextIsGoneIsDropped()
    {
        if (mode().isEmpty())
            QSKIP("needs one of the keychain-session.sh worlds");
        KeychainSecrets store;
        bool called = false;
        {
            QObject context;
            store.read(Key, &context, [&called](const SecretResult &) { called = true; });
        }
        // qtkeychain runs its jobs one after another: once a later one answered, the first has too,
        // and had nobody to tell.
        const auto later = answer([&](QObject *c, SecretStore::Done d) { store.read(Key, c, d); });
        QVERIFY(later);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecrets)
#include "tst_keychainsecrets.moc"
