#pragma once

#include "models/status.h"

#include <QString>
#include <QUrl>

namespace BackupDash {

// Secrets resolved from the environment (or keychain) at load time; held in memory only.
struct Credentials
{
    QString username;
    QString password;
    QString token;
    QString clientId;
    QString clientSecret;
    QString refreshToken;
};

// One entry of the sources configuration (contract: ARCHITECTURE.md), resolved.
struct SourceConfig
{
    QString id;
    QString vendor; // "veeam-vb365", "clumio", "acronis", "cloudally"
    QUrl baseUrl;
    QString apiVersion; // VB365: "v8" default
    QString authMode; // CloudAlly: "partner" or "user"
    Credentials credentials;
    int pollIntervalSeconds = 60;
    QString caCertificatesPath;
    double rpoHours = 24;
    bool enabled = true;

    // A problem found while loading this entry: the source is still listed, with this error.
    QString problem;
    SourceHealth problemHealth = SourceHealth::Unreachable;
};

} // namespace BackupDash
