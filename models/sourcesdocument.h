#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace BackupDash {

// The sources configuration file as the Sources dialog edits it: what the operator typed, not
// yet resolved (no environment read, no keychain asked). Pure values and pure functions, so the
// file's round trip, the keys kept and the validation are checked without a widget.

// Where one credential field of a source comes from. The file has no key for "keychain": a
// field that is neither literal nor …Env in the file is looked up in the keychain (GUI only).
enum class CredentialOrigin { File, Environment, Keychain };

struct CredentialEntry
{
    CredentialOrigin origin = CredentialOrigin::Keychain;
    // File: the literal value. Environment: the variable's name. Keychain: a secret typed in the
    // dialog, to be stored; empty keeps what the keychain already holds (see `stored`).
    QString value;
    bool stored = false; // Keychain: the keychain is known to hold this field under the entry's id

    bool operator==(const CredentialEntry &) const = default;
};

struct SourceEntry
{
    QString id;
    QString vendor;
    QString baseUrl;
    QString apiVersion; // veeam-vb365 only
    QString authMode; // cloudally only: "partner" or "user"
    std::optional<int> pollIntervalSeconds;
    std::optional<double> rpoHours;
    QString caCertificates; // a PEM file's path; empty: none
    bool enabled = true;
    QHash<QString, CredentialEntry> credentials; // by field name ("username", "password", …)
    QJsonObject original; // the entry as read: keys not edited here are written back unchanged

    CredentialEntry credential(const QString &field) const { return credentials.value(field); }
};

struct SourcesDocument
{
    QJsonObject root; // the file as read: top-level keys other than "sources" are kept
    std::vector<SourceEntry> sources; // in the file's order; new ones at the end
};

// The six credential fields of the contract, and which of them are secrets.
QStringList credentialFieldNames();
bool isSecretField(const QString &field);
QString credentialLabel(const QString &field); // "Password", "API token", … (translated)
QString credentialNoun(const QString &field); // the same inside a sentence: "password", "API token", …
// "a", "a and b", "a, b and c" (translated).
QString joinedWords(const QStringList &words);
// The fields a vendor needs (the loader's rules); `authMode` matters for CloudAlly only.
QStringList requiredCredentials(const QString &vendor, const QString &authMode);
// The vendors of the contract.
QStringList sourceVendors();
// Where the GUI keeps a secret in the keychain: "<sourceId>/<field>".
QString keychainKey(const QString &sourceId, const QString &field);

// File bytes → document; on a file that is not a sources configuration, nothing and `error` in words.
std::optional<SourcesDocument> readSourcesDocument(const QByteArray &json, QString *error);
// Document → file bytes. Keeps every key it does not edit (top level, per source, inside
// "auth"), never writes a keychain secret, and drops a literal when its field moved elsewhere.
QByteArray writeSourcesDocument(const SourcesDocument &document);

// What is wrong with `entry`, in words, before it is saved; empty when nothing. `others` are
// the document's other entries (for duplicate ids).
QStringList validateSourceEntry(const SourceEntry &entry, const std::vector<SourceEntry> &others);
// The secret fields written literally in the file (the dialog warns and offers the keychain).
QStringList literalSecrets(const SourceEntry &entry);

} // namespace BackupDash
