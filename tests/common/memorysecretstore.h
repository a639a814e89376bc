#pragma once

// A SecretStore in memory for tests: answers later (as a keyring does), can be made to have
// no keyring, and counts what was asked.
#include "models/secretstore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace BackupDash::TestSupport {

class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool noKeyring = false; // every operation answers NoKeyring
    int reads = 0;
    int writes = 0;
    int removes = 0;

    static QString noKeyringText() { return QStringLiteral("No keyring service is available (test)"); }

    void read(const QString &key, QObject *context, Done done) override
    {
        ++reads;
        SecretResult result = answer();
        if (result.ok()) {
            if (secrets.contains(key))
                result.secret = secrets.value(key);
            else
                result = { SecretResult::Status::NotFound, {}, QStringLiteral("nothing under %1").arg(key) };
        }
        deliver(context, std::move(done), result);
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override
    {
        ++writes;
        const SecretResult result = answer();
        if (result.ok())
            secrets.insert(key, secret);
        deliver(context, std::move(done), result);
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        ++removes;
        const SecretResult result = answer();
        if (result.ok())
            secrets.remove(key);
        deliver(context, std::move(done), result);
    }

private:
    SecretResult answer() const
    {
        if (noKeyring)
            return { SecretResult::Status::NoKeyring, {}, noKeyringText() };
        return {};
    }
    static void deliver(QObject *context, Done done, SecretResult result)
    {
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
};

} // namespace BackupDash::TestSupport
