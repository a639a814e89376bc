#include "views/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace BackupDash {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(entries.size()), 2, this);
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Command") });
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        // Shown in the desktop's own spelling (translated key names), listed in the portable one.
        const QKeySequence keys(entries[row].keys, QKeySequence::PortableText);
        table->setItem(row, 0, new QTableWidgetItem(keys.toString(QKeySequence::NativeText)));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].command));
    }
    table->resizeColumnsToContents(); // a few dozen rows at most
    table->horizontalHeader()->setStretchLastSection(true);

    auto *note = new QLabel(tr("Tab and Shift+Tab move between controls; Ctrl+Tab and Ctrl+Shift+Tab between tabs; "
                               "underlined letters with Alt."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace BackupDash
