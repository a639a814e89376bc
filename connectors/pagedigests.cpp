#include "connectors/pagedigests.h"

#include <QCryptographicHash>
#include <algorithm>

namespace BackupDash {

QByteArray PageDigests::digest(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256);
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
