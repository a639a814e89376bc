#pragma once

#include "connectors/connector.h"

#include <memory>

class QNetworkAccessManager;

namespace BackupDash {

class ApiClient;

// Veeam Backup for Microsoft 365: jobs (paged), each job's recent sessions, restore sessions.
class Vb365Connector final : public Connector
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Vb365Connector)

public:
    struct Options
    {
        int pageSize = 500; // offset/limit page size (VB365 allows up to 10 000)
        int sessionsPerJob = 10; // recent sessions read per job
        int transferTimeoutMs = 30'000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
    };

    Vb365Connector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent = nullptr);
    Vb365Connector(SourceConfig config, QNetworkAccessManager &nam, const Options &options, QObject *parent = nullptr);
    ~Vb365Connector() override;

    ApiClient &client() const { return *m_client; }
    ApiClient *apiClient() const override { return m_client; }

protected:
    void startPoll() override;

private:
    struct PollState;
    void fetchSessions(const std::shared_ptr<PollState> &poll);
    void fetchRestores(const std::shared_ptr<PollState> &poll);
    void complete(const std::shared_ptr<PollState> &poll);
    QString versionPath(const QString &rest) const;

    Options m_options;
    QString m_apiVersion; // "v8" unless the source says otherwise
    ApiClient *m_client = nullptr; // child
};

} // namespace BackupDash
