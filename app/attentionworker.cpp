#include "app/attentionworker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace BackupDash {

AttentionWorker::AttentionWorker(QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &AttentionWorker::workerFinished);
}

void AttentionWorker::request(Input input)
{
    const quint64 generation = ++m_requested;
    size_t rows = 0;
    for (const SharedTasks &tasks : input.tasks)
        rows += tasks ? tasks->size() : 0;
    if (rows < WorkerRows) {
        m_waiting.reset(); // older than this answer
        m_result = judge(input);
        m_shown = generation;
        Q_EMIT judged();
        return;
    }
    if (m_working) {
        m_waiting.emplace(std::move(input), generation);
        return;
    }
    start(std::move(input), generation);
}

AttentionWorker::Result AttentionWorker::judge(const Input &input)
{
    std::vector<const Task *> rows;
    for (const SharedTasks &tasks : input.tasks) {
        if (!tasks)
            continue;
        for (const Task &task : *tasks)
            rows.push_back(&task);
    }
    return { attentionItemsOfRows(rows, input.sources, input.policy, input.now), input.polledSources };
}

void AttentionWorker::start(Input input, quint64 generation)
{
    m_working = true;
    m_running = generation;
    // The input moves into the task: nothing of this object is touched off the GUI thread, and
    // the task may outlive it (its answer is then dropped with the watcher).
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [input = std::move(input)] { return judge(input); }));
}

void AttentionWorker::workerFinished()
{
    m_working = false;
    Result result = m_watcher.future().takeResult();
    const quint64 generation = m_running;
    if (m_waiting) {
        auto [input, next] = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(input), next);
    }
    // Newer than what shows, though maybe not the newest: shown, so that a stream of requests
    // still lets answers through.
    if (generation > m_shown) {
        m_result = std::move(result);
        m_shown = generation;
        Q_EMIT judged();
    }
}

} // namespace BackupDash
