#pragma once

#include "simulator/simulatoroptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace BackupDash {

// backupdash-sim's command line (contract): parsed and checked into options, with one clear
// message per mistake.
class SimCommandLine
{
public:
    enum class Outcome { Run, Help, Version, Error };

    SimCommandLine();

    Outcome parse(const QStringList &arguments); // arguments[0] is the program
    QString errorText() const { return m_error; } // without the program name
    QString helpText() const { return m_parser.helpText(); }

    const SimulatorOptions &options() const { return m_options; }
    quint16 port() const { return m_port; }
    QByteArray faults() const { return m_faults; } // the JSON list; empty when none given
    QString configPath() const { return m_configPath; }

private:
    bool check();
    bool parseJobs(const QString &spec);

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_portOption;
    QCommandLineOption m_seedOption;
    QCommandLineOption m_vendorsOption;
    QCommandLineOption m_jobsOption;
    QCommandLineOption m_speedOption;
    QCommandLineOption m_faultsOption;
    QCommandLineOption m_writeConfigOption;
    QCommandLineOption m_tokenLifetimeOption;
    QCommandLineOption m_startTimeOption;
    QCommandLineOption m_tlsCertOption;
    QCommandLineOption m_tlsKeyOption;

    SimulatorOptions m_options;
    quint16 m_port = 0;
    QByteArray m_faults;
    QString m_configPath;
    QString m_error;
};

} // namespace BackupDash
