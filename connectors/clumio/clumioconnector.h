#pragma once

#include "connectors/clumio/clumioincremental.h"
#include "connectors/connector.h"
#include "connectors/pagedigests.h"

#include <QDateTime>
#include <QHash>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class ApiClient;

// Clumio: task executions from GET /tasks (HAL pages), with a static API token. Polls are
// incremental: a full refresh of the history window now and then, and in between only the
// tasks created since the newest one seen plus a re-read of those still unfinished.
class ClumioConnector final : public Connector
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClumioConnector)

public:
    struct Options
    {
        int pageSize = 100; // limit per /tasks page
        int historyDays = 7; // tasks created earlier are not shown
        int fullRefreshEvery = 10; // every n-th poll reads the whole window again (1 = always)
        int overlapSeconds = 5 * 60; // incremental polls look back this far past the newest task
        int idsPerRequest = 100; // unfinished tasks re-read per {"id":{"$in":[…]}} request
        int transferTimeoutMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
        std::function<QDateTime()> now; // UTC; the wall clock when empty (tests pin it)
    };

    ClumioConnector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent = nullptr);
    ClumioConnector(SourceConfig config, QNetworkAccessManager &nam, const Options &options, QObject *parent = nullptr);
    ~ClumioConnector() override;

    ApiClient &client() const { return *m_client; }
    ApiClient *apiClient() const override { return m_client; }
    // Tasks and restores known after the last successful poll (by id).
    qsizetype cachedTaskCount() const { return m_cache.size(); }

protected:
    void startPoll() override;

private:
    struct PollState;
    void fetch(const std::shared_ptr<PollState> &poll, const QString &filter);
    void settle(const std::shared_ptr<PollState> &poll);
    void commitDigests(const QHash<QString, std::shared_ptr<PageDigests>> &used);
    QDateTime now() const;

    Options m_options;
    ApiClient *m_client = nullptr; // child
    Clumio::TaskCache m_cache;
    int m_pollsSinceFullRefresh = -1; // -1: no full refresh has succeeded yet
    QHash<QString, std::shared_ptr<PageDigests>> m_digests; // the last good poll's listings
};

} // namespace BackupDash
