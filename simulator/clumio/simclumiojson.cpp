#include "simulator/clumio/simclumiojson.h"

#include "simulator/simtime.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

namespace BackupDash::SimClumioJson {

namespace {

QJsonValue time(qint64 secs)
{
    return secs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(SimTime::isoSeconds(secs));
}

QJsonObject link(const QString &href, const char *method = "get")
{
    return { { QStringLiteral("href"), href },
             { QStringLiteral("templated"), false },
             { QStringLiteral("type"), QLatin1String(method) } };
}

QJsonObject entity(const SimClumioRef &ref)
{
    return { { QStringLiteral("id"), ref.id },
             { QStringLiteral("type"), ref.type },
             { QStringLiteral("value"), ref.value } };
}

QString pageHref(const QString &prefix, const ListPage &page, qint64 start)
{
    QString href = QStringLiteral("%1/%2?limit=%3&start=%4").arg(prefix, page.resource).arg(page.limit).arg(start);
    if (!page.sort.isEmpty())
        href += QStringLiteral("&sort=") + QString::fromLatin1(QUrl::toPercentEncoding(page.sort));
    if (!page.filterText.isEmpty())
        href += QStringLiteral("&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(page.filterText));
    return href;
}

} // namespace

QJsonObject task(const SimClumioTask &t, const QString &prefix, const QString &unitId)
{
    const QString self = QStringLiteral("%1/tasks/%2").arg(prefix, t.id);
    QJsonObject links { { QStringLiteral("_self"), link(self) },
                        { QStringLiteral("read-organizational-unit"),
                          link(QStringLiteral("%1/organizational-units/%2").arg(prefix, unitId)) } };
    if (t.abortable)
        links.insert(QStringLiteral("update-task"), link(self, "patch"));
    // The ETag changes whenever what a client sees of the task changes.
    const QByteArray state = QStringLiteral("%1/%2/%3/%4").arg(t.id, t.status).arg(t.progress).arg(t.endSecs).toUtf8();
    QJsonObject o {
        { QStringLiteral("_etag"),
          QString::fromLatin1(QCryptographicHash::hash(state, QCryptographicHash::Sha1).toHex().left(16)) },
        { QStringLiteral("_links"), links },
        { QStringLiteral("category"), t.category },
        { QStringLiteral("created_timestamp"), time(t.createdSecs) },
        { QStringLiteral("end_timestamp"), time(t.endSecs) },
        { QStringLiteral("genre"), t.genre },
        { QStringLiteral("id"), t.id },
        { QStringLiteral("is_abortable"), t.abortable },
        { QStringLiteral("primary_entity"), entity(t.primary) },
        { QStringLiteral("progress_percentage"), t.progress },
        { QStringLiteral("start_timestamp"), time(t.startSecs) },
        { QStringLiteral("status"), t.status },
        { QStringLiteral("type"), t.type },
    };
    if (!t.parent.id.isEmpty())
        o.insert(QStringLiteral("parent_entity"), entity(t.parent));
    return o;
}

QJsonObject list(const ListPage &page, const QString &prefix)
{
    const qint64 pages = page.total == 0 ? 0 : (page.total + page.limit - 1) / page.limit;
    QJsonObject links { { QStringLiteral("_first"), link(pageHref(prefix, page, 1)) },
                        { QStringLiteral("_last"), link(pageHref(prefix, page, std::max<qint64>(1, pages))) },
                        { QStringLiteral("_self"), link(pageHref(prefix, page, page.start)) } };
    if (page.start < pages)
        links.insert(QStringLiteral("_next"), link(pageHref(prefix, page, page.start + 1)));
    if (page.start > 1)
        links.insert(QStringLiteral("_prev"),
                     link(pageHref(prefix, page, std::min(page.start - 1, std::max<qint64>(1, pages)))));
    return {
        { QStringLiteral("_embedded"), QJsonObject { { QStringLiteral("items"), page.items } } },
        { QStringLiteral("_links"), links },
        { QStringLiteral("current_count"), page.items.size() },
        { QStringLiteral("filter_applied"), page.filterApplied },
        { QStringLiteral("limit"), page.limit },
        { QStringLiteral("start"), QString::number(page.start) },
        { QStringLiteral("total_count"), page.total },
        { QStringLiteral("total_pages_count"), pages },
    };
}

QJsonObject ebsBackup(const SimClumioBackup &b, const QString &prefix)
{
    return {
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("_self"), link(QStringLiteral("%1/backups/aws/ebs-volumes/%2").arg(prefix, b.id)) },
              { QStringLiteral("restore-aws-ebs-volume"),
                link(QStringLiteral("%1/restores/aws/ebs-volumes").arg(prefix), "post") } } },
        { QStringLiteral("aws_az"), b.availabilityZone },
        { QStringLiteral("aws_region"), b.availabilityZone.chopped(1) },
        { QStringLiteral("expiration_timestamp"), time(b.expirationSecs) },
        { QStringLiteral("id"), b.id },
        { QStringLiteral("is_encrypted"), true },
        { QStringLiteral("size"), b.sizeGiB },
        { QStringLiteral("start_timestamp"), time(b.startSecs) },
        { QStringLiteral("type"), QStringLiteral("clumio_backup") },
        { QStringLiteral("volume_id"), b.volumeId },
    };
}

SimResponse error(int status, quint32 code, const QString &message)
{
    return SimResponse::json(status,
                             QJsonObject { { QStringLiteral("errors"),
                                             QJsonArray { QJsonObject {
                                                 { QStringLiteral("error_code"), qint64(code) },
                                                 { QStringLiteral("error_message"), message },
                                             } } } });
}

} // namespace BackupDash::SimClumioJson
