#pragma once

#include <QByteArray>

namespace BackupDash {

// An answer's body after its Content-Encoding is undone, or why it could not be.
struct InflatedBody
{
    enum class Outcome {
        Ok,
        TooLarge, // it unpacks past the cap: a decompression bomb, or just too big
        Corrupt, // not valid gzip/deflate, or cut short
        Unsupported, // an encoding we never asked for
    };
    Outcome outcome = Outcome::Ok;
    QByteArray body;
};

// Undoes gzip or deflate (zlib-wrapped or raw), streaming, and stops as soon as the output
// passes `capBytes`, so a small body that unpacks huge costs only the cap. An empty or
// "identity" encoding hands the body back as it is. Pure; runs on a worker thread.
InflatedBody inflateBody(const QByteArray &encoded, const QByteArray &contentEncoding, qint64 capBytes);

// Whether a Content-Encoding value asks for inflateBody's work.
bool isEncoded(const QByteArray &contentEncoding);

} // namespace BackupDash
