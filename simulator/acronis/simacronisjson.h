#pragma once

#include "simulator/acronis/simacronismodel.h"

#include <QJsonObject>
#include <QString>

namespace BackupDash {

class SimAcronisScenario;

// The Task Manager's JSON shapes for the scenario's values.
namespace SimAcronisJson {

QString iso9(qint64 ns); // 2026-11-22T10:00:03.123456789Z
// One task as GET /tasks with lod=full gives it: `id` as a JSON integer and `idString`.
QJsonObject task(const SimAcronisScenario &scenario, const SimAcronisTask &task);
// The platform's error body: {"error":{"domain","code","message"}}.
QJsonObject error(const QString &domain, const QString &code, const QString &message);

} // namespace SimAcronisJson
} // namespace BackupDash
