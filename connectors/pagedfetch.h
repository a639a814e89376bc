#pragma once

#include "connectors/apiclient.h"
#include "connectors/lookahead.h"
#include "connectors/pagedigests.h"
#include "connectors/parsed.h"
#include "connectors/workerrun.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>
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

// A quick guess at a raw page's next link (e.g. with peekJsonString), empty for none: the next
// page is then asked for while this one is parsed. Optional.
using PeekNext = std::function<QString(const QByteArray &body)>;

namespace Detail {

// One paged listing under way; kept alive only by the callbacks waiting for it.
// `finish(ApiError, std::vector<Item>, bool unchanged, int pagesParsed)` runs once at the end.
template<typename Item, typename Parse, typename Finish>
class PagedFetch : public std::enable_shared_from_this<PagedFetch<Item, Parse, Finish>>
{
public:
    PagedFetch(ApiClient &client, Parse parse, Finish finish, std::shared_ptr<PageDigests> digests, PeekNext peek)
        : m_client(&client)
        , m_parse(std::move(parse))
        , m_finish(std::move(finish))
        , m_digests(std::move(digests))
        , m_peek(std::move(peek))
    {
    }

    void start(const ApiRequest &first)
    {
        m_first = first;
        m_skipping = m_digests && m_digests->hasReference();
        if (m_digests)
            m_digests->startWalk();
        fetch(first);
        guessAhead();
    }

private:
    void fetch(const ApiRequest &request)
    {
        if (!m_client)
            return;
        m_client->send(request, [self = this->shared_from_this()](const ApiResult &result) { self->handle(result); });
    }

    void handle(const ApiResult &result)
    {
        if (!result.ok()) {
            m_finish(result.error, std::vector<Item> {}, false, m_parsed);
            return;
        }
        if (!m_client)
            return;
        const qsizetype index = m_pages;
        const QByteArray digest = m_digests ? PageDigests::digest(result.response.body) : QByteArray();
        if (m_skipping) {
            // The same bytes as at the last good poll: the same items, so the link it gave then.
            if (const std::optional<QString> known = m_digests->knownContinuation(index, digest)) {
                m_digests->record(index, digest, *known);
                ++m_pages;
                if (known->isEmpty()) {
                    m_finish(ApiError {}, std::vector<Item> {}, true, m_parsed);
                } else {
                    follow(*known);
                    guessAhead();
                }
                return;
            }
            m_skipping = false;
            m_lookahead.drop(); // the pages after this one may differ too
            if (index > 0) {
                // Changed after pages that were not parsed: walk the listing again, parsing.
                m_pages = 0;
                m_seenLinks.clear();
                m_digests->startWalk();
                fetch(m_first);
                return;
            }
        }
        if (m_peek) {
            const QString guess = m_peek(result.response.body);
            if (!guess.isEmpty() && !m_seenLinks.contains(guess)) {
                ApiRequest ahead;
                ahead.hostPath = guess;
                m_lookahead.guess(*m_client, ahead);
            }
        }
        ++m_parsed;
        runOnWorker(
            m_client->workerPool(), m_client.data(),
            [parse = m_parse, body = result.response.body] { return parse(body); },
            [self = this->shared_from_this(), index, digest](Parsed<Page<Item>> page) {
                self->handlePage(std::move(page), index, digest);
            });
    }

    void handlePage(Parsed<Page<Item>> page, qsizetype index, const QByteArray &digest)
    {
        if (!page) {
            m_lookahead.drop();
            m_finish(ApiError::make(ApiError::Kind::BadPayload, page.error), std::vector<Item> {}, false, m_parsed);
            return;
        }
        ++m_pages;
        for (Item &item : page.value->items)
            m_items.push_back(std::move(item));
        const QString next = page.value->nextLink;
        if (m_digests)
            m_digests->record(index, digest, next);
        if (next.isEmpty()) {
            m_lookahead.drop();
            m_finish(ApiError {}, std::move(m_items), false, m_parsed);
            return;
        }
        follow(next);
    }

    // While the pages are the last good poll's, the next ones are asked for before this one
    // arrives; page m_pages is the one on its way (when take() answered at once, the walk has
    // moved on already and the guesses follow it).
    void guessAhead()
    {
        if (!m_skipping || !m_client)
            return;
        m_lookahead.guessFromReference(*m_client, *m_digests, m_pages, [](const QString &link, qsizetype) {
            ApiRequest request;
            request.hostPath = link;
            return request;
        });
    }

    void follow(const QString &next)
    {
        if (m_seenLinks.contains(next) || m_pages >= MaxPages) {
            m_lookahead.drop();
            m_finish(ApiError::make(ApiError::Kind::BadPayload,
                                    QCoreApplication::translate("Paging",
                                                                "the vendor's paging does not end "
                                                                "(page %1 links to %2 again)")
                                        .arg(m_pages)
                                        .arg(next)),
                     std::vector<Item> {}, false, m_parsed);
            return;
        }
        m_seenLinks.insert(next);
        ApiRequest nextRequest;
        nextRequest.hostPath = next;
        if (!m_client)
            return;
        m_lookahead.take(*m_client, nextRequest,
                         [self = this->shared_from_this()](const ApiResult &result) { self->handle(result); });
    }

    QPointer<ApiClient> m_client;
    Parse m_parse;
    Finish m_finish;
    std::shared_ptr<PageDigests> m_digests;
    PeekNext m_peek;
    Lookahead m_lookahead;
    ApiRequest m_first;
    bool m_skipping = false;
    std::vector<Item> m_items;
    QSet<QString> m_seenLinks;
    qsizetype m_pages = 0;
    int m_parsed = 0;
};

} // namespace Detail

// Follows a vendor's pages to the end: each page is fetched through `client`, parsed on a
// worker thread with `parse` (pure: bytes → Parsed<Page<Item>>), and the next request made
// from its link. `done(ApiError, std::vector<Item>)` gets every item, or the first error.
// A link that repeats, or more than MaxPages pages, is a bad payload, not an endless poll.
template<typename Item, typename Parse, typename Done>
void fetchAllPages(ApiClient &client, const ApiRequest &first, Parse parse, Done done, PeekNext peek = {})
{
    auto finish = [done = std::move(done)](const ApiError &error, std::vector<Item> items, bool, int) mutable {
        done(error, std::move(items));
    };
    std::make_shared<Detail::PagedFetch<Item, Parse, decltype(finish)>>(client, std::move(parse), std::move(finish),
                                                                        nullptr, std::move(peek))
        ->start(first);
}

// The end of a listing walked with fetchPagesUnlessUnchanged().
template<typename Item> struct PagedOutcome
{
    ApiError error;
    bool unchanged = false; // every page as at the last good poll: `items` is empty, nothing parsed
    std::vector<Item> items;
    int pagesParsed = 0;
};

// fetchAllPages(), comparing each page with `digests` (this listing at the last good poll):
// while pages come back the same they are not parsed; if every page does, the outcome is
// `unchanged`. A page that differs after unparsed ones starts the walk again, parsing (the
// items of the unparsed pages are not kept anywhere). The caller commits `digests` once the
// poll's data has been delivered. `done(PagedOutcome<Item>)`.
template<typename Item, typename Parse, typename Done>
void fetchPagesUnlessUnchanged(ApiClient &client, const ApiRequest &first, std::shared_ptr<PageDigests> digests,
                               Parse parse, Done done, PeekNext peek = {})
{
    auto finish = [done = std::move(done)](const ApiError &error, std::vector<Item> items, bool unchanged,
                                           int parsed) mutable {
        done(PagedOutcome<Item> { error, unchanged, std::move(items), parsed });
    };
    std::make_shared<Detail::PagedFetch<Item, Parse, decltype(finish)>>(client, std::move(parse), std::move(finish),
                                                                        std::move(digests), std::move(peek))
        ->start(first);
}

} // namespace BackupDash
