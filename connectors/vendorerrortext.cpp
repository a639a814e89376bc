#include "connectors/vendorerrortext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BackupDash {

namespace {
constexpr qsizetype MaxLength = 300;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MaxLength)
        text = text.left(MaxLength - 1) + QChar(0x2026);
    return text;
}
} // namespace

QString vendorErrorText(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        const QString description = o.value(QLatin1String("error_description")).toString();
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isString() && !description.isEmpty())
            return clip(error.toString() + QStringLiteral(": ") + description);
        for (const char *key : { "message", "error_description", "Message", "detail", "title" }) {
            const QString text = o.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                return clip(text);
        }
        if (error.isString())
            return clip(error.toString());
        if (error.isObject()) {
            const QString text = error.toObject().value(QLatin1String("message")).toString();
            if (!text.isEmpty())
                return clip(text);
        }
        const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            for (const char *key : { "error_message", "message" }) {
                const QString text = first.value(QLatin1String(key)).toString();
                if (!text.isEmpty())
                    return clip(text);
            }
        }
        return {};
    }
    // Plain text or HTML from a proxy: only short, printable text is worth showing.
    const QString text = QString::fromUtf8(body.left(MaxLength * 2)).trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')) || text.startsWith(QLatin1Char('{'))
        || text.startsWith(QLatin1Char('[')))
        return {};
    for (QChar c : text) {
        if (!c.isPrint() && !c.isSpace())
            return {};
    }
    return clip(text);
}

} // namespace BackupDash
