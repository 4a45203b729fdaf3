// The settings dialog: the webhook (URL, secret, timeout, CA file, a test event), the live
// status (poll interval, connected threshold, ping checks) and the desktop preferences (tray,
// notices, language). Input is validated as it is typed with the core's own rules; OK stays
// disabled while an error remains. The caller stores what the getters return.
#pragma once

#include "StatusMonitor.h"
#include "UiPreferences.h"
#include "WebhookSettings.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace wgdesk::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const app::WebhookSettings &webhook, const app::StatusSettings &status,
                   const UiPreferences &preferences, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the form holds now.
    [[nodiscard]] app::WebhookSettings webhookSettings() const;
    [[nodiscard]] app::StatusSettings statusSettings() const;
    [[nodiscard]] UiPreferences preferences() const;

    [[nodiscard]] app::Problems problems() const; // webhook and status, errors and warnings
    [[nodiscard]] bool isAcceptable() const;      // no errors
    // Every problem's sentence, errors first, one per line.
    [[nodiscard]] QString problemText() const;
    // The last test event's outcome ("Sending…" while in flight), empty before the first.
    [[nodiscard]] QString testResultText() const;
    [[nodiscard]] bool isTestRunning() const { return m_testRunning; }

public Q_SLOTS:
    void accept() override; // refuses while an error remains
    void sendTestEvent();   // with the form's current webhook values

Q_SIGNALS:
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void revalidate();
    void setSecretRevealed(bool revealed);
    void browseCaFile();
    void showTestResult(const app::AttemptResult &result);
    QWidget *widgetForField(const QString &field) const;

    QTabWidget *m_tabs = nullptr;
    QWidget *m_webhookPage = nullptr;
    QWidget *m_statusPage = nullptr;
    QWidget *m_desktopPage = nullptr;

    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QAction *m_reveal = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_caFileLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_webhookHint = nullptr;
    QLabel *m_statusHint = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResultLabel = nullptr;

    QLabel *m_pollIntervalLabel = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_pingChecks = nullptr;
    QLabel *m_pingIntervalLabel = nullptr;
    QSpinBox *m_pingInterval = nullptr;

    QCheckBox *m_trayEnabled = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_connectNotices = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;

    QLabel *m_errors = nullptr;
    QLabel *m_warnings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QNetworkAccessManager *m_network = nullptr;
    app::Problems m_problems;
    bool m_testRunning = false;
    bool m_testDone = false; // a result is shown
    app::AttemptResult m_testResult;
};

} // namespace wgdesk::ui
