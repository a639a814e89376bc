#include "models/journalrestores.h"

#include <QCoreApplication>
#include <QHash>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads JournalRestoresMsg::tr(), a free tr() would leave it guessing.
struct JournalRestoresMsg
{
    Q_DECLARE_TR_FUNCTIONS(JournalRestores)
};

// A journaled restore the vendor does not list, as a row.
RestoreJob journalRow(const JournalEntry &entry)
{
    const RestoreRequest &r = entry.request;
    RestoreJob row;
    row.sourceId = r.sourceId;
    row.vendor = r.vendor;
    // An item step names its session as its job, like the request that opened it: its row is
    // its own all the same.
    row.id = entry.vendorJobId.isEmpty() || isItemStep(r) ? QStringLiteral("journal:") + entry.journalId()
                                                          : entry.vendorJobId;
    row.target = QStringLiteral("%1 → %2").arg(
        isItemStep(r) ? JournalRestoresMsg::tr("mailbox %1").arg(r.itemName) : r.taskName, destinationWords(r));
    row.createdAt = entry.createdAt;
    row.journalId = entry.journalId();
    row.startedBy = r.operatorName;
    row.vendorStatus = journalStateKey(entry.state);
    switch (entry.state) {
    case JournalState::Queued:
    case JournalState::Sending:
        row.status = Status::Queued;
        row.note = JournalRestoresMsg::tr("being sent");
        break;
    case JournalState::Accepted:
        if (isItemStep(r)) {
            // The vendor answers a mailbox restore once it is done; the session lists it as an event.
            row.status = Status::Success;
            row.note = JournalRestoresMsg::tr("restored in restore session %1").arg(entry.vendorJobId);
            row.endedAt = entry.updatedAt;
            break;
        }
        row.status = Status::Queued;
        row.note = JournalRestoresMsg::tr("accepted; waiting for the vendor to list it");
        break;
    case JournalState::Unknown:
        row.status = Status::Unknown;
        row.note = isItemStep(r)
            ? JournalRestoresMsg::tr("outcome unknown — checking the restore session's events; if it stays so, "
                                     "check in the Veeam console")
            : JournalRestoresMsg::tr("outcome unknown — checking");
        break;
    case JournalState::Rejected:
        row.status = Status::Failed;
        row.note = JournalRestoresMsg::tr("refused: %1").arg(entry.reason);
        row.endedAt = entry.updatedAt;
        break;
    }
    return row;
}

} // namespace

std::vector<RestoreJob> withJournal(const QString &sourceId, std::vector<RestoreJob> vendorRows,
                                    const QList<JournalEntry> &entries)
{
    QHash<QString, size_t> rowOfJob;
    for (size_t i = 0; i < vendorRows.size(); ++i)
        rowOfJob.insert(vendorRows[i].id, i);
    for (const JournalEntry &entry : entries) {
        if (entry.request.sourceId != sourceId || entry.request.kind != RestoreKind::Restore)
            continue;
        const auto it = rowOfJob.constFind(entry.vendorJobId);
        if (!entry.vendorJobId.isEmpty() && it != rowOfJob.cend() && !isItemStep(entry.request)) {
            RestoreJob &row = vendorRows[*it]; // the vendor lists it: its own status rules
            row.journalId = entry.journalId();
            row.startedBy = entry.request.operatorName;
            continue;
        }
        vendorRows.push_back(journalRow(entry));
    }
    return vendorRows;
}

} // namespace BackupDash
