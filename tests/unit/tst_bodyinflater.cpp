// inflateBody: compressed answers unpacked under the response cap, every bad input said so.
#include "connectors/bodyinflater.h"

#include <QTest>
#include <zlib.h>

using namespace BackupDash;

namespace {

// zlib's windowBits for the encoder: gzip, zlib-wrapped, raw deflate.
constexpr int Gzip = 15 + 16;
constexpr int Zlib = 15;
constexpr int Raw = -15;

QByteArray compressed(const QByteArray &plain, int windowBits)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(int(deflateBound(&stream, uLong(plain.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate did not finish");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray jsonLike(int bytes)
{
    QByteArray text;
    for (int i = 0; text.size() < bytes; ++i)
        text += "{\"id\":\"task-" + QByteArray::number(i) + "\",\"status\":\"Success\"},";
    text.truncate(bytes);
    return text;
}

} // namespace

class TestBodyInflater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unpacksEachEncoding_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("windowBits");
        QTest::newRow("gzip") << QByteArray("gzip") << Gzip;
        QTest::newRow("x-gzip, any case, spaces") << QByteArray(" X-GZIP ") << Gzip;
        QTest::newRow("deflate (zlib-wrapped)") << QByteArray("deflate") << Zlib;
        QTest::newRow("deflate (raw, as some servers send it)") << QByteArray("deflate") << Raw;
    }
    void unpacksEachEncoding()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(int, windowBits);
        const QByteArray plain = jsonLike(300'000); // several of the inflater's chunks
        const InflatedBody result = inflateBody(compressed(plain, windowBits), encoding, 1024 * 1024);
        QCOMPARE(result.outcome, InflatedBody::Outcome::Ok);
        QCOMPARE(result.body, plain);
    }

    void exactlyTheCapFitsOneMoreByteDoesNot()
    {
        const QByteArray plain = jsonLike(100'000);
        const QByteArray gz = compressed(plain, Gzip);
        QCOMPARE(inflateBody(gz, "gzip", plain.size()).outcome, InflatedBody::Outcome::Ok);
        const InflatedBody over = inflateBody(gz, "gzip", plain.size() - 1);
        QCOMPARE(over.outcome, InflatedBody::Outcome::TooLarge);
        QVERIFY(over.body.isEmpty()); // half a body is never handed on
    }

    void bombStopsAtTheCap()
    {
        // 256 MiB of zeros pack into about 250 KiB; unpacking stops just past the 1 MiB cap.
        const QByteArray gz = compressed(QByteArray(256 * 1024 * 1024, '\0'), Gzip);
        QVERIFY(gz.size() < 1024 * 1024);
        const InflatedBody result = inflateBody(gz, "gzip", 1024 * 1024);
        QCOMPARE(result.outcome, InflatedBody::Outcome::TooLarge);
        QVERIFY(result.body.isEmpty());
    }

    void badInputIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("encoding");
        const QByteArray gz = compressed(jsonLike(10'000), Gzip);
        QTest::newRow("cut short") << gz.left(gz.size() / 2) << QByteArray("gzip");
        QTest::newRow("not gzip at all") << QByteArray("{\"plain\":\"json\"}") << QByteArray("gzip");
        QByteArray flipped = gz;
        flipped[gz.size() / 2] = char(flipped[gz.size() / 2] ^ 0x55);
        QTest::newRow("damaged in the middle") << flipped << QByteArray("gzip");
        QTest::newRow("neither zlib nor raw deflate") << QByteArray("\xff\xff\xff\xff", 4) << QByteArray("deflate");
    }
    void badInputIsCorrupt()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, encoding);
        const InflatedBody result = inflateBody(encoded, encoding, 1024 * 1024);
        QCOMPARE(result.outcome, InflatedBody::Outcome::Corrupt);
        QVERIFY(result.body.isEmpty());
    }

    void encodingNeverAskedForIsUnsupported()
    {
        QCOMPARE(inflateBody("\x1b\x00", "br", 1024).outcome, InflatedBody::Outcome::Unsupported);
        QCOMPARE(inflateBody("abc", "gzip, br", 1024).outcome, InflatedBody::Outcome::Unsupported);
    }

    void identityPassesThroughUnderTheCap()
    {
        QVERIFY(!isEncoded(""));
        QVERIFY(!isEncoded("Identity"));
        QVERIFY(isEncoded("gzip"));
        const InflatedBody same = inflateBody("{\"a\":1}", "identity", 1024);
        QCOMPARE(same.outcome, InflatedBody::Outcome::Ok);
        QCOMPARE(same.body, QByteArray("{\"a\":1}"));
        QCOMPARE(inflateBody(QByteArray(2048, 'x'), "", 1024).outcome, InflatedBody::Outcome::TooLarge);
    }

    void emptyBodyWithAnEncodingIsEmpty()
    {
        const InflatedBody result = inflateBody({}, "gzip", 1024);
        QCOMPARE(result.outcome, InflatedBody::Outcome::Ok);
        QVERIFY(result.body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBodyInflater)
#include "tst_bodyinflater.moc"
