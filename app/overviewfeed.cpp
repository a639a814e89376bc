#include "app/overviewfeed.h"

#include "app/dashboard.h"
#include "models/formatting.h"
#include "models/historyrecorder.h"
#include "models/historystore.h"
#include "models/restoretablemodel.h"
#include "models/sourcetablemodel.h"
#include "views/overviewtab.h"

#include <QMap>

namespace BackupDash {

namespace {

// How wide one point of the success-rate line is, for the period shown.
qint64 bucketSecondsFor(int hours)
{
    if (hours <= 24)
        return 3600;
    if (hours <= 7 * 24)
        return 6 * 3600;
    return 24 * 3600;
}

} // namespace

OverviewFeed::OverviewFeed(Dashboard &dashboard, OverviewTab &tab, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
    , m_tab(tab)
    , m_history(history)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(CoalesceMs);
    m_rateRefresh.setSingleShot(true);
    m_rateRefresh.setInterval(CoalesceMs);
    connect(&m_refresh, &QTimer::timeout, this, &OverviewFeed::refresh);
    connect(&m_rateRefresh, &QTimer::timeout, this, &OverviewFeed::refreshRate);
    connect(&dashboard, &Dashboard::pollCompleted, this, &OverviewFeed::recordPoll);
    connect(&dashboard, &Dashboard::attentionUpdated, &m_refresh, qOverload<>(&QTimer::start));
    connect(&tab, &OverviewTab::rateRangeChanged, this, &OverviewFeed::refreshRateNow);
    if (m_history) {
        m_recorder = std::make_unique<HistoryRecorder>(m_history->path());
        connect(m_recorder.get(), &HistoryRecorder::recorded, &m_rateRefresh, qOverload<>(&QTimer::start));
        connect(m_recorder.get(), &HistoryRecorder::recordFailed, this, [this](const QString &, const QString &why) {
            Q_EMIT historyProblem(tr("The history could not be written: %1").arg(why));
        });
    }
    refreshNow();
    refreshRateNow();
}

OverviewFeed::~OverviewFeed()
{
    m_recorder.reset(); // writes what was handed over while the timers it restarts still exist
}

void OverviewFeed::recordPoll(const QString &sourceId, bool ok)
{
    if (ok && m_recorder) {
        // The Dashboard's own copy, shared: no copy of 100k tasks on the GUI thread. An unchanged
        // poll records the same data at the state's new poll time.
        if (SharedSnapshot snapshot = m_dashboard.sharedSnapshot(sourceId)) {
            const SourceState *state = m_dashboard.sources().source(sourceId);
            const QDateTime polledAt =
                state && state->lastSuccessAt.isValid() ? state->lastSuccessAt : snapshot->polledAt;
            m_recorder->record(std::move(snapshot), state ? state->vendor : QString(), polledAt);
        }
    }
    m_refresh.start();
}

void OverviewFeed::waitForHistory()
{
    if (m_recorder)
        m_recorder->waitForIdle();
}

void OverviewFeed::refreshNow()
{
    m_refresh.stop();
    refresh();
}

void OverviewFeed::refresh()
{
    m_counts = countEstate(m_dashboard.tasks());
    m_tab.setCounts(m_counts);
    const QList<Notice> conditions =
        m_tracker.updateConditions(m_dashboard.attentionItems(), m_dashboard.attentionPolledSources());
    std::vector<RestoreJob> restores;
    const RestoreTableModel &restoreRows = m_dashboard.restores();
    restores.reserve(size_t(restoreRows.rowCount()));
    for (int row = 0; row < restoreRows.rowCount(); ++row)
        restores.push_back(restoreRows.restoreAt(row));
    const QList<Notice> finished = m_tracker.updateRestores(restores);
    for (const QList<Notice> *list : { &conditions, &finished }) {
        for (const Notice &n : *list)
            Q_EMIT notice(n);
    }
    Q_EMIT estateChanged();
}

void OverviewFeed::refreshRateNow()
{
    m_rateRefresh.stop();
    refreshRate();
}

void OverviewFeed::refreshRate()
{
    const int hours = m_tab.rateRangeHours();
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-qint64(hours) * 3600);
    if (!m_history) {
        m_tab.setRateLines({}, from, to);
        return;
    }
    const auto points = m_history->successRate(from, to, bucketSecondsFor(hours));
    if (!points) {
        Q_EMIT historyProblem(tr("The history could not be read: %1").arg(points.error));
        m_tab.setRateLines({}, from, to);
        return;
    }
    // One line per vendor plus all, each point in the middle of its bucket.
    const qint64 halfBucketMs = bucketSecondsFor(hours) * 500;
    QMap<QString, RateLine> lines; // "" (all) sorts first
    for (const RatePoint &p : *points.value) {
        RateLine &line = lines[p.vendor];
        line.key = p.vendor;
        line.label = p.vendor.isEmpty() ? tr("All vendors") : vendorText(p.vendor);
        line.points.append(QPointF(qreal(p.bucketStart.toMSecsSinceEpoch() + halfBucketMs), p.rate * 100.0));
    }
    m_tab.setRateLines(lines.values(), from, to);
}

} // namespace BackupDash
