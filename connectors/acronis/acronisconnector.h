#pragma once

#include "connectors/apirequest.h"
#include "connectors/connector.h"
#include "connectors/pagedigests.h"

#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class ApiClient;

// Acronis Cyber Protect Cloud: the Task Manager's task executions of the last days, paged by
// cursor. Restore-type tasks become restore jobs; the others backup tasks with one run each.
class AcronisConnector final : public Connector
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcronisConnector)

public:
    struct Options
    {
        int pageSize = 100; // `limit` of every page
        int historyDays = 7; // first page: updatedAt=gt(now − historyDays)
        int transferTimeoutMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
    };

    AcronisConnector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent = nullptr);
    AcronisConnector(SourceConfig config, QNetworkAccessManager &nam, const Options &options,
                     QObject *parent = nullptr);
    ~AcronisConnector() override;

    ApiClient &client() const { return *m_client; }
    ApiClient *apiClient() const override { return m_client; }

protected:
    void startPoll() override;

private:
    struct PollState;
    ApiRequest pageRequest(const QString &after) const; // the first page when `after` is empty
    void fetchPage(const std::shared_ptr<PollState> &poll, const QString &after);
    void complete(const std::shared_ptr<PollState> &poll);

    Options m_options;
    ApiClient *m_client = nullptr; // child
    PageDigests m_digests; // the last good poll's pages
};

} // namespace BackupDash
