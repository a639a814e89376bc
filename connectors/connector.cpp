#include "connectors/connector.h"

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

void Connector::finishPoll(const SourceSnapshot &snapshot)
{
    if (!m_polling)
        return;
    m_polling = false;
    Q_EMIT polled(snapshot);
}

void Connector::failPoll(const ApiError &error)
{
    if (!m_polling)
        return;
    m_polling = false;
    Q_EMIT pollFailed(error);
}

} // namespace BackupDash
