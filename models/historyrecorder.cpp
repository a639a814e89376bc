#include "models/historyrecorder.h"

#include "models/historystore.h"

#include <QCoreApplication>
#include <QThread>

namespace BackupDash {

// Lives on the recorder's thread: opens the store there on the first poll (a connection belongs
// to the thread that opened it) and keeps it until the thread ends.
class HistoryRecorder::Worker final : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }

    // Empty when written, else why not.
    QString record(const SharedSnapshot &snapshot, const QString &vendor, const QDateTime &polledAt)
    {
        if (!m_store) {
            auto opened = HistoryStore::open(m_path);
            if (!opened)
                return opened.error; // tried again with the next poll
            m_store = std::move(*opened.value);
        }
        const JournalDone done = m_store->record(snapshot, vendor, polledAt);
        return done ? QString() : done.error;
    }

private:
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryRecorder::HistoryRecorder(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_worker(new Worker(path))
{
    m_thread->setObjectName(QStringLiteral("history-recorder"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

HistoryRecorder::~HistoryRecorder()
{
    waitForIdle();
    m_thread->quit();
    m_thread->wait();
}

void HistoryRecorder::record(SharedSnapshot snapshot, const QString &vendor, const QDateTime &polledAt)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, snapshot = std::move(snapshot), vendor, polledAt] {
        const QString error = worker->record(snapshot, vendor, polledAt);
        const QString sourceId = snapshot->sourceId;
        QMetaObject::invokeMethod(
            this,
            [this, sourceId, error] {
                --m_pending;
                if (error.isEmpty())
                    Q_EMIT recorded(sourceId);
                else
                    Q_EMIT recordFailed(sourceId, error);
            },
            Qt::QueuedConnection);
    });
}

void HistoryRecorder::waitForIdle()
{
    if (m_pending == 0)
        return;
    // The worker takes calls in order: once this empty one ran, every earlier poll is written.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace BackupDash
