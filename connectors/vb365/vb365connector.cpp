#include "connectors/vb365/vb365connector.h"

#include "connectors/apiclient.h"
#include "connectors/pagedfetch.h"
#include "connectors/vb365/vb365authenticator.h"
#include "connectors/vb365/vb365parser.h"
#include "connectors/workerrun.h"

namespace BackupDash {

struct Vb365Connector::PollState
{
    std::vector<Vb365::JobRecord> jobs;
    std::vector<std::vector<TaskRun>> sessions;
    std::vector<RestoreJob> restores;
    size_t sessionsPending = 0;
    ApiError firstError;
};

Vb365Connector::Vb365Connector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent)
    : Vb365Connector(std::move(config), nam, Options {}, parent)
{
}

Vb365Connector::Vb365Connector(SourceConfig config, QNetworkAccessManager &nam, const Options &options, QObject *parent)
    : Connector(std::move(config), parent)
    , m_options(options)
    , m_apiVersion(this->config().apiVersion.isEmpty() ? QStringLiteral("v8") : this->config().apiVersion)
{
    ApiClient::Options clientOptions =
        ApiClient::Options::forSource(this->config(), m_options.transferTimeoutMs, m_options.maxResponseBytes);
    const Credentials &c = this->config().credentials;
    m_client = new ApiClient(nam, clientOptions,
                             std::make_unique<Vb365Authenticator>(m_apiVersion, c.username, c.password), this);
}

Vb365Connector::~Vb365Connector() = default;

QString Vb365Connector::versionPath(const QString &rest) const
{
    return QLatin1Char('/') + m_apiVersion + rest;
}

void Vb365Connector::startPoll()
{
    auto poll = std::make_shared<PollState>();
    ApiRequest first;
    first.path = versionPath(QStringLiteral("/Jobs"));
    first.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    first.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    fetchAllPages<Vb365::JobRecord>(*m_client, first, &Vb365::parseJobsPage,
                                    [this, poll](const ApiError &error, std::vector<Vb365::JobRecord> jobs) {
                                        if (error.isError()) {
                                            failPoll(error);
                                            return;
                                        }
                                        poll->jobs = std::move(jobs);
                                        fetchSessions(poll);
                                    });
}

void Vb365Connector::fetchSessions(const std::shared_ptr<PollState> &poll)
{
    poll->sessions.resize(poll->jobs.size());
    poll->sessionsPending = poll->jobs.size();
    if (poll->jobs.empty()) {
        fetchRestores(poll);
        return;
    }
    // All at once: QNAM runs six per host and queues the rest (the transfer timer waits too).
    for (size_t i = 0; i < poll->jobs.size(); ++i) {
        ApiRequest request;
        request.path = versionPath(QStringLiteral("/Jobs/%1/JobSessions")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(poll->jobs[i].task.id))));
        request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.sessionsPerJob));
        m_client->send(request, [this, poll, i](const ApiResult &result) {
            const auto settle = [this, poll] {
                if (--poll->sessionsPending > 0)
                    return;
                if (poll->firstError.isError())
                    failPoll(poll->firstError);
                else
                    fetchRestores(poll);
            };
            if (!result.ok()) {
                // A job deleted between the two requests simply has no sessions.
                if (result.error.httpStatus != 404 && !poll->firstError.isError())
                    poll->firstError = result.error;
                settle();
                return;
            }
            runOnWorker(
                workerPool(), this, [body = result.response.body] { return Vb365::parseSessionsPage(body); },
                [poll, i, settle](Parsed<Page<TaskRun>> page) {
                    if (!page) {
                        if (!poll->firstError.isError())
                            poll->firstError = ApiError::make(ApiError::Kind::BadPayload, page.error);
                    } else {
                        poll->sessions[i] = std::move(page.value->items);
                    }
                    settle();
                });
        });
    }
}

void Vb365Connector::fetchRestores(const std::shared_ptr<PollState> &poll)
{
    ApiRequest first;
    first.path = versionPath(QStringLiteral("/RestoreSessions"));
    first.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    first.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    fetchAllPages<RestoreJob>(*m_client, first, &Vb365::parseRestoreSessionsPage,
                              [this, poll](const ApiError &error, std::vector<RestoreJob> restores) {
                                  if (error.isError()) {
                                      failPoll(error);
                                      return;
                                  }
                                  poll->restores = std::move(restores);
                                  complete(poll);
                              });
}

void Vb365Connector::complete(const std::shared_ptr<PollState> &poll)
{
    runOnWorker(
        workerPool(), this,
        [poll, sourceId = sourceId(), basis = lastHandedOver()] {
            return readyToHandOver(Vb365::buildSnapshot(sourceId, std::move(poll->jobs), std::move(poll->sessions),
                                                        std::move(poll->restores), QDateTime::currentDateTimeUtc()),
                                   basis);
        },
        [this](SourceSnapshot snapshot) { finishPoll(std::move(snapshot)); });
}

} // namespace BackupDash
