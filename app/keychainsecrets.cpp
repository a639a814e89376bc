#include "app/keychainsecrets.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace BackupDash {

namespace {

// The messages' translation context, in a form lupdate reads.
struct KeychainSecretsMsg
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecrets)
};

QString noKeyringWords(const QString &detail)
{
    return KeychainSecretsMsg::tr(
               "No keyring service is available on this desktop (the Secret Service of GNOME Keyring, KWallet or "
               "KeePassXC%1): keep the credential in an environment variable instead (auth.<field>Env in the "
               "sources file)")
        .arg(detail.isEmpty() ? QString() : QStringLiteral("; ") + detail);
}

// libsecret reports a missing service or bus as a plain error with the D-Bus library's words.
bool meansNoService(const QString &errorString)
{
    static const char *const Signs[] = {
        "org.freedesktop.secrets", "ServiceUnknown",     "autolaunch", "D-Bus", "DBus", "session bus",
        "No keyring daemon",       "No keychain service"
    };
    for (const char *sign : Signs) {
        if (errorString.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Without a session bus there is no keyring to ask; saying so at once also keeps libsecret
// from trying to autolaunch a bus of its own.
bool sessionBusMissing()
{
    return !QDBusConnection::sessionBus().isConnected();
}

void deliverLater(QObject *context, SecretStore::Done done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

template<typename Job> Job *makeJob(const QString &key)
{
    auto *job = new Job(QLatin1String(KeychainSecrets::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file beside the keyring
    job->setKey(key);
    return job;
}

} // namespace

SecretResult keychainResult(int qkeychainError, const QString &errorString, const QString &key)
{
    SecretResult result;
    switch (QKeychain::Error(qkeychainError)) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = KeychainSecretsMsg::tr("nothing is stored in the keychain under %1").arg(key);
        return result;
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        result.message = KeychainSecretsMsg::tr("access to the keychain was refused (%1)").arg(key);
        return result;
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        result.message =
            KeychainSecretsMsg::tr("the keychain is locked or refused access to %1: %2").arg(key, errorString);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoKeyring;
        result.message = noKeyringWords(errorString);
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.message = KeychainSecretsMsg::tr("could not delete %1 from the keychain: %2").arg(key, errorString);
        return result;
    case QKeychain::OtherError:
        break;
    }
    if (meansNoService(errorString)) {
        result.status = SecretResult::Status::NoKeyring;
        result.message = noKeyringWords(errorString);
        return result;
    }
    result.status = SecretResult::Status::Failed;
    result.message = KeychainSecretsMsg::tr("the keychain failed for %1: %2")
                         .arg(key, errorString.isEmpty() ? KeychainSecretsMsg::tr("no reason given") : errorString);
    return result;
}

void KeychainSecrets::read(const QString &key, QObject *context, Done done)
{
    if (sessionBusMissing()) {
        deliverLater(
            context, std::move(done),
            keychainResult(QKeychain::NoBackendAvailable, KeychainSecretsMsg::tr("no D-Bus session bus"), key));
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        SecretResult result = keychainResult(finished->error(), finished->errorString(), key);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void KeychainSecrets::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    if (sessionBusMissing()) {
        deliverLater(
            context, std::move(done),
            keychainResult(QKeychain::NoBackendAvailable, KeychainSecretsMsg::tr("no D-Bus session bus"), key));
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        done(keychainResult(finished->error(), finished->errorString(), key));
    });
    job->start();
}

void KeychainSecrets::remove(const QString &key, QObject *context, Done done)
{
    if (sessionBusMissing()) {
        deliverLater(
            context, std::move(done),
            keychainResult(QKeychain::NoBackendAvailable, KeychainSecretsMsg::tr("no D-Bus session bus"), key));
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        SecretResult result = keychainResult(finished->error(), finished->errorString(), key);
        if (result.status == SecretResult::Status::NotFound)
            result = {}; // deleting what is not there leaves what was asked for
        done(result);
    });
    job->start();
}

} // namespace BackupDash
