#pragma once

#include "connectors/apierror.h"
#include "connectors/sourceconfig.h"
#include "models/sourcesnapshot.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QThreadPool;

namespace BackupDash {

class ApiClient;

// One source's vendor API. A poll is asynchronous and ends in exactly one of polled(),
// polledUnchanged() (only when asked for) or pollFailed(); a second poll() while one runs is
// refused, so polls of a source never overlap.
class Connector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)

public:
    explicit Connector(SourceConfig config, QObject *parent = nullptr);
    ~Connector() override;

    const SourceConfig &config() const { return m_config; }
    QString sourceId() const { return m_config.id; }
    bool isPolling() const { return m_polling; }

    bool poll(); // false when a poll is already under way
    // The client the source's requests go through (restores and aborts use it too).
    virtual ApiClient *apiClient() const { return nullptr; }
    // Restore jobs started from BackupDash that the vendor does not list, to read by id each
    // poll (CloudAlly has no list endpoint). Other vendors list their jobs and ignore this.
    virtual void setFollowedRestores(const QStringList &jobIds) { Q_UNUSED(jobIds) }

    // When on, a poll whose answers are byte-for-byte those of the last good poll ends in
    // polledUnchanged(): nothing parsed, no snapshot built. Off by default: a one-shot poll
    // (CLI, restore command) has nothing to compare with. Vendors that cannot tell (or do not
    // implement it) always end in polled().
    void setReportUnchanged(bool on) { m_reportUnchanged = on; }
    bool reportsUnchanged() const { return m_reportUnchanged; }
    // Pages (or other answers) parsed since this connector was made: did a poll parse at all?
    qint64 pagesParsed() const { return m_pagesParsed; }
    // Where parsing and snapshot building run (held by the ApiClient, which unpacks and parses
    // pages there); Qt's global pool when not set. The window sets its own: Qt 6.4's raster
    // engine splits large fills over the global pool and waits for them, so a long parse there
    // holds up painting. `pool` must outlive the connector.
    void setWorkerPool(QThreadPool *pool);
    QThreadPool &workerPool() const;

Q_SIGNALS:
    void pollStarted();
    void polled(const BackupDash::SharedSnapshot &snapshot);
    void pollFailed(const BackupDash::ApiError &error);
    // Nothing changed since the last good poll; `polledAt` is when this one completed (UTC).
    void polledUnchanged(const QDateTime &polledAt);

protected:
    virtual void startPoll() = 0;
    // On the worker, last: what every snapshot gets before it crosses to the GUI thread: the
    // rows' repeated strings shared (the models and the history hold one copy of each), and the
    // rows compared with `basis`, the snapshot this connector handed over last (lastHandedOver(),
    // captured when the work was started), so that the GUI thread applies only what changed.
    static SourceSnapshot readyToHandOver(SourceSnapshot snapshot, const SharedSnapshot &basis);
    SharedSnapshot lastHandedOver() const { return m_lastHandedOver; }
    void finishPoll(SourceSnapshot snapshot);
    void failPoll(const ApiError &error);
    void finishUnchanged();
    // Call where pages' bodies are handed to a parser.
    void countParsedPage(qint64 pages = 1) { m_pagesParsed += pages; }

private:
    void logUnknownValues(const SourceSnapshot &snapshot);

    SourceConfig m_config;
    bool m_polling = false;
    bool m_reportUnchanged = false;
    qint64 m_pagesParsed = 0; // only touched on this object's thread
    QSet<QString> m_loggedUnknown; // vendor values already logged: once per value, not per poll
    SharedSnapshot m_lastHandedOver;
};

} // namespace BackupDash
