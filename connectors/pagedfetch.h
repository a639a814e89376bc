#pragma once

#include "connectors/apiclient.h"
#include "connectors/parsed.h"
#include "connectors/workerrun.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <vector>

namespace BackupDash {

// A page as a vendor parser reads it: its items and the vendor's link to the next page
// (relative to the host root; empty on the last page).
template<typename Item> struct Page
{
    std::vector<Item> items;
    QString nextLink;
};

inline constexpr int MaxPages = 10'000;

namespace Detail {

// One paged listing under way; kept alive only by the callbacks waiting for it.
template<typename Item, typename Parse, typename Done>
class PagedFetch : public std::enable_shared_from_this<PagedFetch<Item, Parse, Done>>
{
public:
    PagedFetch(ApiClient &client, Parse parse, Done done)
        : m_client(&client)
        , m_parse(std::move(parse))
        , m_done(std::move(done))
    {
    }

    void fetch(const ApiRequest &request)
    {
        if (!m_client)
            return;
        m_client->send(request, [self = this->shared_from_this()](const ApiResult &result) { self->handle(result); });
    }

private:
    void handle(const ApiResult &result)
    {
        if (!result.ok()) {
            m_done(result.error, std::vector<Item> {});
            return;
        }
        if (!m_client)
            return;
        runOnWorker(
            m_client.data(), [parse = m_parse, body = result.response.body] { return parse(body); },
            [self = this->shared_from_this()](Parsed<Page<Item>> page) { self->handlePage(std::move(page)); });
    }

    void handlePage(Parsed<Page<Item>> page)
    {
        if (!page) {
            m_done(ApiError::make(ApiError::Kind::BadPayload, page.error), std::vector<Item> {});
            return;
        }
        ++m_pages;
        for (Item &item : page.value->items)
            m_items.push_back(std::move(item));
        const QString next = page.value->nextLink;
        if (next.isEmpty()) {
            m_done(ApiError {}, std::move(m_items));
            return;
        }
        if (m_seenLinks.contains(next) || m_pages >= MaxPages) {
            m_done(ApiError::make(ApiError::Kind::BadPayload,
                                  QCoreApplication::translate("Paging",
                                                              "the vendor's paging does not end "
                                                              "(page %1 links to %2 again)")
                                      .arg(m_pages)
                                      .arg(next)),
                   std::vector<Item> {});
            return;
        }
        m_seenLinks << next;
        ApiRequest nextRequest;
        nextRequest.hostPath = next;
        fetch(nextRequest);
    }

    QPointer<ApiClient> m_client;
    Parse m_parse;
    Done m_done;
    std::vector<Item> m_items;
    QStringList m_seenLinks;
    int m_pages = 0;
};

} // namespace Detail

// Follows a vendor's pages to the end: each page is fetched through `client`, parsed on a
// worker thread with `parse` (pure: bytes → Parsed<Page<Item>>), and the next request made
// from its link. `done(ApiError, std::vector<Item>)` gets every item, or the first error.
// A link that repeats, or more than MaxPages pages, is a bad payload, not an endless poll.
template<typename Item, typename Parse, typename Done>
void fetchAllPages(ApiClient &client, const ApiRequest &first, Parse parse, Done done)
{
    std::make_shared<Detail::PagedFetch<Item, Parse, Done>>(client, std::move(parse), std::move(done))->fetch(first);
}

} // namespace BackupDash
