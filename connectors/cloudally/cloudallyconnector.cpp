#include "connectors/cloudally/cloudallyconnector.h"

#include "connectors/apiclient.h"
#include "connectors/cloudally/cloudallyauthenticator.h"
#include "connectors/cloudally/cloudallypaging.h"
#include "connectors/cloudally/cloudallyparser.h"
#include "connectors/lookahead.h"
#include "connectors/restorecalls.h"
#include "connectors/workerrun.h"

namespace BackupDash {

struct CloudAllyConnector::PollState
{
    std::vector<Task> tasks;
    QStringList seenTokens;
    std::vector<RestoreJob> restores;
    qsizetype restoresPending = 0;
    int pages = 0;
    bool digesting = false; // compare pages with the last good poll's
    bool skipping = false; // the pages so far are the last good poll's: not parsed
    Lookahead lookahead; // the next page, asked for while this one is parsed
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
    auto poll = std::make_shared<PollState>();
    // Restore jobs followed by id are read and rebuilt every poll: only a poll without them
    // can be unchanged as a whole.
    poll->digesting = reportsUnchanged() && m_followed.isEmpty();
    poll->skipping = poll->digesting && m_digests.hasReference();
    if (!poll->digesting)
        m_digests.forget(); // this poll's data will not match the reference any more
    m_digests.startWalk();
    fetchPage(poll, 1, QString());
}

ApiRequest CloudAllyConnector::pageRequest(int page, const QString &pageToken) const
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/backup-tasks");
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.pageSize));
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (!pageToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("nextPageToken"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    return request;
}

void CloudAllyConnector::fetchPage(const std::shared_ptr<PollState> &poll, int page, const QString &pageToken)
{
    const qsizetype requested = poll->pages; // this page's index in the walk
    poll->lookahead.take(*m_client, pageRequest(page, pageToken), [this, poll, page](const ApiResult &result) {
        if (!result.ok()) {
            failPoll(result.error);
            return;
        }
        const int index = poll->pages;
        const QByteArray digest = poll->digesting ? PageDigests::digest(result.response.body) : QByteArray();
        if (poll->skipping) {
            // The continuation kept is the next page's token; empty when the listing ended.
            if (const std::optional<QString> known = m_digests.knownContinuation(index, digest)) {
                m_digests.record(index, digest, *known);
                ++poll->pages;
                if (known->isEmpty())
                    finishUnchanged(); // the reference stays as it is: this walk is the same
                else
                    fetchPage(poll, page + 1, *known);
                return;
            }
            poll->skipping = false;
            poll->lookahead.drop(); // the pages after this one may differ too
            if (index > 0) {
                // Changed after pages that were not parsed: walk the listing again, parsing.
                auto fresh = std::make_shared<PollState>();
                fresh->digesting = true;
                m_digests.startWalk();
                fetchPage(fresh, 1, QString());
                return;
            }
        }
        const QString guess = peekJsonString(result.response.body, "nextPageToken");
        if (!guess.isEmpty() && !poll->seenTokens.contains(guess))
            poll->lookahead.guess(*m_client, pageRequest(page + 1, guess));
        countParsedPage();
        runOnWorker(
            workerPool(), this, [body = result.response.body] { return CloudAlly::parseTasksPage(body); },
            [this, poll, page, index, digest](Parsed<CloudAlly::TasksPage> parsed) {
                if (!parsed) {
                    poll->lookahead.drop();
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, parsed.error));
                    return;
                }
                ++poll->pages;
                for (Task &task : parsed.value->tasks)
                    poll->tasks.push_back(std::move(task));
                const CloudAlly::PagingStep step =
                    CloudAlly::nextStep(page, parsed.value->nextPageToken, parsed.value->totalPages, poll->seenTokens);
                if (!step.error.isEmpty() || step.done)
                    poll->lookahead.drop();
                if (!step.error.isEmpty()) {
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, step.error));
                    return;
                }
                if (poll->digesting) // an unchanged walk goes on with page + 1 and this token
                    m_digests.record(index, digest, step.done ? QString() : step.nextPageToken);
                if (step.done) {
                    fetchRestores(poll);
                } else {
                    poll->seenTokens << step.nextPageToken;
                    fetchPage(poll, step.nextPage, step.nextPageToken);
                }
            });
    });
    // Not when take() answered at once: that answer went on to the next page already.
    if (poll->skipping && poll->pages == requested)
        poll->lookahead.guessFromReference(*m_client, m_digests, requested,
                                           [this](const QString &token, qsizetype index) {
                                               return pageRequest(int(index) + 1, token); // pages count from 1
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
        workerPool(), this,
        [poll, sourceId = sourceId(), basis = lastHandedOver()] {
            SourceSnapshot snapshot =
                CloudAlly::buildSnapshot(sourceId, std::move(poll->tasks), QDateTime::currentDateTimeUtc());
            snapshot.restores = std::move(poll->restores);
            return readyToHandOver(std::move(snapshot), basis);
        },
        [this, digesting = poll->digesting](SourceSnapshot snapshot) {
            if (digesting)
                m_digests.commit();
            finishPoll(std::move(snapshot));
        });
}

} // namespace BackupDash
