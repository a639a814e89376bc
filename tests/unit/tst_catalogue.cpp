// The German catalogue against the sources: lupdate over app/, models/, views/ and connectors/
// into a temporary .ts, and every message found there must have a finished German translation
// in resources/translations with the same placeholders; so a new untranslated text fails here.
#include "tests/common/catalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace BackupDash;
using Catalogue::Message;

namespace {

// The folders scripts/update-translations scans (keep the two in step).
const QStringList TranslatedFolders { QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("views"),
                                      QStringLiteral("connectors") };

QString translationsDir()
{
    return QStringLiteral(BACKUPDASH_SOURCE_DIR "/resources/translations");
}

QHash<QString, Message> byKey(const QList<Message> &messages)
{
    QHash<QString, Message> map;
    for (const Message &m : messages)
        map.insert(Catalogue::key(m.context, m.source), m);
    return map;
}

// What is wrong with one committed translation, empty when nothing.
QString problem(const Message &m)
{
    if (!m.finished)
        return QStringLiteral("unfinished");
    if (m.numerus && m.translations.size() != 2)
        return QStringLiteral("%1 plural forms instead of German's 2").arg(m.translations.size());
    const QStringList wanted = Catalogue::placeholders(m.source);
    for (const QString &t : m.translations) {
        if (t.trimmed().isEmpty())
            return QStringLiteral("empty translation");
        // A plural form may spell "1" out only where the source counts with %n.
        if (Catalogue::placeholders(t) != wanted)
            return QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                .arg(Catalogue::placeholders(t).join(u' '), t, wanted.join(u' '));
    }
    return {};
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Message> m_fromSources; // what lupdate finds in the sources now

    QList<Message> committed(const QString &file)
    {
        QString error;
        const QList<Message> messages = Catalogue::readTs(QDir(translationsDir()).filePath(file), &error);
        if (!error.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        return messages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString scanned = m_dir.filePath(QStringLiteral("backupdash_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(BACKUPDASH_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(qEnvironmentVariable("BACKUPDASH_LUPDATE"),
                      QStringList { QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral("."),
                                    QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                    QStringLiteral("none") }
                          + TranslatedFolders + QStringList { QStringLiteral("-ts"), scanned });
        QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        m_fromSources = Catalogue::readTs(scanned, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_fromSources.size() > 500, "lupdate found too few texts: were the folders scanned?");
    }

    void placeholdersAreReadAsTheyAreWritten()
    {
        QCOMPARE(Catalogue::placeholders(QStringLiteral("%1 of %2 sources: %3")),
                 (QStringList { QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3") }));
        QCOMPARE(Catalogue::placeholders(QStringLiteral("%n tasks, %L1 %1")),
                 (QStringList { QStringLiteral("%1"), QStringLiteral("%n") }));
        QCOMPARE(Catalogue::placeholders(QStringLiteral("100 % done")), QStringList());
    }

    void aBadTranslationIsFound()
    {
        // The checks below must catch each of these, or they prove nothing.
        const Message lost {
            QStringLiteral("X"), QStringLiteral("%1 of %2"), false, true, { QStringLiteral("%1 von") }
        };
        QVERIFY(problem(lost).contains(QLatin1String("placeholders")));
        const Message open { QStringLiteral("X"), QStringLiteral("Sources"), false, false, { QString() } };
        QCOMPARE(problem(open), QStringLiteral("unfinished"));
        const Message empty { QStringLiteral("X"), QStringLiteral("Sources"), false, true, { QStringLiteral(" ") } };
        QCOMPARE(problem(empty), QStringLiteral("empty translation"));
        const Message onePlural {
            QStringLiteral("X"), QStringLiteral("%n tasks"), true, true, { QStringLiteral("%n Aufgaben") }
        };
        QVERIFY(problem(onePlural).contains(QLatin1String("plural forms")));
        const Message noCount { QStringLiteral("X"),
                                QStringLiteral("%n tasks"),
                                true,
                                true,
                                { QStringLiteral("eine Aufgabe"), QStringLiteral("%n Aufgaben") } };
        QVERIFY(problem(noCount).contains(QLatin1String("placeholders")));
        QString error;
        QVERIFY(Catalogue::readTs(m_dir.filePath(QStringLiteral("absent.ts")), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("cannot open")));
    }

    void everyTextOfTheSourcesHasAFinishedGermanTranslation()
    {
        const QHash<QString, Message> german = byKey(committed(QStringLiteral("backupdash_de.ts")));
        QVERIFY(!german.isEmpty());
        QStringList problems;
        for (const Message &m : std::as_const(m_fromSources)) {
            const auto found = german.constFind(Catalogue::key(m.context, m.source));
            if (found == german.cend())
                problems << QStringLiteral("%1 / \"%2\": not in backupdash_de.ts").arg(m.context, m.source);
            else if (found->numerus != m.numerus)
                problems << QStringLiteral("%1 / \"%2\": plural in one, not in the other").arg(m.context, m.source);
            else if (const QString why = problem(*found); !why.isEmpty())
                problems << QStringLiteral("%1 / \"%2\": %3").arg(m.context, m.source, why);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 German messages need work (scripts/update-translations, then "
                                           "translate):\n")
                                .arg(problems.size())
                            + problems.mid(0, 30).join(u'\n')));
    }

    void theCatalogueHoldsNothingTheSourcesDropped()
    {
        QSet<QString> current;
        for (const Message &m : std::as_const(m_fromSources))
            current.insert(Catalogue::key(m.context, m.source));
        QStringList stale;
        for (const Message &m : committed(QStringLiteral("backupdash_de.ts"))) {
            if (!current.contains(Catalogue::key(m.context, m.source)))
                stale << QStringLiteral("%1 / \"%2\"").arg(m.context, m.source);
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/update-translations; gone from the sources:\n")
                            + stale.mid(0, 30).join(u'\n')));
    }

    void everyPluralHasItsEnglishForms()
    {
        const QHash<QString, Message> english = byKey(committed(QStringLiteral("backupdash_en.ts")));
        QStringList problems;
        for (const Message &m : std::as_const(m_fromSources)) {
            if (!m.numerus)
                continue;
            const auto found = english.constFind(Catalogue::key(m.context, m.source));
            if (found == english.cend())
                problems << QStringLiteral("\"%1\": not in backupdash_en.ts").arg(m.source);
            else if (const QString why = problem(*found); !why.isEmpty())
                problems << QStringLiteral("\"%1\": %2").arg(m.source, why);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
