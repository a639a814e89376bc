#pragma once

#include "app/snapshotexport.h"
#include "connectors/sourceconfig.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace BackupDash {

class Connector;

// Polls every enabled source once, all at the same time, and reports each one's outcome;
// a source still polling when the deadline passes is reported as not answering.
class SnapshotCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCommand)

public:
    SnapshotCommand(const std::vector<SourceConfig> &sources, QNetworkAccessManager &nam, int timeoutSeconds,
                    QObject *parent = nullptr);
    ~SnapshotCommand() override;

    void start();
    const std::vector<SourceResult> &results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void settle(size_t index);
    void checkDone();

    std::vector<SourceResult> m_results;
    std::vector<std::unique_ptr<Connector>> m_connectors; // parallel to m_results; null when not pollable
    std::vector<bool> m_done;
    QTimer m_deadline;
    int m_timeoutSeconds;
    bool m_finished = false;
};

} // namespace BackupDash
