#include "app/dashboard.h"

#include "app/connectorfactory.h"
#include "app/sourcestates.h"
#include "connectors/connector.h"
#include "connectors/pollscheduler.h"
#include "models/attentionmodel.h"
#include "models/journalrestores.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "models/tasktablemodel.h"
#include "models/windowjobs.h"

#include <QThreadPool>
#include <utility>

namespace BackupDash {

Dashboard::Dashboard(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tasks(new TaskTableModel(this))
    , m_sources(new SourceTableModel(this))
    , m_restores(new RestoreTableModel(this))
    , m_attention(new AttentionModel(this))
    , m_scheduler(new PollScheduler(this))
    , m_attentionWorker(m_workers)
{
    m_attentionRefresh.setSingleShot(true);
    m_attentionRefresh.setInterval(0);
    connect(&m_attentionRefresh, &QTimer::timeout, this, &Dashboard::refreshAttention);
    connect(&m_attentionWorker, &AttentionWorker::judged, this, [this] {
        m_attention->setItems(m_attentionWorker.result().items);
        Q_EMIT attentionUpdated();
    });
    m_attentionClock.setInterval(60'000);
    connect(&m_attentionClock, &QTimer::timeout, this, &Dashboard::refreshAttention);
    connect(m_scheduler, &PollScheduler::pollDue, this, &Dashboard::handlePollDue);
    connect(m_scheduler, &PollScheduler::scheduleChanged, this, [this](const QString &id) {
        const QDateTime next = m_scheduler->nextPollAt(id);
        updateState(id, [&next](SourceState &s) { s.nextPollAt = next; });
    });
}

Dashboard::~Dashboard()
{
    m_scheduler->stop();
}

namespace {

bool sameCredentials(const Credentials &a, const Credentials &b)
{
    return a.username == b.username && a.password == b.password && a.token == b.token && a.clientId == b.clientId
        && a.clientSecret == b.clientSecret && a.refreshToken == b.refreshToken;
}

// Nothing a connector or the source's row depends on changed: keep both as they are.
bool sameConfig(const SourceConfig &a, const SourceConfig &b)
{
    return a.id == b.id && a.vendor == b.vendor && a.baseUrl == b.baseUrl && a.apiVersion == b.apiVersion
        && a.authMode == b.authMode && sameCredentials(a.credentials, b.credentials)
        && a.pollIntervalSeconds == b.pollIntervalSeconds && a.caCertificatesPath == b.caCertificatesPath
        && a.rpoHours == b.rpoHours && a.enabled == b.enabled && a.problem == b.problem
        && a.problemHealth == b.problemHealth;
}

// What createConnector() polls (its other refusal, an unknown vendor, is a problem already).
bool isPollable(const SourceConfig &source)
{
    return source.problem.isEmpty() && source.enabled;
}

// The same account: its rows stay (stale) while a new connector makes its first poll.
bool sameAccount(const SourceConfig &a, const SourceConfig &b)
{
    return a.id == b.id && a.vendor == b.vendor && a.baseUrl == b.baseUrl;
}

} // namespace

void Dashboard::setSources(const std::vector<SourceConfig> &sources)
{
    // Called again whenever the Sources dialog saves: sources whose configuration is unchanged
    // keep their connector, schedule, rows and state; the others are dropped or replaced. The
    // models see removals, updates and inserts, never a reset.
    QHash<QString, const SourceConfig *> next;
    for (const SourceConfig &source : sources)
        next.insert(source.id, &source);

    QSet<QString> kept; // connector and state kept as they are
    for (auto it = m_connectors.begin(); it != m_connectors.end();) {
        const QString id = (*it)->sourceId();
        const SourceConfig *wanted = next.value(id);
        if (wanted && sameConfig(*wanted, (*it)->config())) {
            kept.insert(id);
            ++it;
            continue;
        }
        (*it)->disconnect(this); // an aborted poll reports nothing to a source that is gone
        m_scheduler->removeSource(id);
        m_connectorById.remove(id);
        m_awaitingFirstPoll.remove(id);
        it = m_connectors.erase(it);
    }
    for (const auto &[id, config] : m_configById.asKeyValueRange()) {
        const SourceConfig *wanted = next.value(id);
        if (wanted && sameConfig(*wanted, config) && !isPollable(config))
            kept.insert(id); // not pollable before, not pollable now, for the same reason
        const bool keepRows = wanted && sameAccount(*wanted, config) && isPollable(*wanted);
        if (!keepRows) {
            m_tasks->removeSource(id);
            m_restores->removeSource(id);
            m_snapshots.remove(id);
        }
    }
    m_configById.clear();
    m_vendorById.clear();
    m_policy = {};

    std::vector<SourceState> states;
    for (const SourceConfig &source : sources) {
        m_configById.insert(source.id, source);
        m_policy.rpoHoursBySource.insert(source.id, source.rpoHours);
        m_vendorById.insert(source.id, source.vendor);
        if (kept.contains(source.id)) {
            states.push_back(*m_sources->source(source.id));
            continue;
        }
        SourceState state = initialSourceState(source);
        if (const SourceSnapshot *last = lastSnapshot(source.id)) {
            // The same account under a new configuration: its data stays, stale, until it answers.
            m_tasks->setSourceStale(source.id, true);
            m_restores->setSourceStale(source.id, true);
            recordLastKnown(state, *last);
        }
        states.push_back(state);

        std::unique_ptr<Connector> connector = createConnector(source, m_nam, m_limits);
        if (!connector)
            continue;
        connector->setWorkerPool(&m_workers);
        const QString id = source.id;
        connect(connector.get(), &Connector::polled, this,
                [this, id](const SharedSnapshot &snapshot) { handlePolled(id, snapshot); });
        connect(connector.get(), &Connector::pollFailed, this,
                [this, id](const ApiError &error) { handlePollFailed(id, error); });
        // Long-lived, with 100,000 rows to spare: a poll that changed nothing must not cost a
        // parse nor a model update.
        connector->setReportUnchanged(true);
        connect(connector.get(), &Connector::polledUnchanged, this,
                [this, id](const QDateTime &polledAt) { handlePolledUnchanged(id, polledAt); });
        connector->setFollowedRestores(followedRestores(id));
        m_connectorById.insert(id, connector.get());
        m_awaitingFirstPoll.insert(id);
        m_connectors.push_back(std::move(connector));
        // Polled at once if polling runs (not while paused): the operator just changed it.
        m_scheduler->addSource(id, qint64(source.pollIntervalSeconds) * 1000);
    }
    m_sources->setSources(std::move(states));
    refreshAttention();
    if (m_started)
        checkFirstRoundDone(); // the last source it waited for may have left
}

void Dashboard::start()
{
    m_started = true;
    m_scheduler->start();
    m_attentionClock.start();
    checkFirstRoundDone(); // nothing to poll: the first round is trivially complete
}

void Dashboard::setPollingPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_scheduler->stop();
    else
        m_scheduler->start();
}

void Dashboard::pollNow()
{
    for (const auto &connector : m_connectors)
        m_scheduler->pollNow(connector->sourceId());
}

void Dashboard::showLastKnown(const SourceSnapshot &snapshot)
{
    const QString id = snapshot.sourceId;
    if (!m_vendorById.contains(id) || m_snapshots.contains(id))
        return;
    auto cached = std::make_shared<SourceSnapshot>(snapshot);
    for (Task &task : cached->tasks) {
        task.sourceId = id;
        task.vendor = m_vendorById.value(id);
    }
    m_tasks->applyShared(id, TaskTableModel::SharedRows(cached, &cached->tasks), cached->polledAt);
    m_tasks->setSourceStale(id, true);
    m_snapshots.insert(id, cached);
    applyRestores(id);
    m_restores->setSourceStale(id, true);
    updateState(id, [&cached](SourceState &s) { recordLastKnown(s, *cached); });
    m_attentionRefresh.start();
}

const SourceSnapshot *Dashboard::lastSnapshot(const QString &sourceId) const
{
    const auto it = m_snapshots.constFind(sourceId);
    return it == m_snapshots.cend() ? nullptr : it->get();
}

Connector *Dashboard::connector(const QString &sourceId) const
{
    return m_connectorById.value(sourceId);
}

bool Dashboard::everySourcePolledOnce() const
{
    return m_awaitingFirstPoll.isEmpty();
}

void Dashboard::handlePollDue(const QString &sourceId)
{
    Connector *connector = m_connectorById.value(sourceId);
    if (!connector || !connector->poll()) {
        m_scheduler->reportFinished(sourceId, false);
        return;
    }
    updateState(sourceId, [](SourceState &s) { s.polling = true; });
}

void Dashboard::handlePolled(const QString &sourceId, const SharedSnapshot &polled)
{
    // Kept as handed over, never copied here: its repeated strings were shared on the worker,
    // and the model, the history's thread and the windows tab read this one copy.
    SharedSnapshot previous = std::exchange(m_snapshots[sourceId], polled);
    const SourceSnapshot &snapshot = *polled;
    // The model points into this snapshot's tasks (and keeps it alive while it does).
    m_tasks->applyShared(
        sourceId, TaskTableModel::SharedRows(polled, &snapshot.tasks), snapshot.polledAt,
        RowReuse { snapshot.serial, snapshot.basisSerial, &snapshot.sameAsBasis, &snapshot.firstWithId });
    // Freeing 100k tasks took ~20 ms of the GUI thread: a worker lets go of the previous one.
    if (previous)
        m_workers.start([previous = std::move(previous)]() mutable { previous.reset(); });
    m_tasks->setSourceStale(sourceId, false);
    applyRestores(sourceId);
    m_restores->setSourceStale(sourceId, false);
    updateState(sourceId, [&snapshot](SourceState &s) { recordPollSuccess(s, snapshot); });
    m_scheduler->reportFinished(sourceId, true);
    Q_EMIT pollCompleted(sourceId, true);
    m_awaitingFirstPoll.remove(sourceId);
    m_attentionRefresh.start();
    checkFirstRoundDone();
}

void Dashboard::handlePolledUnchanged(const QString &sourceId, const QDateTime &polledAt)
{
    // The rows are what they were: no task-model signal at all (their data age keeps the poll
    // that last brought a change); only the source's own row learns how fresh it is. A source
    // that was stale before is current again, and that is a change worth its signals.
    m_tasks->setSourceStale(sourceId, false);
    m_restores->setSourceStale(sourceId, false);
    const SourceState *before = m_sources->source(sourceId);
    const bool wasOk = before && before->health == SourceHealth::Ok;
    updateState(sourceId, [&polledAt](SourceState &s) { recordPollUnchanged(s, polledAt); });
    m_scheduler->reportFinished(sourceId, true);
    Q_EMIT pollCompleted(sourceId, true);
    m_awaitingFirstPoll.remove(sourceId);
    if (!wasOk)
        m_attentionRefresh.start();
    checkFirstRoundDone();
}

void Dashboard::handlePollFailed(const QString &sourceId, const ApiError &error)
{
    // The last good data stays; it is marked, never replaced or shown as current.
    m_tasks->setSourceStale(sourceId, true);
    m_restores->setSourceStale(sourceId, true);
    const bool hasData = m_snapshots.contains(sourceId);
    updateState(sourceId, [&error, hasData](SourceState &s) { recordPollFailure(s, error, hasData); });
    m_scheduler->reportFinished(sourceId, false, error.retryAfterSeconds);
    Q_EMIT pollCompleted(sourceId, false);
    m_awaitingFirstPoll.remove(sourceId);
    m_attentionRefresh.start();
    checkFirstRoundDone();
}

void Dashboard::updateState(const QString &sourceId, const std::function<void(SourceState &)> &change)
{
    const SourceState *current = m_sources->source(sourceId);
    if (!current)
        return;
    SourceState next = *current;
    change(next);
    m_sources->updateSource(next);
}

void Dashboard::checkFirstRoundDone()
{
    if (m_firstRoundAnnounced || !m_awaitingFirstPoll.isEmpty())
        return;
    m_firstRoundAnnounced = true;
    Q_EMIT everySourcePolled();
}

QSet<QString> Dashboard::polledSources() const
{
    QSet<QString> polled;
    for (const auto &connector : m_connectors) {
        if (!m_awaitingFirstPoll.contains(connector->sourceId()))
            polled.insert(connector->sourceId());
    }
    return polled;
}

void Dashboard::refreshAttention()
{
    m_attentionRefresh.stop();
    const std::vector<SourceState> &states = m_sources->sources();
    // The model's rows as they are, shared: no copy of every task on each refresh.
    m_attentionWorker.request({ m_tasks->heldRows(), QList<SourceState>(states.cbegin(), states.cend()), m_policy,
                                QDateTime::currentDateTimeUtc(), polledSources() });
}

std::vector<WindowJob> Dashboard::windowJobs() const
{
    QStringList ids = m_snapshots.keys();
    ids.sort(); // a stable order, whatever the hash's
    std::vector<WindowJob> jobs;
    for (const QString &id : std::as_const(ids))
        appendWindowJobs(*m_snapshots.value(id), jobs);
    return jobs;
}

void Dashboard::setJournalEntries(const QList<JournalEntry> &entries)
{
    m_journalEntries = entries;
    for (const auto &connector : m_connectors)
        connector->setFollowedRestores(followedRestores(connector->sourceId()));
    for (const SourceState &source : m_sources->sources())
        applyRestores(source.id);
}

QStringList Dashboard::followedRestores(const QString &sourceId) const
{
    // Vendors without a list of restore jobs follow the ones started here by id.
    QStringList followed;
    for (const JournalEntry &entry : m_journalEntries) {
        if (entry.request.sourceId == sourceId && entry.request.kind == RestoreKind::Restore
            && entry.state == JournalState::Accepted)
            followed << entry.vendorJobId;
    }
    return followed;
}

void Dashboard::applyRestores(const QString &sourceId)
{
    const SourceSnapshot *snapshot = lastSnapshot(sourceId);
    std::vector<RestoreJob> vendorRows = snapshot ? snapshot->restores : std::vector<RestoreJob> {};
    for (RestoreJob &restore : vendorRows)
        restore.vendor = m_vendorById.value(sourceId);
    const QDateTime asOf = snapshot ? snapshot->polledAt : m_restores->asOf(sourceId);
    m_restores->applySnapshot(sourceId, withJournal(sourceId, std::move(vendorRows), m_journalEntries), asOf);
}

} // namespace BackupDash
