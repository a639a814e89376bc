#include "models/restorejournal.h"

#include "models/journalrows.h"
#include "models/journalschema.h"
#include "models/sqlitesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace BackupDash {

using namespace JournalRows;

namespace {

// "1f2e3d4c…": enough to tell entries apart in a message.
QString shortId(const QString &journalId)
{
    return journalId.size() > 8 ? journalId.left(8) + QStringLiteral("…") : journalId;
}

QString refusal(const JournalEntry &entry, JournalState to)
{
    return RestoreJournal::tr("journal %1: cannot go from %2 to %3")
        .arg(shortId(entry.journalId()), journalStateKey(entry.state), journalStateKey(to));
}

// The canonical spelling of a UUID (lowercase, no braces); other text stays as it is.
QString normalizedId(const QString &journalId)
{
    const QUuid uuid = QUuid::fromString(journalId);
    return uuid.isNull() ? journalId : uuid.toString(QUuid::WithoutBraces);
}

QString osUserFromEnvironment()
{
    for (const char *name : { "USER", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

QString validationError(const RestoreRequest &r)
{
    if (r.sourceId.isEmpty() || r.vendor.isEmpty() || r.taskId.isEmpty())
        return RestoreJournal::tr("a restore request needs a source, a vendor and a task");
    if (r.kind == RestoreKind::Abort && r.vendorJobId.isEmpty())
        return RestoreJournal::tr("an abort request needs the vendor's job to abort");
    if (r.kind == RestoreKind::Restore && r.destination == RestoreDestination::Alternate && r.alternateTarget.isEmpty())
        return RestoreJournal::tr("a restore to an alternate location needs that location");
    if (isItemStep(r) && (r.itemId.isEmpty() || r.vendorJobId.isEmpty()))
        return RestoreJournal::tr("an item restore needs the item and the restore session it works in");
    return {};
}

QString journalWriteFailed(const QString &what)
{
    return RestoreJournal::tr("the restore journal could not be written: %1").arg(what);
}

bool insertAudit(QSqlDatabase &db, AuditRecord &record, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (at, os_user, operator_name, action, source_id, task_id, destination,"
                             " journal_id, vendor_job_id, http_status, outcome)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(timeText(record.at));
    q.addBindValue(record.osUser);
    q.addBindValue(textOrNull(record.operatorName));
    q.addBindValue(record.action);
    q.addBindValue(textOrNull(record.sourceId));
    q.addBindValue(textOrNull(record.taskId));
    q.addBindValue(textOrNull(record.destination));
    q.addBindValue(textOrNull(record.journalId));
    q.addBindValue(textOrNull(record.vendorJobId));
    q.addBindValue(intOrNull(record.httpStatus));
    q.addBindValue(textOrNull(record.outcome));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    record.seq = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

RestoreJournal::RestoreJournal(QString path, QString connectionName, QString osUser)
    : m_path(std::move(path))
    , m_connection(std::move(connectionName))
    , m_osUser(std::move(osUser))
{
}

RestoreJournal::~RestoreJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    } // no handle may outlive the connection's removal
    QSqlDatabase::removeDatabase(m_connection);
}

JournalResult<std::unique_ptr<RestoreJournal>> RestoreJournal::open(const QString &path, const QString &osUser)
{
    using Result = JournalResult<std::unique_ptr<RestoreJournal>>;
    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Result::fail(tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
    if (path.isEmpty())
        return Result::fail(tr("no path was given for the restore journal"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result::fail(tr("cannot create the folder %1 for the restore journal").arg(info.absolutePath()));

    const QString connection =
        QStringLiteral("backupdash-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // From here on the destructor removes the connection on every way out.
    std::unique_ptr<RestoreJournal> journal(
        new RestoreJournal(path, connection, osUser.isEmpty() ? osUserFromEnvironment() : osUser));
    const auto failed = [&](const QString &why) {
        return Result::fail(tr("cannot open the restore journal at %1: %2").arg(path, why));
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return failed(db.lastError().text());
        QSqlQuery q(db);
        // WAL: readers never block the one writer. FULL: a commit survives a power loss too.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
            return failed(q.lastError().text());
        if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return failed(tr("write-ahead logging was refused (journal mode %1)").arg(q.value(0).toString()));
        if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
            return failed(q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next() || q.value(0).toInt() != 2)
            return failed(tr("synchronous=FULL was refused"));
        q.finish();
        if (const JournalDone migrated = migrateJournalSchema(db); !migrated)
            return failed(migrated.error);
    }
    return Result::ok(std::move(journal));
}

JournalResult<RestoreJournal::Settings> RestoreJournal::settings() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    Settings s;
    const auto read = [&](const QString &pragma) -> std::optional<QVariant> {
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return std::nullopt;
        return q.value(0);
    };
    const auto mode = read(QStringLiteral("journal_mode"));
    const auto sync = read(QStringLiteral("synchronous"));
    const auto version = read(QStringLiteral("user_version"));
    if (!mode || !sync || !version)
        return JournalResult<Settings>::fail(tr("the restore journal could not be read: %1").arg(q.lastError().text()));
    s.journalMode = mode->toString().toLower();
    s.synchronous = sync->toInt();
    s.schemaVersion = version->toInt();
    return JournalResult<Settings>::ok(s);
}

AuditRecord RestoreJournal::auditFor(const JournalEntry &entry) const
{
    AuditRecord a;
    a.osUser = m_osUser;
    a.operatorName = entry.request.operatorName;
    a.sourceId = entry.request.sourceId;
    a.taskId = entry.request.taskId;
    a.destination = destinationWords(entry.request);
    if (!entry.request.itemName.isEmpty()) // one mailbox: the audit names it (plain words, stored)
        a.destination = QStringLiteral("mailbox %1 → %2").arg(entry.request.itemName, a.destination);
    a.journalId = entry.journalId();
    a.vendorJobId = entry.vendorJobId;
    a.httpStatus = entry.httpStatus;
    return a;
}

JournalResult<JournalEntry> RestoreJournal::create(RestoreRequest request)
{
    using Result = JournalResult<JournalEntry>;
    if (const QString why = validationError(request); !why.isEmpty())
        return Result::fail(why);
    if (request.journalId.isEmpty()) {
        request.journalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (QUuid::fromString(request.journalId).isNull()) {
        return Result::fail(tr("the journal id %1 is not a UUID").arg(request.journalId));
    }
    request.journalId = normalizedId(request.journalId);
    if (!request.parentJournalId.isEmpty() && QUuid::fromString(request.parentJournalId).isNull())
        return Result::fail(tr("the parent journal id %1 is not a UUID").arg(request.parentJournalId));
    request.parentJournalId = normalizedId(request.parentJournalId);
    request.pointInTime = request.pointInTime.isValid() ? request.pointInTime.toUTC() : QDateTime();

    JournalEntry e;
    e.request = request;
    e.state = JournalState::Queued;
    if (request.kind == RestoreKind::Abort)
        e.vendorJobId = request.vendorJobId;
    e.createdAt = e.updatedAt = QDateTime::currentDateTimeUtc();

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlWriteTransaction transaction(db);
    if (!transaction.isOpen())
        return Result::fail(journalWriteFailed(transaction.error()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM requests WHERE journal_id = ?"));
    q.addBindValue(request.journalId);
    if (!q.exec())
        return Result::fail(journalWriteFailed(q.lastError().text()));
    if (q.next())
        return Result::fail(tr("journal %1 already exists").arg(request.journalId));
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO requests (") + entryColumns()
              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(request.journalId),
                                   QVariant(restoreKindKey(request.kind)),
                                   QVariant(request.sourceId),
                                   QVariant(request.vendor),
                                   QVariant(request.taskId),
                                   textOrNull(request.taskName),
                                   QVariant(destinationKey(request.destination)),
                                   textOrNull(request.alternateTarget),
                                   QVariant(request.overwrite ? 1 : 0),
                                   timeOrNull(request.pointInTime),
                                   textOrNull(request.itemScope),
                                   textOrNull(request.vendorJobId),
                                   textOrNull(request.operatorName),
                                   QVariant(journalStateKey(e.state)),
                                   textOrNull(e.vendorJobId),
                                   QVariant(),
                                   QVariant(),
                                   QVariant(0),
                                   QVariant(timeText(e.createdAt)),
                                   QVariant(timeText(e.updatedAt)),
                                   textOrNull(request.itemId),
                                   textOrNull(request.itemName),
                                   textOrNull(request.parentJournalId) })
        q.addBindValue(value);
    if (!q.exec())
        return Result::fail(journalWriteFailed(q.lastError().text()));

    AuditRecord record = auditFor(e);
    record.at = e.createdAt;
    record.action =
        request.kind == RestoreKind::Abort ? QStringLiteral("abort requested") : QStringLiteral("restore requested");
    record.outcome = QStringLiteral("queued");
    QString error;
    if (!insertAudit(db, record, &error))
        return Result::fail(journalWriteFailed(error));
    if (!transaction.commit())
        return Result::fail(journalWriteFailed(transaction.error()));
    Q_EMIT entryChanged(e);
    Q_EMIT auditAppended(record);
    return Result::ok(e);
}

JournalResult<JournalEntry> RestoreJournal::apply(const QString &journalId, const Step &step)
{
    using Result = JournalResult<JournalEntry>;
    const QString id = normalizedId(journalId);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SqlWriteTransaction transaction(db);
    if (!transaction.isOpen())
        return Result::fail(journalWriteFailed(transaction.error()));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + entryColumns() + QStringLiteral(" FROM requests WHERE journal_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result::fail(journalWriteFailed(q.lastError().text()));
    if (!q.next())
        return Result::fail(tr("there is no journal %1").arg(journalId));
    QString error;
    std::optional<JournalEntry> loaded = entryFrom(q, &error);
    q.finish();
    if (!loaded)
        return Result::fail(error);

    JournalEntry e = *loaded;
    AuditRecord record;
    if (const QString why = step(e, record); !why.isEmpty())
        return Result::fail(why);
    e.updatedAt = QDateTime::currentDateTimeUtc();

    q.prepare(QStringLiteral("UPDATE requests SET state = ?, vendor_job_id = ?, http_status = ?, reason = ?,"
                             " send_count = ?, updated_at = ? WHERE journal_id = ?"));
    q.addBindValue(journalStateKey(e.state));
    q.addBindValue(textOrNull(e.vendorJobId));
    q.addBindValue(intOrNull(e.httpStatus));
    q.addBindValue(textOrNull(e.reason));
    q.addBindValue(e.sendCount);
    q.addBindValue(timeText(e.updatedAt));
    q.addBindValue(id);
    if (!q.exec())
        return Result::fail(journalWriteFailed(q.lastError().text()));

    AuditRecord full = auditFor(e);
    full.at = e.updatedAt;
    full.action = record.action;
    full.outcome = record.outcome;
    if (!insertAudit(db, full, &error))
        return Result::fail(journalWriteFailed(error));
    if (!transaction.commit())
        return Result::fail(journalWriteFailed(transaction.error()));
    Q_EMIT entryChanged(e);
    Q_EMIT auditAppended(full);
    return Result::ok(e);
}

JournalResult<JournalEntry> RestoreJournal::markSending(const QString &journalId)
{
    return apply(journalId, [](JournalEntry &e, AuditRecord &record) {
        if (e.state != JournalState::Queued)
            return refusal(e, JournalState::Sending);
        e.state = JournalState::Sending;
        record.action = QStringLiteral("sending");
        record.outcome = QStringLiteral("sending to the vendor");
        return QString();
    });
}

JournalResult<JournalEntry> RestoreJournal::noteSent(const QString &journalId)
{
    return apply(journalId, [](JournalEntry &e, AuditRecord &record) {
        if (e.state != JournalState::Sending) {
            return tr("journal %1: a send can only be noted while sending, not when %2")
                .arg(shortId(e.journalId()), journalStateKey(e.state));
        }
        ++e.sendCount;
        record.action = QStringLiteral("sent");
        record.outcome = e.sendCount == 1
            ? QStringLiteral("sent to the vendor")
            : QStringLiteral("sent again by Qt (%1 times in all); the outcome must be reconciled").arg(e.sendCount);
        return QString();
    });
}

JournalResult<JournalEntry> RestoreJournal::markAccepted(const QString &journalId, const QString &vendorJobId,
                                                         int httpStatus)
{
    return apply(journalId, [&](JournalEntry &e, AuditRecord &record) {
        if (e.state != JournalState::Sending)
            return refusal(e, JournalState::Accepted);
        if (vendorJobId.isEmpty())
            return tr("journal %1: an acceptance needs the vendor's job id").arg(shortId(e.journalId()));
        if (e.sendCount > 1) {
            return tr("journal %1: Qt sent the request %2 times, so it must be reconciled, not accepted")
                .arg(shortId(e.journalId()))
                .arg(e.sendCount);
        }
        e.state = JournalState::Accepted;
        e.vendorJobId = vendorJobId;
        e.httpStatus = httpStatus;
        e.reason.clear();
        record.action = QStringLiteral("accepted");
        record.outcome = QStringLiteral("accepted by the vendor as job %1").arg(vendorJobId);
        return QString();
    });
}

JournalResult<JournalEntry> RestoreJournal::markRejected(const QString &journalId, const QString &reason,
                                                         std::optional<int> httpStatus)
{
    return apply(journalId, [&](JournalEntry &e, AuditRecord &record) {
        if (e.state != JournalState::Queued && e.state != JournalState::Sending)
            return refusal(e, JournalState::Rejected);
        if (reason.isEmpty())
            return tr("journal %1: a rejection needs its reason").arg(shortId(e.journalId()));
        e.state = JournalState::Rejected;
        e.httpStatus = httpStatus;
        e.reason = reason;
        record.action = QStringLiteral("rejected");
        record.outcome = reason;
        return QString();
    });
}

JournalResult<JournalEntry> RestoreJournal::markUnknown(const QString &journalId, const QString &reason)
{
    return apply(journalId, [&](JournalEntry &e, AuditRecord &record) {
        if (e.state != JournalState::Sending && e.state != JournalState::Unknown)
            return refusal(e, JournalState::Unknown);
        if (reason.isEmpty())
            return tr("journal %1: an unknown outcome needs its reason").arg(shortId(e.journalId()));
        e.state = JournalState::Unknown;
        e.reason = reason;
        record.action = QStringLiteral("outcome unknown");
        record.outcome = reason;
        return QString();
    });
}

JournalResult<JournalEntry> RestoreJournal::resolve(const QString &journalId, const std::optional<QString> &vendorJobId,
                                                    const QString &reason)
{
    return apply(journalId, [&](JournalEntry &e, AuditRecord &record) {
        const JournalState to = vendorJobId ? JournalState::Accepted : JournalState::Rejected;
        if (!isUnresolved(e.state))
            return refusal(e, to);
        if (vendorJobId && vendorJobId->isEmpty())
            return tr("journal %1: a reconciled job needs the vendor's job id").arg(shortId(e.journalId()));
        if (reason.isEmpty())
            return tr("journal %1: a reconciliation needs its reason").arg(shortId(e.journalId()));
        e.state = to;
        e.reason = reason;
        if (vendorJobId)
            e.vendorJobId = *vendorJobId;
        record.action = QStringLiteral("reconciled");
        record.outcome = vendorJobId ? QStringLiteral("found vendor job %1: %2").arg(*vendorJobId, reason)
                                     : QStringLiteral("no vendor job found: %1").arg(reason);
        return QString();
    });
}

JournalResult<QList<JournalEntry>> RestoreJournal::select(const QString &where, const QString &order) const
{
    using Result = JournalResult<QList<JournalEntry>>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + entryColumns() + QStringLiteral(" FROM requests ") + where
                + QStringLiteral(" ORDER BY ") + order))
        return Result::fail(tr("the restore journal could not be read: %1").arg(q.lastError().text()));
    QList<JournalEntry> list;
    QString error;
    while (q.next()) {
        std::optional<JournalEntry> e = entryFrom(q, &error);
        if (!e)
            return Result::fail(error);
        list.append(*e);
    }
    return Result::ok(list);
}

JournalResult<JournalEntry> RestoreJournal::entry(const QString &journalId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + entryColumns() + QStringLiteral(" FROM requests WHERE journal_id = ?"));
    q.addBindValue(normalizedId(journalId));
    if (!q.exec())
        return JournalResult<JournalEntry>::fail(
            tr("the restore journal could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return JournalResult<JournalEntry>::fail(tr("there is no journal %1").arg(journalId));
    QString error;
    std::optional<JournalEntry> e = entryFrom(q, &error);
    return e ? JournalResult<JournalEntry>::ok(*e) : JournalResult<JournalEntry>::fail(error);
}

JournalResult<QList<JournalEntry>> RestoreJournal::entries() const
{
    // rowid breaks ties between entries created within one millisecond.
    return select({}, QStringLiteral("created_at DESC, rowid DESC"));
}

JournalResult<QList<JournalEntry>> RestoreJournal::unresolved() const
{
    return select(QStringLiteral("WHERE state IN ('sending', 'unknown')"), QStringLiteral("created_at, rowid"));
}

JournalResult<QList<JournalEntry>> RestoreJournal::itemStepsAwaited() const
{
    return select(QStringLiteral("WHERE state = 'accepted' AND item_id IS NOT NULL AND parent_journal_id IS NULL"
                                 " AND journal_id NOT IN (SELECT parent_journal_id FROM requests"
                                 " WHERE parent_journal_id IS NOT NULL)"),
                  QStringLiteral("created_at, rowid"));
}

JournalResult<QList<JournalEntry>> RestoreJournal::itemStepsOf(const QString &parentJournalId) const
{
    // Journal ids are UUIDs made here (normalizedId), so quoting them into SQL is safe; the
    // check keeps it so.
    const QString id = normalizedId(parentJournalId);
    if (QUuid::fromString(id).isNull())
        return JournalResult<QList<JournalEntry>>::fail(tr("there is no journal %1").arg(parentJournalId));
    return select(QStringLiteral("WHERE parent_journal_id = '%1'").arg(id), QStringLiteral("created_at, rowid"));
}

JournalResult<QList<AuditRecord>> RestoreJournal::audit() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + auditColumns() + QStringLiteral(" FROM audit ORDER BY seq")))
        return JournalResult<QList<AuditRecord>>::fail(
            tr("the audit log could not be read: %1").arg(q.lastError().text()));
    QList<AuditRecord> list;
    while (q.next())
        list.append(auditFrom(q));
    return JournalResult<QList<AuditRecord>>::ok(list);
}

JournalResult<int> RestoreJournal::exportAuditJsonLines(QIODevice &device) const
{
    if (!device.isWritable())
        return JournalResult<int>::fail(tr("the audit log cannot be exported: the target is not open for writing"));
    const JournalResult<QList<AuditRecord>> records = audit();
    if (!records)
        return JournalResult<int>::fail(records.error);
    int lines = 0;
    for (const AuditRecord &record : *records.value) {
        const QByteArray line = QJsonDocument(auditRecordToJson(record)).toJson(QJsonDocument::Compact) + '\n';
        if (device.write(line) != line.size())
            return JournalResult<int>::fail(tr("the audit log could not be exported: %1").arg(device.errorString()));
        ++lines;
    }
    return JournalResult<int>::ok(lines);
}

} // namespace BackupDash
