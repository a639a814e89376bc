#pragma once

#include <QLabel>

class QAbstractItemModel;
class QTimer;

namespace BackupDash {

class TaskTableModel;

// "24 tasks · 2 failed · 3 warnings · 1 running · 1 source stale", counted over every task
// (not only the shown ones). A poll emits many signals; they are coalesced into one recount
// on the next event-loop turn.
class TaskSummaryLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSummaryLabel)

public:
    struct Counts
    {
        int total = 0;
        int shown = 0;
        int failed = 0;
        int warning = 0;
        int unknown = 0;
        int running = 0;
        int staleSources = 0;
    };

    // `shown` is the filtered view of `tasks` (its row count is the number shown).
    TaskSummaryLabel(TaskTableModel &tasks, QAbstractItemModel &shown, QWidget *parent = nullptr);

    static Counts count(const TaskTableModel &tasks);
    static QString summaryText(const Counts &counts);

private:
    void scheduleRecount();
    void recount();

    TaskTableModel &m_tasks;
    QAbstractItemModel &m_shown;
    QTimer *m_recount;
};

} // namespace BackupDash
