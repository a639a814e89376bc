#include "models/restorerequest.h"

#include <QCoreApplication>

namespace BackupDash {

QString restoreKindKey(RestoreKind kind)
{
    return kind == RestoreKind::Abort ? QStringLiteral("abort") : QStringLiteral("restore");
}

std::optional<RestoreKind> restoreKindFromKey(QStringView key)
{
    if (key == u"restore")
        return RestoreKind::Restore;
    if (key == u"abort")
        return RestoreKind::Abort;
    return std::nullopt;
}

QString destinationKey(RestoreDestination destination)
{
    switch (destination) {
    case RestoreDestination::Original:
        return QStringLiteral("original");
    case RestoreDestination::Alternate:
        return QStringLiteral("alternate");
    case RestoreDestination::Download:
        break;
    }
    return QCoreApplication::translate("RestoreRequest", "download");
}

std::optional<RestoreDestination> destinationFromKey(QStringView key)
{
    if (key == u"original")
        return RestoreDestination::Original;
    if (key == u"alternate")
        return RestoreDestination::Alternate;
    if (key == u"download")
        return RestoreDestination::Download;
    return std::nullopt;
}

QString destinationWords(const RestoreRequest &request)
{
    if (request.kind == RestoreKind::Abort)
        return {};
    QString words;
    switch (request.destination) {
    case RestoreDestination::Original:
        words = QCoreApplication::translate("RestoreRequest", "original location");
        break;
    case RestoreDestination::Alternate:
        words = QCoreApplication::translate("RestoreRequest", "alternate location: ") + request.alternateTarget;
        break;
    case RestoreDestination::Download:
        return QCoreApplication::translate("RestoreRequest", "download");
    }
    if (request.overwrite)
        words += QCoreApplication::translate("RestoreRequest", ", overwriting");
    return words;
}

} // namespace BackupDash
