#include "connectors/clumio/clumioconnector.h"

#include "connectors/apiclient.h"
#include "connectors/lookahead.h"
#include "connectors/pagedfetch.h"
#include "connectors/workerrun.h"

namespace BackupDash {

namespace {
constexpr QByteArrayView TasksMediaType = "application/api.clumio.tasks=v1+json";
} // namespace

struct ClumioConnector::PollState
{
    bool full = false;
    QDateTime polledAt;
    QDateTime windowStart;
    QStringList reread; // unfinished ids asked for again
    std::vector<Clumio::TaskRecord> fresh;
    int pending = 0;
    ApiError firstError;
    bool allUnchanged = true; // every listing of this poll came back as at the last good poll
    QHash<QString, std::shared_ptr<PageDigests>> digests; // this poll's listings, by key
};

ClumioConnector::ClumioConnector(SourceConfig config, QNetworkAccessManager &nam, QObject *parent)
    : ClumioConnector(std::move(config), nam, Options {}, parent)
{
}

ClumioConnector::ClumioConnector(SourceConfig config, QNetworkAccessManager &nam, const Options &options,
                                 QObject *parent)
    : Connector(std::move(config), parent)
    , m_options(options)
{
    ApiClient::Options clientOptions =
        ApiClient::Options::forSource(this->config(), m_options.transferTimeoutMs, m_options.maxResponseBytes);
    // No token endpoint: the long-lived API token goes on every request, next pages included,
    // and so does the versioned media type Clumio routes on.
    clientOptions.defaultHeaders = {
        { QByteArrayLiteral("Accept"), TasksMediaType.toByteArray() },
        { QByteArrayLiteral("Authorization"), "Bearer " + this->config().credentials.token.toUtf8() },
    };
    m_client = new ApiClient(nam, clientOptions, nullptr, this);
}

ClumioConnector::~ClumioConnector() = default;

void ClumioConnector::commitDigests(const QHash<QString, std::shared_ptr<PageDigests>> &used)
{
    // Only this poll's listings are kept: id chunks and since-filters of older polls never recur.
    for (const std::shared_ptr<PageDigests> &digests : used)
        digests->commit();
    m_digests = used;
}

QDateTime ClumioConnector::now() const
{
    return m_options.now ? m_options.now().toUTC() : QDateTime::currentDateTimeUtc();
}

void ClumioConnector::startPoll()
{
    if (!reportsUnchanged())
        m_digests.clear(); // this poll's data will not match the references any more
    auto poll = std::make_shared<PollState>();
    poll->polledAt = now();
    poll->windowStart = poll->polledAt.addDays(-std::max(1, m_options.historyDays));
    poll->full = m_pollsSinceFullRefresh < 0 || m_pollsSinceFullRefresh + 1 >= std::max(1, m_options.fullRefreshEvery);

    if (poll->full) {
        poll->pending = 1;
        fetch(poll, Clumio::createdSinceFilter(poll->windowStart));
        return;
    }
    // New tasks since the newest one seen (a little overlap for clock skew and late commits),
    // and every task that was still unfinished, by id, because its status may have moved.
    const QDateTime newest = Clumio::newestCreated(m_cache);
    QDateTime since = newest.isValid() ? newest.addSecs(-m_options.overlapSeconds) : poll->windowStart;
    since = std::max(since, poll->windowStart);
    const std::vector<QStringList> chunks = Clumio::unfinishedIdChunks(m_cache, m_options.idsPerRequest);
    poll->pending = 1 + int(chunks.size());
    fetch(poll, Clumio::createdSinceFilter(since));
    for (const QStringList &chunk : chunks) {
        poll->reread << chunk;
        fetch(poll, Clumio::idFilter(chunk));
    }
}

void ClumioConnector::fetch(const std::shared_ptr<PollState> &poll, const QString &filter)
{
    ApiRequest first;
    first.path = QStringLiteral("/tasks");
    first.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    first.query.addQueryItem(QStringLiteral("start"), QStringLiteral("1"));
    first.query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    // A full refresh's window start moves with the clock, so it is "full"; an incremental
    // listing is known by its filter, which stays the same while nothing new arrives.
    const QString key = poll->full ? QStringLiteral("full") : filter;
    std::shared_ptr<PageDigests> digests;
    if (reportsUnchanged()) {
        digests = m_digests.value(key);
        if (!digests)
            digests = std::make_shared<PageDigests>();
        poll->digests.insert(key, digests);
    }
    fetchPagesUnlessUnchanged<Clumio::TaskRecord>(
        *m_client, first, digests, &Clumio::parseTasksPage,
        [this, poll](PagedOutcome<Clumio::TaskRecord> outcome) {
            countParsedPage(outcome.pagesParsed);
            if (outcome.error.isError()) {
                if (!poll->firstError.isError())
                    poll->firstError = outcome.error;
            } else {
                poll->allUnchanged = poll->allUnchanged && outcome.unchanged;
                std::move(outcome.items.begin(), outcome.items.end(), std::back_inserter(poll->fresh));
            }
            if (--poll->pending == 0)
                settle(poll);
        },
        [](const QByteArray &body) { return peekJsonString(body, "href", "_next"); });
}

void ClumioConnector::settle(const std::shared_ptr<PollState> &poll)
{
    if (poll->firstError.isError()) {
        failPoll(poll->firstError); // the cache stays as the last good poll left it
        return;
    }
    // Every listing as last time: the same tasks, so the same cache, unless the history
    // window has moved past a cached task (then it must drop out, which is a change).
    const QDateTime oldest = Clumio::oldestCreated(m_cache);
    if (reportsUnchanged() && poll->allUnchanged && (!oldest.isValid() || oldest >= poll->windowStart)) {
        commitDigests(poll->digests);
        m_pollsSinceFullRefresh = poll->full ? 0 : m_pollsSinceFullRefresh + 1;
        finishUnchanged();
        return;
    }
    struct Outcome
    {
        Clumio::TaskCache cache;
        SourceSnapshot snapshot;
    };
    runOnWorker(
        workerPool(), this,
        [poll, previous = m_cache, sourceId = sourceId(), basis = lastHandedOver()]() mutable {
            Outcome outcome;
            outcome.cache = poll->full
                ? Clumio::replaceAll(std::move(poll->fresh), poll->windowStart)
                : Clumio::merge(std::move(previous), std::move(poll->fresh), poll->reread, poll->windowStart);
            std::vector<Clumio::TaskRecord> records(outcome.cache.cbegin(), outcome.cache.cend());
            outcome.snapshot =
                readyToHandOver(Clumio::buildSnapshot(sourceId, std::move(records), poll->polledAt), basis);
            return outcome;
        },
        [this, full = poll->full, digests = poll->digests](Outcome outcome) {
            m_cache = std::move(outcome.cache);
            commitDigests(digests);
            m_pollsSinceFullRefresh = full ? 0 : m_pollsSinceFullRefresh + 1;
            finishPoll(std::move(outcome.snapshot));
        });
}

} // namespace BackupDash
