#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

class QJsonArray;
class QJsonObject;

namespace BackupDash {

// One HTTP answer as plain values, plus how the transport should deliver it (faults).
struct SimResponse
{
    enum class Delivery {
        Complete, // the whole answer
        Truncated, // full Content-Length, half the body, then the connection closes
        Hang, // never answered; held until the client goes away
        Close, // the request was read; the connection closes without a byte of answer
        Reset, // full Content-Length, half the body, then a TCP reset (RST, not an orderly close)
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length is added by the transport
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    int delayMs = 0;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse json(int status, const QJsonArray &array);
    // The ASP.NET Web API error shape VB365 uses: {"message": "…"}.
    static SimResponse message(int status, const QString &text);
};

} // namespace BackupDash
