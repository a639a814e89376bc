#pragma once

#include "connectors/apiclient.h"
#include "connectors/pagedigests.h"

#include <QByteArrayView>
#include <deque>
#include <memory>

namespace BackupDash {

// The next page of a sequential listing asked for on a guess while the page before it is still
// being parsed, so a listing of 1,000 pages does not wait for 1,000 parses (and their trips to
// the worker thread) in a row. The guess comes from a quick scan of the raw page; the parsed
// page decides: take() with the request it really leads to uses the guessed answer only when
// it is the same URL, else drops it (a wasted GET, never a wrong page).
class Lookahead
{
public:
    // Pages asked for ahead while a walk sees the last good poll's pages: one page at a time left
    // an unchanged 1,000-page poll as slow as a changed one (each page's trip, then its hash).
    static constexpr int ReferenceDepth = 4;

    ~Lookahead() { drop(); }

    // Drops every guess and asks for `request`.
    void guess(ApiClient &client, const ApiRequest &request);
    // `done` gets the answer for `request`: the oldest guess's (now, or when it arrives) when it
    // is the same URL; else every guess is dropped and `request` is sent now.
    void take(ApiClient &client, const ApiRequest &request, ApiClient::Callback done);
    void drop();
    // While a walk sees the pages of the last good poll, the pages after `index` are the ones that
    // walk's continuations led to: up to ReferenceDepth of them asked for now, before `index`
    // arrives (a page that differs drops them). The guesses held are the pages right after
    // `index` (take() used the ones before). `requestFor(continuation, i)` is the request for the
    // walk's page `i` that `continuation` leads to.
    template<typename RequestFor>
    void guessFromReference(ApiClient &client, const PageDigests &digests, qsizetype index, RequestFor requestFor)
    {
        for (qsizetype page = index + guesses(); guesses() < ReferenceDepth; ++page) {
            const std::optional<QString> next = digests.referenceContinuation(page);
            if (!next || next->isEmpty())
                return;
            add(client, requestFor(*next, page + 1));
        }
    }

private:
    struct Slot
    {
        QUrl url;
        std::optional<ApiResult> result;
        ApiClient::Callback waiting;
        bool dropped = false;
    };
    void add(ApiClient &client, const ApiRequest &request);
    qsizetype guesses() const { return qsizetype(m_slots.size()); }
    std::deque<std::shared_ptr<Slot>> m_slots; // oldest (the next page) first
};

// A quick guess at a JSON string value without parsing: the value of the last `"key":` in
// `body` (with `inside`: of the first `"key":` after the last `"inside"`), or empty when there
// is none, it is not a plain string, or it holds escapes (then the guess is not worth making).
// Only a guess: the parser's reading decides.
QString peekJsonString(const QByteArray &body, QByteArrayView key, QByteArrayView inside = {});

} // namespace BackupDash
