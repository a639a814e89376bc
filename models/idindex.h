#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace BackupDash {

// Where each id is among rows the caller holds: 8 bytes per slot (a 32-bit hash and the row) in one
// open-addressed array. A QHash<QString, int> took about 45 B per id at 100k rows (a node with the
// key's QString in spans grown piecemeal), twice over: in the task model and in the history.
// The ids are not copied: a lookup compares through `idOf(row)`, so the indexed rows must keep
// their ids while indexed. No removal: callers rebuild.
class IdIndex
{
public:
    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return qsizetype(m_size); }
    void clear();
    // Room for `count` ids without growing.
    void reserve(size_t count);

    // The row of `id`, or -1.
    template<typename IdOf> int find(const QString &id, const IdOf &idOf) const
    {
        if (m_size == 0)
            return -1;
        const size_t at = slotOf(id, hashOf(id), idOf);
        return m_slots[at].row;
    }
    // Adds id → row unless the id is there already: answers the row it had, or -1 when added.
    template<typename IdOf> int insert(const QString &id, int row, const IdOf &idOf)
    {
        Q_ASSERT(row >= 0);
        Slot &slot = slotFor(id, idOf);
        if (slot.row >= 0)
            return slot.row;
        slot.row = row;
        ++m_size;
        return -1;
    }
    // Adds id → row, or moves the id to `row` when it is there already.
    template<typename IdOf> void insertOrAssign(const QString &id, int row, const IdOf &idOf)
    {
        Q_ASSERT(row >= 0);
        Slot &slot = slotFor(id, idOf);
        if (slot.row < 0)
            ++m_size;
        slot.row = row;
    }
    // Every indexed row, in no particular order.
    template<typename Visit> void forEachRow(const Visit &visit) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.row >= 0)
                visit(slot.row);
        }
    }
    // Bytes held (its test checks the size at 100k ids).
    size_t bytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 row = -1; // -1: free
    };

    static quint32 hashOf(const QString &id);
    // The slot holding `id`, or the free slot where it belongs. The table is never full.
    template<typename IdOf> size_t slotOf(const QString &id, quint32 hash, const IdOf &idOf) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hash & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.row < 0 || (slot.hash == hash && idOf(slot.row) == id))
                return at;
        }
    }

    // After making room for one more: the slot holding `id`, or the free one where it belongs,
    // given its hash (its row stays -1 until the caller fills it).
    template<typename IdOf> Slot &slotFor(const QString &id, const IdOf &idOf)
    {
        reserve(m_size + 1);
        const quint32 hash = hashOf(id);
        Slot &slot = m_slots[slotOf(id, hash, idOf)];
        slot.hash = hash;
        return slot;
    }

    std::vector<Slot> m_slots; // a power of two of them, at most 4/5 used
    size_t m_size = 0;
};

} // namespace BackupDash
