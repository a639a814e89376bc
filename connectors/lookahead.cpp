#include "connectors/lookahead.h"

namespace BackupDash {

void Lookahead::guess(ApiClient &client, const ApiRequest &request)
{
    drop();
    add(client, request);
}

void Lookahead::add(ApiClient &client, const ApiRequest &request)
{
    // For measuring what it gains (docs/performance.md, P3): BACKUPDASH_NO_LOOKAHEAD=1.
    static const bool off = qEnvironmentVariableIntValue("BACKUPDASH_NO_LOOKAHEAD") == 1;
    if (off)
        return;
    auto slot = std::make_shared<Slot>();
    slot->url = client.urlFor(request);
    m_slots.push_back(slot);
    client.send(request, [slot](const ApiResult &result) {
        if (slot->dropped)
            return;
        if (slot->waiting) {
            const ApiClient::Callback waiting = std::move(slot->waiting);
            slot->waiting = nullptr;
            waiting(result);
        } else {
            slot->result = result;
        }
    });
}

void Lookahead::take(ApiClient &client, const ApiRequest &request, ApiClient::Callback done)
{
    if (!m_slots.empty() && m_slots.front()->url == client.urlFor(request)) {
        const std::shared_ptr<Slot> slot = m_slots.front();
        m_slots.pop_front();
        if (slot->result)
            done(*slot->result);
        else
            slot->waiting = std::move(done);
        return;
    }
    drop(); // their answers arrive and go nowhere
    client.send(request, std::move(done));
}

void Lookahead::drop()
{
    for (const std::shared_ptr<Slot> &slot : m_slots)
        slot->dropped = true;
    m_slots.clear();
}

QString peekJsonString(const QByteArray &body, QByteArrayView key, QByteArrayView inside)
{
    const QByteArray quoted = '"' + key.toByteArray() + '"';
    qsizetype at = -1;
    if (inside.isEmpty()) {
        at = body.lastIndexOf(quoted);
    } else {
        const qsizetype outer = body.lastIndexOf('"' + inside.toByteArray() + '"');
        at = outer < 0 ? -1 : body.indexOf(quoted, outer);
    }
    if (at < 0)
        return {};
    qsizetype i = at + quoted.size();
    const auto skipSpace = [&] {
        while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
            ++i;
    };
    skipSpace();
    if (i >= body.size() || body[i] != ':')
        return {};
    ++i;
    skipSpace();
    if (i >= body.size() || body[i] != '"')
        return {};
    const qsizetype start = ++i;
    while (i < body.size() && body[i] != '"') {
        if (body[i] == '\\')
            return {};
        ++i;
    }
    if (i >= body.size())
        return {};
    return QString::fromUtf8(body.constData() + start, i - start);
}

} // namespace BackupDash
