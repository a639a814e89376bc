// Compressed answers: the first byte picks the Content-Encoding, the rest is the body. Beyond
// the sanitizers, the cap and "half a body is never handed on" are checked on every input.
#include "connectors/bodyinflater.h"
#include "tests/fuzz/fuzzinput.h"

#include <array>

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::array<QByteArray, 4> encodings { "gzip", "deflate", "identity", "br" };
    const QByteArray encoding = encodings[data[0] % encodings.size()];
    const QByteArray body = Fuzz::bytes(data + 1, size - 1);
    constexpr qint64 Cap = 1024 * 1024;
    const InflatedBody result = inflateBody(body, encoding, Cap);
    if (result.outcome == InflatedBody::Outcome::Ok && result.body.size() > Cap)
        __builtin_trap();
    if (result.outcome != InflatedBody::Outcome::Ok && !result.body.isEmpty())
        __builtin_trap();
    return 0;
}
