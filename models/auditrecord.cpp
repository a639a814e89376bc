#include "models/auditrecord.h"

#include <QJsonValue>

namespace BackupDash {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject auditRecordToJson(const AuditRecord &record)
{
    return QJsonObject {
        { QStringLiteral("seq"), record.seq },
        { QStringLiteral("at"),
          record.at.isValid() ? QJsonValue(record.at.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("osUser"), textOrNull(record.osUser) },
        { QStringLiteral("operator"), textOrNull(record.operatorName) },
        { QStringLiteral("action"), textOrNull(record.action) },
        { QStringLiteral("sourceId"), textOrNull(record.sourceId) },
        { QStringLiteral("taskId"), textOrNull(record.taskId) },
        { QStringLiteral("destination"), textOrNull(record.destination) },
        { QStringLiteral("journalId"), textOrNull(record.journalId) },
        { QStringLiteral("vendorJobId"), textOrNull(record.vendorJobId) },
        { QStringLiteral("httpStatus"),
          record.httpStatus ? QJsonValue(*record.httpStatus) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("outcome"), textOrNull(record.outcome) },
    };
}

} // namespace BackupDash
