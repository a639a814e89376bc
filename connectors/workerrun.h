#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <type_traits>
#include <utility>

namespace BackupDash {

// Runs `work` (a pure function: parsing, merging) on `pool` and hands its result to `then` on
// `context`'s thread. Nothing runs if `context` is gone by then. Only values cross.
template<typename Work, typename Then> void runOnWorker(QThreadPool &pool, QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        then(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(&pool, std::move(work)));
}

} // namespace BackupDash
