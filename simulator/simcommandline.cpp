#include "simulator/simcommandline.h"

#include "simulator/simfault.h"
#include "simulator/simtls.h"
#include "simulator/simulator.h"

#include <QFile>
#include <cmath>

namespace BackupDash {

namespace {
constexpr int MaxJobs = 100'000;
constexpr double MaxSpeed = 1e6;
constexpr int MaxTokenLifetime = 365 * 86'400;
} // namespace

SimCommandLine::SimCommandLine()
    : m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free port; default 0)."),
                   QStringLiteral("N"), QStringLiteral("0"))
    , m_seedOption(QStringLiteral("seed"), QStringLiteral("Scenario seed (default 1)."), QStringLiteral("N"),
                   QStringLiteral("1"))
    , m_vendorsOption(QStringLiteral("vendors"),
                      QStringLiteral("Comma-separated vendors to serve (default: every vendor this build serves)."),
                      QStringLiteral("a,b"))
    , m_jobsOption(QStringLiteral("jobs"),
                   QStringLiteral("Jobs or protected resources per simulated vendor account (default 24); or per "
                                  "vendor, e.g. clumio=4000,cloudally=100000,veeam-vb365=50 (vendors not named get "
                                  "a bare N in the list, else 24)."),
                   QStringLiteral("N|vendor=N,…"), QStringLiteral("24"))
    , m_speedOption(QStringLiteral("speed"),
                    QStringLiteral("Scenario clock speed relative to real time (default 1; 0 freezes it)."),
                    QStringLiteral("X"), QStringLiteral("1"))
    , m_faultsOption(QStringLiteral("faults"),
                     QStringLiteral("Fault specification: a JSON list, or @FILE holding one."),
                     QStringLiteral("SPEC|@FILE"))
    , m_writeConfigOption(QStringLiteral("write-config"),
                          QStringLiteral("Write a sources configuration pointing at this simulator to FILE."),
                          QStringLiteral("FILE"))
    , m_tokenLifetimeOption(QStringLiteral("token-lifetime"),
                            QStringLiteral("Access token lifetime in real seconds (default 3600)."),
                            QStringLiteral("S"), QStringLiteral("3600"))
    , m_startTimeOption(QStringLiteral("start-time"),
                        QStringLiteral("Scenario time at start, ISO 8601 UTC (default: now)."), QStringLiteral("TIME"))
    , m_tlsCertOption(QStringLiteral("tls-cert"),
                      QStringLiteral("Serve HTTPS with this PEM certificate (needs --tls-key)."),
                      QStringLiteral("FILE"))
    , m_tlsKeyOption(QStringLiteral("tls-key"),
                     QStringLiteral("The certificate's unencrypted PEM private key (needs --tls-cert)."),
                     QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(
        QStringLiteral("Serves backup vendor APIs on 127.0.0.1 with a deterministic, time-driven scenario."));
    m_parser.addOptions({ m_portOption, m_seedOption, m_vendorsOption, m_jobsOption, m_speedOption, m_faultsOption,
                          m_writeConfigOption, m_tokenLifetimeOption, m_startTimeOption, m_tlsCertOption,
                          m_tlsKeyOption });
}

SimCommandLine::Outcome SimCommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(m_help))
        return Outcome::Help;
    if (m_parser.isSet(m_version))
        return Outcome::Version;
    return check() ? Outcome::Run : Outcome::Error;
}

bool SimCommandLine::check()
{
    const auto fail = [this](const QString &text) {
        m_error = text;
        return false;
    };
    const auto invalid = [&](const QCommandLineOption &option, const QString &expected) {
        return fail(QStringLiteral("invalid --%1 value '%2' (expected %3)")
                        .arg(option.names().constFirst(), m_parser.value(option), expected));
    };
    if (!m_parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = m_parser.value(m_portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return invalid(m_portOption, QStringLiteral("0 to 65535"));
    m_port = quint16(port);

    m_options.seed = m_parser.value(m_seedOption).toUInt(&ok);
    if (!ok)
        return invalid(m_seedOption, QStringLiteral("0 to 4294967295"));

    if (!parseJobs(m_parser.value(m_jobsOption)))
        return false;

    m_options.speed = m_parser.value(m_speedOption).toDouble(&ok);
    if (!ok || !std::isfinite(m_options.speed) || m_options.speed < 0 || m_options.speed > MaxSpeed)
        return invalid(m_speedOption, QStringLiteral("a number from 0 to %1").arg(MaxSpeed, 0, 'f', 0));

    m_options.tokenLifetimeSeconds = m_parser.value(m_tokenLifetimeOption).toInt(&ok);
    if (!ok || m_options.tokenLifetimeSeconds < 1 || m_options.tokenLifetimeSeconds > MaxTokenLifetime)
        return invalid(m_tokenLifetimeOption, QStringLiteral("1 to %1 seconds").arg(MaxTokenLifetime));

    if (m_parser.isSet(m_startTimeOption)) {
        QDateTime start = QDateTime::fromString(m_parser.value(m_startTimeOption), Qt::ISODateWithMs);
        if (!start.isValid())
            return invalid(m_startTimeOption, QStringLiteral("ISO 8601, e.g. 2026-11-22T10:00:00Z"));
        if (start.timeSpec() == Qt::LocalTime) // no zone given: UTC, like every time here
            start.setTimeSpec(Qt::UTC);
        m_options.startTime = start.toUTC();
    }

    const QStringList supported = Simulator::knownVendors();
    m_options.vendors.clear();
    const QStringList vendors = m_parser.isSet(m_vendorsOption)
        ? m_parser.value(m_vendorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : supported;
    for (const QString &entry : vendors) {
        const QString vendor = entry.trimmed();
        if (vendor.isEmpty())
            continue;
        if (!supported.contains(vendor))
            return fail(
                QStringLiteral("unknown vendor '%1' (supported: %2)").arg(vendor, supported.join(QLatin1String(", "))));
        if (!m_options.vendors.contains(vendor))
            m_options.vendors.append(vendor);
    }
    if (m_options.vendors.isEmpty())
        return fail(
            QStringLiteral("--vendors names no vendor (supported: %1)").arg(supported.join(QLatin1String(", "))));

    if (m_parser.isSet(m_faultsOption)) {
        const QString spec = m_parser.value(m_faultsOption);
        if (spec.startsWith(QLatin1Char('@'))) {
            QFile file(spec.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read --faults file %1: %2").arg(spec.mid(1), file.errorString()));
            m_faults = file.readAll();
        } else {
            m_faults = spec.toUtf8();
        }
        QString error;
        if (!SimFault::parseList(m_faults, &error))
            return fail(QStringLiteral("invalid --faults: %1").arg(error));
    }
    if (m_parser.isSet(m_tlsCertOption) != m_parser.isSet(m_tlsKeyOption))
        return fail(QStringLiteral("--tls-cert and --tls-key go together: give both or neither"));
    if (m_parser.isSet(m_tlsCertOption)) {
        m_options.tlsCertificatePath = m_parser.value(m_tlsCertOption);
        m_options.tlsKeyPath = m_parser.value(m_tlsKeyOption);
        // Read now, so a wrong file is a command-line mistake rather than a failed listen.
        QString error;
        if (!loadSimTlsConfiguration(m_options.tlsCertificatePath, m_options.tlsKeyPath, &error))
            return fail(error);
    }
    m_configPath = m_parser.value(m_writeConfigOption);
    return true;
}

// "N", or "vendor=N" entries (and at most one bare N for the vendors not named), comma-separated.
bool SimCommandLine::parseJobs(const QString &spec)
{
    const QString expected = QStringLiteral("0 to %1").arg(MaxJobs);
    const auto count = [&](const QString &text, int *value) {
        bool ok = false;
        *value = text.trimmed().toInt(&ok);
        if (ok && *value >= 0 && *value <= MaxJobs)
            return true;
        m_error = QStringLiteral("invalid --jobs value '%1' (expected %2, or vendor=N,… with N from %2)")
                      .arg(text.trimmed(), expected);
        return false;
    };
    m_options.jobsByVendor.clear();
    bool bareSeen = false;
    const QStringList supported = Simulator::knownVendors();
    for (const QString &entry : spec.split(QLatin1Char(','))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0) {
            if (bareSeen) {
                m_error = QStringLiteral("invalid --jobs value '%1' (more than one count for the vendors not named)")
                              .arg(spec);
                return false;
            }
            bareSeen = true;
            if (!count(entry, &m_options.jobs))
                return false;
            continue;
        }
        const QString vendor = entry.left(equals).trimmed();
        if (!supported.contains(vendor)) {
            m_error = QStringLiteral("invalid --jobs value '%1' (unknown vendor '%2'; supported: %3)")
                          .arg(spec, vendor, supported.join(QLatin1String(", ")));
            return false;
        }
        if (m_options.jobsByVendor.contains(vendor)) {
            m_error = QStringLiteral("invalid --jobs value '%1' (%2 is given twice)").arg(spec, vendor);
            return false;
        }
        int value = 0;
        if (!count(entry.mid(equals + 1), &value))
            return false;
        m_options.jobsByVendor.insert(vendor, value);
    }
    return true;
}

} // namespace BackupDash
