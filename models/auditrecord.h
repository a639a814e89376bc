#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace BackupDash {

// One row of the append-only audit log: an operator action or a state change of a journaled
// request. Words are plain English (stored, so never translated); empty text means "not known".
struct AuditRecord
{
    qint64 seq = 0; // the log's own order, gap-free while nobody tampers with the file
    QDateTime at; // UTC
    QString osUser;
    QString operatorName;
    QString action; // "restore requested", "sending", "sent", "accepted", "rejected", …
    QString sourceId;
    QString taskId;
    QString destination; // in words, see destinationWords()
    QString journalId;
    QString vendorJobId;
    std::optional<int> httpStatus;
    QString outcome; // in words

    bool operator==(const AuditRecord &) const = default;
};

// The JSON Lines shape: UTC times with Z, absent values as null (never empty strings).
QJsonObject auditRecordToJson(const AuditRecord &record);

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::AuditRecord)
