#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// CloudAlly pages by number plus an opaque nextPageToken, not by links; the decision of what
// comes next is kept here, pure, so the connector's loop stays small and the guard is testable.
namespace BackupDash::CloudAlly {

struct PagingStep
{
    bool done = false; // the listing is complete
    QString error; // the paging does not end (a token repeats), in words
    int nextPage = 0; // otherwise: ask for this page with this token
    QString nextPageToken;
};

// After page `page` (1-based) answered with `nextPageToken` and `totalPages`; `seenTokens`
// are the tokens already followed in this listing.
PagingStep nextStep(int page, const QString &nextPageToken, std::optional<qint64> totalPages,
                    const QStringList &seenTokens);

} // namespace BackupDash::CloudAlly
