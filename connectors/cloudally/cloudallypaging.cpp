#include "connectors/cloudally/cloudallypaging.h"

#include "connectors/pagedfetch.h"

#include <QCoreApplication>

namespace BackupDash::CloudAlly {

PagingStep nextStep(int page, const QString &nextPageToken, std::optional<qint64> totalPages,
                    const QStringList &seenTokens)
{
    PagingStep step;
    if (nextPageToken.isEmpty() || (totalPages && page >= *totalPages)) {
        step.done = true;
        return step;
    }
    if (seenTokens.contains(nextPageToken)) {
        step.error = QCoreApplication::translate("CloudAllyPaging",
                                                 "backup tasks: the paging does not end (page %1 hands out the "
                                                 "nextPageToken '%2' again)")
                         .arg(page)
                         .arg(nextPageToken);
        return step;
    }
    if (page >= MaxPages) {
        step.error = QCoreApplication::translate("CloudAllyPaging", "backup tasks: more than %1 pages").arg(MaxPages);
        return step;
    }
    step.nextPage = page + 1;
    step.nextPageToken = nextPageToken;
    return step;
}

} // namespace BackupDash::CloudAlly
