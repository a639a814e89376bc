#include "models/sourcesdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace BackupDash {

namespace {

constexpr int MinimumPollSeconds = 5; // the loader's bounds
constexpr int MaximumPollSeconds = 86400;

// The messages' translation context, in a form lupdate reads.
struct SourcesDocumentMsg
{
    Q_DECLARE_TR_FUNCTIONS(SourcesDocument)
};

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

SourceEntry readEntry(const QJsonObject &o)
{
    SourceEntry entry;
    entry.original = o;
    entry.id = o.value(key("id")).toString().trimmed();
    entry.vendor = o.value(key("vendor")).toString();
    entry.baseUrl = o.value(key("baseUrl")).toString();
    entry.apiVersion = o.value(key("apiVersion")).toString();
    if (entry.vendor == key("veeam-vb365") && entry.apiVersion.isEmpty())
        entry.apiVersion = QStringLiteral("v8"); // the loader's default
    if (o.value(key("pollIntervalSeconds")).isDouble())
        entry.pollIntervalSeconds = int(o.value(key("pollIntervalSeconds")).toDouble());
    if (o.value(key("rpoHours")).isDouble())
        entry.rpoHours = o.value(key("rpoHours")).toDouble();
    entry.caCertificates = o.value(key("caCertificates")).toString();
    entry.enabled = o.value(key("enabled")).toBool(true);
    const QJsonObject auth = o.value(key("auth")).toObject();
    entry.authMode = auth.value(key("mode")).toString();
    for (const QString &field : credentialFieldNames()) {
        CredentialEntry credential;
        const QString envKey = field + QLatin1String("Env");
        if (auth.contains(envKey)) {
            credential.origin = CredentialOrigin::Environment;
            credential.value = auth.value(envKey).toString();
        } else if (auth.contains(field)) {
            credential.origin = CredentialOrigin::File;
            credential.value = auth.value(field).toString();
        }
        entry.credentials.insert(field, credential);
    }
    return entry;
}

// Sets `name` to `value`, or removes it when absent: the dialog's optional fields.
template<typename T> void setOrRemove(QJsonObject &o, const char *name, const std::optional<T> &value)
{
    if (value)
        o.insert(key(name), *value);
    else
        o.remove(key(name));
}

QJsonObject writeEntry(const SourceEntry &entry)
{
    QJsonObject o = entry.original;
    o.insert(key("id"), entry.id.trimmed());
    o.insert(key("vendor"), entry.vendor);
    o.insert(key("baseUrl"), entry.baseUrl.trimmed());
    if (entry.vendor == key("veeam-vb365"))
        o.insert(key("apiVersion"), entry.apiVersion);
    else
        o.remove(key("apiVersion"));
    setOrRemove(o, "pollIntervalSeconds", entry.pollIntervalSeconds);
    setOrRemove(o, "rpoHours", entry.rpoHours);
    if (entry.caCertificates.isEmpty())
        o.remove(key("caCertificates"));
    else
        o.insert(key("caCertificates"), entry.caCertificates);
    // "enabled" is written when it says something: off, or already in the file.
    if (!entry.enabled || o.contains(key("enabled")))
        o.insert(key("enabled"), entry.enabled);

    QJsonObject auth = o.value(key("auth")).toObject();
    if (entry.vendor == key("cloudally"))
        auth.insert(key("mode"), entry.authMode);
    else
        auth.remove(key("mode"));
    for (const QString &field : credentialFieldNames()) {
        const QString envKey = field + QLatin1String("Env");
        auth.remove(field);
        auth.remove(envKey);
        const CredentialEntry credential = entry.credential(field);
        switch (credential.origin) {
        case CredentialOrigin::File:
            if (!credential.value.isEmpty())
                auth.insert(field, credential.value);
            break;
        case CredentialOrigin::Environment:
            auth.insert(envKey, credential.value.trimmed());
            break;
        case CredentialOrigin::Keychain:
            break; // never in the file: absent means "in the keychain"
        }
    }
    if (auth.isEmpty())
        o.remove(key("auth"));
    else
        o.insert(key("auth"), auth);
    return o;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QStringList credentialFieldNames()
{
    return { QStringLiteral("username"), QStringLiteral("password"),     QStringLiteral("token"),
             QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("refreshToken") };
}

bool isSecretField(const QString &field)
{
    return field == key("password") || field == key("token") || field == key("clientSecret")
        || field == key("refreshToken");
}

QString credentialLabel(const QString &field)
{
    if (field == key("username"))
        return SourcesDocumentMsg::tr("User name");
    if (field == key("password"))
        return SourcesDocumentMsg::tr("Password");
    if (field == key("token"))
        return SourcesDocumentMsg::tr("API token");
    if (field == key("clientId"))
        return SourcesDocumentMsg::tr("Client ID");
    if (field == key("clientSecret"))
        return SourcesDocumentMsg::tr("Client secret");
    if (field == key("refreshToken"))
        return SourcesDocumentMsg::tr("Refresh token");
    return field;
}

QString credentialNoun(const QString &field)
{
    if (field == key("username"))
        return SourcesDocumentMsg::tr("user name");
    if (field == key("password"))
        return SourcesDocumentMsg::tr("password");
    if (field == key("token"))
        return SourcesDocumentMsg::tr("API token");
    if (field == key("clientId"))
        return SourcesDocumentMsg::tr("client ID");
    if (field == key("clientSecret"))
        return SourcesDocumentMsg::tr("client secret");
    if (field == key("refreshToken"))
        return SourcesDocumentMsg::tr("refresh token");
    return field;
}

QString joinedWords(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return SourcesDocumentMsg::tr("%1 and %2")
        .arg(words.mid(0, words.size() - 1).join(QLatin1String(", ")), words.last());
}

QStringList requiredCredentials(const QString &vendor, const QString &authMode)
{
    if (vendor == key("veeam-vb365"))
        return { QStringLiteral("username"), QStringLiteral("password") };
    if (vendor == key("clumio"))
        return { QStringLiteral("token") };
    if (vendor == key("acronis"))
        return { QStringLiteral("clientId"), QStringLiteral("clientSecret") };
    if (vendor == key("cloudally")) {
        if (authMode == key("partner"))
            return { QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("username"),
                     QStringLiteral("password") };
        return { QStringLiteral("username"), QStringLiteral("password") };
    }
    return {};
}

QStringList sourceVendors()
{
    return { QStringLiteral("veeam-vb365"), QStringLiteral("clumio"), QStringLiteral("acronis"),
             QStringLiteral("cloudally") };
}

QString keychainKey(const QString &sourceId, const QString &field)
{
    return sourceId + QLatin1Char('/') + field;
}

std::optional<SourcesDocument> readSourcesDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            SourcesDocumentMsg::tr("not valid JSON: %1 (byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = SourcesDocumentMsg::tr("the top level must be an object with a \"sources\" list");
        return std::nullopt;
    }
    SourcesDocument document;
    document.root = doc.object();
    const QJsonValue sources = document.root.value(key("sources"));
    if (!sources.isArray()) {
        *error = SourcesDocumentMsg::tr("there is no \"sources\" list");
        return std::nullopt;
    }
    const QJsonArray list = sources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = SourcesDocumentMsg::tr("sources[%1] is not an object").arg(i);
            return std::nullopt;
        }
        document.sources.push_back(readEntry(list.at(i).toObject()));
    }
    return document;
}

QByteArray writeSourcesDocument(const SourcesDocument &document)
{
    QJsonObject root = document.root;
    QJsonArray sources;
    for (const SourceEntry &entry : document.sources)
        sources.append(writeEntry(entry));
    root.insert(key("sources"), sources);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList validateSourceEntry(const SourceEntry &entry, const std::vector<SourceEntry> &others)
{
    QStringList problems;
    const QString id = entry.id.trimmed();
    static const QRegularExpression idPattern(QStringLiteral("^[^/\\s]+$"));
    if (id.isEmpty())
        problems << SourcesDocumentMsg::tr("Give the source an id.");
    else if (!idPattern.match(id).hasMatch())
        problems << SourcesDocumentMsg::tr("The id '%1' may not contain spaces or '/'.").arg(id);
    else {
        for (const SourceEntry &other : others) {
            if (other.id.trimmed() == id) {
                problems << SourcesDocumentMsg::tr("Another source already has the id '%1'.").arg(id);
                break;
            }
        }
    }
    if (!sourceVendors().contains(entry.vendor))
        problems << SourcesDocumentMsg::tr("Choose a vendor (%1).").arg(sourceVendors().join(QLatin1String(", ")));
    if (entry.baseUrl.trimmed().isEmpty())
        problems << SourcesDocumentMsg::tr("Give the base URL (https://…).");
    else if (!isHttpUrl(entry.baseUrl))
        problems << SourcesDocumentMsg::tr("The base URL '%1' is not an http(s) URL.").arg(entry.baseUrl.trimmed());
    if (entry.vendor == key("veeam-vb365")) {
        static const QRegularExpression version(QStringLiteral("^v[3-8]$"));
        if (!version.match(entry.apiVersion).hasMatch())
            problems << SourcesDocumentMsg::tr("API version '%1' is not supported (v3 to v8).").arg(entry.apiVersion);
    }
    if (entry.vendor == key("cloudally") && entry.authMode != key("partner") && entry.authMode != key("user"))
        problems << SourcesDocumentMsg::tr("Choose the CloudAlly account kind: partner or user.");

    for (const QString &field : requiredCredentials(entry.vendor, entry.authMode)) {
        const CredentialEntry credential = entry.credential(field);
        const QString label = credentialLabel(field);
        switch (credential.origin) {
        case CredentialOrigin::File:
            if (credential.value.isEmpty())
                problems << SourcesDocumentMsg::tr("%1 is empty.").arg(label);
            break;
        case CredentialOrigin::Environment: {
            static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
            if (credential.value.trimmed().isEmpty())
                problems << SourcesDocumentMsg::tr("%1: name the environment variable that holds it.").arg(label);
            else if (!variable.match(credential.value.trimmed()).hasMatch())
                problems << SourcesDocumentMsg::tr("%1: '%2' is not an environment variable's name.")
                                .arg(label, credential.value);
            break;
        }
        case CredentialOrigin::Keychain:
            if (credential.value.isEmpty() && !credential.stored)
                problems << SourcesDocumentMsg::tr("%1: type it, to be stored in the keychain.").arg(label);
            break;
        }
    }

    if (entry.pollIntervalSeconds
        && (*entry.pollIntervalSeconds < MinimumPollSeconds || *entry.pollIntervalSeconds > MaximumPollSeconds))
        problems << SourcesDocumentMsg::tr("The poll interval must be from %1 to %2 seconds.")
                        .arg(MinimumPollSeconds)
                        .arg(MaximumPollSeconds);
    if (entry.rpoHours && !(*entry.rpoHours > 0 && std::isfinite(*entry.rpoHours)))
        problems << SourcesDocumentMsg::tr("The RPO must be a positive number of hours.");
    if (!entry.caCertificates.isEmpty()) {
        const QFileInfo file(entry.caCertificates);
        if (!file.isFile() || !file.isReadable())
            problems << SourcesDocumentMsg::tr("Cannot read the CA certificates file '%1'.").arg(entry.caCertificates);
    }
    return problems;
}

QStringList literalSecrets(const SourceEntry &entry)
{
    QStringList fields;
    for (const QString &field : credentialFieldNames()) {
        const CredentialEntry credential = entry.credential(field);
        if (isSecretField(field) && credential.origin == CredentialOrigin::File && !credential.value.isEmpty())
            fields << field;
    }
    return fields;
}

} // namespace BackupDash
