#include "connectors/connector.h"

#include "connectors/apiclient.h"
#include "connectors/connectorlog.h"
#include "models/snapshotbasis.h"
#include "models/taskstrings.h"

#include <QThreadPool>

namespace BackupDash {

Connector::Connector(SourceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Connector::~Connector() = default;

bool Connector::poll()
{
    if (m_polling)
        return false;
    m_polling = true;
    Q_EMIT pollStarted();
    startPoll();
    return true;
}

void Connector::setWorkerPool(QThreadPool *pool)
{
    if (ApiClient *client = apiClient())
        client->setWorkerPool(pool);
}

QThreadPool &Connector::workerPool() const
{
    const ApiClient *client = apiClient();
    return client ? client->workerPool() : *QThreadPool::globalInstance();
}

SourceSnapshot Connector::readyToHandOver(SourceSnapshot snapshot, const SharedSnapshot &basis)
{
    // Built row by row over many pages, the vectors kept up to half their size spare, for as long
    // as the snapshot is shown (264 B per spare task: 80 B per task at 100k).
    snapshot.tasks.shrink_to_fit();
    snapshot.runs.shrink_to_fit();
    snapshot.restores.shrink_to_fit();
    snapshot.windows.shrink_to_fit();
    shareRepeatedStrings(snapshot.tasks);
    compareWithBasis(snapshot, basis.get());
    return snapshot;
}

void Connector::finishPoll(SourceSnapshot snapshot)
{
    if (!m_polling)
        return;
    m_polling = false;
    logUnknownValues(snapshot);
    m_lastHandedOver = std::make_shared<const SourceSnapshot>(std::move(snapshot));
    Q_EMIT polled(m_lastHandedOver);
}

void Connector::finishUnchanged()
{
    if (!m_polling)
        return;
    m_polling = false;
    Q_EMIT polledUnchanged(QDateTime::currentDateTimeUtc());
}

void Connector::failPoll(const ApiError &error)
{
    if (!m_polling)
        return;
    m_polling = false;
    Q_EMIT pollFailed(error);
}

void Connector::logUnknownValues(const SourceSnapshot &snapshot)
{
    // Parsers keep unknown enum values as Status::Unknown with the raw value; an operator's
    // log should name each new value once, however many polls and rows repeat it.
    const auto note = [this](const char *what, Status status, const QString &raw) {
        if (status != Status::Unknown)
            return;
        const QString key = QLatin1String(what) + QLatin1Char('\x1f') + raw;
        if (m_loggedUnknown.contains(key))
            return;
        m_loggedUnknown.insert(key);
        qCWarning(lcConnector, "source %s: unknown %s status \"%s\" from %s; shown as unknown",
                  qUtf8Printable(m_config.id), what, qUtf8Printable(raw), qUtf8Printable(m_config.vendor));
    };
    for (const Task &task : snapshot.tasks)
        note("task", task.status, task.vendorStatus);
    for (const TaskRun &run : snapshot.runs)
        note("run", run.status, run.vendorStatus);
    for (const RestoreJob &restore : snapshot.restores)
        note("restore", restore.status, restore.vendorStatus);
}

} // namespace BackupDash
