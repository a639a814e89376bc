#pragma once

#include "connectors/parsed.h"
#include "models/mailbox.h"
#include "models/restorepoint.h"

#include <QList>
#include <QString>
#include <functional>

namespace BackupDash {

class ApiClient;

// What a restore can start from, read through the source's own client (so its token, TLS and
// timeouts apply): the dialog and `backupdash-cli restore` ask the same questions the same way.
namespace RestoreChoices {

// The EBS volume's backups, newest first (the first page of 100).
void fetchEbsBackups(ApiClient &client, const QString &volumeId,
                     std::function<void(const Parsed<QList<RestorePoint>> &)> done);
// The VB365 organization's mailboxes.
void fetchMailboxes(ApiClient &client, const QString &apiVersion, const QString &organizationId,
                    std::function<void(const Parsed<QList<Mailbox>> &)> done);

} // namespace RestoreChoices
} // namespace BackupDash
