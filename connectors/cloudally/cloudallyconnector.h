#pragma once

#include "connectors/apirequest.h"
#include "connectors/connector.h"
#include "connectors/pagedigests.h"

#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class ApiClient;

// CloudAlly: the backup tasks (paged by number and nextPageToken). CloudAlly documents no
// runs endpoint, so a snapshot has tasks only; restores by id come with the restore flow.
class CloudAllyConnector final : public Connector
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudAllyConnector)

public:
    struct Options
    {
        int pageSize = 100; // pageSize of GET /v1/backup-tasks
        int transferTimeoutMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
    };

    CloudAllyConnector(const SourceConfig &config, QNetworkAccessManager &nam, QObject *parent = nullptr);
    CloudAllyConnector(const SourceConfig &config, QNetworkAccessManager &nam, const Options &options,
                       QObject *parent = nullptr);
    ~CloudAllyConnector() override;

    ApiClient &client() const { return *m_client; }
    ApiClient *apiClient() const override { return m_client; }
    void setFollowedRestores(const QStringList &jobIds) override { m_followed = jobIds; }

protected:
    void startPoll() override;

private:
    struct PollState;
    ApiRequest pageRequest(int page, const QString &pageToken) const;
    void fetchPage(const std::shared_ptr<PollState> &poll, int page, const QString &pageToken);
    void fetchRestores(const std::shared_ptr<PollState> &poll);
    void complete(const std::shared_ptr<PollState> &poll);

    Options m_options;
    ApiClient *m_client = nullptr; // child
    QStringList m_followed; // restore job ids started here
    PageDigests m_digests; // the last good poll's task pages
};

} // namespace BackupDash
