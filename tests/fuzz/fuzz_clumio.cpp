// Clumio: a tasks page, then what the connector does with it: a full refresh, an incremental
// merge into that cache, the re-read chunks and the snapshot.
#include "connectors/clumio/clumioincremental.h"
#include "connectors/clumio/clumioparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const Parsed<Page<Clumio::TaskRecord>> page = Clumio::parseTasksPage(body);
    Fuzz::expectSame(page, Clumio::parseTasksPageReference(body),
                     [](const auto &a, const auto &b) { return a.items == b.items && a.nextLink == b.nextLink; });
    if (!page)
        return 0;
    const std::vector<Clumio::TaskRecord> &records = page.value->items;
    const QDateTime windowStart = Fuzz::now().addDays(-7);
    Clumio::TaskCache cache = Clumio::replaceAll(records, windowStart);
    const std::vector<QStringList> chunks = Clumio::unfinishedIdChunks(cache, 3);
    const QStringList reread = chunks.empty() ? QStringList() : chunks.front();
    (void)Clumio::idFilter(reread);
    (void)Clumio::createdSinceFilter(Clumio::newestCreated(cache));
    cache = Clumio::merge(std::move(cache), records, reread, windowStart);
    for (const Clumio::TaskRecord &record : records) {
        (void)Clumio::typeText(record);
        (void)Clumio::workloadOf(record);
    }
    (void)Clumio::buildSnapshot(QStringLiteral("clumio"), std::vector<Clumio::TaskRecord>(cache.cbegin(), cache.cend()),
                                Fuzz::now());
    return 0;
}
