#include "app/sourcesconfig.h"

#include "models/sourcesdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <cmath>

namespace BackupDash {

namespace {

constexpr int MinimumPollSeconds = 5;

// The messages' translation context: lupdate reads SourcesConfigMsg::tr(), a free tr() would leave it guessing.
struct SourcesConfigMsg
{
    Q_DECLARE_TR_FUNCTIONS(SourcesConfig)
};

struct CredentialField
{
    const char *name;
    QString Credentials::*member;
    bool secret;
};

constexpr CredentialField CredentialFields[] = {
    { "username", &Credentials::username, false },
    { "password", &Credentials::password, true },
    { "token", &Credentials::token, true },
    { "clientId", &Credentials::clientId, false },
    { "clientSecret", &Credentials::clientSecret, true },
    { "refreshToken", &Credentials::refreshToken, true },
};

int lineOf(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

// Poll intervals: whole seconds, at least MinimumPollSeconds.
std::optional<int> pollSeconds(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || d < MinimumPollSeconds || d > 86400)
        return std::nullopt;
    return int(d);
}

void setProblem(SourceConfig &source, SourceHealth health, const QString &problem)
{
    if (!source.problem.isEmpty())
        return; // the first problem is the one to fix first
    source.problem = problem;
    source.problemHealth = health;
}

void readCredentials(const QJsonObject &auth, SourceConfig &source, const EnvironmentLookup &environment,
                     const KeychainLookup *keychain, QStringList &warnings)
{
    for (const CredentialField &field : CredentialFields) {
        const QString name = QLatin1String(field.name);
        const QString envKey = name + QLatin1String("Env");
        QString value;
        if (auth.contains(envKey)) {
            const QString variable = auth.value(envKey).toString();
            value = variable.isEmpty() ? QString() : environment(variable);
            if (value.isEmpty()) {
                setProblem(source, SourceHealth::AuthFailed,
                           SourcesConfigMsg::tr("environment variable %1 (auth.%2) is not set")
                               .arg(variable.isEmpty() ? SourcesConfigMsg::tr("(empty name)") : variable, envKey));
            }
        } else if (auth.contains(name)) {
            value = auth.value(name).toString();
            if (field.secret && !value.isEmpty()) {
                warnings << SourcesConfigMsg::tr(
                                "source '%1': auth.%2 is written in the configuration file; prefer auth.%3 or "
                                "the keychain")
                                .arg(source.id, name, envKey);
            }
        } else if (keychain && keychain->secret) {
            value = keychain->secret(source.id, name);
        }
        source.credentials.*field.member = value;
    }
}

// The GUI's words for credentials found in neither place: both routes, and why the keychain
// could not answer when it could not.
QString missingEverywhere(const SourceConfig &source, const QStringList &fields, const KeychainLookup &keychain)
{
    QStringList labels;
    QStringList variables;
    QStringList keys;
    for (const QString &field : fields) {
        labels << credentialNoun(field);
        variables << QStringLiteral("auth.%1Env").arg(field);
        keys << keychainKey(source.id, field);
    }
    QString text =
        SourcesConfigMsg::tr("no %1 configured: name an environment variable (%2) in the sources file, or store it in "
                             "the keychain (File → Sources…, kept under %3)")
            .arg(joinedWords(labels), variables.join(QLatin1String(", ")), keys.join(QLatin1String(", ")));
    if (!keychain.unavailable.isEmpty())
        text += QStringLiteral("; ") + keychain.unavailable;
    return text;
}

void checkVendorNeeds(SourceConfig &source, const KeychainLookup *keychain)
{
    const Credentials &c = source.credentials;
    // The CLI's words stay as they were; the GUI names the keychain too.
    const auto missing = [&source, keychain](const QStringList &fields, const QString &cliText) {
        return keychain ? missingEverywhere(source, fields, *keychain) : cliText;
    };
    if (source.vendor == QLatin1String("veeam-vb365")) {
        if (c.username.isEmpty())
            setProblem(source, SourceHealth::AuthFailed,
                       missing({ QStringLiteral("username") },
                               SourcesConfigMsg::tr("no username configured (auth.username)")));
        if (c.password.isEmpty())
            setProblem(source, SourceHealth::AuthFailed,
                       missing({ QStringLiteral("password") },
                               SourcesConfigMsg::tr("no password configured (auth.password or auth.passwordEnv)")));
        static const QRegularExpression version(QStringLiteral("^v[3-8]$"));
        if (!version.match(source.apiVersion).hasMatch())
            setProblem(source, SourceHealth::Unreachable,
                       SourcesConfigMsg::tr("apiVersion '%1' is not supported (v3 to v8)").arg(source.apiVersion));
    } else if (source.vendor == QLatin1String("clumio")) {
        if (c.token.isEmpty())
            setProblem(source, SourceHealth::AuthFailed,
                       missing({ QStringLiteral("token") },
                               SourcesConfigMsg::tr("no API token configured (auth.token or auth.tokenEnv)")));
    } else if (source.vendor == QLatin1String("acronis")) {
        if (c.clientId.isEmpty() || c.clientSecret.isEmpty())
            setProblem(source, SourceHealth::AuthFailed,
                       missing({ QStringLiteral("clientId"), QStringLiteral("clientSecret") },
                               SourcesConfigMsg::tr(
                                   "no API client configured (auth.clientId and auth.clientSecret, or their …Env "
                                   "forms)")));
    } else if (source.vendor == QLatin1String("cloudally")) {
        const bool partner = source.authMode == QLatin1String("partner");
        if (!partner && source.authMode != QLatin1String("user"))
            setProblem(
                source, SourceHealth::AuthFailed,
                SourcesConfigMsg::tr("auth.mode must be \"partner\" or \"user\", not '%1'").arg(source.authMode));
        else if (partner && (c.clientId.isEmpty() || c.clientSecret.isEmpty()))
            setProblem(source, SourceHealth::AuthFailed,
                       missing({ QStringLiteral("clientId"), QStringLiteral("clientSecret") },
                               SourcesConfigMsg::tr(
                                   "a partner needs auth.clientId and auth.clientSecret (or their …Env forms)")));
        if (c.username.isEmpty() || c.password.isEmpty())
            setProblem(
                source, SourceHealth::AuthFailed,
                missing({ QStringLiteral("username"), QStringLiteral("password") },
                        SourcesConfigMsg::tr("no e-mail and password configured (auth.username and auth.password or "
                                             "auth.passwordEnv)")));
    }
}

} // namespace

QStringList knownVendors()
{
    return { QStringLiteral("veeam-vb365"), QStringLiteral("clumio"), QStringLiteral("acronis"),
             QStringLiteral("cloudally") };
}

namespace {

Parsed<SourcesConfig> parse(const QByteArray &json, const EnvironmentLookup &environment,
                            const KeychainLookup *keychain)
{
    using Result = Parsed<SourcesConfig>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::fail(SourcesConfigMsg::tr("not valid JSON: %1 at line %2 (byte %3)")
                                .arg(parseError.errorString())
                                .arg(lineOf(json, parseError.offset))
                                .arg(parseError.offset));
    if (!doc.isObject())
        return Result::fail(SourcesConfigMsg::tr("the top level must be an object with a \"sources\" list"));
    const QJsonObject root = doc.object();

    SourcesConfig config;
    if (root.contains(QLatin1String("pollIntervalSeconds"))) {
        const auto seconds = pollSeconds(root.value(QLatin1String("pollIntervalSeconds")));
        if (!seconds)
            return Result::fail(
                SourcesConfigMsg::tr("pollIntervalSeconds must be a whole number of seconds from %1 to 86400")
                    .arg(MinimumPollSeconds));
        config.pollIntervalSeconds = *seconds;
    }
    const QJsonValue sourcesValue = root.value(QLatin1String("sources"));
    if (!sourcesValue.isArray())
        return Result::fail(SourcesConfigMsg::tr("there is no \"sources\" list"));

    QSet<QString> ids;
    const QJsonArray sources = sourcesValue.toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!sources.at(i).isObject())
            return Result::fail(SourcesConfigMsg::tr("sources[%1] is not an object").arg(i));
        const QJsonObject o = sources.at(i).toObject();
        SourceConfig source;
        source.id = o.value(QLatin1String("id")).toString().trimmed();
        if (source.id.isEmpty())
            return Result::fail(SourcesConfigMsg::tr("sources[%1] has no \"id\"").arg(i));
        if (ids.contains(source.id))
            return Result::fail(SourcesConfigMsg::tr("two sources share the id '%1'").arg(source.id));
        ids.insert(source.id);

        source.vendor = o.value(QLatin1String("vendor")).toString();
        source.apiVersion = o.value(QLatin1String("apiVersion")).toString(QStringLiteral("v8"));
        source.pollIntervalSeconds = config.pollIntervalSeconds;
        source.enabled = o.value(QLatin1String("enabled")).toBool(true);
        source.authMode = o.value(QLatin1String("auth")).toObject().value(QLatin1String("mode")).toString();

        if (source.vendor.isEmpty())
            setProblem(
                source, SourceHealth::Unreachable,
                SourcesConfigMsg::tr("no \"vendor\" given (one of %1)").arg(knownVendors().join(QLatin1String(", "))));
        else if (!knownVendors().contains(source.vendor))
            setProblem(source, SourceHealth::Unreachable,
                       SourcesConfigMsg::tr("unknown vendor '%1' (known: %2)")
                           .arg(source.vendor, knownVendors().join(QLatin1String(", "))));

        const QString base = o.value(QLatin1String("baseUrl")).toString();
        source.baseUrl = QUrl(base, QUrl::StrictMode);
        if (base.isEmpty())
            setProblem(source, SourceHealth::Unreachable, SourcesConfigMsg::tr("no \"baseUrl\" given"));
        else if (!source.baseUrl.isValid() || source.baseUrl.host().isEmpty()
                 || (source.baseUrl.scheme() != QLatin1String("https")
                     && source.baseUrl.scheme() != QLatin1String("http")))
            setProblem(source, SourceHealth::Unreachable,
                       SourcesConfigMsg::tr("baseUrl '%1' is not an http(s) URL").arg(base));

        if (o.contains(QLatin1String("pollIntervalSeconds"))) {
            const auto seconds = pollSeconds(o.value(QLatin1String("pollIntervalSeconds")));
            if (seconds)
                source.pollIntervalSeconds = *seconds;
            else
                setProblem(
                    source, SourceHealth::Unreachable,
                    SourcesConfigMsg::tr("pollIntervalSeconds must be a whole number of seconds from %1 to 86400")
                        .arg(MinimumPollSeconds));
        }
        if (o.contains(QLatin1String("rpoHours"))) {
            const double rpo = o.value(QLatin1String("rpoHours")).toDouble(-1);
            if (rpo > 0)
                source.rpoHours = rpo;
            else
                setProblem(source, SourceHealth::Unreachable,
                           SourcesConfigMsg::tr("rpoHours must be a positive number"));
        }
        if (o.contains(QLatin1String("caCertificates"))) {
            source.caCertificatesPath = o.value(QLatin1String("caCertificates")).toString();
            const QFileInfo caFile(source.caCertificatesPath);
            if (!caFile.isFile() || !caFile.isReadable())
                setProblem(
                    source, SourceHealth::Unreachable,
                    SourcesConfigMsg::tr("cannot read CA certificates from '%1'").arg(source.caCertificatesPath));
            // Caught here, not at the first poll: a file without a certificate would trust
            // nothing extra and end as a puzzling certificate error.
            else if (QSslCertificate::fromPath(source.caCertificatesPath, QSsl::Pem).isEmpty())
                setProblem(source, SourceHealth::Unreachable,
                           SourcesConfigMsg::tr("caCertificates '%1' holds no PEM certificate (expected \"-----BEGIN "
                                                "CERTIFICATE-----\" blocks)")
                               .arg(source.caCertificatesPath));
        }
        readCredentials(o.value(QLatin1String("auth")).toObject(), source, environment, keychain, config.warnings);
        checkVendorNeeds(source, keychain);
        config.sources.push_back(std::move(source));
    }
    return Result::ok(std::move(config));
}

} // namespace

Parsed<SourcesConfig> parseSourcesConfig(const QByteArray &json, const EnvironmentLookup &environment)
{
    return parse(json, environment, nullptr);
}

Parsed<SourcesConfig> parseSourcesConfig(const QByteArray &json, const EnvironmentLookup &environment,
                                         const KeychainLookup &keychain)
{
    return parse(json, environment, &keychain);
}

Parsed<SourcesConfig> loadSourcesConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Parsed<SourcesConfig>::fail(SourcesConfigMsg::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Parsed<SourcesConfig> config =
        parseSourcesConfig(file.readAll(), [&env](const QString &name) { return env.value(name); });
    if (!config)
        config.error = QStringLiteral("%1: %2").arg(path, config.error);
    return config;
}

} // namespace BackupDash
