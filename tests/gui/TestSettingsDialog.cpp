// The settings dialog: every kind of invalid input refused with a sentence naming the field,
// warnings that still accept, the values typed returned exactly, the masked secret, "Send test
// event" against a real receiver on loopback, the desktop preferences across a restart, and
// switching the language at run time.
#include "Language.h"
#include "SettingsDialog.h"
#include "TestCertificates.h"
#include "UiPreferences.h"
#include "WebhookReceiver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wgdesk;
using namespace wgdesk::tests;

namespace {

// Counts LanguageChange events reaching a widget.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

QString lreleasePath()
{
    const QStringList candidates{
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lrelease"_s,
        QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/lrelease"_s,
        u"/usr/lib/qt6/bin/lrelease"_s,
    };
    for (const QString &path : candidates)
        if (QFileInfo(path).isExecutable())
            return path;
    return {};
}

// Compiles a one-message-per-pair .ts into `dir`/`baseName`.qm; false when lrelease is missing
// or fails.
bool makeQm(const QString &dir, const QString &baseName, const QString &context,
            const QList<std::pair<QString, QString>> &messages)
{
    const QString lrelease = lreleasePath();
    if (lrelease.isEmpty())
        return false;
    QString ts =
        u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
        "<TS version=\"2.1\" language=\"de_DE\">\n<context>\n<name>%1</name>\n"_s.arg(context);
    for (const auto &[source, translation] : messages)
        ts += u"<message><source>%1</source><translation>%2</translation></message>\n"_s.arg(
            source.toHtmlEscaped(), translation.toHtmlEscaped());
    ts += u"</context>\n</TS>\n"_s;
    const QString tsPath = dir + u'/' + baseName + u".ts"_s;
    QFile file(tsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(ts.toUtf8()) < 0)
        return false;
    file.close();
    QProcess process;
    process.start(lrelease, {u"-silent"_s, tsPath, u"-qm"_s, dir + u'/' + baseName + u".qm"_s});
    return process.waitForFinished(30000) && process.exitCode() == 0 &&
           QFileInfo::exists(dir + u'/' + baseName + u".qm"_s);
}

app::WebhookSettings validWebhook()
{
    app::WebhookSettings s;
    s.url = u"https://hooks.example.com/wireguard"_s;
    s.secret = u"Bearer s3cr3t"_s;
    s.timeoutSeconds = 15;
    return s;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    std::unique_ptr<ui::SettingsDialog> m_dialog;

    ui::SettingsDialog &dialog(const app::WebhookSettings &webhook = validWebhook(),
                               const app::StatusSettings &status = {},
                               const ui::UiPreferences &preferences = {})
    {
        m_dialog = std::make_unique<ui::SettingsDialog>(webhook, status, preferences);
        return *m_dialog;
    }

    template <typename T> T *input(const QString &name) { return m_dialog->findChild<T *>(name); }

    QPushButton *okButton()
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static QString preferencesFile()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               u"/wgdesk/wgdesk.conf"_s;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_config.isValid());
        // Before any QSettings: the preferences go to a throwaway place, never the real home.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QStandardPaths::setTestModeEnabled(true);
        // Test mode keeps its directory (~/.qttest) between runs: start from nothing.
        QFile::remove(preferencesFile());
    }

    void cleanupTestCase() { QFile::remove(preferencesFile()); }

    void cleanup()
    {
        m_dialog.reset();
        ui::applyLanguage(u"en"_s);
    }

    void startsWithTheValuesGiven()
    {
        app::StatusSettings status;
        status.pollIntervalMs = 5000;
        status.thresholdSeconds = 300;
        status.pingChecks = false;
        status.pingIntervalSeconds = 90;
        ui::UiPreferences preferences;
        preferences.trayEnabled = false;
        preferences.closeToTray = false;
        preferences.connectNotices = true;
        preferences.language = u"de"_s;
        dialog(validWebhook(), status, preferences);
        QCOMPARE(m_dialog->webhookSettings(), validWebhook());
        QCOMPARE(m_dialog->statusSettings(), status);
        QCOMPARE(m_dialog->preferences(), preferences);
        QVERIFY(m_dialog->isAcceptable());
        QVERIFY(okButton()->isEnabled());
        QVERIFY(m_dialog->problemText().isEmpty());
        // What needs the tray follows the tray option; the ping interval follows ping checks.
        QVERIFY(!input<QCheckBox>(u"closeToTray"_s)->isEnabled());
        QVERIFY(!input<QCheckBox>(u"connectNotices"_s)->isEnabled());
        QVERIFY(!input<QSpinBox>(u"pingInterval"_s)->isEnabled());
        input<QCheckBox>(u"trayEnabled"_s)->setChecked(true);
        input<QCheckBox>(u"pingChecks"_s)->setChecked(true);
        QVERIFY(input<QCheckBox>(u"closeToTray"_s)->isEnabled());
        QVERIFY(input<QSpinBox>(u"pingInterval"_s)->isEnabled());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label"); // how the sentence starts

        const QString noCertificate = writeFile(u"not-a-cert.pem"_s, "just some text\n");
        QTest::newRow("URL with ftp:// scheme")
            << u"url"_s << u"ftp://example.com/hook"_s << u"URL:"_s;
        QTest::newRow("URL with no host") << u"url"_s << u"https:///hook"_s << u"URL:"_s;
        QTest::newRow("URL with user:password")
            << u"url"_s << u"https://ana:hunter2@example.com/hook"_s << u"URL:"_s;
        QTest::newRow("URL that is not a URL")
            << u"url"_s << u"https://exa mple.com/"_s << u"URL:"_s;
        QTest::newRow("multi-line secret")
            << u"secret"_s << u"Bearer a\nX-Evil: 1"_s << u"Secret:"_s;
        QTest::newRow("CA file that does not exist")
            << u"caFile"_s << m_dir.filePath(u"missing.pem"_s) << u"CA file:"_s;
        QTest::newRow("CA file that is a directory")
            << u"caFile"_s << m_dir.path() << u"CA file:"_s;
        QTest::newRow("CA file that holds no certificate")
            << u"caFile"_s << noCertificate << u"CA file:"_s;
        QTest::newRow("poll interval 0 s") << u"pollInterval"_s << u"0"_s << u"Poll interval:"_s;
        QTest::newRow("poll interval above an hour")
            << u"pollInterval"_s << u"3601"_s << u"Poll interval:"_s;
        QTest::newRow("threshold below 5 s")
            << u"threshold"_s << u"4"_s << u"Connected threshold:"_s;
        QTest::newRow("threshold above a day")
            << u"threshold"_s << u"86401"_s << u"Connected threshold:"_s;
        QTest::newRow("ping interval 0 s") << u"pingInterval"_s << u"0"_s << u"Ping interval:"_s;
        QTest::newRow("ping interval above a day")
            << u"pingInterval"_s << u"86401"_s << u"Ping interval:"_s;
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(QString, label);
        dialog();
        QVERIFY(m_dialog->isAcceptable());
        if (auto *edit = this->input<QLineEdit>(input)) {
            edit->setText(value);
            QCOMPARE(edit->text(), value); // a QLineEdit keeps a pasted line break
        } else {
            auto *spin = this->input<QSpinBox>(input);
            QVERIFY(spin);
            spin->setValue(value.toInt());
            QCOMPARE(spin->value(), value.toInt()); // reachable: the spin box does not clamp it
        }
        QVERIFY(!m_dialog->isAcceptable());
        QVERIFY(!okButton()->isEnabled());
        const QString text = m_dialog->problemText();
        QVERIFY2(text.startsWith(label), qPrintable(text));
        QVERIFY2(text.endsWith(u'.'), qPrintable(text)); // a sentence
        QVERIFY(!text.contains(u"s3cr3t"_s));            // the secret is never shown
        const auto *errors = m_dialog->findChild<QLabel *>(u"errors"_s);
        QCOMPARE(errors->text(), text);
        QVERIFY(!errors->isHidden());
        // The field itself says why too.
        QVERIFY(this->input<QWidget>(input)->toolTip().startsWith(label));

        m_dialog->accept(); // refused
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void timeoutOutOfRangeIsNotReachable()
    {
        dialog();
        auto *timeout = input<QSpinBox>(u"timeout"_s);
        QCOMPARE(timeout->minimum(), 1);
        QCOMPARE(timeout->maximum(), app::WebhookSettings::maxTimeoutSeconds);
        timeout->setValue(0);
        QCOMPARE(timeout->value(), 1);
        timeout->setValue(301);
        QCOMPARE(timeout->value(), 300);
        QVERIFY(m_dialog->isAcceptable());
    }

    void fixingTheInputEnablesOkAgain()
    {
        dialog();
        input<QLineEdit>(u"url"_s)->setText(u"ftp://example.com"_s);
        input<QSpinBox>(u"threshold"_s)->setValue(2);
        QCOMPARE(m_dialog->problemText().count(u'\n'), 1); // two sentences
        input<QLineEdit>(u"url"_s)->setText(u"https://example.com/hook"_s);
        QVERIFY(!okButton()->isEnabled());
        input<QSpinBox>(u"threshold"_s)->setValue(180);
        QVERIFY(okButton()->isEnabled());
        QVERIFY(m_dialog->problemText().isEmpty());
        QVERIFY(m_dialog->findChild<QLabel *>(u"errors"_s)->isHidden());
    }

    void plainHttpWarnsButAccepts()
    {
        dialog();
        input<QLineEdit>(u"url"_s)->setText(u"http://192.0.2.7:8080/hook"_s);
        QVERIFY(m_dialog->isAcceptable());
        QVERIFY(okButton()->isEnabled());
        const QString text = m_dialog->problemText();
        QVERIFY2(text.startsWith(u"URL:"_s) && text.contains(u"unencrypted"_s) &&
                     text.contains(u"secret"_s),
                 qPrintable(text));
        QVERIFY(!m_dialog->findChild<QLabel *>(u"warnings"_s)->isHidden());
        QVERIFY(m_dialog->findChild<QLabel *>(u"errors"_s)->isHidden());
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->webhookSettings().url, u"http://192.0.2.7:8080/hook"_s);
    }

    void lowThresholdWarnsButAccepts()
    {
        dialog();
        input<QSpinBox>(u"threshold"_s)->setValue(129);
        QVERIFY(m_dialog->isAcceptable());
        QString text = m_dialog->problemText();
        QVERIFY2(text.startsWith(u"Connected threshold:"_s) && text.contains(u"120 s"_s) &&
                     text.contains(u"flap"_s),
                 qPrintable(text));
        input<QSpinBox>(u"threshold"_s)->setValue(130);
        QVERIFY(m_dialog->problemText().isEmpty());
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void validFormReturnsExactlyTheValuesTyped()
    {
        QString error;
        const auto pki = makeTestPki(m_dir.filePath(u"pki"_s), &error);
        QVERIFY2(pki, qPrintable(error));
        dialog(app::WebhookSettings{}, app::StatusSettings{}, ui::UiPreferences{});
        QTest::keyClicks(input<QLineEdit>(u"url"_s), u"https://hooks.example.org:8443/wg?x=1"_s);
        QTest::keyClicks(input<QLineEdit>(u"secret"_s), u"Basic dXNlcjpwYXNz"_s);
        input<QSpinBox>(u"timeout"_s)->setValue(42);
        input<QLineEdit>(u"caFile"_s)->setText(pki->caCert);
        input<QSpinBox>(u"pollInterval"_s)->setValue(3);
        input<QSpinBox>(u"threshold"_s)->setValue(240);
        input<QCheckBox>(u"pingChecks"_s)->setChecked(false);
        input<QSpinBox>(u"pingInterval"_s)->setValue(30);
        input<QCheckBox>(u"trayEnabled"_s)->setChecked(true);
        input<QCheckBox>(u"closeToTray"_s)->setChecked(false);
        input<QCheckBox>(u"connectNotices"_s)->setChecked(true);
        auto *language = input<QComboBox>(u"language"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));

        QVERIFY2(m_dialog->isAcceptable(), qPrintable(m_dialog->problemText()));
        QVERIFY(m_dialog->problemText().isEmpty());
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        app::WebhookSettings webhook;
        webhook.url = u"https://hooks.example.org:8443/wg?x=1"_s;
        webhook.secret = u"Basic dXNlcjpwYXNz"_s;
        webhook.timeoutSeconds = 42;
        webhook.caFile = pki->caCert;
        QCOMPARE(m_dialog->webhookSettings(), webhook);
        app::StatusSettings status;
        status.pollIntervalMs = 3000;
        status.thresholdSeconds = 240;
        status.pingChecks = false;
        status.pingIntervalSeconds = 30;
        QCOMPARE(m_dialog->statusSettings(), status);
        ui::UiPreferences preferences;
        preferences.trayEnabled = true;
        preferences.closeToTray = false;
        preferences.connectNotices = true;
        preferences.language = u"fr"_s;
        QCOMPARE(m_dialog->preferences(), preferences);
    }

    void languageListHasTheSystemDefaultFirst()
    {
        const auto languages = ui::availableLanguages();
        QCOMPARE(languages.size(), 4);
        QCOMPARE(languages.at(0).first, QString());
        QVERIFY(!languages.at(0).second.isEmpty());
        QCOMPARE(languages.at(1), std::pair(u"en"_s, u"English"_s));
        QCOMPARE(languages.at(2), std::pair(u"de"_s, u"Deutsch"_s));
        QCOMPARE(languages.at(3), std::pair(u"fr"_s, u"Fran\u00e7ais"_s));
        dialog();
        auto *combo = input<QComboBox>(u"language"_s);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QString());
        // A language this version does not list is kept, not replaced by the system's.
        ui::UiPreferences preferences;
        preferences.language = u"es"_s;
        dialog(validWebhook(), {}, preferences);
        QCOMPARE(m_dialog->preferences().language, u"es"_s);
    }

    void secretIsMaskedUntilRevealed()
    {
        dialog();
        auto *secret = input<QLineEdit>(u"secret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!secret->displayText().contains(u"s3cr3t"_s));
        auto *reveal = m_dialog->findChild<QAction *>(u"revealSecret"_s);
        QVERIFY(reveal);
        QVERIFY(reveal->isCheckable());
        QVERIFY(!reveal->icon().isNull());
        const QString showText = reveal->text();
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->displayText(), u"Bearer s3cr3t"_s);
        QVERIFY(reveal->text() != showText);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!secret->displayText().contains(u"s3cr3t"_s));
        // Validation never quotes it either.
        secret->setText(u"s3cr3t\nline two"_s);
        QVERIFY(!m_dialog->problemText().contains(u"s3cr3t"_s));
        QVERIFY(!secret->toolTip().contains(u"s3cr3t"_s));
    }

    void sendTestNeedsAValidUrl()
    {
        dialog(app::WebhookSettings{});
        auto *send = input<QPushButton>(u"sendTest"_s);
        QVERIFY(!send->isEnabled()); // no URL
        input<QLineEdit>(u"url"_s)->setText(u"ftp://example.com"_s);
        QVERIFY(!send->isEnabled());
        input<QLineEdit>(u"url"_s)->setText(u"https://"_s);
        QVERIFY(!send->isEnabled());
        input<QLineEdit>(u"url"_s)->setText(u"https://example.com/hook"_s);
        QVERIFY(send->isEnabled());
        m_dialog->sendTestEvent(); // nothing to do with an empty URL...
        input<QLineEdit>(u"url"_s)->clear();
        QVERIFY(!send->isEnabled());
    }

    void sendTestEventIsDeliveredToARealReceiver()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        app::WebhookSettings webhook;
        webhook.url = u"https://unused.example.com/"_s;
        dialog(webhook);
        // The values currently in the form are used, not the ones the dialog started with.
        const QString secret = u"Bearer t0ken-for-the-test"_s;
        input<QLineEdit>(u"url"_s)->setText(receiver.url(u"/wg/hook"_s));
        input<QLineEdit>(u"secret"_s)->setText(secret);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *send = input<QPushButton>(u"sendTest"_s);
        QVERIFY(send->isEnabled());
        QSignalSpy finished(m_dialog.get(), &ui::SettingsDialog::testFinished);
        QTest::mouseClick(send, Qt::LeftButton);
        // Asynchronous: the click returns at once, and the button waits for the answer.
        QVERIFY(m_dialog->isTestRunning());
        QVERIFY(!send->isEnabled());
        QVERIFY(!m_dialog->testResultText().isEmpty());
        QVERIFY(finished.wait(15000));
        QVERIFY(!m_dialog->isTestRunning());
        QVERIFY(send->isEnabled());
        const QString result = m_dialog->testResultText();
        QVERIFY2(result.startsWith(u"Delivered"_s) && result.contains(u"200"_s),
                 qPrintable(result));
        QCOMPARE(m_dialog->findChild<QLabel *>(u"testResult"_s)->text(), result);

        QCOMPARE(receiver.count(), 1);
        const ReceivedRequest request = receiver.requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/wg/hook"));
        QCOMPARE(request.header("Authorization"), secret.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"event"_s).toString(), u"test"_s);
        QCOMPARE(body.value(u"entity"_s).toString(), u"webhook"_s);
    }

    void sendTestEventShowsTheFailure()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.status = 500;
            return reply;
        });
        app::WebhookSettings webhook;
        webhook.url = receiver.url();
        dialog(webhook);
        QSignalSpy finished(m_dialog.get(), &ui::SettingsDialog::testFinished);
        input<QPushButton>(u"sendTest"_s)->click();
        QVERIFY(finished.wait(15000));
        const QString result = m_dialog->testResultText();
        QVERIFY2(result.startsWith(u"Not delivered"_s) && result.contains(u"HTTP 500"_s) &&
                     result.endsWith(u'.'),
                 qPrintable(result));
        QCOMPARE(receiver.count(), 1);

        // Nobody listening: the sentence says so.
        receiver.close();
        input<QPushButton>(u"sendTest"_s)->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(m_dialog->testResultText().contains(u"refused"_s),
                 qPrintable(m_dialog->testResultText()));
    }

    void sendTestEventOverTlsWithTheCaFile()
    {
        QString error;
        const auto pki = makeTestPki(m_dir.filePath(u"tls"_s), &error);
        QVERIFY2(pki, qPrintable(error));
        WebhookReceiver receiver;
        QVERIFY2(receiver.setTls(pki->serverCert, pki->serverKey, &error), qPrintable(error));
        QVERIFY(receiver.listen());
        app::WebhookSettings webhook;
        webhook.url = receiver.url();
        QVERIFY(webhook.url.startsWith(u"https://"_s));
        webhook.caFile = pki->caCert;
        dialog(webhook);
        QSignalSpy finished(m_dialog.get(), &ui::SettingsDialog::testFinished);
        m_dialog->sendTestEvent();
        QVERIFY(finished.wait(15000));
        QVERIFY2(m_dialog->testResultText().contains(u"200"_s),
                 qPrintable(m_dialog->testResultText()));
    }

    void closingDuringATestIsSafe()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &) {
            Reply reply;
            reply.stall = true;
            return reply;
        });
        app::WebhookSettings webhook;
        webhook.url = receiver.url();
        dialog(webhook);
        m_dialog->sendTestEvent();
        QVERIFY(receiver.waitForCount(1, 10000));
        m_dialog.reset(); // the answer never comes; nothing may call into the dead dialog
        QCoreApplication::processEvents();
    }

    void preferencesPersistAcrossARestart()
    {
        const ui::UiPreferences defaults = ui::UiPreferences::load();
        QCOMPARE(defaults, ui::UiPreferences{});
        QVERIFY(defaults.trayEnabled);
        QVERIFY(defaults.closeToTray);
        QVERIFY(!defaults.connectNotices);
        QVERIFY(defaults.language.isEmpty());

        ui::UiPreferences changed;
        changed.trayEnabled = false;
        changed.closeToTray = false;
        changed.connectNotices = true;
        changed.language = u"de"_s;
        changed.save();
        // A "restart": nothing is cached, the next load reads the file.
        QCOMPARE(ui::UiPreferences::load(), changed);
        const QString file = preferencesFile();
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY(!file.startsWith(QDir::homePath() + u"/.config"_s));

        ui::UiPreferences back;
        back.connectNotices = true;
        back.save();
        QCOMPARE(ui::UiPreferences::load(), back);
    }

    void switchingTheLanguageRetranslates()
    {
        QTemporaryDir i18n;
        QVERIFY(i18n.isValid());
        if (!makeQm(i18n.path(), u"wgdesk_de"_s, u"wgdesk::ui::SettingsDialog"_s,
                    {{u"Webhooks"_s, u"Webhooks (de)"_s}, {u"Desktop"_s, u"Arbeitsfl\u00e4che"_s}}))
            QSKIP("lrelease is not available to make a translation");
        dialog();
        auto *tabs = m_dialog->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), u"Webhooks"_s);
        LanguageChangeCounter counter;
        m_dialog->installEventFilter(&counter);

        ui::applyLanguage(u"de"_s, i18n.path());
        QCOMPARE(ui::appliedLanguage(), u"de"_s);
        QVERIFY(counter.count > 0);
        QCOMPARE(tabs->tabText(0), u"Webhooks (de)"_s);
        QCOMPARE(tabs->tabText(2), u"Arbeitsfl\u00e4che"_s);
        QCOMPARE(QLocale().language(), QLocale::German);

        // Back to English: the source strings return.
        const int before = counter.count;
        ui::applyLanguage(u"en"_s, i18n.path());
        QVERIFY(counter.count > before);
        QCOMPARE(tabs->tabText(0), u"Webhooks"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        // A language without a file is no error: English stays.
        ui::applyLanguage(u"fr"_s, i18n.path());
        QCOMPARE(tabs->tabText(0), u"Webhooks"_s);
        // The built-in translations (:/i18n) are complete: the dialog speaks French.
        ui::applyLanguage(u"fr"_s);
        QCOMPARE(tabs->tabText(2),
                 QCoreApplication::translate("wgdesk::ui::SettingsDialog", "Desktop"));
        QVERIFY(tabs->tabText(2) != u"Desktop"_s);
        ui::applyLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
