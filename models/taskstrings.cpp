#include "models/taskstrings.h"

#include <QSet>
#include <array>

namespace BackupDash {

namespace {

// One field's distinct values; neighbouring rows usually repeat the last one, so that is tried first.
class Pool
{
public:
    void share(QString &value)
    {
        if (value.isEmpty())
            return;
        if (value == m_last) {
            value = m_last;
            return;
        }
        const auto it = m_values.constFind(value);
        if (it == m_values.cend())
            m_values.insert(value);
        else
            value = *it;
        m_last = value;
    }

private:
    QSet<QString> m_values;
    QString m_last;
};

} // namespace

void shareRepeatedStrings(std::vector<Task> &tasks)
{
    std::array<Pool, 6> pools;
    for (Task &task : tasks) {
        pools[0].share(task.sourceId);
        pools[1].share(task.vendor);
        pools[2].share(task.workload);
        pools[3].share(task.vendorStatus);
        pools[4].share(task.schedule);
        pools[5].share(task.restoreScope);
    }
}

} // namespace BackupDash
