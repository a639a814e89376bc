#pragma once

#include "simulator/simulatoroptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>
#include <vector>

namespace BackupDash {

class SimFaultEngine;
struct SimFault;
class SimHttpFront;
class SimScenario;
class SimStats;
class SimVendor;
struct SimRequest;
struct SimResponse;

// The vendor APIs on 127.0.0.1 with a deterministic, time-driven scenario, real auth and
// paging, fault injection and introspection (/_sim/stats, /_sim/faults). Everything runs on
// the thread that owns it; requests are handled in its event loop.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(const SimulatorOptions &options, QObject *parent = nullptr);
    ~Simulator() override;

    // 127.0.0.1 only, HTTPS when the options name a certificate and key; returns the port, 0 on
    // failure (a TLS file that cannot be read included).
    quint16 listen(quint16 port = 0);
    QString errorString() const; // why listen() failed
    QUrl rootUrl() const; // http(s)://127.0.0.1:PORT; empty before listen()
    QUrl vendorBaseUrl(const QString &vendor) const; // http://127.0.0.1:PORT/vb365 for "veeam-vb365"
    // Contract config pointing at itself; over HTTPS each source trusts the certificate
    // (caCertificates, an absolute path).
    QJsonObject sourcesConfig(int pollIntervalSeconds = 30) const;
    bool writeConfig(const QString &path, QString *error) const;

    QJsonObject stats() const; // same document as GET /_sim/stats
    QJsonArray faults() const; // same document as GET /_sim/faults
    bool setFaults(const QByteArray &json, QString *error); // same as PUT /_sim/faults

    QStringList supportedVendors() const; // what this build serves: every vendor
    static QStringList knownVendors(); // the same, without an instance

    // One request without sockets: what the HTTP front calls, and what tests may call directly.
    SimResponse handle(const SimRequest &request);

private:
    SimResponse introspect(const SimRequest &request);
    SimResponse answer(SimVendor &vendor, const SimRequest &request, const QString &below,
                       const std::optional<SimFault> &fault);
    void applyEarlyExpiry(const QList<SimFault> &faults);
    SimVendor *vendorFor(const QString &path, QString *pathBelowPrefix) const;

    SimulatorOptions m_options;
    std::unique_ptr<SimScenario> m_scenario;
    std::unique_ptr<SimStats> m_stats;
    std::unique_ptr<SimFaultEngine> m_faults;
    std::vector<std::unique_ptr<SimVendor>> m_vendors;
    std::unique_ptr<SimHttpFront> m_front; // last: it calls into everything above
    quint16 m_port = 0;
    bool m_https = false;
    QString m_error;
};

} // namespace BackupDash
