// Every command of the window reachable by a key of its own, no key bound twice, and the list in
// docs/shortcuts.md (and in Help → Keyboard shortcuts) the same as what the keys do.
#include "tests/common/modelwindow.h"
#include "views/mainwindow.h"
#include "views/shortcutlist.h"
#include "views/shortcutsdialog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTest>

using namespace BackupDash;

namespace {

using Window = TestSupport::ModelWindow;

QSet<QString> asSet(const QList<ShortcutEntry> &entries)
{
    QSet<QString> set;
    for (const ShortcutEntry &e : entries)
        set.insert(e.keys + QStringLiteral(" = ") + e.command);
    return set;
}

// The rows of the shortcuts table in docs/shortcuts.md: | `Keys` | Command | Where |
QList<ShortcutEntry> documented()
{
    QFile file(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/../../docs/shortcuts.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ShortcutEntry> entries;
    static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\| ([^|]+?) \\|"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = row.match(line); m.hasMatch())
            entries.append({ m.captured(1), m.captured(2) });
    }
    return entries;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMainCommandsHaveKeys()
    {
        Window w;
        const QSet<QString> keys = [&] {
            QSet<QString> set;
            for (const ShortcutEntry &e : shortcutsOf(w.window))
                set.insert(e.keys);
            return set;
        }();
        for (const char *expected : { "F5", "Ctrl+F", "Ctrl+R", "Ctrl+E", "Ctrl+Q", "F1", "Ctrl+1", "Ctrl+2", "Ctrl+3",
                                      "Ctrl+4", "Ctrl+5", "Ctrl+Shift+A", "Alt+Left", "Alt+Right" })
            QVERIFY2(keys.contains(QLatin1String(expected)), expected);
    }

    void noKeyIsBoundTwice()
    {
        Window w;
        QHash<QString, QString> byKeys;
        for (const ShortcutEntry &e : shortcutsOf(w.window)) {
            QVERIFY2(
                !byKeys.contains(e.keys),
                qPrintable(e.keys + QStringLiteral(": ") + byKeys.value(e.keys) + QStringLiteral(" and ") + e.command));
            byKeys.insert(e.keys, e.command);
        }
    }

    void theDocumentationListsExactlyThem()
    {
        Window w;
        const QList<ShortcutEntry> docs = documented();
        QVERIFY(!docs.isEmpty());
        const QSet<QString> actual = asSet(shortcutsOf(w.window));
        const QSet<QString> written = asSet(docs);
        QVERIFY2(actual == written,
                 qPrintable(QStringLiteral("missing from docs/shortcuts.md: ")
                            + QStringList((actual - written).values()).join(QStringLiteral("; "))
                            + QStringLiteral(" | documented but not bound: ")
                            + QStringList((written - actual).values()).join(QStringLiteral("; "))));
    }

    void helpShowsThem()
    {
        Window w;
        const QList<ShortcutEntry> entries = shortcutsOf(w.window);
        ShortcutsDialog dialog(entries);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), entries.size());
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 1)->text(), entries[row].command);
            QCOMPARE(QKeySequence(table->item(row, 0)->text(), QKeySequence::NativeText),
                     QKeySequence(entries[row].keys, QKeySequence::PortableText));
        }
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
