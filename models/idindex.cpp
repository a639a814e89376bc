#include "models/idindex.h"

#include <QHashFunctions>

namespace BackupDash {

void IdIndex::clear()
{
    m_slots = {};
    m_size = 0;
}

void IdIndex::reserve(size_t count)
{
    size_t slots = 16;
    while (count * 5 > slots * 4) // linear probing stays short below 4/5 full
        slots *= 2;
    if (slots <= m_slots.size())
        return;
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    const size_t mask = slots - 1;
    for (const Slot &slot : old) {
        if (slot.row < 0)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].row >= 0) // the ids are distinct: only a free slot is looked for
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

quint32 IdIndex::hashOf(const QString &id)
{
    // The process's random seed: ids come from vendors, and a fixed one would let crafted ids
    // collide on purpose.
    const size_t full = qHash(id, QHashSeed::globalSeed());
    return quint32(full ^ (quint64(full) >> 32));
}

} // namespace BackupDash
