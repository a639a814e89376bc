#include "models/estatecounts.h"

#include "models/tasktablemodel.h"

#include <QHash>

namespace BackupDash {

int StatusTally::total() const
{
    int sum = stale;
    for (int n : byStatus)
        sum += n;
    return sum;
}

StatusTally &StatusTally::operator+=(const StatusTally &other)
{
    for (size_t i = 0; i < byStatus.size(); ++i)
        byStatus[i] += other.byStatus[i];
    stale += other.stale;
    return *this;
}

EstateCounts countEstate(const TaskTableModel &tasks)
{
    EstateCounts counts;
    struct Slot
    {
        qsizetype index; // in bySource
        bool stale;
    };
    QHash<QString, Slot> slotOf; // looked up once per source, not per row
    const int rows = tasks.rowCount();
    for (int row = 0; row < rows; ++row) {
        const Task &task = tasks.taskAt(row);
        auto slot = slotOf.constFind(task.sourceId);
        if (slot == slotOf.constEnd()) {
            slot = slotOf.insert(task.sourceId, { counts.bySource.size(), tasks.isStale(task.sourceId) });
            counts.bySource.append({ task.sourceId, task.vendor, {} });
        }
        StatusTally &source = counts.bySource[slot->index].tally;
        if (slot->stale) {
            ++source.stale;
            ++counts.all.stale;
        } else {
            ++source.byStatus[size_t(task.status)];
            ++counts.all.byStatus[size_t(task.status)];
        }
    }
    return counts;
}

} // namespace BackupDash
