#pragma once

#include "models/sourcesdocument.h"
#include "views/sourceeditordialog.h"
#include "views/sourcetester.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace BackupDash {

class SecretStore;

// File → Sources…: the sources configuration file, edited. A list of the sources with Add,
// Edit, Remove and Enable/Disable; each source edited in a SourceEditorDialog. Save stores the
// typed secrets in the keychain first, then writes the file atomically (keys it does not edit
// kept, no keychain secret in it), then forgets keychain entries nothing refers to any more.
class SourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)

public:
    // `secrets` and `tester` may be null: no keychain, no "Test connection".
    SourcesDialog(SecretStore *secrets, SourceTester *tester, QWidget *parent = nullptr);
    ~SourcesDialog() override;
    void setTester(SourceTester *tester) { m_tester = tester; } // for editors opened from now on

    // The file to edit; a missing file is created on save. False (and said in the dialog,
    // which then cannot save) when the file is not a sources configuration.
    bool openFile(const QString &path);
    // Shows sources that cannot be saved, and why (the demo's).
    void showReadOnly(const QByteArray &json, const QString &why);

    const SourcesDocument &document() const { return m_document; }
    QString path() const { return m_path; }
    QListWidget *list() const { return m_list; }
    SourceEditorDialog *editor() const { return m_editor; } // the open editor, if any
    QString statusText() const;
    bool canSave() const;
    bool isSaving() const { return m_pendingJobs > 0; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // What the buttons do, for tests and keyboard users alike. `row` is the list's row.
    void addSource();
    void editSource(int row);
    void removeSource(int row);
    void setSourceEnabled(int row, bool enabled);
    void save();

    void reject() override; // asks before dropping unsaved changes

Q_SIGNALS:
    void saved(const QString &path); // the file is written; the dashboard applies it

private:
    void openEditor(int row); // -1: a new source
    void refreshList();
    void updateButtons();
    void setStatus(const QString &text, bool problem);
    void checkKeychain(); // which keychain fields hold a secret
    void finishKeychainWrites();
    void writeFile();
    QSet<QString> keychainKeysInUse() const;

    SecretStore *m_secrets;
    QPointer<SourceTester> m_tester; // may go first when both are children of one dialog
    SourcesDocument m_document;
    QString m_path;
    QString m_readOnlyReason;
    QString m_keyringProblem; // why the keychain cannot answer, in words
    QSet<QString> m_storedKeys; // keychain keys found holding a secret (when opened, or written)
    bool m_dirty = false;
    int m_pendingJobs = 0;
    QStringList m_saveFailures;
    QPointer<SourceEditorDialog> m_editor;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_toggle;
    QDialogButtonBox *m_buttons;
};

} // namespace BackupDash
