#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace BackupDash {

class SimVb365Scenario;
struct SimVb365Run;
struct SimVb365RestoreSession;
struct SimVb365Schedule;

// VB365 v8 wire shapes. `apiRoot` is the host-relative root of the API version links point
// into, e.g. "/vb365/v8". Absent values are absent keys, never nulls.
namespace SimVb365Json {

QJsonObject job(const SimVb365Scenario &scenario, int jobIndex, const QDateTime &now, const QString &apiRoot);
QJsonObject session(const SimVb365Scenario &scenario, const SimVb365Run &run, const QString &apiRoot);
QJsonObject restoreSession(const SimVb365Scenario &scenario, const SimVb365RestoreSession &session,
                           const QString &apiRoot);
QJsonObject organization(const SimVb365Scenario &scenario, int organizationIndex, const QString &apiRoot);
QJsonObject schedulePolicy(const SimVb365Schedule &schedule);

} // namespace SimVb365Json
} // namespace BackupDash
