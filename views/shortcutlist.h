#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace BackupDash {

struct ShortcutEntry
{
    QString keys; // "Ctrl+R", portable spelling (as docs/shortcuts.md writes it)
    QString command; // "Restore…", without the mnemonic's "&"
};

// Every explicit keyboard shortcut of the window's actions and buttons (mnemonics aside), in
// the order of their keys; read from the widgets themselves, so Help → Keyboard shortcuts
// cannot drift from what the keys do.
QList<ShortcutEntry> shortcutsOf(const QWidget &root);

} // namespace BackupDash
