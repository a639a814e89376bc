#include "models/journalrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace BackupDash::JournalRows {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant();
}

QVariant intOrNull(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

QString entryColumns()
{
    return QStringLiteral(
        "journal_id, kind, source_id, vendor, task_id, task_name, destination, alternate_target,"
        " overwrite, point_in_time, item_scope, abort_job_id, operator_name, state, vendor_job_id,"
        " http_status, reason, send_count, created_at, updated_at, item_id, item_name, parent_journal_id");
}

std::optional<JournalEntry> entryFrom(const QSqlQuery &query, QString *error)
{
    JournalEntry e;
    RestoreRequest &r = e.request;
    r.journalId = query.value(0).toString();
    const std::optional<RestoreKind> kind = restoreKindFromKey(query.value(1).toString());
    const std::optional<RestoreDestination> destination = destinationFromKey(query.value(6).toString());
    const std::optional<JournalState> state = journalStateFromKey(query.value(13).toString());
    if (!kind || !destination || !state) {
        // The schema's CHECKs keep this out; a hand-edited file could still carry it.
        *error = QCoreApplication::translate("BackupDash::RestoreJournal",
                                             "journal %1 holds a kind, destination or state "
                                             "this version does not know")
                     .arg(r.journalId);
        return std::nullopt;
    }
    r.kind = *kind;
    r.sourceId = query.value(2).toString();
    r.vendor = query.value(3).toString();
    r.taskId = query.value(4).toString();
    r.taskName = query.value(5).toString();
    r.destination = *destination;
    r.alternateTarget = query.value(7).toString();
    r.overwrite = query.value(8).toInt() != 0;
    r.pointInTime = timeFromText(query.value(9).toString());
    r.itemScope = query.value(10).toString();
    r.vendorJobId = query.value(11).toString();
    r.operatorName = query.value(12).toString();
    e.state = *state;
    e.vendorJobId = query.value(14).toString();
    if (!query.isNull(15))
        e.httpStatus = query.value(15).toInt();
    e.reason = query.value(16).toString();
    e.sendCount = query.value(17).toInt();
    e.createdAt = timeFromText(query.value(18).toString());
    e.updatedAt = timeFromText(query.value(19).toString());
    r.itemId = query.value(20).toString();
    r.itemName = query.value(21).toString();
    r.parentJournalId = query.value(22).toString();
    return e;
}

QString auditColumns()
{
    return QStringLiteral("seq, at, os_user, operator_name, action, source_id, task_id, destination, journal_id,"
                          " vendor_job_id, http_status, outcome");
}

AuditRecord auditFrom(const QSqlQuery &query)
{
    AuditRecord a;
    a.seq = query.value(0).toLongLong();
    a.at = timeFromText(query.value(1).toString());
    a.osUser = query.value(2).toString();
    a.operatorName = query.value(3).toString();
    a.action = query.value(4).toString();
    a.sourceId = query.value(5).toString();
    a.taskId = query.value(6).toString();
    a.destination = query.value(7).toString();
    a.journalId = query.value(8).toString();
    a.vendorJobId = query.value(9).toString();
    if (!query.isNull(10))
        a.httpStatus = query.value(10).toInt();
    a.outcome = query.value(11).toString();
    return a;
}

} // namespace BackupDash::JournalRows
