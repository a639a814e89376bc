#include "app/snapshotcommand.h"

#include "app/connectorfactory.h"
#include "app/sourcestates.h"
#include "connectors/connector.h"

namespace BackupDash {

SnapshotCommand::SnapshotCommand(const std::vector<SourceConfig> &sources, QNetworkAccessManager &nam,
                                 int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_timeoutSeconds(timeoutSeconds)
{
    for (const SourceConfig &source : sources) {
        if (!source.enabled)
            continue; // disabled sources are not polled and not reported
        SourceResult result;
        result.state = initialSourceState(source);
        m_results.push_back(result);
        m_connectors.push_back(createConnector(source, nam));
        m_done.push_back(m_connectors.back() == nullptr);
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (size_t i = 0; i < m_results.size(); ++i) {
            if (m_done[i])
                continue;
            m_results[i].state.health = SourceHealth::Unreachable;
            m_results[i].state.lastError = tr("no complete answer within %1 s").arg(m_timeoutSeconds);
            m_done[i] = true;
        }
        checkDone();
    });
}

SnapshotCommand::~SnapshotCommand() = default;

void SnapshotCommand::start()
{
    m_deadline.start(m_timeoutSeconds * 1000);
    for (size_t i = 0; i < m_connectors.size(); ++i) {
        Connector *connector = m_connectors[i].get();
        if (!connector)
            continue;
        connect(connector, &Connector::polled, this, [this, i](const SharedSnapshot &snapshot) {
            if (m_done[i])
                return;
            recordPollSuccess(m_results[i].state, *snapshot);
            m_results[i].snapshot = *snapshot;
            settle(i);
        });
        connect(connector, &Connector::pollFailed, this, [this, i](const ApiError &error) {
            if (m_done[i])
                return;
            recordPollFailure(m_results[i].state, error, false); // one poll: nothing older to show
            settle(i);
        });
        connector->poll();
    }
    checkDone();
}

void SnapshotCommand::settle(size_t index)
{
    m_done[index] = true;
    checkDone();
}

void SnapshotCommand::checkDone()
{
    if (m_finished)
        return;
    for (bool done : m_done) {
        if (!done)
            return;
    }
    m_finished = true;
    m_deadline.stop();
    // Let the caller act after this event, not inside a connector's signal.
    QMetaObject::invokeMethod(this, &SnapshotCommand::finished, Qt::QueuedConnection);
}

} // namespace BackupDash
