#include "models/journalentry.h"

#include <QCoreApplication>
#include <array>

namespace BackupDash {

namespace {
constexpr std::array<const char *, 5> StateKeys { "queued", "sending", "accepted", "rejected", "unknown" };
}

QString journalStateKey(JournalState state)
{
    return QString::fromLatin1(StateKeys[static_cast<size_t>(state)]);
}

std::optional<JournalState> journalStateFromKey(QStringView key)
{
    for (size_t i = 0; i < StateKeys.size(); ++i) {
        if (key == QLatin1String(StateKeys[i]))
            return static_cast<JournalState>(i);
    }
    return std::nullopt;
}

QString journalStateText(JournalState state)
{
    switch (state) {
    case JournalState::Queued:
        return QCoreApplication::translate("JournalState", "queued");
    case JournalState::Sending:
        // Shown after a crash too: the request may have reached the vendor.
        return QCoreApplication::translate("JournalState", "sending");
    case JournalState::Accepted:
        return QCoreApplication::translate("JournalState", "accepted");
    case JournalState::Rejected:
        return QCoreApplication::translate("JournalState", "rejected");
    case JournalState::Unknown:
        break;
    }
    return QCoreApplication::translate("JournalState", "outcome unknown — checking");
}

bool isUnresolved(JournalState state)
{
    return state == JournalState::Sending || state == JournalState::Unknown;
}

} // namespace BackupDash
