#include "connectors/acronis/acronisconnector.h"

#include "connectors/acronis/acronisauthenticator.h"
#include "connectors/acronis/acronisparser.h"
#include "connectors/apiclient.h"
#include "connectors/pagedfetch.h"
#include "connectors/workerrun.h"

#include <QStringList>

namespace BackupDash {

namespace {
const QString TasksPath = QStringLiteral("/api/task_manager/v2/tasks");
} // namespace

struct AcronisConnector::PollState
{
    std::vector<Acronis::TaskRecord> records;
    QStringList cursors; // seen so far: a cursor that comes back would page forever
    int pages = 0;
};

AcronisConnector::AcronisConnector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent)
    : AcronisConnector(std::move(config), nam, Options {}, parent)
{
}

AcronisConnector::AcronisConnector(SourceConfig config, QNetworkAccessManager &nam, const Options &options,
                                   QObject *parent)
    : Connector(std::move(config), parent)
    , m_options(options)
{
    ApiClient::Options clientOptions =
        ApiClient::Options::forSource(this->config(), m_options.transferTimeoutMs, m_options.maxResponseBytes);
    const Credentials &c = this->config().credentials;
    m_client =
        new ApiClient(nam, clientOptions, std::make_unique<AcronisAuthenticator>(c.clientId, c.clientSecret), this);
}

AcronisConnector::~AcronisConnector() = default;

void AcronisConnector::startPoll()
{
    fetchPage(std::make_shared<PollState>(), QString());
}

void AcronisConnector::fetchPage(const std::shared_ptr<PollState> &poll, const QString &after)
{
    // Paths go below the base URL's path (a data centre may sit behind a prefix), so the
    // cursor is sent as a query on the same path, never as a host-root link.
    ApiRequest request;
    request.path = TasksPath;
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    request.query.addQueryItem(QStringLiteral("lod"), QStringLiteral("full"));
    if (after.isEmpty()) {
        // Filters go on the first page only: with `after` the API takes no other parameters.
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_options.historyDays);
        request.query.addQueryItem(QStringLiteral("updatedAt"),
                                   QStringLiteral("gt(%1)").arg(since.toString(Qt::ISODate)));
        request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc(updatedAt)"));
    } else {
        request.query.addQueryItem(QStringLiteral("after"), after);
    }
    m_client->send(request, [this, poll](const ApiResult &result) {
        if (!result.ok()) {
            failPoll(result.error);
            return;
        }
        runOnWorker(
            this, [body = result.response.body] { return Acronis::parseTasksPage(body); },
            [this, poll](Parsed<Acronis::TasksPage> page) {
                if (!page) {
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, page.error));
                    return;
                }
                ++poll->pages;
                std::move(page.value->items.begin(), page.value->items.end(), std::back_inserter(poll->records));
                const QString next = page.value->after;
                if (next.isEmpty()) {
                    complete(poll);
                    return;
                }
                if (poll->cursors.contains(next) || poll->pages >= MaxPages) {
                    failPoll(ApiError::make(ApiError::Kind::BadPayload,
                                            tr("the vendor's paging does not end (page %1 gives cursor %2 again)")
                                                .arg(poll->pages)
                                                .arg(next)));
                    return;
                }
                poll->cursors << next;
                fetchPage(poll, next);
            });
    });
}

void AcronisConnector::complete(const std::shared_ptr<PollState> &poll)
{
    runOnWorker(
        this,
        [poll, sourceId = sourceId()] {
            return Acronis::buildSnapshot(sourceId, poll->records, QDateTime::currentDateTimeUtc());
        },
        [this](SourceSnapshot snapshot) { finishPoll(snapshot); });
}

} // namespace BackupDash
