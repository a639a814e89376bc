#pragma once

#include "connectors/parsed.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace BackupDash {

// The interface language: the system's, or the one --lang names.

// What --lang accepts: the languages with a catalogue, and "C" for the untranslated texts.
QStringList languageNames();

// The locale for a --lang value ("de", "en", "C"); nullopt for any other.
std::optional<QLocale> localeForLanguage(const QString &name);

// The value of --lang in the raw arguments ("--lang de" or "--lang=de"), empty when absent.
// Read before QCommandLineParser runs, so that --help and its errors already speak the language.
QString languageArgument(const QStringList &arguments);

// Makes locale the default (numbers, dates) and installs the app's catalogue and Qt's own
// (qtbase: standard buttons, --help's headings) on app, where one exists for its language;
// replaces what an earlier call installed. Widgets made before keep their texts.
void installLanguage(QCoreApplication &app, const QLocale &locale);

// What main() calls: --lang if given, else the system locale, installed on app; an unknown
// --lang value is an error in words (nothing installed).
Parsed<QLocale> setUpLanguage(QCoreApplication &app, const QStringList &arguments);

} // namespace BackupDash
