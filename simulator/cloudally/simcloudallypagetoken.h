#pragma once

#include <QString>
#include <optional>

namespace BackupDash {

class SimScenario;

// CloudAlly's nextPageToken, opaque to clients: it binds the page it opens, the page size and
// the moment the listing was first asked for (so later pages show the same listing), sealed
// with a seeded check so a made-up or altered token is refused. Same seed → same tokens.
struct SimCloudAllyPageToken
{
    int page = 0;
    int pageSize = 0;
    qint64 asOfMs = 0;

    QString encode(const SimScenario &scenario) const;
    static std::optional<SimCloudAllyPageToken> decode(const SimScenario &scenario, const QString &text);
};

} // namespace BackupDash
