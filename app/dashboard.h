#pragma once

#include "app/attentionworker.h"
#include "app/connectorfactory.h"
#include "connectors/apierror.h"
#include "connectors/sourceconfig.h"
#include "models/attentionrules.h"
#include "models/journalentry.h"
#include "models/sourcesnapshot.h"
#include "models/sourcestate.h"
#include "models/windowjob.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace BackupDash {

class AttentionModel;
class Connector;
class PollScheduler;
class RestoreTableModel;
class SourceTableModel;
class TaskTableModel;

// Wires the sources' connectors to the models on the GUI thread: the scheduler says when,
// a connector polls, and each completed snapshot is merged into the models as a keyed diff.
// A failed poll keeps the last data and marks it stale; the source's state says why.
class Dashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    explicit Dashboard(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~Dashboard() override;

    // Timeouts and the response cap of the connectors the next setSources() creates.
    void setConnectorLimits(const ConnectorLimits &limits) { m_limits = limits; }
    // The configured sources; may be called again (the Sources dialog saved): unchanged sources
    // keep their connector, rows and state, dropped ones leave, new or changed ones get a new
    // connector (polled at once while polling runs). No model is reset. Polling starts with start().
    void setSources(const std::vector<SourceConfig> &sources);
    void start();
    void pollNow();
    // The operator's pause (tray menu): no source is polled until resumed; data ages visibly.
    void setPollingPaused(bool paused);
    bool isPollingPaused() const { return m_paused; }
    // The offline cache: shows a source's last known snapshot (from the history store) before
    // its first poll, marked stale with its age. Ignored for sources not configured or already
    // polled. The first completed poll replaces it.
    void showLastKnown(const SourceSnapshot &snapshot);

    TaskTableModel &tasks() const { return *m_tasks; }
    SourceTableModel &sources() const { return *m_sources; }
    RestoreTableModel &restores() const { return *m_restores; }
    // What needs the operator (failures, RPO breaches, missed runs, sources down), recomputed
    // after each poll, coalesced, and every minute: RPOs and schedules run out with the clock.
    AttentionModel &attention() const { return *m_attention; }
    const std::vector<AttentionItem> &attentionItems() const { return m_attentionWorker.result().items; }
    // The sources polledSources() named when the current items were worked out: a source polled
    // since is not judged yet (NotificationTracker's baselines need the pair to agree).
    const QSet<QString> &attentionPolledSources() const { return m_attentionWorker.result().polledSources; }
    // Now (not at the end of the event-loop turn): at once for a small estate, else on a worker
    // (AttentionWorker); attentionUpdated() says when the items are new.
    void refreshAttention();
    // Sources whose first poll after start has finished, well or not.
    QSet<QString> polledSources() const;
    PollScheduler &scheduler() const { return *m_scheduler; }
    // The last good snapshot per source, as the connector handed it over (its polledAt is when
    // its data was fetched; a later unchanged poll moves the source state's lastSuccessAt only).
    const SourceSnapshot *lastSnapshot(const QString &sourceId) const;
    SharedSnapshot sharedSnapshot(const QString &sourceId) const { return m_snapshots.value(sourceId); }
    const QHash<QString, SharedSnapshot> &snapshots() const { return m_snapshots; }
    // Every source's jobs for the Backup windows tab, from the last good snapshots, by source id.
    std::vector<WindowJob> windowJobs() const;
    // The restore journal's entries: restores started here show at once, beside the vendor's.
    void setJournalEntries(const QList<JournalEntry> &entries);
    Connector *connector(const QString &sourceId) const;
    bool everySourcePolledOnce() const;
    // What a source's connector delivering a completed poll does (benches feed it directly).
    void acceptPoll(const QString &sourceId, const SharedSnapshot &snapshot) { handlePolled(sourceId, snapshot); }

Q_SIGNALS:
    void pollCompleted(const QString &sourceId, bool ok);
    void everySourcePolled(); // once, when each pollable source finished its first poll
    void attentionUpdated();

private:
    void handlePollDue(const QString &sourceId);
    void handlePolled(const QString &sourceId, const SharedSnapshot &snapshot);
    void handlePolledUnchanged(const QString &sourceId, const QDateTime &polledAt);
    void handlePollFailed(const QString &sourceId, const ApiError &error);
    void updateState(const QString &sourceId, const std::function<void(SourceState &)> &change);
    void checkFirstRoundDone();
    void applyRestores(const QString &sourceId);
    QStringList followedRestores(const QString &sourceId) const;

    QNetworkAccessManager &m_nam;
    // The connectors' parsing, the attention rules and the freeing of old snapshots: not Qt's
    // global pool, whose threads Qt 6.4's raster engine waits for while it paints. Declared
    // first: destroyed (waiting for what runs) after the members that hand it work.
    QThreadPool m_workers;
    ConnectorLimits m_limits;
    TaskTableModel *m_tasks;
    SourceTableModel *m_sources;
    RestoreTableModel *m_restores;
    AttentionModel *m_attention;
    PollScheduler *m_scheduler;
    std::vector<std::unique_ptr<Connector>> m_connectors;
    QHash<QString, Connector *> m_connectorById;
    QHash<QString, SharedSnapshot> m_snapshots;
    QHash<QString, QString> m_vendorById;
    QHash<QString, SourceConfig> m_configById; // as last set, pollable or not
    QList<JournalEntry> m_journalEntries;
    QSet<QString> m_awaitingFirstPoll;
    bool m_firstRoundAnnounced = false;
    bool m_paused = false;
    bool m_started = false;
    AttentionPolicy m_policy;
    AttentionWorker m_attentionWorker;
    QTimer m_attentionRefresh; // coalesces the polls of one turn
    QTimer m_attentionClock;
};

} // namespace BackupDash
