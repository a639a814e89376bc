#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace BackupDash {

// What one listing's pages looked like at the last good poll: each page's body digest and the
// continuation it gave (a next link, a cursor or a page token; empty on the last page). A
// page that comes back byte-for-byte the same needs no parsing, since its continuation is
// known; a poll whose pages all come back the same changed nothing. Digests only, never
// bodies, and in memory only: tenant data never reaches the disk this way. None of the four
// vendors documents ETag / If-None-Match on its lists, so the body is the only validator.
class PageDigests
{
public:
    static QByteArray digest(const QByteArray &body);

    bool hasReference() const { return !m_reference.empty(); }
    // A new walk through the listing begins: what it sees is collected afresh.
    void startWalk() { m_walk.clear(); }
    // The continuation page `index` gave at the last good poll, when it had this digest then.
    std::optional<QString> knownContinuation(qsizetype index, const QByteArray &digest) const;
    // The continuation page `index` gave at the last good poll, whatever its digest: while pages
    // come back the same, the page after `index` can be asked for before `index` arrives.
    std::optional<QString> referenceContinuation(qsizetype index) const;
    // Page `index` of this walk: its digest and continuation (pages come in order).
    void record(qsizetype index, const QByteArray &digest, const QString &continuation);
    // The poll succeeded: this walk is the reference from now on. Call only then, so that a
    // poll whose data never reached the models cannot make the next one look unchanged.
    void commit();
    void forget();

private:
    struct Page
    {
        QByteArray digest;
        QString continuation;
    };
    std::vector<Page> m_reference;
    std::vector<Page> m_walk;
};

} // namespace BackupDash
