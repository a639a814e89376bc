// Veeam Backup for Microsoft 365: every byte entry point of the parser gets the same input
// (jobs, sessions and restore sessions pages, the token answer), and whatever parsed is
// joined into a snapshot the way the connector does it.
#include "connectors/vb365/vb365parser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    Parsed<Page<Vb365::JobRecord>> jobs = Vb365::parseJobsPage(body);
    Parsed<Page<TaskRun>> sessions = Vb365::parseSessionsPage(body);
    const auto samePage = [](const auto &a, const auto &b) {
        return a.items == b.items && a.nextLink == b.nextLink;
    };
    Fuzz::expectSame(jobs, Vb365::parseJobsPageReference(body), samePage);
    Fuzz::expectSame(sessions, Vb365::parseSessionsPageReference(body), samePage);
    Parsed<Page<RestoreJob>> restores = Vb365::parseRestoreSessionsPage(body);
    (void)Vb365::parseToken(body, Fuzz::now());

    std::vector<Vb365::JobRecord> jobList = jobs ? std::move(jobs.value->items) : std::vector<Vb365::JobRecord> {};
    // Every job gets the same sessions: the join then sorts and picks from a non-trivial list.
    std::vector<std::vector<TaskRun>> sessionsPerJob(jobList.size(),
                                                     sessions ? sessions.value->items : std::vector<TaskRun> {});
    std::vector<RestoreJob> restoreList = restores ? std::move(restores.value->items) : std::vector<RestoreJob> {};
    (void)Vb365::buildSnapshot(QStringLiteral("vb365"), std::move(jobList), std::move(sessionsPerJob),
                               std::move(restoreList), Fuzz::now());
    return 0;
}
