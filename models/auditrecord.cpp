#include "models/auditrecord.h"

#include <QJsonValue>

namespace BackupDash {

namespace {
QJsonValue jsonTextOrNull(const QString &text)
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
        { QStringLiteral("osUser"), jsonTextOrNull(record.osUser) },
        { QStringLiteral("operator"), jsonTextOrNull(record.operatorName) },
        { QStringLiteral("action"), jsonTextOrNull(record.action) },
        { QStringLiteral("sourceId"), jsonTextOrNull(record.sourceId) },
        { QStringLiteral("taskId"), jsonTextOrNull(record.taskId) },
        { QStringLiteral("destination"), jsonTextOrNull(record.destination) },
        { QStringLiteral("journalId"), jsonTextOrNull(record.journalId) },
        { QStringLiteral("vendorJobId"), jsonTextOrNull(record.vendorJobId) },
        { QStringLiteral("httpStatus"),
          record.httpStatus ? QJsonValue(*record.httpStatus) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("outcome"), jsonTextOrNull(record.outcome) },
    };
}

} // namespace BackupDash
