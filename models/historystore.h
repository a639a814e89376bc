#pragma once

#include "models/historyrecords.h"
#include "models/idindex.h"
#include "models/journalresult.h"
#include "models/sourcesnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QThread;

namespace BackupDash {

// The local history the Overview draws from, and the offline cache the window opens on, in one
// SQLite file (WAL, synchronous=NORMAL: history is not a journal, a power cut may cost its last
// polls but never corrupts it). Per recorded poll: the counts per normalized status, the status
// transitions of its tasks, its runs, and the source's tasks as the offline cache.
//
// Transitions: the store keeps each source's last recorded tasks in memory (loaded at open) and
// writes a row only for a task whose status differs from what it last knew. A task it sees for
// the first time (new, or back after it was missing from a poll) is recorded as a transition from
// Unknown, so every task's history starts with its first status; a first sighting that is itself
// Unknown says nothing and is not recorded.
//
// A row of the file this version cannot read (an unknown status key, text where a time belongs…)
// is skipped, logged under "backupdash.history" and listed in skippedRows(); it never fails a call.
// Use from the thread that opened it (Qt SQL connections are per thread); pruneInBackground()
// works on its own connection and thread.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    struct Settings
    {
        QString journalMode; // "wal"
        int synchronous = -1; // 1 = NORMAL
        int schemaVersion = 0;
    };

    static constexpr int DefaultRetentionDays = 90;

    // Opens the history at `path`, creating it (and its folder) when new, and loads the offline
    // cache into memory.
    static JournalResult<std::unique_ptr<HistoryStore>> open(const QString &path);
    ~HistoryStore() override; // waits for a prune in flight

    QString path() const { return m_path; }
    JournalResult<Settings> settings() const; // read back from the connection

    // One transaction per poll: the counts of the snapshot's tasks per status; a transition row
    // for each task whose status changed (see above); the snapshot's runs, upserted by source, task
    // and run id; the source's offline cache replaced by its tasks, writing only the tasks that
    // changed, appeared or went. Refused without a source id or a valid polledAt. `polledAt` is
    // when the poll ended: a poll that found nothing changed records the data it last brought.
    // The shared form keeps the snapshot's own tasks as the ones last recorded, where the other
    // keeps a copy: at 100k tasks that copy was 272 B per task beside the window's.
    JournalDone record(const SharedSnapshot &snapshot, const QString &vendor, const QDateTime &polledAt);
    JournalDone record(const SourceSnapshot &snapshot, const QString &vendor, const QDateTime &polledAt);
    JournalDone record(const SourceSnapshot &snapshot, const QString &vendor)
    {
        return record(snapshot, vendor, snapshot.polledAt);
    }

    // Offline cache: every source's last recorded tasks with the poll time they are from, by
    // source id. Tasks come in the order recorded; after reopening the file, by task id. A cached
    // task's sourceId is the source it was recorded under.
    JournalResult<std::vector<CachedSource>> lastKnown() const;

    // Success rate from the per-poll counts in [from, to), in buckets of `bucketSeconds` counted
    // from `from`: per vendor and for all (vendor empty, first in each bucket), sum(success) /
    // sum(success + warning + failed). A bucket (or a vendor in it) without finished tasks is left out.
    JournalResult<QList<RatePoint>> successRate(const QDateTime &from, const QDateTime &to, qint64 bucketSeconds) const;
    // The per-poll counts in [from, to), oldest first.
    JournalResult<QList<StatusCounts>> counts(const QDateTime &from, const QDateTime &to) const;
    // One task's transitions and runs, oldest first (runs by their start, else end, else first sighting).
    JournalResult<QList<StatusTransition>> transitions(const QString &sourceId, const QString &taskId) const;
    JournalResult<QList<TaskRun>> runs(const QString &sourceId, const QString &taskId) const;

    // Deletes counts, transitions and runs older than `before` (never the offline cache), in small
    // transactions so a poll is never kept waiting long. The background form works on a thread
    // and connection of its own and answers with pruned(rows) or pruneFailed(why) on this thread.
    void pruneInBackground(const QDateTime &before);
    JournalResult<int> pruneNow(const QDateTime &before);

    // What reading skipped since the store was opened, in words, oldest first.
    QStringList skippedRows() const { return m_skipped; }

Q_SIGNALS:
    void pruned(int rows);
    void pruneFailed(const QString &why);

private:
    // A source's tasks as last recorded, and where each id is among them.
    struct KnownSource
    {
        QString vendor;
        QDateTime polledAt;
        std::shared_ptr<const std::vector<Task>> tasks = std::make_shared<const std::vector<Task>>();
        IdIndex indexById; // into tasks
        QList<qint64> unreadableRows; // cached rows skipped at open, removed by the next record

        auto idOf() const
        {
            return [this](int row) -> const QString & {
                return (*tasks)[size_t(row)].id;
            };
        }
        // The position of `id` among the tasks, or -1.
        int rowOf(const QString &id) const { return indexById.find(id, idOf()); }
    };

    HistoryStore(QString path, QString connectionName);
    JournalDone loadCache();
    JournalDone recordTasks(const SourceSnapshot &snapshot, std::shared_ptr<const std::vector<Task>> tasks,
                            const QString &vendor, const QDateTime &polledAt);
    void skip(const QString &what, const QString &problem) const;

    QString m_path;
    QString m_connection; // unique per instance: several stores may live in one process
    QHash<QString, KnownSource> m_known;
    QList<QThread *> m_pruners;
    mutable QStringList m_skipped;
};

} // namespace BackupDash
