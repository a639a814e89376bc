#pragma once

#include "models/sourcesdocument.h"
#include "views/sourcetester.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace BackupDash {

// One source's settings, as the vendor needs them: id, vendor, base URL, the vendor's own
// options and credentials, each credential from an environment variable or the keychain.
// "Test connection" polls the edited source once (not saved); OK checks the entry in words.
class SourceEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditorDialog)

public:
    // `others`: the document's other entries (duplicate ids); `tester` may be null (no test).
    SourceEditorDialog(const SourceEntry &entry, std::vector<SourceEntry> others, SourceTester *tester,
                       QWidget *parent = nullptr);
    ~SourceEditorDialog() override;

    SourceEntry entry() const; // as edited
    QStringList problems() const; // validateSourceEntry() of entry()

    // The controls, for tests and keyboard users alike.
    void setId(const QString &id);
    void setVendor(const QString &vendor);
    void setBaseUrl(const QString &url);
    void setAuthMode(const QString &mode);
    void setCredential(const QString &field, CredentialOrigin origin, const QString &value);
    void moveLiteralSecretsToKeychain();
    void testConnection();
    QPushButton *testButton() const { return m_testButton; }
    QString testResultText() const;
    QString problemsText() const;
    QString literalWarningText() const;

    void accept() override; // only when the entry has no problem
    void done(int result) override; // closing cancels a running test

private:
    struct CredentialRow
    {
        QLabel *label = nullptr;
        QComboBox *origin = nullptr;
        QLineEdit *value = nullptr;
    };

    void rebuildCredentialRows();
    void storeCredentialRows(); // the rows' values back into m_credentials
    void updateCredentialRow(const QString &field);
    void updateVendorOptions();
    void handleTestFinished(bool ok, const QString &text);
    void browseCaCertificates();

    SourceEntry m_original;
    std::vector<SourceEntry> m_others;
    QPointer<SourceTester> m_tester; // may go first when both are children of one dialog
    QHash<QString, CredentialEntry> m_credentials;
    QHash<QString, CredentialRow> m_rows;
    QLineEdit *m_id;
    QComboBox *m_vendor;
    QLineEdit *m_baseUrl;
    QComboBox *m_apiVersion;
    QLabel *m_apiVersionLabel;
    QComboBox *m_authMode;
    QLabel *m_authModeLabel;
    QGroupBox *m_credentialBox;
    QFormLayout *m_credentialForm;
    QLabel *m_literalWarning;
    QPushButton *m_moveToKeychain;
    QSpinBox *m_pollInterval;
    QDoubleSpinBox *m_rpoHours;
    QLineEdit *m_caCertificates;
    QCheckBox *m_enabled;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace BackupDash
