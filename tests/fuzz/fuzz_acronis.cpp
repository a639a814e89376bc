// Acronis: a tasks page and the token answer, and the page's tasks made into a snapshot.
#include "connectors/acronis/acronisparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    (void)Acronis::parseToken(body, Fuzz::now());
    const Parsed<Acronis::TasksPage> page = Acronis::parseTasksPage(body);
    Fuzz::expectSame(page, Acronis::parseTasksPageReference(body),
                     [](const auto &a, const auto &b) { return a.items == b.items && a.after == b.after; });
    if (!page)
        return 0;
    for (const Acronis::TaskRecord &record : page.value->items)
        (void)Acronis::typeText(record.type);
    (void)Acronis::buildSnapshot(QStringLiteral("acronis"), page.value->items, Fuzz::now());
    return 0;
}
