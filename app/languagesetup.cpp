#include "app/languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace BackupDash {

namespace {

const QString LanguageOption = QStringLiteral("--lang");

struct LanguageSetupMsg
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetup)
};

// Ours among app's translators, so that choosing again replaces them.
const QString TranslatorName = QStringLiteral("backupdash-language");

// Loads one catalogue for locale into a translator owned by app; false when there is none.
bool installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList languageNames()
{
    return { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("C") };
}

std::optional<QLocale> localeForLanguage(const QString &name)
{
    if (name == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (name == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (name == QLatin1String("C"))
        return QLocale::c();
    return std::nullopt;
}

QString languageArgument(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == LanguageOption)
            value = arguments.value(i + 1, QStringLiteral("?")); // a missing value is unknown, not "system"
        else if (argument.startsWith(LanguageOption + u'='))
            value = argument.mid(LanguageOption.size() + 1);
    }
    return value;
}

void installLanguage(QCoreApplication &app, const QLocale &locale)
{
    // A deleted translator leaves the application's list by itself.
    qDeleteAll(app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly));
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::C)
        return; // the source texts, as tests and scripts expect them
    // The English catalogue holds only plural forms ("1 task", "2 tasks").
    installCatalogue(app, locale, QStringLiteral("backupdash"), QStringLiteral(":/i18n"));
    installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

Parsed<QLocale> setUpLanguage(QCoreApplication &app, const QStringList &arguments)
{
    const QString name = languageArgument(arguments);
    if (name.isEmpty()) {
        installLanguage(app, QLocale::system());
        return Parsed<QLocale>::ok(QLocale::system());
    }
    const std::optional<QLocale> locale = localeForLanguage(name);
    if (!locale) {
        return Parsed<QLocale>::fail(LanguageSetupMsg::tr("unknown language '%1' for --lang (one of %2)")
                                         .arg(name, languageNames().join(QStringLiteral(", "))));
    }
    installLanguage(app, *locale);
    return Parsed<QLocale>::ok(*locale);
}

} // namespace BackupDash
