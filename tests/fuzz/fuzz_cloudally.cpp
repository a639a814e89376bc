// CloudAlly: a backup-tasks page (and the paging decision it leads to), the token answer,
// and the page's tasks made into a snapshot.
#include "connectors/cloudally/cloudallypaging.h"
#include "connectors/cloudally/cloudallyparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    (void)CloudAlly::parseToken(body, Fuzz::now());
    Parsed<CloudAlly::TasksPage> page = CloudAlly::parseTasksPage(body);
    Fuzz::expectSame(page, CloudAlly::parseTasksPageReference(body), [](const auto &a, const auto &b) {
        return a.tasks == b.tasks && a.nextPageToken == b.nextPageToken && a.totalPages == b.totalPages;
    });
    if (!page)
        return 0;
    // As if on the second page with the token already followed once: the repeat guard and the
    // totalPages arithmetic both see what the vendor sent.
    (void)CloudAlly::nextStep(2, page.value->nextPageToken, page.value->totalPages, { page.value->nextPageToken });
    (void)CloudAlly::nextStep(1, page.value->nextPageToken, page.value->totalPages, {});
    (void)CloudAlly::buildSnapshot(QStringLiteral("cloudally"), std::move(page.value->tasks), Fuzz::now());
    return 0;
}
