#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace BackupDash {

// The outcome of one keychain operation, in words for the operator. Never holds a secret
// except `secret` of a successful read.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key (a delete of nothing is Ok)
        NoKeyring, // no keyring service on this desktop: use environment variables instead
        Denied, // the operator (or the keyring) refused
        Failed, // anything else; `message` says what
    };
    Status status = Status::Ok;
    QString secret;
    QString message; // empty when Ok

    bool ok() const { return status == Status::Ok; }
};

// Where the GUI keeps secrets: asynchronous, never a nested event loop. `done` runs on the
// caller's thread once, unless `context` was destroyed first.
class SecretStore
{
public:
    using Done = std::function<void(const SecretResult &result)>;

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace BackupDash
