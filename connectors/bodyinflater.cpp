#include "connectors/bodyinflater.h"

#include <zlib.h>

#include <algorithm>

namespace BackupDash {

namespace {

constexpr int ChunkBytes = 64 * 1024;
// zlib's windowBits: 15 + 16 reads a gzip header, 15 a zlib header, −15 raw deflate.
constexpr int GzipWindow = 15 + 16;
constexpr int ZlibWindow = 15;
constexpr int RawWindow = -15;

InflatedBody inflateWith(const QByteArray &encoded, int windowBits, qint64 capBytes)
{
    InflatedBody result;
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK) {
        result.outcome = InflatedBody::Outcome::Corrupt;
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(encoded.constData()));
    stream.avail_in = uInt(encoded.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const qsizetype before = result.body.size();
        // Room for one more chunk, and one byte past the cap so "exactly the cap" still fits.
        const qint64 room = std::min<qint64>(ChunkBytes, capBytes + 1 - before);
        result.body.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(result.body.data() + before);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        result.body.resize(before + (room - stream.avail_out));
        if (result.body.size() > capBytes) {
            result.outcome = InflatedBody::Outcome::TooLarge;
            break;
        }
        // With room to write, no progress (Z_BUF_ERROR) means the input ended mid-stream.
        if (status != Z_OK && status != Z_STREAM_END) {
            result.outcome = InflatedBody::Outcome::Corrupt;
            break;
        }
    }
    inflateEnd(&stream);
    if (result.outcome != InflatedBody::Outcome::Ok)
        result.body.clear(); // half a body is never handed on
    return result;
}

} // namespace

bool isEncoded(const QByteArray &contentEncoding)
{
    const QByteArray value = contentEncoding.trimmed().toLower();
    return !value.isEmpty() && value != "identity";
}

InflatedBody inflateBody(const QByteArray &encoded, const QByteArray &contentEncoding, qint64 capBytes)
{
    const QByteArray value = contentEncoding.trimmed().toLower();
    if (!isEncoded(value)) {
        if (encoded.size() > capBytes)
            return { InflatedBody::Outcome::TooLarge, {} };
        return { InflatedBody::Outcome::Ok, encoded };
    }
    if (encoded.isEmpty()) // a body-less answer (204, a HEAD) with the header set
        return {};
    if (value == "gzip" || value == "x-gzip")
        return inflateWith(encoded, GzipWindow, capBytes);
    if (value == "deflate") {
        // "deflate" means zlib-wrapped, but some servers send it raw.
        InflatedBody wrapped = inflateWith(encoded, ZlibWindow, capBytes);
        if (wrapped.outcome != InflatedBody::Outcome::Corrupt)
            return wrapped;
        return inflateWith(encoded, RawWindow, capBytes);
    }
    return { InflatedBody::Outcome::Unsupported, {} };
}

} // namespace BackupDash
