#pragma once

#include "simulator/clumio/simclumiomodel.h"
#include "simulator/simresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace BackupDash {

// Clumio's JSON shapes: a task (with _etag and HAL _links), the list envelope, the error body.
namespace SimClumioJson {

// `prefix` is the simulator's path prefix ("/clumio"); links are relative to the host root.
QJsonObject task(const SimClumioTask &task, const QString &prefix, const QString &unitId);

struct ListPage
{
    QJsonArray items; // this page only
    qint64 limit = 0;
    qint64 start = 1; // 1-based page number
    qint64 total = 0;
    QString filterText; // as the client sent it (decoded), echoed in the links
    QString filterApplied;
    QString resource = QStringLiteral("tasks"); // the list's path below the prefix, for its links
    QString sort; // as the client sent it, echoed in the links; empty: none
};
QJsonObject list(const ListPage &page, const QString &prefix);

// An EBS volume backup as GET /backups/aws/ebs-volumes lists it.
QJsonObject ebsBackup(const SimClumioBackup &backup, const QString &prefix);

// {"errors":[{"error_code":…,"error_message":"…"}]}
SimResponse error(int status, quint32 code, const QString &message);

} // namespace SimClumioJson
} // namespace BackupDash
