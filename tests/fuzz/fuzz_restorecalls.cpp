// The restore and abort answers of every vendor (restorecalls.h), and the vendors' error
// bodies as the dashboard puts them in words: each reader gets the same input.
#include "connectors/restorecalls.h"
#include "connectors/vendorerrortext.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    RestoreRequest step;
    step.journalId = QStringLiteral("5b0c9a52-2f1e-4a7e-9a43-0d7e3c1b2a11");
    step.vendorJobId = QStringLiteral("session-1");
    step.itemId = QStringLiteral("mailbox-1");
    step.itemName = QStringLiteral("anna@example.com");

    (void)Vb365::parseRestoreSessionId(body);
    (void)Vb365::sessionsFor(body, step.journalId);
    (void)Vb365::parseMailboxes(body);
    (void)Vb365::mailboxRestoreEvents(body, step);
    (void)Clumio::parseRestoreTaskId(body);
    (void)Clumio::restoreTasksFor(body, QStringLiteral("backup-1"));
    (void)Clumio::parseEbsBackups(body);
    (void)CloudAlly::parseRestoreJobId(body);
    (void)CloudAlly::parseRestoreJob(body);
    (void)vendorErrorText(body);
    return 0;
}
