#include "views/shortcutlist.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QWidget>
#include <algorithm>

namespace BackupDash {

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    // Arrows drawn on a button ("◀ Previous week") are pictures, not the command's name.
    while (!text.isEmpty() && (text.front().isSymbol() || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back().isSymbol() || text.back().isSpace()))
        text.chop(1);
    return text;
}

void add(QList<ShortcutEntry> &entries, const QKeySequence &keys, const QString &text)
{
    if (keys.isEmpty() || keys == QKeySequence::mnemonic(text))
        return; // a mnemonic is underlined where it works; the list is for the rest
    const ShortcutEntry entry { keys.toString(QKeySequence::PortableText), withoutMnemonic(text) };
    const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&entry](const ShortcutEntry &e) {
        return e.keys == entry.keys && e.command == entry.command;
    });
    if (!listed) // an action in a menu and on a button is one command
        entries.append(entry);
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QWidget &root)
{
    QList<ShortcutEntry> entries;
    const QList<QAction *> actions = root.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &keys : action->shortcuts())
            add(entries, keys, action->text());
    }
    const QList<QAbstractButton *> buttons = root.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->text().isEmpty())
            add(entries, button->shortcut(), button->text());
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return QKeySequence(a.keys, QKeySequence::PortableText) < QKeySequence(b.keys, QKeySequence::PortableText);
    });
    return entries;
}

} // namespace BackupDash
