#pragma once

#include "connectors/apierror.h"
#include "connectors/sourceconfig.h"
#include "models/sourcesnapshot.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace BackupDash {

class ApiClient;

// One source's vendor API. A poll is asynchronous and ends in exactly one of polled() or
// pollFailed(); a second poll() while one runs is refused, so polls of a source never overlap.
class Connector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)

public:
    explicit Connector(SourceConfig config, QObject *parent = nullptr);
    ~Connector() override;

    const SourceConfig &config() const { return m_config; }
    QString sourceId() const { return m_config.id; }
    bool isPolling() const { return m_polling; }

    bool poll(); // false when a poll is already under way
    // The client the source's requests go through (restores and aborts use it too).
    virtual ApiClient *apiClient() const { return nullptr; }
    // Restore jobs started from BackupDash that the vendor does not list, to read by id each
    // poll (CloudAlly has no list endpoint). Other vendors list their jobs and ignore this.
    virtual void setFollowedRestores(const QStringList &jobIds) { Q_UNUSED(jobIds) }

Q_SIGNALS:
    void pollStarted();
    void polled(const BackupDash::SourceSnapshot &snapshot);
    void pollFailed(const BackupDash::ApiError &error);

protected:
    virtual void startPoll() = 0;
    void finishPoll(const SourceSnapshot &snapshot);
    void failPoll(const ApiError &error);

private:
    void logUnknownValues(const SourceSnapshot &snapshot);

    SourceConfig m_config;
    bool m_polling = false;
    QSet<QString> m_loggedUnknown; // vendor values already logged: once per value, not per poll
};

} // namespace BackupDash
