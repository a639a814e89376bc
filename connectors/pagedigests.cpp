#include "connectors/pagedigests.h"

#include <QHash>
#include <algorithm>

namespace BackupDash {

QByteArray PageDigests::digest(const QByteArray &body)
{
    // Only "the same bytes as at the last poll, in this process": no attacker chooses both pages,
    // so no cryptographic hash is needed. Two 64-bit qHash values under the process's random seed
    // (AES-based on CPUs that have it) and the length. SHA-256 ran at 250 MB/s here and was most of
    // an unchanged 1,000-page poll (P5, docs/performance.md); these run at about 13 GB/s.
    static_assert(sizeof(size_t) == 8, "two 64-bit hashes");
    const size_t seed = QHashSeed::globalSeed();
    const QByteArrayView bytes(body);
    const quint64 parts[3] = { qHash(bytes, seed), qHash(bytes, ~seed), quint64(body.size()) };
    return QByteArray(reinterpret_cast<const char *>(parts), sizeof parts);
}

std::optional<QString> PageDigests::knownContinuation(qsizetype index, const QByteArray &digest) const
{
    if (index < 0 || index >= qsizetype(m_reference.size()) || m_reference[size_t(index)].digest != digest)
        return std::nullopt;
    return m_reference[size_t(index)].continuation;
}

std::optional<QString> PageDigests::referenceContinuation(qsizetype index) const
{
    if (index < 0 || index >= qsizetype(m_reference.size()))
        return std::nullopt;
    return m_reference[size_t(index)].continuation;
}

void PageDigests::record(qsizetype index, const QByteArray &digest, const QString &continuation)
{
    m_walk.resize(size_t(std::max<qsizetype>(index + 1, qsizetype(m_walk.size()))));
    m_walk[size_t(index)] = Page { digest, continuation };
}

void PageDigests::commit()
{
    m_reference = std::move(m_walk);
    m_walk.clear();
}

void PageDigests::forget()
{
    m_reference.clear();
    m_walk.clear();
}

} // namespace BackupDash
