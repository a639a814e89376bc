#include "views/sourceattention.h"

#include <QCoreApplication>

namespace BackupDash {

bool isAwaitingFirstPoll(const SourceState &source)
{
    return source.enabled && source.health == SourceHealth::Pending;
}

bool needsAttention(const SourceState &source)
{
    return source.enabled && source.health != SourceHealth::Pending && source.health != SourceHealth::Ok;
}

QString healthPhrase(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Pending:
        return QCoreApplication::translate("SourceAttention", "waiting for its first poll");
    case SourceHealth::Ok:
        return QCoreApplication::translate("SourceAttention", "OK");
    case SourceHealth::Stale:
        return QCoreApplication::translate("SourceAttention", "stale");
    case SourceHealth::Unreachable:
        return QCoreApplication::translate("SourceAttention", "unreachable");
    case SourceHealth::AuthFailed:
        return QCoreApplication::translate("SourceAttention", "authentication failed");
    }
    return {};
}

} // namespace BackupDash
