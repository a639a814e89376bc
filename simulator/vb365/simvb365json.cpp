#include "simulator/vb365/simvb365json.h"

#include "simulator/simtime.h"
#include "simulator/vb365/simvb365scenario.h"

#include <QJsonArray>

namespace BackupDash::SimVb365Json {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject link(const QString &href)
{
    return { { QStringLiteral("href"), href } };
}

QJsonObject windowSettings(const SimVb365Window &window)
{
    QJsonArray grid;
    for (const bool allowed : window.allowed)
        grid.append(allowed);
    return { { QStringLiteral("backupWindow"), grid }, { QStringLiteral("minuteOffset"), window.minuteOffset } };
}

QString timeOfDay(int secs)
{
    return QStringLiteral("%1:%2:%3")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject schedulePolicy(const SimVb365Schedule &schedule)
{
    QJsonObject policy {
        { QStringLiteral("scheduleEnabled"), schedule.scheduleEnabled },
        { QStringLiteral("retryEnabled"), schedule.retryEnabled },
        { QStringLiteral("retryNumber"), schedule.retryNumber },
        { QStringLiteral("retryWaitInterval"), schedule.retryWaitInterval },
    };
    // Daily jobs carry backupWindow*, periodic ones periodicallyWindow* (same shape).
    QString enabledKey = QStringLiteral("backupWindowEnabled");
    QString settingsKey = QStringLiteral("backupWindowSettings");
    if (schedule.type == SimVb365Schedule::Type::Daily) {
        policy.insert(QStringLiteral("type"), QStringLiteral("Daily"));
        policy.insert(QStringLiteral("dailyType"), schedule.dailyType);
        policy.insert(QStringLiteral("dailyTime"), timeOfDay(schedule.dailyTimeSecs));
    } else {
        policy.insert(QStringLiteral("type"), QStringLiteral("Periodically"));
        policy.insert(QStringLiteral("periodicallyEvery"), schedule.periodicallyEvery);
        policy.insert(QStringLiteral("periodicallyOffsetMinutes"), schedule.periodicallyOffsetMinutes);
        enabledKey = QStringLiteral("periodicallyWindowEnabled");
        settingsKey = QStringLiteral("periodicallyWindowSettings");
    }
    policy.insert(enabledKey, schedule.window.enabled);
    if (schedule.window.present)
        policy.insert(settingsKey, windowSettings(schedule.window));
    return policy;
}

QJsonObject job(const SimVb365Scenario &scenario, int jobIndex, const QDateTime &now, const QString &apiRoot)
{
    const SimVb365Job &job = scenario.jobs()[size_t(jobIndex)];
    const QString id = idText(job.id);
    const QString organizationId = idText(scenario.organizations()[size_t(job.organization)].id);
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), job.name },
        { QStringLiteral("description"), job.description },
        { QStringLiteral("organizationId"), organizationId },
        { QStringLiteral("repositoryId"), idText(job.repositoryId) },
        { QStringLiteral("backupType"), job.backupType },
        { QStringLiteral("isEnabled"), job.enabled },
        { QStringLiteral("schedulePolicy"), schedulePolicy(job.schedule) },
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("self"), link(apiRoot + QStringLiteral("/Jobs/") + id) },
              { QStringLiteral("organization"), link(apiRoot + QStringLiteral("/Organizations/") + organizationId) },
              { QStringLiteral("jobsessions"), link(apiRoot + QStringLiteral("/Jobs/%1/JobSessions").arg(id)) },
          } },
    };
    const std::optional<SimVb365Run> latest = scenario.latestRun(jobIndex, now);
    if (latest) {
        object.insert(QStringLiteral("lastStatus"), latest->status);
        object.insert(QStringLiteral("lastRun"), SimTime::iso7(latest->startTicks));
    } else {
        object.insert(QStringLiteral("lastStatus"), QStringLiteral("NotConfigured"));
    }
    if (const std::optional<SimVb365Run> backup = scenario.latestBackup(jobIndex, now))
        object.insert(QStringLiteral("lastBackup"), SimTime::iso7(backup->endTicks));
    if (const std::optional<qint64> next = scenario.nextRunSecs(jobIndex, now))
        object.insert(QStringLiteral("nextRun"), SimTime::isoSeconds(*next));
    // Changes whenever a session starts or finishes, as the object's version would.
    const int eTag = latest ? 1 + int(latest->index % 10'000) * 2 + (latest->running ? 0 : 1) : 1;
    object.insert(QStringLiteral("eTag"), eTag);
    return object;
}

QJsonObject session(const SimVb365Scenario &scenario, const SimVb365Run &run, const QString &apiRoot)
{
    const SimVb365Job &job = scenario.jobs()[size_t(run.jobIndex)];
    const QString id = idText(run.id);
    const double seconds = double(run.elapsedTicks) / SimTime::TicksPerSecond;
    const qint64 bytesPerSecond = seconds >= 1 ? qint64(double(run.transferredBytes) / seconds) : 0;
    const qint64 itemsPerSecond = seconds >= 1 ? qint64(double(run.processedItems) / seconds) : 0;
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("jobId"), idText(job.id) },
        { QStringLiteral("repositoryId"), idText(job.repositoryId) },
        { QStringLiteral("creationTime"), SimTime::iso7(run.startTicks) },
        { QStringLiteral("status"), run.status },
        { QStringLiteral("progress"), run.progress },
        { QStringLiteral("retryCount"), run.retryCount },
        { QStringLiteral("jobWillBeRetried"), false },
        { QStringLiteral("jobType"), QStringLiteral("Backup") },
        { QStringLiteral("details"), run.details },
        { QStringLiteral("statistics"),
          QJsonObject {
              { QStringLiteral("processingRateBytesPS"), bytesPerSecond },
              { QStringLiteral("processingRateItemsPS"), itemsPerSecond },
              { QStringLiteral("readRateBytesPS"), qint64(double(bytesPerSecond) * 1.35) },
              { QStringLiteral("writeRateBytesPS"), qint64(double(bytesPerSecond) * 0.92) },
              { QStringLiteral("transferredDataBytes"), run.transferredBytes },
              { QStringLiteral("processedObjects"), run.processedItems },
              { QStringLiteral("bottleneck"), run.bottleneck },
          } },
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("self"), link(apiRoot + QStringLiteral("/JobSessions/") + id) },
              { QStringLiteral("job"), link(apiRoot + QStringLiteral("/Jobs/") + idText(job.id)) },
          } },
    };
    if (!run.running)
        object.insert(QStringLiteral("endTime"), SimTime::iso7(run.endTicks));
    return object;
}

QJsonObject restoreSession(const SimVb365Scenario &scenario, const SimVb365RestoreSession &session,
                           const QString &apiRoot)
{
    const SimVb365Organization &org = scenario.organizations()[size_t(session.organization)];
    const QString id = idText(session.id);
    static const QHash<QString, QString> workloads { { QStringLiteral("Vex"), QStringLiteral("Exchange") },
                                                     { QStringLiteral("Veod"), QStringLiteral("OneDrive") },
                                                     { QStringLiteral("Vesp"), QStringLiteral("SharePoint") },
                                                     { QStringLiteral("Vet"), QStringLiteral("Teams") } };
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), QStringLiteral("%1 restore – %2").arg(workloads.value(session.type), org.name) },
        { QStringLiteral("organization"), org.name },
        { QStringLiteral("type"), session.type },
        { QStringLiteral("creationTime"), SimTime::iso7(session.createdTicks) },
        { QStringLiteral("state"), session.state },
        { QStringLiteral("initiatedBy"), session.initiatedBy },
        { QStringLiteral("details"), session.details },
        { QStringLiteral("scopeName"), session.scopeName },
        { QStringLiteral("clientHost"), session.clientHost },
        { QStringLiteral("reason"), session.reason },
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("self"), link(apiRoot + QStringLiteral("/RestoreSessions/") + id) },
              { QStringLiteral("organization"), link(apiRoot + QStringLiteral("/Organizations/") + idText(org.id)) },
          } },
    };
    if (session.state == QLatin1String("Stopped"))
        object.insert(QStringLiteral("endTime"), SimTime::iso7(session.endTicks));
    if (!session.result.isEmpty())
        object.insert(QStringLiteral("result"), session.result);
    return object;
}

QJsonObject organization(const SimVb365Scenario &scenario, int organizationIndex, const QString &apiRoot)
{
    const SimVb365Organization &org = scenario.organizations()[size_t(organizationIndex)];
    const QString id = idText(org.id);
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), org.name },
        { QStringLiteral("officeName"), org.officeName },
        { QStringLiteral("type"), QStringLiteral("Office365") },
        { QStringLiteral("region"), QStringLiteral("Worldwide") },
        { QStringLiteral("isBackedup"), true },
        { QStringLiteral("isExchangeOnline"), true },
        { QStringLiteral("isSharePointOnline"), true },
        { QStringLiteral("isTeamsOnline"), true },
        { QStringLiteral("isTeamsChatsOnline"), false },
        { QStringLiteral("eTag"), 1 + organizationIndex },
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("self"), link(apiRoot + QStringLiteral("/Organizations/") + id) },
              { QStringLiteral("jobs"), link(apiRoot + QStringLiteral("/Organizations/%1/Jobs").arg(id)) },
          } },
    };
}

} // namespace BackupDash::SimVb365Json
