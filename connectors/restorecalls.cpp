#include "connectors/restorecalls.h"

#include "connectors/jsonvalues.h"
#include "models/statusmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads RestoreCallsMsg::tr(), a free tr() would leave it guessing.
struct RestoreCallsMsg
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCalls)
};

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// A write that must reach the vendor at most once, keyed by its journal id.
ApiRequest write(const QByteArray &method, const QString &path, const QString &journalId, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.atMostOnce = true;
    request.headers = { { "Idempotency-Key", journalId.toUtf8() } };
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    return request;
}

// The JSON object of an answer, or why it is not one.
Parsed<QJsonObject> objectOf(const QByteArray &body, const char *what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<QJsonObject>::fail(QStringLiteral("%1: %2").arg(QLatin1String(what), jsonErrorText(error)));
    if (!doc.isObject())
        return Parsed<QJsonObject>::fail(RestoreCallsMsg::tr("%1: expected an object").arg(QLatin1String(what)));
    return Parsed<QJsonObject>::ok(doc.object());
}

Parsed<QString> idIn(const QByteArray &body, const char *what, const char *key)
{
    const Parsed<QJsonObject> object = objectOf(body, what);
    if (!object)
        return Parsed<QString>::fail(object.error);
    const QString id = stringValue(object.value->value(QLatin1String(key)));
    if (id.isEmpty())
        return Parsed<QString>::fail(
            RestoreCallsMsg::tr("%1: no \"%2\" in the answer").arg(QLatin1String(what), QLatin1String(key)));
    return Parsed<QString>::ok(id);
}

Status mapCloudAllyRestoreStatus(QStringView status)
{
    if (status.compare(QLatin1String("cancelled"), Qt::CaseInsensitive) == 0)
        return Status::Cancelled;
    return mapCloudAllyStatus(status); // success, failed, in_progress, pending
}

} // namespace

namespace Vb365 {

ApiRequest exploreRequest(const QString &apiVersion, const QString &organizationId, const RestoreRequest &r,
                          const QDateTime &now)
{
    const QDateTime when = r.pointInTime.isValid() ? r.pointInTime : now;
    QJsonObject body {
        { QStringLiteral("datetime"), when.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("type"), r.itemScope.isEmpty() ? QStringLiteral("vex") : r.itemScope },
        { QStringLiteral("showDeleted"), true },
        { QStringLiteral("showAllVersions"), false },
        { QStringLiteral("reason"), QStringLiteral("BackupDash restore %1 of %2").arg(r.journalId, r.taskName) },
    };
    return write("POST", QStringLiteral("/%1/Organizations/%2/Explore").arg(apiVersion, encoded(organizationId)),
                 r.journalId, body);
}

ApiRequest stopSessionRequest(const QString &apiVersion, const QString &sessionId, const QString &journalId)
{
    return write("POST", QStringLiteral("/%1/RestoreSessions/%2/Stop").arg(apiVersion, encoded(sessionId)), journalId,
                 {});
}

Parsed<QString> parseRestoreSessionId(const QByteArray &body)
{
    return idIn(body, "restore session", "id");
}

ApiRequest recentSessionsRequest(const QString &apiVersion)
{
    ApiRequest request;
    request.path = QStringLiteral("/%1/RestoreSessions").arg(apiVersion);
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    return request;
}

Parsed<QStringList> sessionsFor(const QByteArray &listBody, const QString &journalId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(listBody, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<QStringList>::fail(QStringLiteral("restore sessions: %1").arg(jsonErrorText(error)));
    const QJsonArray results = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("results")).toArray();
    QStringList ids;
    for (const QJsonValue &session : results) {
        const QJsonObject o = session.toObject();
        if (stringValue(o.value(QLatin1String("reason"))).contains(journalId))
            ids << stringValue(o.value(QLatin1String("id")));
    }
    return Parsed<QStringList>::ok(ids);
}

ApiRequest organizationMailboxesRequest(const QString &apiVersion, const QString &organizationId)
{
    ApiRequest request;
    request.path = QStringLiteral("/%1/Organizations/%2/Mailboxes").arg(apiVersion, encoded(organizationId));
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    return request;
}

Parsed<QList<Mailbox>> parseMailboxes(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<QList<Mailbox>>::fail(QStringLiteral("mailboxes: %1").arg(jsonErrorText(error)));
    if (!doc.isArray() && !doc.object().value(QLatin1String("results")).isArray())
        return Parsed<QList<Mailbox>>::fail(RestoreCallsMsg::tr("mailboxes: expected a list"));
    const QJsonArray results = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("results")).toArray();
    QList<Mailbox> mailboxes;
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        Mailbox mailbox { stringValue(o.value(QLatin1String("id"))), stringValue(o.value(QLatin1String("name"))),
                          stringValue(o.value(QLatin1String("email"))) };
        if (!mailbox.id.isEmpty())
            mailboxes.append(std::move(mailbox));
    }
    return Parsed<QList<Mailbox>>::ok(mailboxes);
}

ApiRequest mailboxRestoreRequest(const QString &apiVersion, const RestoreRequest &step)
{
    const bool elsewhere = step.destination == RestoreDestination::Alternate;
    QJsonObject body {
        { QStringLiteral("changedItems"), true },
        { QStringLiteral("deletedItems"), true },
        { QStringLiteral("markRestoredAsUnread"), true },
    };
    if (elsewhere)
        body.insert(QStringLiteral("mailbox"), step.alternateTarget);
    return write("POST",
                 QStringLiteral("/%1/RestoreSessions/%2/Organization/Mailboxes/%3/%4")
                     .arg(apiVersion, encoded(step.vendorJobId), encoded(step.itemId),
                          elsewhere ? QStringLiteral("RestoreTo") : QStringLiteral("Restore")),
                 step.journalId, body);
}

ApiRequest sessionEventsRequest(const QString &apiVersion, const QString &sessionId)
{
    ApiRequest request;
    request.path = QStringLiteral("/%1/RestoreSessions/%2/Events").arg(apiVersion, encoded(sessionId));
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    return request;
}

Parsed<QStringList> mailboxRestoreEvents(const QByteArray &eventsBody, const RestoreRequest &step)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(eventsBody, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<QStringList>::fail(QStringLiteral("restore session events: %1").arg(jsonErrorText(error)));
    if (!doc.isArray() && !doc.object().value(QLatin1String("results")).isArray())
        return Parsed<QStringList>::fail(RestoreCallsMsg::tr("restore session events: expected a list"));
    const QJsonArray results = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("results")).toArray();
    QStringList ids;
    for (const QJsonValue &value : results) {
        const QJsonObject event = value.toObject();
        if (stringValue(event.value(QLatin1String("type"))).compare(QLatin1String("Restore"), Qt::CaseInsensitive) != 0)
            continue;
        const QString text = stringValue(event.value(QLatin1String("title"))) + QLatin1Char('\n')
            + stringValue(event.value(QLatin1String("message")));
        const bool names = (!step.itemName.isEmpty() && text.contains(step.itemName, Qt::CaseInsensitive))
            || (!step.itemId.isEmpty() && text.contains(step.itemId, Qt::CaseInsensitive));
        if (names)
            ids << stringValue(event.value(QLatin1String("id")));
    }
    return Parsed<QStringList>::ok(ids);
}

} // namespace Vb365

namespace Clumio {

ApiRequest ebsVolumeRestoreRequest(const RestoreRequest &r)
{
    QJsonObject target;
    if (r.destination == RestoreDestination::Alternate)
        target.insert(QStringLiteral("aws_az"), r.alternateTarget);
    else
        target.insert(QStringLiteral("original"), true);
    ApiRequest request =
        write("POST", QStringLiteral("/restores/aws/ebs-volumes"), r.journalId,
              { { QStringLiteral("source"), QJsonObject { { QStringLiteral("backup_id"), r.itemScope } } },
                { QStringLiteral("target"), target } });
    request.headers.append(
        qMakePair(QByteArray("Accept"), QByteArray("application/api.clumio.restored-aws-ebs-volumes=v1+json")));
    return request;
}

ApiRequest abortTaskRequest(const QString &taskId, const QString &journalId)
{
    return write("PATCH", QStringLiteral("/tasks/%1").arg(encoded(taskId)), journalId,
                 { { QStringLiteral("status"), QStringLiteral("aborting") } });
}

Parsed<QString> parseRestoreTaskId(const QByteArray &body)
{
    return idIn(body, "restore answer", "task_id");
}

ApiRequest recentRestoreTasksRequest(const QDateTime &since)
{
    ApiRequest request;
    request.path = QStringLiteral("/tasks");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    request.query.addQueryItem(QStringLiteral("start"), QStringLiteral("1"));
    const QJsonObject filter {
        { QStringLiteral("category"),
          QJsonObject { { QStringLiteral("$in"), QJsonArray { QStringLiteral("restore") } } } },
        { QStringLiteral("created_timestamp"),
          QJsonObject { { QStringLiteral("$gte"), since.toUTC().toString(Qt::ISODate) } } },
    };
    request.query.addQueryItem(QStringLiteral("filter"),
                               QString::fromUtf8(QUrl::toPercentEncoding(
                                   QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)))));
    return request;
}

Parsed<QStringList> restoreTasksFor(const QByteArray &listBody, const QString &backupId)
{
    const Parsed<QJsonObject> object = objectOf(listBody, "restore tasks");
    if (!object)
        return Parsed<QStringList>::fail(object.error);
    const QJsonArray items =
        object.value->value(QLatin1String("_embedded")).toObject().value(QLatin1String("items")).toArray();
    QStringList ids;
    for (const QJsonValue &item : items) {
        const QJsonObject task = item.toObject();
        if (stringValue(task.value(QLatin1String("primary_entity")).toObject().value(QLatin1String("id"))) == backupId)
            ids << stringValue(task.value(QLatin1String("id")));
    }
    return Parsed<QStringList>::ok(ids);
}

ApiRequest ebsBackupsRequest(const QString &volumeId)
{
    ApiRequest request;
    request.path = QStringLiteral("/backups/aws/ebs-volumes");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    request.query.addQueryItem(QStringLiteral("start"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-start_timestamp"));
    const QJsonObject filter { { QStringLiteral("volume_id"), QJsonObject { { QStringLiteral("$eq"), volumeId } } } };
    request.query.addQueryItem(QStringLiteral("filter"),
                               QString::fromUtf8(QUrl::toPercentEncoding(
                                   QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)))));
    request.headers = { { "Accept", "application/api.clumio.backup-aws-ebs-volumes=v1+json" } };
    return request;
}

Parsed<QList<RestorePoint>> parseEbsBackups(const QByteArray &body)
{
    const Parsed<QJsonObject> object = objectOf(body, "EBS backups");
    if (!object)
        return Parsed<QList<RestorePoint>>::fail(object.error);
    const QJsonValue items = object.value->value(QLatin1String("_embedded")).toObject().value(QLatin1String("items"));
    if (!items.isArray())
        return Parsed<QList<RestorePoint>>::fail(RestoreCallsMsg::tr("EBS backups: no \"_embedded.items\" list"));
    QList<RestorePoint> points;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject o = item.toObject();
        RestorePoint point;
        point.backupId = stringValue(o.value(QLatin1String("id")));
        point.startTimestamp = timestampValue(o.value(QLatin1String("start_timestamp")));
        if (point.backupId.isEmpty() || !point.startTimestamp.isValid())
            return Parsed<QList<RestorePoint>>::fail(
                RestoreCallsMsg::tr("EBS backups: an item has no \"id\" or no readable \"start_timestamp\""));
        point.expirationTimestamp = timestampValue(o.value(QLatin1String("expiration_timestamp")));
        if (const std::optional<qint64> size = int64Value(o.value(QLatin1String("size"))); size && *size >= 0)
            point.sizeGiB = *size;
        point.availabilityZone = stringValue(o.value(QLatin1String("aws_az")));
        points.append(std::move(point));
    }
    return Parsed<QList<RestorePoint>>::ok(points);
}

} // namespace Clumio

namespace Acronis {

ApiRequest cancelTaskRequest(const QString &taskId, const QString &journalId)
{
    return write("PUT", QStringLiteral("/api/task_manager/v2/tasks/%1/cancel").arg(encoded(taskId)), journalId, {});
}

} // namespace Acronis

namespace CloudAlly {

ApiRequest startRestoreRequest(const RestoreRequest &r)
{
    QJsonObject body { { QStringLiteral("backupTaskId"), r.taskId },
                       { QStringLiteral("destination"), destinationKey(r.destination) } };
    if (r.destination == RestoreDestination::Alternate)
        body.insert(QStringLiteral("target"), r.alternateTarget);
    if (r.pointInTime.isValid())
        body.insert(QStringLiteral("restorePoint"), r.pointInTime.toUTC().toString(Qt::ISODate));
    return write("POST", QStringLiteral("/v1/restore"), r.journalId, body);
}

ApiRequest restoreJobRequest(const QString &jobId)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/restore/%1").arg(encoded(jobId));
    return request;
}

Parsed<QString> parseRestoreJobId(const QByteArray &body)
{
    return idIn(body, "restore job", "id");
}

Parsed<RestoreJob> parseRestoreJob(const QByteArray &body)
{
    const Parsed<QJsonObject> object = objectOf(body, "restore job");
    if (!object)
        return Parsed<RestoreJob>::fail(object.error);
    const QJsonObject &o = *object.value;
    RestoreJob job;
    job.id = stringValue(o.value(QLatin1String("id")));
    if (job.id.isEmpty())
        return Parsed<RestoreJob>::fail(RestoreCallsMsg::tr("restore job: no \"id\""));
    job.target = stringValue(o.value(QLatin1String("backupTaskId")));
    job.vendorStatus = stringValue(o.value(QLatin1String("status")));
    job.status = mapCloudAllyRestoreStatus(job.vendorStatus);
    if (const std::optional<qint64> p = int64Value(o.value(QLatin1String("progress"))); p && *p >= 0 && *p <= 100)
        job.progress = int(*p);
    job.startedAt = timestampValue(o.value(QLatin1String("startedAt")));
    job.createdAt = job.startedAt;
    job.endedAt = timestampValue(o.value(QLatin1String("completedAt")));
    return Parsed<RestoreJob>::ok(std::move(job));
}

} // namespace CloudAlly

} // namespace BackupDash
