// The interface language: --lang's values and where it is read, the catalogues each language
// installs (and replaces), the default locale that dates and numbers follow.
#include "app/languagesetup.h"
#include "models/formatting.h"

#include <QCoreApplication>
#include <QTest>

using namespace BackupDash;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out { QStringLiteral("backupdash") };
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

QString tasks(int n)
{
    return QCoreApplication::translate("BackupDash::OverviewTab", "%n tasks", nullptr, n);
}

const QDateTime LateDecember(QDate(2026, 12, 28), QTime(21, 5, 9), Qt::UTC);

} // namespace

class TestLanguageSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        installLanguage(*QCoreApplication::instance(), QLocale::c()); // as every other test runs
    }

    void languageNamesMapToLocales()
    {
        QCOMPARE(languageNames(), (QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("C") }));
        QCOMPARE(localeForLanguage(QStringLiteral("de"))->language(), QLocale::German);
        QCOMPARE(localeForLanguage(QStringLiteral("en"))->language(), QLocale::English);
        QCOMPARE(localeForLanguage(QStringLiteral("C"))->language(), QLocale::C);
    }

    void unknownLanguagesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("no catalogue") << QStringLiteral("fr");
        QTest::newRow("upper case") << QStringLiteral("DE");
        QTest::newRow("region") << QStringLiteral("de_DE");
        QTest::newRow("empty") << QString();
        QTest::newRow("missing value") << QStringLiteral("?");
    }

    void unknownLanguagesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!localeForLanguage(name));
    }

    void theOptionIsFoundInTheRawArguments()
    {
        QCOMPARE(languageArgument(args({ "--demo", "--lang", "de", "--tab", "sources" })), QStringLiteral("de"));
        QCOMPARE(languageArgument(args({ "--lang=en" })), QStringLiteral("en"));
        QCOMPARE(languageArgument(args({ "--lang=en", "--lang", "C" })), QStringLiteral("C")); // the last wins
        QCOMPARE(languageArgument(args({ "--demo" })), QString());
        QCOMPARE(languageArgument(args({ "--lang" })), QStringLiteral("?")); // no value: refused, not the system's
        QCOMPARE(languageArgument(args({ "--", "--lang", "de" })), QString());
        QCOMPARE(languageArgument(args({ "--language", "de" })), QString());
    }

    void aBadLanguageIsAnErrorAndChangesNothing()
    {
        QLocale::setDefault(QLocale::c());
        const Parsed<QLocale> result = setUpLanguage(*QCoreApplication::instance(), args({ "--lang", "xx" }));
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QLatin1String("'xx'")) && result.error.contains(QLatin1String("de, en, C")),
                 qPrintable(result.error));
        QCOMPARE(QLocale().language(), QLocale::C);
        QCOMPARE(tasks(3), QStringLiteral("3 tasks"));
    }

    void germanTranslatesAndSetsTheLocale()
    {
        const Parsed<QLocale> result = setUpLanguage(*QCoreApplication::instance(), args({ "--lang", "de" }));
        QVERIFY(result);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("BackupDash::MainWindow", "Sources"), QStringLiteral("Quellen"));
        QCOMPARE(tasks(1), QStringLiteral("1 Aufgabe"));
        QCOMPARE(tasks(7), QStringLiteral("7 Aufgaben"));
        QCOMPARE(formatAge(3 * 86400 + 2 * 3600), QStringLiteral("3 T 2 h"));
        // The German date order with the full year; the clock as the German locale writes it.
        const QString stamp = formatTimestamp(LateDecember);
        QVERIFY2(stamp.contains(QLatin1String(".12.2026 ")), qPrintable(stamp));
        QCOMPARE(formatPollTime(LateDecember).count(u':'), 2);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void qtsOwnCatalogueComesAlong()
    {
        installLanguage(*QCoreApplication::instance(), *localeForLanguage(QStringLiteral("de")));
        if (QCoreApplication::translate("QPlatformTheme", "Cancel") == QLatin1String("Cancel"))
            QSKIP("Qt's German catalogue (qtbase_de.qm, package qt6-translations-l10n) is not installed");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void englishHasItsPluralsAndChoosingAgainReplaces()
    {
        installLanguage(*QCoreApplication::instance(), *localeForLanguage(QStringLiteral("de")));
        installLanguage(*QCoreApplication::instance(), *localeForLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("BackupDash::MainWindow", "Sources"), QStringLiteral("Sources"));
        QCOMPARE(tasks(1), QStringLiteral("1 task"));
        QCOMPARE(tasks(2), QStringLiteral("2 tasks"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void cKeepsTheSourceTextsAndIsoDates()
    {
        installLanguage(*QCoreApplication::instance(), *localeForLanguage(QStringLiteral("de")));
        installLanguage(*QCoreApplication::instance(), QLocale::c());
        QCOMPARE(QCoreApplication::translate("BackupDash::MainWindow", "Sources"), QStringLiteral("Sources"));
        QCOMPARE(tasks(2), QStringLiteral("2 tasks"));
        QCOMPARE(formatTimestamp(LateDecember),
                 LateDecember.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageSetup)
#include "tst_languagesetup.moc"
