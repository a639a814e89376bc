#include "simulator/simresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BackupDash {

namespace {
const QByteArray JsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

SimResponse fromDocument(int status, const QJsonDocument &document)
{
    SimResponse response;
    response.status = status;
    response.headers.append({ QByteArrayLiteral("Content-Type"), JsonContentType });
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}
} // namespace

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({ name, value });
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    return fromDocument(status, QJsonDocument(object));
}

SimResponse SimResponse::json(int status, const QJsonArray &array)
{
    return fromDocument(status, QJsonDocument(array));
}

SimResponse SimResponse::message(int status, const QString &text)
{
    return json(status, QJsonObject { { QStringLiteral("message"), text } });
}

} // namespace BackupDash
