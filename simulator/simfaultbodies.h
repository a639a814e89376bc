#pragma once

#include <QByteArray>

namespace BackupDash {

// Bodies for the faults that answer 200 with something a client must refuse. Pure functions.

// The same JSON with every value swapped for one of another type (arrays and objects become
// strings, strings numbers, numbers and booleans strings, null an object), keys kept: valid
// JSON of the wrong shape. Not JSON in → a JSON object of wrong types out.
QByteArray simWrongShapeBody(const QByteArray &json);
// Valid JSON of exactly `bytes` bytes (at least 16).
QByteArray simOversizeBody(qint64 bytes);
// A gzip member whose content inflates to `bytes` spaces; about a
// thousandth of that on the wire. Built once per size and kept.
QByteArray simGzipBombBody(qint64 bytes);

} // namespace BackupDash
