#pragma once

// Reading Qt Linguist .ts files for the catalogue checks (tst_catalogue, tst_germanui).
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace BackupDash::Catalogue {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false; // no type="unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

// Every message of a .ts file, in file order; empty with *error set when it cannot be read.
inline QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message { context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {} };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
        return {};
    }
    return messages;
}

// The placeholders a text uses: "%1", "%2", "%n" (a %L1 counts as %1), sorted, once each.
inline QStringList placeholders(const QString &text)
{
    static const QRegularExpression Placeholder(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QSet<QString> found;
    for (auto it = Placeholder.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

inline QString key(const QString &context, const QString &source)
{
    return context + QLatin1Char('\x1f') + source;
}

} // namespace BackupDash::Catalogue
