#include "simulator/acronis/simacronisjson.h"

#include "simulator/acronis/simacronisscenario.h"

#include <QDateTime>

namespace BackupDash::SimAcronisJson {

namespace {

constexpr qint64 NsPerSecond = SimAcronisScenario::NsPerSecond;

QJsonObject tenant()
{
    return { { QStringLiteral("id"), QStringLiteral("1496265") },
             { QStringLiteral("locator"), QStringLiteral("/1/1496262/1496265/") },
             { QStringLiteral("name"), QStringLiteral("Zoë & Partner GmbH") } };
}

} // namespace

QString iso9(qint64 ns)
{
    qint64 seconds = ns / NsPerSecond;
    qint64 fraction = ns % NsPerSecond;
    if (fraction < 0) {
        fraction += NsPerSecond;
        --seconds;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss."))
        + QStringLiteral("%1Z").arg(fraction, 9, 10, QLatin1Char('0'));
}

QJsonObject task(const SimAcronisScenario &scenario, const SimAcronisTask &t)
{
    QJsonObject o {
        { QStringLiteral("id"), t.id }, // qint64: QJsonDocument writes it exactly
        { QStringLiteral("idString"), QString::number(t.id) },
        { QStringLiteral("uuid"), t.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("type"), t.type },
        { QStringLiteral("queue"),
          t.kind == SimAcronisTask::Kind::Management ? QStringLiteral("management") : QStringLiteral("backup") },
        { QStringLiteral("state"), t.state },
        { QStringLiteral("cancellable"), t.cancellable },
        { QStringLiteral("cancelRequested"), t.cancelRequested },
        { QStringLiteral("enqueuedAt"), iso9(t.enqueuedNs) },
        { QStringLiteral("updatedAt"), iso9(t.updatedNs) },
        { QStringLiteral("tenant"), tenant() },
    };
    if (t.startedNs != 0)
        o.insert(QStringLiteral("startedAt"), iso9(t.startedNs));
    if (t.completedNs != 0)
        o.insert(QStringLiteral("completedAt"), iso9(t.completedNs));
    if (!t.resultCode.isEmpty()) {
        QJsonObject result { { QStringLiteral("code"), t.resultCode } };
        if (!t.errorCode.isEmpty()) {
            result.insert(QStringLiteral("error"),
                          QJsonObject { { QStringLiteral("domain"), QStringLiteral("Backup") },
                                        { QStringLiteral("code"), t.errorCode },
                                        { QStringLiteral("message"), t.errorMessage } });
        }
        o.insert(QStringLiteral("result"), result);
    }
    QJsonObject context;
    if (!t.title.isEmpty())
        context.insert(QStringLiteral("title"), t.title);
    context.insert(QStringLiteral("IsProcessRoot"), true);
    o.insert(QStringLiteral("context"), context);
    if (t.resource >= 0 && t.resource < int(scenario.resources().size())) {
        const SimAcronisResource &r = scenario.resources()[size_t(t.resource)];
        o.insert(QStringLiteral("resource"),
                 QJsonObject { { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                               { QStringLiteral("type"), r.type },
                               { QStringLiteral("name"), r.name } });
        o.insert(QStringLiteral("policy"),
                 QJsonObject { { QStringLiteral("id"), r.policyId.toString(QUuid::WithoutBraces) },
                               { QStringLiteral("type"), r.policyType },
                               { QStringLiteral("name"), r.policyName } });
        o.insert(QStringLiteral("executor"),
                 QJsonObject { { QStringLiteral("id"), r.agentId.toString(QUuid::WithoutBraces) },
                               { QStringLiteral("clusterId"), QString() } });
    } else {
        o.insert(QStringLiteral("executor"),
                 QJsonObject { { QStringLiteral("id"), QString() }, { QStringLiteral("clusterId"), QString() } });
    }
    return o;
}

QJsonObject error(const QString &domain, const QString &code, const QString &message)
{
    return { { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("domain"), domain },
                             { QStringLiteral("code"), code },
                             { QStringLiteral("message"), message } } } };
}

} // namespace BackupDash::SimAcronisJson
