#include "connectors/acronis/acronisconnector.h"

#include "connectors/acronis/acronisauthenticator.h"
#include "connectors/acronis/acronisparser.h"
#include "connectors/apiclient.h"
#include "connectors/lookahead.h"
#include "connectors/pagedfetch.h"
#include "connectors/workerrun.h"

#include <QSet>
#include <QStringList>
#include <QTime>

namespace BackupDash {

namespace {
const QString TasksPath = QStringLiteral("/api/task_manager/v2/tasks");
} // namespace

struct AcronisConnector::PollState
{
    std::vector<Acronis::TaskRecord> records;
    QSet<QString> cursors; // seen so far: a cursor that comes back would page forever
    int pages = 0;
    bool digesting = false; // compare pages with the last good poll's
    bool skipping = false; // the pages so far are the last good poll's: not parsed
    Lookahead lookahead; // the next pages, asked for while this one is parsed or hashed
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
    auto poll = std::make_shared<PollState>();
    poll->digesting = reportsUnchanged();
    poll->skipping = poll->digesting && m_digests.hasReference();
    if (!poll->digesting)
        m_digests.forget(); // this poll's data will not match the reference any more
    m_digests.startWalk();
    fetchPage(poll, QString());
}

ApiRequest AcronisConnector::pageRequest(const QString &after) const
{
    // Paths go below the base URL's path (a data centre may sit behind a prefix), so the
    // cursor is sent as a query on the same path, never as a host-root link.
    ApiRequest request;
    request.path = TasksPath;
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    request.query.addQueryItem(QStringLiteral("lod"), QStringLiteral("full"));
    if (after.isEmpty()) {
        // Filters go on the first page only: with `after` the API takes no other parameters.
        // The window starts on a whole hour, so the first page (and the cursors it hands out)
        // stays the same from poll to poll within the hour while nothing changes.
        QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_options.historyDays);
        since.setTime(QTime(since.time().hour(), 0));
        request.query.addQueryItem(QStringLiteral("updatedAt"),
                                   QStringLiteral("gt(%1)").arg(since.toString(Qt::ISODate)));
        request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc(updatedAt)"));
    } else {
        request.query.addQueryItem(QStringLiteral("after"), after);
    }
    return request;
}

void AcronisConnector::fetchPage(const std::shared_ptr<PollState> &poll, const QString &after)
{
    const ApiRequest request = pageRequest(after);
    const qsizetype requested = poll->pages; // this page's index in the walk
    poll->lookahead.take(*m_client, request, [this, poll](const ApiResult &result) {
        if (!result.ok()) {
            failPoll(result.error);
            return;
        }
        const int index = poll->pages;
        const QByteArray digest = poll->digesting ? PageDigests::digest(result.response.body) : QByteArray();
        if (poll->skipping) {
            if (const std::optional<QString> known = m_digests.knownContinuation(index, digest)) {
                m_digests.record(index, digest, *known);
                ++poll->pages;
                if (known->isEmpty()) {
                    finishUnchanged(); // the reference stays as it is: this walk is the same
                    return;
                }
                fetchPage(poll, *known);
                return;
            }
            poll->skipping = false;
            poll->lookahead.drop(); // the pages after this one may differ too
            if (index > 0) {
                // Changed after pages that were not parsed: walk the listing again, parsing.
                auto fresh = std::make_shared<PollState>();
                fresh->digesting = true;
                m_digests.startWalk();
                fetchPage(fresh, QString());
                return;
            }
        }
        const QString guess = peekJsonString(result.response.body, "after", "cursors");
        if (!guess.isEmpty() && !poll->cursors.contains(guess))
            poll->lookahead.guess(*m_client, pageRequest(guess));
        countParsedPage();
        runOnWorker(
            workerPool(), this, [body = result.response.body] { return Acronis::parseTasksPage(body); },
            [this, poll, index, digest](Parsed<Acronis::TasksPage> page) {
                if (!page) {
                    poll->lookahead.drop();
                    failPoll(ApiError::make(ApiError::Kind::BadPayload, page.error));
                    return;
                }
                ++poll->pages;
                std::move(page.value->items.begin(), page.value->items.end(), std::back_inserter(poll->records));
                const QString next = page.value->after;
                if (poll->digesting)
                    m_digests.record(index, digest, next);
                if (next.isEmpty()) {
                    poll->lookahead.drop();
                    complete(poll);
                    return;
                }
                if (poll->cursors.contains(next) || poll->pages >= MaxPages) {
                    poll->lookahead.drop();
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
    // Not when take() answered at once: that answer went on to the next page already.
    if (poll->skipping && poll->pages == requested)
        poll->lookahead.guessFromReference(*m_client, m_digests, requested,
                                           [this](const QString &cursor, qsizetype) { return pageRequest(cursor); });
}

void AcronisConnector::complete(const std::shared_ptr<PollState> &poll)
{
    runOnWorker(
        workerPool(), this,
        [poll, sourceId = sourceId(), basis = lastHandedOver()] {
            return readyToHandOver(Acronis::buildSnapshot(sourceId, poll->records, QDateTime::currentDateTimeUtc()),
                                   basis);
        },
        [this, digesting = poll->digesting](SourceSnapshot snapshot) {
            if (digesting)
                m_digests.commit();
            finishPoll(std::move(snapshot));
        });
}

} // namespace BackupDash
