#include "connectors/cloudally/cloudallyconnector.h"

#include "connectors/apiclient.h"
#include "connectors/cloudally/cloudallyauthenticator.h"
#include "connectors/cloudally/cloudallypaging.h"
#include "connectors/cloudally/cloudallyparser.h"
#include "connectors/restorecalls.h"
#include "connectors/workerrun.h"

namespace BackupDash {

struct CloudAllyConnector::PollState
{
    std::vector<Task> tasks;
    QStringList seenTokens;
    std::vector<RestoreJob> restores;
    qsizetype restoresPending = 0;
};

CloudAllyConnector::CloudAllyConnector(const SourceConfig &config, QNetworkAccessManager &nam, QObject *parent)
    : CloudAllyConnector(config, nam, Options {}, parent)
{
}

CloudAllyConnector::CloudAllyConnector(const SourceConfig &config, QNetworkAccessManager &nam, const Options &options,
                                       QObject *parent)
    : Connector(config, parent)
    , m_options(options)
{
    ApiClient::Options clientOptions =
        ApiClient::Options::forSource(this->config(), m_options.transferTimeoutMs, m_options.maxResponseBytes);
    const Credentials &c = this->config().credentials;
    // The configuration insists on "partner" or "user"; anything but "user" signs in as a partner.
    const auto mode = this->config().authMode == QLatin1String("user") ? CloudAllyAuthenticator::Mode::User
                                                                       : CloudAllyAuthenticator::Mode::Partner;
    m_client = new ApiClient(
        nam, clientOptions,
        std::make_unique<CloudAllyAuthenticator>(mode, c.username, c.password, c.clientId, c.clientSecret), this);
}

CloudAllyConnector::~CloudAllyConnector() = default;

void CloudAllyConnector::startPoll()
{
    fetchPage(std::make_shared<PollState>(), 1, QString());
}

void CloudAllyConnector::fetchPage(const std::shared_ptr<PollState> &poll, int page, const QString &pageToken)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/backup-tasks");
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.pageSize));
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (!pageToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("nextPageToken"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    m_client->send(request, [this, poll, page](const ApiResult &result) {
        if (!result.ok()) {
            failPoll(result.error);
            return;
        }
        runOnWorker(
            this, [body = result.response.body] { return CloudAlly::parseTasksPage(body); },
            [this, poll, page](Parsed<CloudAlly::TasksPage> parsed) {
                if (!parsed) {
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, parsed.error));
                    return;
                }
                for (Task &task : parsed.value->tasks)
                    poll->tasks.push_back(std::move(task));
                const CloudAlly::PagingStep step =
                    CloudAlly::nextStep(page, parsed.value->nextPageToken, parsed.value->totalPages, poll->seenTokens);
                if (!step.error.isEmpty()) {
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, step.error));
                } else if (step.done) {
                    fetchRestores(poll);
                } else {
                    poll->seenTokens << step.nextPageToken;
                    fetchPage(poll, step.nextPage, step.nextPageToken);
                }
            });
    });
}

void CloudAllyConnector::fetchRestores(const std::shared_ptr<PollState> &poll)
{
    // One GET per followed job; a job the vendor no longer knows (404) is simply not shown.
    if (m_followed.isEmpty()) {
        complete(poll);
        return;
    }
    poll->restoresPending = m_followed.size();
    for (const QString &jobId : std::as_const(m_followed)) {
        m_client->send(CloudAlly::restoreJobRequest(jobId), [this, poll](const ApiResult &result) {
            if (result.ok()) {
                if (Parsed<RestoreJob> job = CloudAlly::parseRestoreJob(result.response.body)) {
                    job.value->sourceId = sourceId();
                    poll->restores.push_back(std::move(*job.value));
                }
            }
            if (--poll->restoresPending == 0)
                complete(poll);
        });
    }
}

void CloudAllyConnector::complete(const std::shared_ptr<PollState> &poll)
{
    runOnWorker(
        this,
        [poll, sourceId = sourceId()] {
            SourceSnapshot snapshot =
                CloudAlly::buildSnapshot(sourceId, std::move(poll->tasks), QDateTime::currentDateTimeUtc());
            snapshot.restores = std::move(poll->restores);
            return snapshot;
        },
        [this](SourceSnapshot snapshot) { finishPoll(snapshot); });
}

} // namespace BackupDash
