#include "views/sourcesdialog.h"

#include "models/secretstore.h"
#include "views/sourceeditordialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace BackupDash {

SourcesDialog::SourcesDialog(SecretStore *secrets, SourceTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_tester(tester)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Sources"));
    m_list->setAccessibleName(tr("Sources"));
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    auto *listLabel = new QLabel(tr("Sources &watched by this dashboard:"), this);
    listLabel->setBuddy(m_list);

    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add a source (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_remove->setToolTip(tr("Remove the selected source (Delete)"));
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, [this] { removeSource(m_list->currentRow()); });
    m_list->addAction(removeKey);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : { m_add, m_edit, m_remove, m_toggle }) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    saveButton->setShortcut(QKeySequence::Save);
    saveButton->setToolTip(tr("Save the sources file; the dashboard applies it at once (%1)")
                               .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(saveButton, &QPushButton::clicked, this, &SourcesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourcesDialog::reject);

    connect(m_add, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSource(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSource(m_list->currentRow()); });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && size_t(row) < m_document.sources.size())
            setSourceEnabled(row, !m_document.sources[size_t(row)].enabled);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { editSource(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 420);
    updateButtons();
}

SourcesDialog::~SourcesDialog() = default;

bool SourcesDialog::openFile(const QString &path)
{
    m_path = path;
    m_readOnlyReason.clear();
    m_document = {};
    QFile file(path);
    if (!file.exists()) {
        m_document.root.insert(QLatin1String("sources"), QJsonArray());
        refreshList();
        setStatus(tr("%1 does not exist yet: it is created when you save.").arg(QDir::toNativeSeparators(path)), false);
        return true;
    }
    QString error;
    std::optional<SourcesDocument> document;
    if (file.open(QIODevice::ReadOnly))
        document = readSourcesDocument(file.readAll(), &error);
    else
        error = file.errorString();
    if (!document) {
        m_readOnlyReason = tr("%1 cannot be edited here: %2. Fix it in a text editor, then open this dialog again.")
                               .arg(QDir::toNativeSeparators(path), error);
        refreshList();
        setStatus(m_readOnlyReason, true);
        return false;
    }
    m_document = std::move(*document);
    refreshList();
    setStatus(tr("Editing %1.").arg(QDir::toNativeSeparators(path)), false);
    checkKeychain();
    return true;
}

void SourcesDialog::showReadOnly(const QByteArray &json, const QString &why)
{
    QString error;
    std::optional<SourcesDocument> document = readSourcesDocument(json, &error);
    m_document = document ? std::move(*document) : SourcesDocument {};
    m_readOnlyReason = why;
    refreshList();
    setStatus(why, false);
}

QString SourcesDialog::statusText() const
{
    return m_status->text();
}

bool SourcesDialog::canSave() const
{
    return m_readOnlyReason.isEmpty() && !m_path.isEmpty() && m_pendingJobs == 0;
}

void SourcesDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem && !text.isEmpty() ? tr("⚠ %1").arg(text) : text);
}

void SourcesDialog::checkKeychain()
{
    if (!m_secrets)
        return;
    for (const SourceEntry &entry : m_document.sources) {
        for (const QString &field : requiredCredentials(entry.vendor, entry.authMode)) {
            if (entry.credential(field).origin != CredentialOrigin::Keychain)
                continue;
            const QString key = keychainKey(entry.id, field);
            // Only whether it is there: the secret itself is dropped at once.
            m_secrets->read(key, this, [this, key](const SecretResult &result) {
                if (result.ok())
                    m_storedKeys.insert(key);
                else if (result.status == SecretResult::Status::NoKeyring)
                    m_keyringProblem = result.message;
                refreshList();
                if (!m_keyringProblem.isEmpty())
                    setStatus(m_keyringProblem, true);
            });
        }
    }
}

void SourcesDialog::refreshList()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const SourceEntry &entry : m_document.sources) {
        QStringList notes;
        if (!entry.enabled)
            notes << tr("disabled");
        const QStringList literal = literalSecrets(entry);
        for (const QString &field : literal)
            notes << tr("%1 written in the file").arg(credentialNoun(field));
        for (const QString &field : requiredCredentials(entry.vendor, entry.authMode)) {
            const CredentialEntry c = entry.credential(field);
            if (c.origin == CredentialOrigin::Keychain && c.value.isEmpty()
                && !m_storedKeys.contains(keychainKey(entry.id, field)))
                notes << tr("%1 not in the keychain").arg(credentialNoun(field));
            else if (c.origin == CredentialOrigin::Keychain && !c.value.isEmpty())
                notes << tr("%1 stored on save").arg(credentialNoun(field));
        }
        QString text = tr("%1 — %2 · %3").arg(entry.id, entry.vendor, entry.baseUrl);
        if (!notes.isEmpty())
            text += QStringLiteral("  (") + notes.join(QLatin1String("; ")) + QLatin1Char(')');
        auto *item = new QListWidgetItem(text, m_list);
        const bool attention = !literal.isEmpty() || text.contains(tr("not in the keychain"));
        item->setIcon(style()->standardIcon(attention            ? QStyle::SP_MessageBoxWarning
                                                : !entry.enabled ? QStyle::SP_MediaPause
                                                                 : QStyle::SP_DialogApplyButton));
        if (!entry.enabled)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(current, 0, m_list->count() - 1));
    updateButtons();
}

void SourcesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && size_t(row) < m_document.sources.size();
    const bool editable = m_readOnlyReason.isEmpty();
    m_add->setEnabled(editable);
    m_edit->setEnabled(selected);
    m_edit->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_remove->setEnabled(selected && editable);
    m_toggle->setEnabled(selected && editable);
    m_toggle->setText(selected && !m_document.sources[size_t(row)].enabled ? tr("E&nable") : tr("&Disable"));
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(canSave());
    saveButton->setToolTip(m_readOnlyReason.isEmpty() ? saveButton->toolTip() : m_readOnlyReason);
}

void SourcesDialog::addSource()
{
    if (m_readOnlyReason.isEmpty())
        openEditor(-1);
}

void SourcesDialog::editSource(int row)
{
    if (row >= 0 && size_t(row) < m_document.sources.size())
        openEditor(row);
}

void SourcesDialog::openEditor(int row)
{
    if (m_editor)
        return;
    SourceEntry entry;
    std::vector<SourceEntry> others;
    for (size_t i = 0; i < m_document.sources.size(); ++i) {
        if (int(i) == row)
            entry = m_document.sources[i];
        else
            others.push_back(m_document.sources[i]);
    }
    if (row < 0) {
        entry.vendor = QStringLiteral("veeam-vb365");
        entry.apiVersion = QStringLiteral("v8");
        entry.authMode = QStringLiteral("partner");
    }
    for (auto it = entry.credentials.begin(); it != entry.credentials.end(); ++it)
        it->stored = m_storedKeys.contains(keychainKey(entry.id, it.key()));
    auto *editor = new SourceEditorDialog(entry, std::move(others), m_tester, this);
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_readOnlyReason.isEmpty())
        editor->setWindowTitle(tr("Source %1 (read only)").arg(entry.id));
    // Closed is gone, even before its deletion: another one may open at once.
    connect(editor, &QDialog::finished, this, [this] { m_editor.clear(); });
    connect(editor, &QDialog::accepted, this, [this, row, editor] {
        if (!m_readOnlyReason.isEmpty())
            return;
        SourceEntry edited = editor->entry();
        if (row < 0)
            m_document.sources.push_back(std::move(edited));
        else
            m_document.sources[size_t(row)] = std::move(edited);
        m_dirty = true;
        refreshList();
        if (row < 0)
            m_list->setCurrentRow(m_list->count() - 1);
        setStatus(tr("Unsaved changes: Save writes them to %1.").arg(QDir::toNativeSeparators(m_path)), false);
    });
    editor->open();
}

void SourcesDialog::removeSource(int row)
{
    if (!m_readOnlyReason.isEmpty() || row < 0 || size_t(row) >= m_document.sources.size())
        return;
    m_document.sources.erase(m_document.sources.begin() + row);
    m_dirty = true;
    refreshList();
    setStatus(tr("Unsaved changes: Save writes them to %1.").arg(QDir::toNativeSeparators(m_path)), false);
}

void SourcesDialog::setSourceEnabled(int row, bool enabled)
{
    if (!m_readOnlyReason.isEmpty() || row < 0 || size_t(row) >= m_document.sources.size())
        return;
    m_document.sources[size_t(row)].enabled = enabled;
    m_dirty = true;
    refreshList();
    setStatus(tr("Unsaved changes: Save writes them to %1.").arg(QDir::toNativeSeparators(m_path)), false);
}

QSet<QString> SourcesDialog::keychainKeysInUse() const
{
    QSet<QString> keys;
    for (const SourceEntry &entry : m_document.sources) {
        for (auto it = entry.credentials.cbegin(); it != entry.credentials.cend(); ++it) {
            if (it->origin == CredentialOrigin::Keychain)
                keys.insert(keychainKey(entry.id, it.key()));
        }
    }
    return keys;
}

void SourcesDialog::save()
{
    if (!canSave())
        return;
    QStringList problems;
    for (size_t i = 0; i < m_document.sources.size(); ++i) {
        std::vector<SourceEntry> others = m_document.sources;
        others.erase(others.begin() + qsizetype(i));
        SourceEntry entry = m_document.sources[i];
        for (auto it = entry.credentials.begin(); it != entry.credentials.end(); ++it)
            it->stored = m_storedKeys.contains(keychainKey(entry.id, it.key()));
        for (const QString &problem : validateSourceEntry(entry, others))
            problems << tr("%1: %2").arg(entry.id.isEmpty() ? tr("(no id)") : entry.id, problem);
    }
    if (!problems.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problems.join(QLatin1Char(' '))), true);
        return;
    }

    // The secrets first: the file must never point at a keychain entry that is not there.
    m_saveFailures.clear();
    for (SourceEntry &entry : m_document.sources) {
        for (auto it = entry.credentials.begin(); it != entry.credentials.end(); ++it) {
            if (it->origin != CredentialOrigin::Keychain || it->value.isEmpty())
                continue;
            if (!m_secrets) {
                m_saveFailures << tr("there is no keychain here: name an environment variable for the %1 of %2")
                                      .arg(credentialNoun(it.key()), entry.id);
                continue;
            }
            const QString key = keychainKey(entry.id, it.key());
            ++m_pendingJobs;
            m_secrets->write(key, it->value, this, [this, key](const SecretResult &result) {
                --m_pendingJobs;
                if (result.ok())
                    m_storedKeys.insert(key);
                else
                    m_saveFailures << result.message;
                finishKeychainWrites();
            });
        }
    }
    updateButtons();
    if (m_pendingJobs == 0)
        finishKeychainWrites();
    else
        setStatus(tr("Storing secrets in the keychain…"), false);
}

void SourcesDialog::finishKeychainWrites()
{
    if (m_pendingJobs > 0)
        return;
    updateButtons();
    if (!m_saveFailures.isEmpty()) {
        m_saveFailures.removeDuplicates();
        setStatus(tr("Not saved: %1").arg(m_saveFailures.join(QLatin1String("; "))), true);
        return;
    }
    // The typed secrets are in the keychain now: the dialog forgets them.
    for (SourceEntry &entry : m_document.sources) {
        for (auto it = entry.credentials.begin(); it != entry.credentials.end(); ++it) {
            if (it->origin == CredentialOrigin::Keychain)
                it->value.clear();
        }
    }
    writeFile();
}

void SourcesDialog::writeFile()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path); // atomic: a crash leaves the old file, never half of the new one
    const QByteArray bytes = writeSourcesDocument(m_document);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setStatus(tr("Not saved: cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()), true);
        return;
    }
    // Keychain entries nothing in the file refers to any more (removed sources, renamed ids,
    // credentials moved to an environment variable): forgotten, after the file stopped using them.
    const QSet<QString> inUse = keychainKeysInUse();
    const QSet<QString> stored = m_storedKeys;
    for (const QString &key : stored) {
        if (inUse.contains(key) || !m_secrets)
            continue;
        m_storedKeys.remove(key);
        m_secrets->remove(key, this, [](const SecretResult &) {});
    }
    m_dirty = false;
    refreshList();
    setStatus(tr("Saved %1; the dashboard now watches these sources.").arg(QDir::toNativeSeparators(m_path)), false);
    Q_EMIT saved(m_path);
}

void SourcesDialog::reject()
{
    if (m_dirty && m_readOnlyReason.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Close without saving the changes to the sources?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace BackupDash
