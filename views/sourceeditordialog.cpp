#include "views/sourceeditordialog.h"

#include "views/sourcetester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace BackupDash {

namespace {

constexpr int DefaultPollSeconds = 60; // the file's top-level default when it gives none
constexpr double DefaultRpoHours = 24;

QString vendorName(const QString &vendor)
{
    if (vendor == QLatin1String("veeam-vb365"))
        return SourceEditorDialog::tr("Veeam Backup for Microsoft 365");
    if (vendor == QLatin1String("clumio"))
        return SourceEditorDialog::tr("Clumio");
    if (vendor == QLatin1String("acronis"))
        return SourceEditorDialog::tr("Acronis Cyber Protect Cloud");
    if (vendor == QLatin1String("cloudally"))
        return SourceEditorDialog::tr("CloudAlly");
    return vendor;
}

// The field's label with a mnemonic no other control of the editor uses.
QString mnemonicLabel(const QString &field)
{
    if (field == QLatin1String("username"))
        return SourceEditorDialog::tr("User &name:");
    if (field == QLatin1String("password"))
        return SourceEditorDialog::tr("Pass&word:");
    if (field == QLatin1String("token"))
        return SourceEditorDialog::tr("API t&oken:");
    if (field == QLatin1String("clientId"))
        return SourceEditorDialog::tr("Client I&D:");
    if (field == QLatin1String("clientSecret"))
        return SourceEditorDialog::tr("Client &secret:");
    if (field == QLatin1String("refreshToken"))
        return SourceEditorDialog::tr("Refres&h token:");
    return credentialLabel(field) + QLatin1Char(':');
}

// Where a credential comes from, as the origin combo lists it.
void fillOrigins(QComboBox &combo, bool offerFile)
{
    combo.clear();
    combo.addItem(SourceEditorDialog::tr("Keychain"), int(CredentialOrigin::Keychain));
    combo.addItem(SourceEditorDialog::tr("Environment variable"), int(CredentialOrigin::Environment));
    if (offerFile)
        combo.addItem(SourceEditorDialog::tr("In the file"), int(CredentialOrigin::File));
}

// Fields shown for a vendor: what it needs, then what the file already has for it.
QStringList shownFields(const QString &vendor, const QString &mode, const QHash<QString, CredentialEntry> &credentials)
{
    QStringList fields = requiredCredentials(vendor, mode);
    for (const QString &field : credentialFieldNames()) {
        const CredentialEntry c = credentials.value(field);
        if (!fields.contains(field) && c.origin != CredentialOrigin::Keychain)
            fields << field; // e.g. a refreshToken given in the file: kept visible, never hidden
    }
    return fields;
}

} // namespace

SourceEditorDialog::SourceEditorDialog(const SourceEntry &entry, std::vector<SourceEntry> others, SourceTester *tester,
                                       QWidget *parent)
    : QDialog(parent)
    , m_original(entry)
    , m_others(std::move(others))
    , m_tester(tester)
    , m_credentials(entry.credentials)
    , m_id(new QLineEdit(entry.id, this))
    , m_vendor(new QComboBox(this))
    , m_baseUrl(new QLineEdit(entry.baseUrl, this))
    , m_apiVersion(new QComboBox(this))
    , m_apiVersionLabel(new QLabel(tr("&API version:"), this))
    , m_authMode(new QComboBox(this))
    , m_authModeLabel(new QLabel(tr("Account &kind:"), this))
    , m_credentialBox(new QGroupBox(tr("Credentials"), this))
    , m_credentialForm(new QFormLayout(m_credentialBox))
    , m_literalWarning(new QLabel(this))
    , m_moveToKeychain(new QPushButton(tr("&Move secrets to the keychain"), this))
    , m_pollInterval(new QSpinBox(this))
    , m_rpoHours(new QDoubleSpinBox(this))
    , m_caCertificates(new QLineEdit(entry.caCertificates, this))
    , m_enabled(new QCheckBox(tr("&Enabled: poll this source"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(entry.id.isEmpty() ? tr("Add a source") : tr("Edit source %1").arg(entry.id));

    m_id->setPlaceholderText(tr("a short name, e.g. vb365-hq"));
    for (const QString &vendor : sourceVendors())
        m_vendor->addItem(vendorName(vendor), vendor);
    m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(entry.vendor)));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://…"));
    for (int v = 3; v <= 8; ++v)
        m_apiVersion->addItem(QStringLiteral("v%1").arg(v));
    m_apiVersion->setCurrentText(entry.apiVersion.isEmpty() ? QStringLiteral("v8") : entry.apiVersion);
    m_apiVersionLabel->setBuddy(m_apiVersion);
    m_authMode->addItem(tr("Partner (MSP): client ID, client secret, e-mail and password"), QStringLiteral("partner"));
    m_authMode->addItem(tr("User: e-mail and password"), QStringLiteral("user"));
    m_authMode->setCurrentIndex(std::max(0, m_authMode->findData(entry.authMode)));
    m_authModeLabel->setBuddy(m_authMode);

    m_pollInterval->setRange(4, 86400); // 4 is "the file's default"
    m_pollInterval->setSpecialValueText(tr("default (%1 s)").arg(DefaultPollSeconds));
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setValue(entry.pollIntervalSeconds.value_or(4));
    m_rpoHours->setRange(0, 24 * 366);
    m_rpoHours->setDecimals(1);
    m_rpoHours->setSpecialValueText(tr("default (%1 h)").arg(DefaultRpoHours));
    m_rpoHours->setSuffix(tr(" h"));
    m_rpoHours->setValue(entry.rpoHours.value_or(0));
    m_caCertificates->setPlaceholderText(tr("none: the system's trusted authorities"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SourceEditorDialog::browseCaCertificates);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCertificates, 1);
    caRow->addWidget(browse);
    m_enabled->setChecked(entry.enabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(m_apiVersionLabel, m_apiVersion);
    form->addRow(m_authModeLabel, m_authMode);

    m_literalWarning->setWordWrap(true);
    m_literalWarning->setTextFormat(Qt::PlainText);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_literalWarning, 1);
    warningRow->addWidget(m_moveToKeychain);
    connect(m_moveToKeychain, &QPushButton::clicked, this, &SourceEditorDialog::moveLiteralSecretsToKeychain);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(options);
    optionsForm->addRow(tr("Po&ll every:"), m_pollInterval);
    optionsForm->addRow(tr("&RPO:"), m_rpoHours);
    auto *caLabel = new QLabel(tr("&CA certificates:"), this);
    caLabel->setBuddy(m_caCertificates);
    optionsForm->addRow(caLabel, caRow);
    optionsForm->addRow(QString(), m_enabled);

    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    m_testButton->setEnabled(m_tester != nullptr);
    m_testButton->setToolTip(tr("Poll this source once with what is typed here; nothing is saved"));
    connect(m_testButton, &QPushButton::clicked, this, &SourceEditorDialog::testConnection);
    if (m_tester)
        connect(m_tester, &SourceTester::finished, this, &SourceEditorDialog::handleTestFinished);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setVisible(false);
    m_problems->setForegroundRole(QPalette::BrightText);
    m_problems->setAutoFillBackground(true);
    QPalette problemsPalette = m_problems->palette();
    problemsPalette.setColor(QPalette::Window, QColor(0xb0, 0x26, 0x1e));
    problemsPalette.setColor(QPalette::BrightText, Qt::white);
    m_problems->setPalette(problemsPalette);
    m_problems->setMargin(6);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_credentialBox);
    layout->addLayout(warningRow);
    layout->addWidget(options);
    layout->addLayout(testRow);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        storeCredentialRows();
        updateVendorOptions();
        rebuildCredentialRows();
    });
    connect(m_authMode, &QComboBox::currentIndexChanged, this, [this] {
        storeCredentialRows();
        rebuildCredentialRows();
    });
    // A new id is a new keychain key: what the old id stored has to be typed again.
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        storeCredentialRows();
        for (auto it = m_credentials.begin(); it != m_credentials.end(); ++it)
            it->stored = it->stored && m_id->text().trimmed() == m_original.id;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            updateCredentialRow(it.key());
    });
    updateVendorOptions();
    rebuildCredentialRows();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

SourceEditorDialog::~SourceEditorDialog()
{
    if (m_tester && m_tester->isRunning())
        m_tester->cancel();
}

void SourceEditorDialog::updateVendorOptions()
{
    const QString vendor = m_vendor->currentData().toString();
    const bool vb365 = vendor == QLatin1String("veeam-vb365");
    const bool cloudAlly = vendor == QLatin1String("cloudally");
    m_apiVersion->setVisible(vb365);
    m_apiVersionLabel->setVisible(vb365);
    m_authMode->setVisible(cloudAlly);
    m_authModeLabel->setVisible(cloudAlly);
}

void SourceEditorDialog::rebuildCredentialRows()
{
    for (const CredentialRow &row : std::as_const(m_rows)) {
        m_credentialForm->removeRow(row.label);
    }
    m_rows.clear();
    const QString vendor = m_vendor->currentData().toString();
    const QString mode = vendor == QLatin1String("cloudally") ? m_authMode->currentData().toString() : QString();
    const QStringList fields = shownFields(vendor, mode, m_credentials);
    QWidget *previous = m_authMode;
    for (const QString &field : fields) {
        CredentialRow row;
        const CredentialEntry credential = m_credentials.value(field);
        const bool offerFile = !isSecretField(field) || credential.origin == CredentialOrigin::File;
        row.origin = new QComboBox(m_credentialBox);
        fillOrigins(*row.origin, offerFile);
        row.origin->setCurrentIndex(std::max(0, row.origin->findData(int(credential.origin))));
        row.origin->setAccessibleName(tr("Where the %1 comes from").arg(credentialNoun(field)));
        row.value = new QLineEdit(credential.value, m_credentialBox);
        row.value->setAccessibleName(credentialLabel(field));
        row.value->setObjectName(field);
        auto *line = new QHBoxLayout;
        line->addWidget(row.origin);
        line->addWidget(row.value, 1);
        row.label = new QLabel(mnemonicLabel(field), m_credentialBox);
        row.label->setBuddy(row.value);
        m_credentialForm->addRow(row.label, line);
        setTabOrder(previous, row.origin);
        setTabOrder(row.origin, row.value);
        previous = row.value;
        m_rows.insert(field, row);
        connect(row.origin, &QComboBox::currentIndexChanged, this, [this, field] {
            CredentialEntry &c = m_credentials[field];
            const CredentialRow &r = m_rows.value(field);
            const auto origin = CredentialOrigin(r.origin->currentData().toInt());
            if (origin != c.origin) {
                c.origin = origin;
                // A secret typed for the keychain is not a variable's name, nor the other way round.
                c.value = isSecretField(field) && origin == CredentialOrigin::Keychain ? r.value->text() : QString();
                r.value->setText(c.value);
            }
            updateCredentialRow(field);
        });
        connect(row.value, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            m_credentials[field].value = text;
            updateCredentialRow(field);
        });
        updateCredentialRow(field);
    }
    m_credentialBox->setVisible(!fields.isEmpty());
}

void SourceEditorDialog::updateCredentialRow(const QString &field)
{
    const CredentialRow row = m_rows.value(field);
    if (!row.value)
        return;
    const CredentialEntry c = m_credentials.value(field);
    const bool secret = isSecretField(field);
    switch (c.origin) {
    case CredentialOrigin::Keychain:
        row.value->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
        row.value->setPlaceholderText(c.stored ? tr("stored in the keychain; type to replace")
                                               : tr("type it; it is stored in the keychain, not in the file"));
        break;
    case CredentialOrigin::Environment:
        row.value->setEchoMode(QLineEdit::Normal);
        row.value->setPlaceholderText(
            tr("the environment variable's name, e.g. %1")
                .arg(m_id->text().trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1Char('_')
                     + field.toUpper()));
        break;
    case CredentialOrigin::File:
        row.value->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
        row.value->setPlaceholderText(QString());
        break;
    }
    // The literal secrets in the file: said, with the way out.
    QStringList literal;
    for (auto it = m_credentials.cbegin(); it != m_credentials.cend(); ++it) {
        if (isSecretField(it.key()) && it->origin == CredentialOrigin::File && !it->value.isEmpty())
            literal << it.key();
    }
    QStringList nouns;
    for (const QString &name : credentialFieldNames()) { // in the form's order, whatever the hash's
        if (literal.contains(name))
            nouns << credentialNoun(name);
    }
    const QString warning = nouns.size() == 1
        ? tr("⚠ The %1 is written in the sources file, readable by anyone who can read the file. Move it to "
             "the keychain (or name an environment variable).")
        : tr("⚠ The %1 are written in the sources file, readable by anyone who can read the file. Move them to "
             "the keychain (or name environment variables).");
    m_literalWarning->setText(nouns.isEmpty() ? QString() : warning.arg(joinedWords(nouns)));
    m_literalWarning->setVisible(!literal.isEmpty());
    m_moveToKeychain->setVisible(!literal.isEmpty());
}

void SourceEditorDialog::storeCredentialRows()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        CredentialEntry &c = m_credentials[it.key()];
        c.origin = CredentialOrigin(it->origin->currentData().toInt());
        c.value = it->value->text();
    }
}

SourceEntry SourceEditorDialog::entry() const
{
    SourceEntry e = m_original;
    e.id = m_id->text().trimmed();
    e.vendor = m_vendor->currentData().toString();
    e.baseUrl = m_baseUrl->text().trimmed();
    e.apiVersion = e.vendor == QLatin1String("veeam-vb365") ? m_apiVersion->currentText() : QString();
    e.authMode = e.vendor == QLatin1String("cloudally") ? m_authMode->currentData().toString() : QString();
    e.pollIntervalSeconds = m_pollInterval->value() == m_pollInterval->minimum()
        ? std::nullopt
        : std::optional<int>(m_pollInterval->value());
    e.rpoHours = m_rpoHours->value() == 0 ? std::nullopt : std::optional<double>(m_rpoHours->value());
    e.caCertificates = m_caCertificates->text().trimmed();
    e.enabled = m_enabled->isChecked();
    e.credentials = m_credentials;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        CredentialEntry &c = e.credentials[it.key()];
        c.origin = CredentialOrigin(it->origin->currentData().toInt());
        c.value = it->value->text();
    }
    return e;
}

QStringList SourceEditorDialog::problems() const
{
    return validateSourceEntry(entry(), m_others);
}

void SourceEditorDialog::setId(const QString &id)
{
    m_id->setText(id);
    Q_EMIT m_id->textEdited(id);
}

void SourceEditorDialog::setVendor(const QString &vendor)
{
    m_vendor->setCurrentIndex(m_vendor->findData(vendor));
}

void SourceEditorDialog::setBaseUrl(const QString &url)
{
    m_baseUrl->setText(url);
}

void SourceEditorDialog::setAuthMode(const QString &mode)
{
    m_authMode->setCurrentIndex(m_authMode->findData(mode));
}

void SourceEditorDialog::setCredential(const QString &field, CredentialOrigin origin, const QString &value)
{
    const CredentialRow row = m_rows.value(field);
    if (!row.origin)
        return;
    row.origin->setCurrentIndex(row.origin->findData(int(origin)));
    row.value->setText(value);
    Q_EMIT row.value->textEdited(value);
}

void SourceEditorDialog::moveLiteralSecretsToKeychain()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!isSecretField(it.key()) || CredentialOrigin(it->origin->currentData().toInt()) != CredentialOrigin::File)
            continue;
        const QString secret = it->value->text();
        it->origin->setCurrentIndex(it->origin->findData(int(CredentialOrigin::Keychain)));
        it->value->setText(secret); // stored in the keychain when the sources are saved
        m_credentials[it.key()].value = secret;
        updateCredentialRow(it.key());
    }
}

void SourceEditorDialog::testConnection()
{
    if (!m_tester || m_tester->isRunning())
        return;
    const SourceEntry e = entry();
    m_testButton->setEnabled(false); // one test at a time
    m_testResult->setText(tr("Connecting to %1…").arg(e.baseUrl));
    m_tester->start(e);
}

void SourceEditorDialog::handleTestFinished(bool ok, const QString &text)
{
    m_testButton->setEnabled(true);
    m_testResult->setText((ok ? tr("✔ %1") : tr("✘ %1")).arg(text));
}

QString SourceEditorDialog::testResultText() const
{
    return m_testResult->text();
}

QString SourceEditorDialog::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString SourceEditorDialog::literalWarningText() const
{
    return m_literalWarning->isHidden() ? QString() : m_literalWarning->text();
}

void SourceEditorDialog::accept()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_problems->setText(tr("Not saved yet:") + QLatin1Char('\n') + QStringLiteral("• ")
                            + found.join(QStringLiteral("\n• ")));
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

void SourceEditorDialog::done(int result)
{
    if (m_tester && m_tester->isRunning()) {
        m_tester->cancel();
        m_testButton->setEnabled(true);
        m_testResult->clear();
    }
    QDialog::done(result);
}

void SourceEditorDialog::browseCaCertificates()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), m_caCertificates->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caCertificates->setText(path);
}

} // namespace BackupDash
