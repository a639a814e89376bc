#pragma once

#include "connectors/apiclient.h"
#include "connectors/pagedigests.h"

#include <QByteArrayView>
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
    void guess(ApiClient &client, const ApiRequest &request);
    // `done` gets the answer for `request`: the guessed one (now, or when it arrives) when it
    // is the same URL, else that of a request sent now.
    void take(ApiClient &client, const ApiRequest &request, ApiClient::Callback done);
    void drop();
    bool isGuessing() const { return bool(m_slot); }
    // While a walk sees the pages of the last good poll, the page after `index` is the one that
    // walk's continuation led to: asked for now, before `index` arrives (a page that differs
    // drops it). `requestFor` turns a continuation into its request. Nothing when already
    // guessing or when `index` was the last page.
    template<typename RequestFor>
    void guessFromReference(ApiClient &client, const PageDigests &digests, qsizetype index, RequestFor requestFor)
    {
        if (isGuessing())
            return;
        if (const std::optional<QString> next = digests.referenceContinuation(index); next && !next->isEmpty())
            guess(client, requestFor(*next));
    }

private:
    struct Slot
    {
        QUrl url;
        std::optional<ApiResult> result;
        ApiClient::Callback waiting;
        bool dropped = false;
    };
    std::shared_ptr<Slot> m_slot;
};

// A quick guess at a JSON string value without parsing: the value of the last `"key":` in
// `body` (with `inside`: of the first `"key":` after the last `"inside"`), or empty when there
// is none, it is not a plain string, or it holds escapes (then the guess is not worth making).
// Only a guess: the parser's reading decides.
QString peekJsonString(const QByteArray &body, QByteArrayView key, QByteArrayView inside = {});

} // namespace BackupDash
