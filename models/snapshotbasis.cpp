#include "models/snapshotbasis.h"

#include "models/idindex.h"

#include <atomic>
#include <numeric>

namespace BackupDash {

namespace {

std::atomic<quint64> g_lastSerial { 0 }; // process-wide, so serials of different sources never meet

} // namespace

void compareWithBasis(SourceSnapshot &snapshot, const SourceSnapshot *basis)
{
    snapshot.serial = ++g_lastSerial;
    snapshot.basisSerial = 0;
    snapshot.sameAsBasis.clear();
    snapshot.firstWithId.clear();
    snapshot.idsChecked = false;
    if (!basis || basis->serial == 0 || basis->sourceId != snapshot.sourceId) {
        // Every row is new to the models: which ids repeat is found here, not on the GUI thread.
        const std::vector<Task> &tasks = snapshot.tasks;
        const auto idOf = [&tasks](int row) -> const QString & {
            return tasks[size_t(row)].id;
        };
        IdIndex seen;
        seen.reserve(tasks.size());
        std::vector<int> &firstWithId = snapshot.firstWithId; // only once an id repeats
        for (size_t i = 0; i < tasks.size(); ++i) {
            const int first = seen.insert(tasks[i].id, int(i), idOf);
            if (first >= 0 && firstWithId.empty()) {
                firstWithId.resize(tasks.size());
                std::iota(firstWithId.begin(), firstWithId.begin() + qsizetype(i), 0);
            }
            if (!firstWithId.empty())
                firstWithId[i] = first >= 0 ? first : int(i);
        }
        snapshot.idsChecked = true;
        return;
    }
    const std::vector<Task> &before = basis->tasks;
    const std::vector<Task> &now = snapshot.tasks;
    snapshot.basisSerial = basis->serial;
    snapshot.sameAsBasis.assign(now.size(), -1);
    // Vendors list in the same order poll after poll: the same position first, the index only
    // for rows that moved. Only the first row per id counts, as in the models.
    IdIndex indexOfId; // built on first need
    const auto beforeIdOf = [&before](int row) -> const QString & {
        return before[size_t(row)].id;
    };
    const auto find = [&](size_t i) -> int {
        if (i < before.size() && before[i].id == now[i].id)
            return int(i);
        if (indexOfId.isEmpty()) {
            indexOfId.reserve(before.size());
            for (size_t k = 0; k < before.size(); ++k)
                indexOfId.insert(before[k].id, int(k), beforeIdOf); // a repeated id keeps its first row
        }
        return indexOfId.find(now[i].id, beforeIdOf);
    };
    for (size_t i = 0; i < now.size(); ++i) {
        const int k = find(i);
        if (k >= 0 && before[size_t(k)] == now[i])
            snapshot.sameAsBasis[i] = k;
    }
}

} // namespace BackupDash
