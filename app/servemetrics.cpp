#include "app/servemetrics.h"

#include "app/dashboard.h"
#include "app/metricsexposition.h"
#include "app/metricsserver.h"
#include "app/sourcesconfig.h"
#include "connectors/pollscheduler.h"
#include "models/sourcetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <cstdio>

namespace BackupDash {

namespace {

// The messages' translation context (lupdate reads Msg::tr()).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ServeMetrics)
};

void printErr(const QString &line)
{
    std::fprintf(stderr, "backupdash-cli: %s\n", qUtf8Printable(line));
}

// "127.0.0.1:9477", "[::1]:9477": an address (never a host name: what is bound must be plain)
// and a port.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

int serveMetrics(const QString &configPath, const QString &listen)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(listen, &address, &port)) {
        printErr(
            Msg::tr("--listen must be ADDRESS:PORT with an IP address, e.g. 127.0.0.1:9477, not '%1'").arg(listen));
        return 2;
    }
    const Parsed<SourcesConfig> config = loadSourcesConfig(configPath);
    if (!config) {
        printErr(config.error);
        return 2;
    }
    for (const QString &warning : config.value->warnings)
        printErr(Msg::tr("warning: ") + warning);

    QNetworkAccessManager nam;
    Dashboard dashboard(nam);
    dashboard.setSources(config.value->sources);
    PollHistogram polls;
    QHash<QString, QElapsedTimer> started;
    QObject::connect(&dashboard.scheduler(), &PollScheduler::pollDue, &dashboard,
                     [&started](const QString &id) { started[id].start(); });
    QObject::connect(&dashboard, &Dashboard::pollCompleted, &dashboard, [&](const QString &id, bool ok) {
        const QElapsedTimer timer = started.take(id);
        polls.record(id, timer.isValid() ? timer.nsecsElapsed() / 1e9 : 0.0, ok);
    });

    MetricsServer server([&] {
        MetricsInput input;
        input.sources = dashboard.sources().sources();
        input.snapshots = dashboard.snapshots();
        input.polls = polls;
        return metricsText(input);
    });
    QString error;
    const quint16 bound = server.listen(address, port, &error);
    if (bound == 0) {
        printErr(Msg::tr("cannot listen on %1: %2").arg(listen, error));
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    std::printf("backupdash-cli: serving http://%s:%u/metrics\n", qUtf8Printable(host), unsigned(bound));
    std::fflush(stdout);
    dashboard.start();
    return QCoreApplication::exec();
}

} // namespace BackupDash
