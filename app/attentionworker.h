#pragma once

#include "models/attentionrules.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>
#include <optional>
#include <vector>

namespace BackupDash {

// Works out "Needs attention" (attentionItemsOfRows) over the polled rows. 100k rows take
// 30–40 ms, most of a GUI-thread stall on their own, so a large estate is judged on a worker;
// a small one at once, before request() returns (a thread hop would cost more than the work).
// The worker is `pool`'s.
class AttentionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionWorker)

public:
    // Each source's rows as the task model holds them: read-only and shared, so the worker reads
    // them while the GUI thread moves on to the next poll.
    using SharedTasks = std::shared_ptr<const std::vector<Task>>;
    struct Input
    {
        std::vector<SharedTasks> tasks;
        QList<SourceState> sources;
        AttentionPolicy policy;
        QDateTime now;
        QSet<QString> polledSources; // handed back with the items they were judged with
    };
    struct Result
    {
        std::vector<AttentionItem> items;
        QSet<QString> polledSources;
    };
    // From this many rows on, a worker judges them.
    static constexpr size_t WorkerRows = 10000;

    explicit AttentionWorker(QThreadPool &pool, QObject *parent = nullptr);

    // Judges `input`: at once below WorkerRows rows, else on a worker. While a worker runs, the
    // newest of the later requests waits for it; an older answer never replaces a newer one.
    void request(Input input);
    // The newest answer shown so far (empty before the first).
    const Result &result() const { return m_result; }
    bool isWorking() const { return m_working; }

    static Result judge(const Input &input);

Q_SIGNALS:
    void judged(); // result() is new

private:
    void start(Input input, quint64 generation);
    void workerFinished();

    QThreadPool &m_pool;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    quint64 m_requested = 0; // generation of the newest request
    quint64 m_shown = 0; // generation of m_result
    quint64 m_running = 0; // generation the worker judges
    bool m_working = false;
    std::optional<std::pair<Input, quint64>> m_waiting;
};

} // namespace BackupDash
