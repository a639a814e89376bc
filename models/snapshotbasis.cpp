#include "models/snapshotbasis.h"

#include <QHash>
#include <atomic>

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
    if (!basis || basis->serial == 0 || basis->sourceId != snapshot.sourceId) {
        // Every row is new to the models: which ids repeat is found here, not on the GUI thread.
        QHash<QString, int> firstOf;
        firstOf.reserve(qsizetype(snapshot.tasks.size()));
        snapshot.firstWithId.resize(snapshot.tasks.size());
        for (size_t i = 0; i < snapshot.tasks.size(); ++i) {
            const qsizetype known = firstOf.size();
            int &first = firstOf[snapshot.tasks[i].id];
            if (firstOf.size() != known)
                first = int(i);
            snapshot.firstWithId[i] = first;
        }
        return;
    }
    const std::vector<Task> &before = basis->tasks;
    const std::vector<Task> &now = snapshot.tasks;
    snapshot.basisSerial = basis->serial;
    snapshot.sameAsBasis.assign(now.size(), -1);
    // Vendors list in the same order poll after poll: the same position first, the index only
    // for rows that moved. Only the first row per id counts, as in the models.
    QHash<QString, int> indexOfId; // built on first need
    const auto find = [&](size_t i) -> int {
        if (i < before.size() && before[i].id == now[i].id)
            return int(i);
        if (indexOfId.isEmpty()) {
            indexOfId.reserve(qsizetype(before.size()));
            for (size_t k = 0; k < before.size(); ++k) {
                if (!indexOfId.contains(before[k].id))
                    indexOfId.insert(before[k].id, int(k));
            }
        }
        return indexOfId.value(now[i].id, -1);
    };
    for (size_t i = 0; i < now.size(); ++i) {
        const int k = find(i);
        if (k >= 0 && before[size_t(k)] == now[i])
            snapshot.sameAsBasis[i] = k;
    }
}

} // namespace BackupDash
