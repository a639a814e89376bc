#include "simulator/simfaultbodies.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <algorithm>
#include <zlib.h>

namespace BackupDash {

namespace {

QJsonValue swapped(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QStringLiteral("wrong-shape");
    case QJsonValue::String:
        return 42;
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return QStringLiteral("not-a-number");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QJsonObject { { QStringLiteral("unexpected"), true } };
    }
    return {};
}

QJsonObject swappedObject(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        result.insert(it.key(), swapped(it.value()));
    return result;
}

// Raw deflate of `size` spaces as self-contained, byte-aligned, non-final blocks: a fresh
// stream ended with Z_FULL_FLUSH, so copies of it can follow each other in one stream.
QByteArray deflatedSpaces(qint64 size, int flush)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray input(qsizetype(size), ' ');
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        deflate(&stream, flush);
        out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    } while (stream.avail_out == 0);
    deflateEnd(&stream);
    return out;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// gzip (RFC 1952) of `bytes` spaces, built from one compressed megabyte repeated: seconds of
// deflate for a gigabyte are avoided, and the inflated size is never held.
QByteArray gzipOfSpaces(qint64 bytes)
{
    constexpr qint64 Chunk = 1 << 20;
    const QByteArray block = deflatedSpaces(Chunk, Z_FULL_FLUSH);
    const QByteArray chunk(qsizetype(Chunk), ' ');
    const uLong chunkCrc = crc32(0L, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(Chunk));
    QByteArray out = QByteArrayLiteral("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"); // gzip, deflate, no name
    uLong crc = crc32(0L, Z_NULL, 0);
    for (qint64 done = 0; done + Chunk <= bytes; done += Chunk) {
        out.append(block);
        crc = crc32_combine(crc, chunkCrc, z_off_t(Chunk));
    }
    const qint64 rest = bytes % Chunk;
    out.append(deflatedSpaces(rest, Z_FINISH)); // the rest, and the final block
    crc = crc32_combine(crc, crc32(0L, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(rest)), z_off_t(rest));
    appendLittleEndian32(out, quint32(crc));
    appendLittleEndian32(out, quint32(quint64(bytes) & 0xffffffffu));
    return out;
}

} // namespace

QByteArray simWrongShapeBody(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return QJsonDocument(swappedObject(document.object())).toJson(QJsonDocument::Compact);
    if (document.isArray()) // a list where the client expects one: an object of wrong types instead
        return QJsonDocument(QJsonObject { { QStringLiteral("items"), QStringLiteral("wrong-shape") },
                                           { QStringLiteral("count"), QStringLiteral("many") } })
            .toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("{\"items\":\"wrong-shape\",\"count\":\"many\"}");
}

QByteArray simOversizeBody(qint64 bytes)
{
    // {"padding":"…"} — valid JSON, so only the size is wrong.
    const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}");
    const qint64 fill = std::max<qint64>(0, bytes - head.size() - tail.size());
    QByteArray body;
    body.reserve(head.size() + fill + tail.size());
    body.append(head);
    body.append(qsizetype(fill), 'x');
    body.append(tail);
    return body;
}

QByteArray simGzipBombBody(qint64 bytes)
{
    static QMutex mutex;
    static QHash<qint64, QByteArray> built; // a 1 GiB bomb takes seconds to build: once
    const QMutexLocker lock(&mutex);
    const auto it = built.constFind(bytes);
    if (it != built.cend())
        return *it;
    const QByteArray body = gzipOfSpaces(bytes);
    built.insert(bytes, body);
    return body;
}

} // namespace BackupDash
