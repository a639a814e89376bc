#pragma once

#include "views/shortcutlist.h"

#include <QDialog>

namespace BackupDash {

// Help → Keyboard shortcuts: the window's shortcuts in a table, the same list as
// docs/shortcuts.md.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
};

} // namespace BackupDash
