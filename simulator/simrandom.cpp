#include "simulator/simrandom.h"

namespace BackupDash {

namespace {
// SplitMix64's finaliser: a cheap, well-mixing bijection on 64 bits.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;
} // namespace

SimRandom::SimRandom(std::initializer_list<quint64> keys)
    : m_state(Golden)
{
    for (const quint64 key : keys)
        m_state = mix(m_state ^ mix(key + Golden));
}

quint64 SimRandom::next()
{
    m_state += Golden;
    return mix(m_state);
}

double SimRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int SimRandom::bounded(int lowest, int highest)
{
    return int(bounded64(lowest, highest));
}

qint64 SimRandom::bounded64(qint64 lowest, qint64 highest)
{
    if (highest <= lowest)
        return lowest;
    const quint64 span = quint64(highest - lowest) + 1;
    return lowest + qint64(next() % span);
}

bool SimRandom::chance(double probability)
{
    return unit() < probability;
}

} // namespace BackupDash
