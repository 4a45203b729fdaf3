#include "SettingsDialog.h"

#include "Language.h"
#include "WebhookDispatcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wgdesk::ui {

using namespace Qt::StringLiterals;

namespace {

// Wider than the valid ranges on purpose: an out-of-range value gets a sentence that says the
// range instead of a spin box that silently refuses the keystroke.
constexpr int statusSpinMaximum = 999999;

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
}

} // namespace

SettingsDialog::SettingsDialog(const app::WebhookSettings &webhook,
                               const app::StatusSettings &status, const UiPreferences &preferences,
                               QWidget *parent)
    : QDialog(parent)
    , m_network(new QNetworkAccessManager(this))
{
    buildUi();
    setMinimumWidth(600); // URLs and file paths stay readable

    m_url->setText(webhook.url);
    m_secret->setText(webhook.secret);
    m_timeout->setValue(webhook.timeoutSeconds);
    m_caFile->setText(webhook.caFile);

    // StatusSettings keeps milliseconds; the database and the form keep whole seconds.
    m_pollInterval->setValue((status.pollIntervalMs + 500) / 1000);
    m_threshold->setValue(status.thresholdSeconds);
    m_pingChecks->setChecked(status.pingChecks);
    m_pingInterval->setValue(status.pingIntervalSeconds);

    m_trayEnabled->setChecked(preferences.trayEnabled);
    m_closeToTray->setChecked(preferences.closeToTray);
    m_connectNotices->setChecked(preferences.connectNotices);
    int languageIndex = m_language->findData(preferences.language);
    if (languageIndex < 0) {
        // A language set by hand (or by a newer version) is kept, not silently replaced.
        m_language->addItem(QLocale(preferences.language).nativeLanguageName(),
                            preferences.language);
        languageIndex = m_language->count() - 1;
    }
    m_language->setCurrentIndex(languageIndex);
    // toggled() is not sent for a value that did not change: set what depends on them now.
    m_closeToTray->setEnabled(preferences.trayEnabled);
    m_connectNotices->setEnabled(preferences.trayEnabled);
    m_pingInterval->setEnabled(status.pingChecks);
    m_pingIntervalLabel->setEnabled(status.pingChecks);

    retranslateUi();
    revalidate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    m_tabs = new QTabWidget(this);

    // ---- Webhooks
    m_webhookPage = new QWidget(m_tabs);
    auto *webhookForm = new QFormLayout;
    m_url = new QLineEdit(m_webhookPage);
    m_url->setObjectName(u"url"_s);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_urlLabel = new QLabel(m_webhookPage);
    m_urlLabel->setBuddy(m_url);
    webhookForm->addRow(m_urlLabel, m_url);

    m_secret = new QLineEdit(m_webhookPage);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal = m_secret->addAction(themedIcon(u"view-visible"_s), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(u"revealSecret"_s);
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, &SettingsDialog::setSecretRevealed);
    m_secretLabel = new QLabel(m_webhookPage);
    m_secretLabel->setBuddy(m_secret);
    webhookForm->addRow(m_secretLabel, m_secret);

    m_timeout = new QSpinBox(m_webhookPage);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, app::WebhookSettings::maxTimeoutSeconds);
    m_timeoutLabel = new QLabel(m_webhookPage);
    m_timeoutLabel->setBuddy(m_timeout);
    webhookForm->addRow(m_timeoutLabel, m_timeout);

    m_caFile = new QLineEdit(m_webhookPage);
    m_caFile->setObjectName(u"caFile"_s);
    m_browse = new QPushButton(m_webhookPage);
    m_browse->setObjectName(u"browseCaFile"_s);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_caFileLabel = new QLabel(m_webhookPage);
    m_caFileLabel->setBuddy(m_caFile);
    webhookForm->addRow(m_caFileLabel, caRow);

    m_webhookHint = new QLabel(m_webhookPage);
    m_webhookHint->setWordWrap(true);

    m_sendTest = new QPushButton(m_webhookPage);
    m_sendTest->setObjectName(u"sendTest"_s);
    m_sendTest->setAutoDefault(false);
    connect(m_sendTest, &QPushButton::clicked, this, &SettingsDialog::sendTestEvent);
    m_testResultLabel = new QLabel(m_webhookPage);
    m_testResultLabel->setObjectName(u"testResult"_s);
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_sendTest, 0, Qt::AlignTop);
    testRow->addWidget(m_testResultLabel, 1);

    auto *webhookLayout = new QVBoxLayout(m_webhookPage);
    webhookLayout->addLayout(webhookForm);
    webhookLayout->addWidget(m_webhookHint);
    webhookLayout->addLayout(testRow);
    webhookLayout->addStretch(1);
    m_tabs->addTab(m_webhookPage, QString());

    // ---- Live status
    m_statusPage = new QWidget(m_tabs);
    auto *statusForm = new QFormLayout;
    const auto secondsSpin = [this](const QString &name) {
        auto *spin = new QSpinBox(m_statusPage);
        spin->setObjectName(name);
        spin->setRange(0, statusSpinMaximum);
        return spin;
    };
    m_pollInterval = secondsSpin(u"pollInterval"_s);
    m_pollIntervalLabel = new QLabel(m_statusPage);
    m_pollIntervalLabel->setBuddy(m_pollInterval);
    statusForm->addRow(m_pollIntervalLabel, m_pollInterval);
    m_threshold = secondsSpin(u"threshold"_s);
    m_thresholdLabel = new QLabel(m_statusPage);
    m_thresholdLabel->setBuddy(m_threshold);
    statusForm->addRow(m_thresholdLabel, m_threshold);
    m_pingChecks = new QCheckBox(m_statusPage);
    m_pingChecks->setObjectName(u"pingChecks"_s);
    statusForm->addRow(m_pingChecks);
    m_pingInterval = secondsSpin(u"pingInterval"_s);
    m_pingIntervalLabel = new QLabel(m_statusPage);
    m_pingIntervalLabel->setBuddy(m_pingInterval);
    statusForm->addRow(m_pingIntervalLabel, m_pingInterval);
    connect(m_pingChecks, &QCheckBox::toggled, m_pingInterval, &QWidget::setEnabled);
    connect(m_pingChecks, &QCheckBox::toggled, m_pingIntervalLabel, &QWidget::setEnabled);
    m_statusHint = new QLabel(m_statusPage);
    m_statusHint->setWordWrap(true);
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addLayout(statusForm);
    statusLayout->addWidget(m_statusHint);
    statusLayout->addStretch(1);
    m_tabs->addTab(m_statusPage, QString());

    // ---- Desktop
    m_desktopPage = new QWidget(m_tabs);
    auto *desktopForm = new QFormLayout;
    m_trayEnabled = new QCheckBox(m_desktopPage);
    m_trayEnabled->setObjectName(u"trayEnabled"_s);
    m_closeToTray = new QCheckBox(m_desktopPage);
    m_closeToTray->setObjectName(u"closeToTray"_s);
    m_connectNotices = new QCheckBox(m_desktopPage);
    m_connectNotices->setObjectName(u"connectNotices"_s);
    // Both need the tray: it keeps the program reachable and it shows the notices.
    connect(m_trayEnabled, &QCheckBox::toggled, m_closeToTray, &QWidget::setEnabled);
    connect(m_trayEnabled, &QCheckBox::toggled, m_connectNotices, &QWidget::setEnabled);
    desktopForm->addRow(m_trayEnabled);
    desktopForm->addRow(m_closeToTray);
    desktopForm->addRow(m_connectNotices);
    m_language = new QComboBox(m_desktopPage);
    m_language->setObjectName(u"language"_s);
    for (const auto &[code, name] : availableLanguages())
        m_language->addItem(name, code);
    m_languageLabel = new QLabel(m_desktopPage);
    m_languageLabel->setBuddy(m_language);
    desktopForm->addRow(m_languageLabel, m_language);
    auto *desktopLayout = new QVBoxLayout(m_desktopPage);
    desktopLayout->addLayout(desktopForm);
    desktopLayout->addStretch(1);
    m_tabs->addTab(m_desktopPage, QString());

    // ---- Problems and buttons
    m_errors = new QLabel(this);
    m_errors->setObjectName(u"errors"_s);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette palette = m_errors->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_errors->setPalette(palette);
    }
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"warnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette palette = m_warnings->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa8, 0x5f, 0x00));
        m_warnings->setPalette(palette);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_url, m_secret, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    for (QSpinBox *spin : {m_timeout, m_pollInterval, m_threshold, m_pingInterval})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    connect(m_pingChecks, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_webhookPage), tr("Webhooks"));
    m_tabs->setTabText(m_tabs->indexOf(m_statusPage), tr("Live status"));
    m_tabs->setTabText(m_tabs->indexOf(m_desktopPage), tr("Desktop"));

    m_urlLabel->setText(tr("&URL:"));
    m_url->setPlaceholderText(tr("https://example.com/hooks/wireguard (empty: no webhooks)"));
    m_secretLabel->setText(tr("&Secret:"));
    m_secret->setPlaceholderText(
        tr("Sent as the Authorization header, e.g. “Bearer …”"));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_caFileLabel->setText(tr("&CA file:"));
    m_caFile->setPlaceholderText(tr("The system’s CAs only"));
    m_browse->setText(tr("&Browse…"));
    m_webhookHint->setText(
        tr("Every change and every connect or disconnect is sent to this URL as a JSON POST. "
           "TLS certificates are always verified; a CA file adds a private CA."));
    m_sendTest->setText(tr("Send test &event"));
    setSecretRevealed(m_reveal->isChecked());

    m_pollIntervalLabel->setText(tr("&Poll interval:"));
    m_thresholdLabel->setText(tr("Connected &threshold:"));
    m_pingChecks->setText(tr("Check peers with &ping"));
    m_pingIntervalLabel->setText(tr("Ping &interval:"));
    for (QSpinBox *spin : {m_pollInterval, m_threshold, m_pingInterval})
        spin->setSuffix(tr(" s", "seconds"));
    m_statusHint->setText(
        tr("A peer counts as connected while its latest handshake is younger than the "
           "threshold, or while it answers ping checks."));

    m_trayEnabled->setText(tr("Show an icon in the system &tray"));
    m_closeToTray->setText(tr("&Keep running in the tray when the window is closed"));
    m_connectNotices->setText(tr("Show a desktop &notice when a peer connects or disconnects"));
    m_languageLabel->setText(tr("&Language:"));
    const int system = m_language->findData(QString());
    if (system >= 0)
        m_language->setItemText(system, availableLanguages().constFirst().second);

    m_testResultLabel->setText(testResultText());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate(); // the problems' sentences are made in the current language
    }
    QDialog::changeEvent(event);
}

app::WebhookSettings SettingsDialog::webhookSettings() const
{
    app::WebhookSettings s;
    s.url = m_url->text().trimmed();
    s.secret = m_secret->text();
    s.timeoutSeconds = m_timeout->value();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

app::StatusSettings SettingsDialog::statusSettings() const
{
    app::StatusSettings s;
    s.pollIntervalMs = m_pollInterval->value() * 1000;
    s.thresholdSeconds = m_threshold->value();
    s.pingChecks = m_pingChecks->isChecked();
    s.pingIntervalSeconds = m_pingInterval->value();
    return s;
}

UiPreferences SettingsDialog::preferences() const
{
    UiPreferences p;
    p.trayEnabled = m_trayEnabled->isChecked();
    p.closeToTray = m_closeToTray->isChecked();
    p.connectNotices = m_connectNotices->isChecked();
    p.language = m_language->currentData().toString();
    return p;
}

app::Problems SettingsDialog::problems() const
{
    return m_problems;
}

bool SettingsDialog::isAcceptable() const
{
    return !app::hasErrors(m_problems);
}

QString SettingsDialog::problemText() const
{
    QStringList lines;
    for (const bool warnings : {false, true})
        for (const app::FieldProblem &p : m_problems)
            if (p.warning == warnings)
                lines.append(p.message);
    return lines.join(u'\n');
}

QString SettingsDialog::testResultText() const
{
    if (m_testRunning)
        return tr("Sending the test event…");
    if (!m_testDone)
        return {};
    if (m_testResult.delivered)
        return tr("Delivered: the receiver answered HTTP %1.").arg(m_testResult.httpStatus);
    return tr("Not delivered: %1").arg(m_testResult.error);
}

QWidget *SettingsDialog::widgetForField(const QString &field) const
{
    if (field == u"Url"_s)
        return m_url;
    if (field == u"Secret"_s)
        return m_secret;
    if (field == u"Timeout"_s)
        return m_timeout;
    if (field == u"CaFile"_s)
        return m_caFile;
    if (field == u"status.poll_interval"_s)
        return m_pollInterval;
    if (field == u"status.threshold"_s)
        return m_threshold;
    if (field == u"status.ping_interval"_s)
        return m_pingInterval;
    return nullptr;
}

void SettingsDialog::revalidate()
{
    const app::WebhookSettings webhook = webhookSettings();
    const app::Problems webhookProblems = webhook.validate();
    m_problems = webhookProblems + app::validateStatusSettings(statusSettings());

    QStringList errors;
    QStringList warnings;
    for (const app::FieldProblem &p : std::as_const(m_problems))
        (p.warning ? warnings : errors).append(p.message);
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());

    // Each field's own sentences as its tooltip, so that the reason is found at the field too.
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_caFile),
                       static_cast<QWidget *>(m_pollInterval), static_cast<QWidget *>(m_threshold),
                       static_cast<QWidget *>(m_pingInterval)}) {
        QStringList own;
        for (const app::FieldProblem &p : std::as_const(m_problems))
            if (widgetForField(p.field) == w)
                own.append(p.message);
        w->setToolTip(own.join(u'\n'));
    }

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
    m_sendTest->setEnabled(!m_testRunning && webhook.enabled() && !app::hasErrors(webhookProblems));
}

void SettingsDialog::accept()
{
    revalidate(); // a file named as the CA file may have changed since the last keystroke
    for (const app::FieldProblem &p : std::as_const(m_problems)) {
        if (p.warning)
            continue;
        if (QWidget *field = widgetForField(p.field)) {
            m_tabs->setCurrentWidget(field->parentWidget());
            field->setFocus();
        }
        return;
    }
    QDialog::accept();
}

void SettingsDialog::setSecretRevealed(bool revealed)
{
    m_secret->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(themedIcon(revealed ? u"view-hidden"_s : u"view-visible"_s));
    m_reveal->setText(revealed ? tr("Hide the secret") : tr("Show the secret"));
    m_reveal->setToolTip(m_reveal->text());
}

void SettingsDialog::browseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the CA certificate"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void SettingsDialog::sendTestEvent()
{
    const app::WebhookSettings webhook = webhookSettings();
    if (m_testRunning || !webhook.enabled() || app::hasErrors(webhook.validate()))
        return;
    m_testRunning = true;
    m_testDone = false;
    m_testResultLabel->setText(testResultText());
    revalidate();
    // The dialog may be closed before the answer comes: the result is then dropped.
    const QPointer<SettingsDialog> self(this);
    app::sendTestWebhook(*m_network, webhook, [self](const app::AttemptResult &result) {
        if (self)
            self->showTestResult(result);
    });
}

void SettingsDialog::showTestResult(const app::AttemptResult &result)
{
    m_testRunning = false;
    m_testDone = true;
    m_testResult = result;
    m_testResultLabel->setText(testResultText());
    revalidate();
    Q_EMIT testFinished();
}

} // namespace wgdesk::ui
