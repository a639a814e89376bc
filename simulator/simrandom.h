#pragma once

#include <QtGlobal>
#include <initializer_list>
#include <iterator>

namespace BackupDash {

// A small generator whose whole sequence is a pure function of its keys (seed, job, run, …).
// Every draw site makes its own, so an answer never depends on which requests came before it.
class SimRandom
{
public:
    explicit SimRandom(std::initializer_list<quint64> keys);

    quint64 next();
    double unit(); // [0, 1)
    int bounded(int lowest, int highest); // inclusive
    qint64 bounded64(qint64 lowest, qint64 highest);
    bool chance(double probability);

    template<typename List> const auto &pick(const List &list) { return list[bounded(0, int(std::size(list)) - 1)]; }

private:
    quint64 m_state;
};

} // namespace BackupDash
