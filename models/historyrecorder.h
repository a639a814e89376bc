#pragma once

#include "models/sourcesnapshot.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace BackupDash {

// Writes polls into the history on a thread of its own, so that a large poll never holds the
// window still (recording 100,000 tasks takes seconds). record() hands the snapshot over as a
// value (shared, never changed again) and returns at once; the thread's HistoryStore has its own
// SQLite connection on the same file and its own memory of the tasks it last recorded. Answers
// come back on the thread that created the recorder, in the order the polls were handed over.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    explicit HistoryRecorder(const QString &path, QObject *parent = nullptr);
    ~HistoryRecorder() override; // writes what was handed over, then stops

    // `polledAt`: when the poll ended (an unchanged poll hands over the snapshot it confirmed).
    void record(SharedSnapshot snapshot, const QString &vendor, const QDateTime &polledAt);
    void record(const SharedSnapshot &snapshot, const QString &vendor) { record(snapshot, vendor, snapshot->polledAt); }
    // Blocks until every poll handed over so far is written and answered (tests, --screenshot).
    void waitForIdle();
    int pending() const { return m_pending; }

Q_SIGNALS:
    void recorded(const QString &sourceId);
    void recordFailed(const QString &sourceId, const QString &why);

private:
    class Worker;

    QString m_path;
    QThread *m_thread;
    Worker *m_worker;
    int m_pending = 0;
};

} // namespace BackupDash
