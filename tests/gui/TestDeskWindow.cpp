// The admin window end to end: its dialogs filled in as an operator would, the changes going
// through the core to real wireguard-go (in a private network namespace) and a real SQLite file,
// each change cross-checked on what runs; bad input refused with nothing changed; settings kept
// across a restart; the tray following status; the language switched at run time.
#include "AsyncServices.h"
#include "BackendThread.h"
#include "ClientConfigDialog.h"
#include "DeliveriesModel.h"
#include "InterfaceDialog.h"
#include "InterfacesModel.h"
#include "Keys.h"
#include "Language.h"
#include "MainWindow.h"
#include "PeerDialog.h"
#include "PeersModel.h"
#include "Store.h"
#include "TrayIcon.h"
#include "UapiBackend.h"
#include "UserDialog.h"
#include "UsersModel.h"
#include "UserspaceTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/syscall.h>
#include <unistd.h>

using namespace wgdesk;
using namespace wgdesk::tests;
using namespace wgdesk::tests::userspace;

namespace {

// Runs fill(dialog) once a modal dialog of type T is open, then accepts it (fill may reject).
template <typename T, typename Fill> void whenDialogOpens(Fill fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, [timer, fill, started] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            return;
        }
        if (started->elapsed() > 20000) {
            timer->stop();
            timer->deleteLater();
            qWarning("no dialog opened");
        }
    });
    timer->start();
}

template <typename T> T *field(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no field %s", name);
    return widget;
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(dialog, name);
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString db;
    std::unique_ptr<app::BackendThread> backendThread;
    std::unique_ptr<app::AsyncServices> services;
    std::unique_ptr<ui::MainWindow> window;
    platform::UapiBackend wg; // the test's own view of what runs
    QString iface;

    bool waitForOperation(bool expectOk = true)
    {
        QSignalSpy finished(window.get(), &ui::MainWindow::operationFinished);
        if (!finished.wait(60000))
            return false;
        if (finished.first().first().toBool() != expectOk)
            qWarning("operation: %s", qPrintable(window->lastMessage()));
        return finished.first().first().toBool() == expectOk;
    }

    std::optional<platform::Device> running(const QString &name)
    {
        auto device = wg.readDevice(name);
        if (!device)
            return std::nullopt;
        return device.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(platform::keys::initialize());
        QVERIFY(dir.isValid());
        db = dir.filePath(u"wgdesk.db"_s);
        // Desktop preferences (tray, language) go to a settings file of this run only.
        qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        backendThread = std::make_unique<app::BackendThread>(
            std::make_unique<platform::UapiBackend>());
        services = std::make_unique<app::AsyncServices>(backendThread.get(), db);
        window = std::make_unique<ui::MainWindow>(services.get(), u"userspace"_s, QString());
        QSignalSpy refreshed(window.get(), &ui::MainWindow::refreshed);
        QVERIFY(refreshed.wait(20000));
        iface = ifname("gui");
        // Webhooks on, to a port where nothing listens: every change leaves an event in the log.
        app::Store store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.setSetting(u"webhook.url"_s, u"http://127.0.0.1:9/hook"_s, nullptr));
    }

    void init() { ui::applyLanguage(u"en"_s); } // each test starts in English

    void cleanupTestCase()
    {
        window.reset();
        services.reset();
        backendThread.reset();
    }

    void aBadInterfaceNameIsRefusedAndNothingRuns()
    {
        bool acceptable = true;
        QString problem;
        whenDialogOpens<ui::InterfaceDialog>([&](ui::InterfaceDialog *dialog) {
            typeInto(dialog, "name", u"bad name!"_s);
            typeInto(dialog, "addresses", u"10.77.0.1/24"_s);
            acceptable = dialog->isAcceptable();
            problem = dialog->problemText();
            dialog->accept(); // refused: the dialog stays open
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        window->newInterface();
        QVERIFY(!acceptable);
        QVERIFY2(problem.contains(u"Name"_s), qPrintable(problem));
        QVERIFY(!wg.listInterfaces().value().contains(u"bad name!"_s));
        app::Store store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.interfaces(nullptr)->isEmpty());
    }

    void createsAnInterfaceThroughItsDialog()
    {
        whenDialogOpens<ui::InterfaceDialog>([&](ui::InterfaceDialog *dialog) {
            typeInto(dialog, "name", iface);
            typeInto(dialog, "addresses", u"10.77.0.1/24"_s);
            typeInto(dialog, "externalEndpoint", u"vpn.example.org:51820"_s);
            field<QSpinBox>(dialog, "listenPort")->setValue(51820);
            QVERIFY2(dialog->isAcceptable(), qPrintable(dialog->problemText()));
            dialog->accept();
        });
        window->newInterface();
        QVERIFY(waitForOperation());
        const auto device = running(iface);
        QVERIFY2(device, "the interface does not run");
        QCOMPARE(device->listenPort, 51820);
        QVERIFY(device->publicKey.has_value());
        QVERIFY(wg.linkInfo(iface).value().up);
        app::Store store;
        QVERIFY(store.open(db, nullptr));
        const auto record = store.interface(iface, nullptr);
        QVERIFY(record);
        QCOMPARE(record->addresses, QStringList{u"10.77.0.1/24"_s});
        QCOMPARE(record->publicKey, device->publicKey->toBase64());
        // The window lists it, selected, with its state.
        QTRY_COMPARE_WITH_TIMEOUT(window->currentInterface(), iface, 10000);
        const auto listed = [&] {
            for (const auto &row : window->interfacesModel()->interfaces())
                if (row.name == iface && row.running && row.managed && row.up)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 10000);
    }

    void editsTheInterface()
    {
        window->selectInterface(iface);
        QTRY_COMPARE_WITH_TIMEOUT(window->selectedInterface(), iface, 10000);
        whenDialogOpens<ui::InterfaceDialog>([&](ui::InterfaceDialog *dialog) {
            QVERIFY(!field<QLineEdit>(dialog, "name")->isEnabled()
                    || field<QLineEdit>(dialog, "name")->isReadOnly());
            field<QSpinBox>(dialog, "listenPort")->setValue(51999);
            QVERIFY2(dialog->isAcceptable(), qPrintable(dialog->problemText()));
            dialog->accept();
        });
        window->editInterface();
        QVERIFY(waitForOperation());
        QCOMPARE(running(iface)->listenPort, 51999);
    }

    void addsAPeerWithGeneratedKeys()
    {
        window->selectInterface(iface);
        QString publicKey;
        whenDialogOpens<ui::PeerDialog>([&](ui::PeerDialog *dialog) {
            typeInto(dialog, "displayName", u"laptop"_s);
            QVERIFY2(dialog->isAcceptable(), qPrintable(dialog->problemText()));
            publicKey = dialog->peer().publicKey;
            dialog->accept();
        });
        window->addPeer();
        QVERIFY(waitForOperation());
        const auto device = running(iface);
        QCOMPARE(device->peers.size(), std::size_t(1));
        QCOMPARE(device->peers.front().publicKey.toBase64(), publicKey);
        // The suggested tunnel address became the peer's allowed IP.
        QCOMPARE(device->peers.front().allowedIps.size(), std::size_t(1));
        QCOMPARE(device->peers.front().allowedIps.front().toString(), u"10.77.0.2/32"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->peersModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->peersModel()->index(0, models::PeersModel::Name).data().toString(),
            u"laptop"_s, 10000);

        // Its client configuration, with the private key WG Desk generated, and its QR code.
        auto *view = window->findChild<QTableView *>(u"peersView"_s);
        view->selectRow(0);
        QVERIFY(window->action(u"clientConfig"_s)->isEnabled());
        QString config;
        bool hasQr = false;
        whenDialogOpens<ui::ClientConfigDialog>([&](ui::ClientConfigDialog *dialog) {
            config = dialog->configText();
            hasQr = !dialog->qrImage().isNull();
            dialog->accept();
        });
        window->showClientConfig();
        QTRY_VERIFY_WITH_TIMEOUT(!config.isEmpty(), 10000);
        QVERIFY(hasQr);
        QVERIFY(config.contains(u"Endpoint = vpn.example.org:51820"_s));
        QVERIFY(config.contains(u"Address = 10.77.0.2/32"_s));
        QVERIFY(config.contains(u"PublicKey = "_s + running(iface)->publicKey->toBase64()));
        QVERIFY(config.contains(u"PrivateKey = "_s));
    }

    void aDuplicatePeerKeyIsRefused()
    {
        window->selectInterface(iface);
        QTRY_COMPARE_WITH_TIMEOUT(window->peersModel()->rowCount(), 1, 10000);
        const QString existing =
            window->peersModel()->index(0, 0).data(models::PeersModel::PublicKeyRole).toString();
        bool acceptable = true;
        QString problem;
        whenDialogOpens<ui::PeerDialog>([&](ui::PeerDialog *dialog) {
            if (auto *own = dialog->findChild<QAbstractButton *>(u"usePublicKey"_s))
                own->click();
            typeInto(dialog, "publicKey", existing);
            typeInto(dialog, "allowedIps", u"10.77.0.9/32"_s);
            acceptable = dialog->isAcceptable();
            problem = dialog->problemText();
            dialog->reject();
        });
        window->addPeer();
        QTRY_VERIFY_WITH_TIMEOUT(!acceptable, 10000);
        QVERIFY2(problem.contains(u"Public key"_s, Qt::CaseInsensitive), qPrintable(problem));
        QCOMPARE(running(iface)->peers.size(), std::size_t(1));
    }

    void addsAndEditsAUser()
    {
        whenDialogOpens<ui::UserDialog>([&](ui::UserDialog *dialog) {
            typeInto(dialog, "identifier", u"alice"_s);
            typeInto(dialog, "email", u"alice@example.org"_s);
            QVERIFY2(dialog->isAcceptable(), qPrintable(dialog->problemText()));
            dialog->accept();
        });
        window->addUser();
        QVERIFY(waitForOperation());
        QTRY_COMPARE_WITH_TIMEOUT(window->usersModel()->rowCount(), 1, 10000);
        app::Store store;
        QVERIFY(store.open(db, nullptr));
        QCOMPARE(store.user(u"alice"_s, nullptr)->email, u"alice@example.org"_s);
    }

    void removesThePeer()
    {
        window->selectInterface(iface);
        auto *view = window->findChild<QTableView *>(u"peersView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        view->selectRow(0);
        QVERIFY(window->action(u"deletePeer"_s)->isEnabled());
        window->deletePeer(); // hidden window: no confirmation box
        QVERIFY(waitForOperation());
        QVERIFY(running(iface)->peers.empty());
        QTRY_COMPARE_WITH_TIMEOUT(window->peersModel()->rowCount(), 0, 10000);
    }

    void takesTheInterfaceDownAndUp()
    {
        window->setInterfaceUp(iface, false);
        QVERIFY(waitForOperation());
        QVERIFY(!wg.linkInfo(iface).value().up);
        window->setInterfaceUp(iface, true);
        QVERIFY(waitForOperation());
        QVERIFY(wg.linkInfo(iface).value().up);
    }

    void theTrayFollowsStatus()
    {
        QTRY_VERIFY_WITH_TIMEOUT(window->trayIcon()->toolTip().contains(iface), 10000);
        app::StatusDelta delta;
        delta.interfaceIdentifier = iface;
        delta.peerCount = 4;
        delta.connectedCount = 3;
        window->applyStatusDelta(delta);
        // Once the window has read that the interface is up again, the tray counts its peers.
        QTRY_VERIFY2_WITH_TIMEOUT(window->trayIcon()->toolTip().contains(u"3 of 4"_s),
                                  qPrintable(window->trayIcon()->toolTip()), 10000);
        QCOMPARE(window->trayIcon()->state(), ui::TrayIcon::State::AllUp);
        QCOMPARE(window->peerStatusText(), u"Peers connected: 3 of 4"_s);
    }

    void settingsSurviveARestart()
    {
        app::WebhookSettings webhook;
        webhook.url = u"https://hooks.example.org/wg"_s;
        webhook.secret = u"Bearer s3cret"_s;
        webhook.timeoutSeconds = 7;
        app::StatusSettings status;
        status.thresholdSeconds = 200;
        status.pingChecks = false;
        QSignalSpy saved(window.get(), &ui::MainWindow::operationFinished);
        bool ok = false;
        services->saveSettings(webhook, status, window.get(),
                               [&](const app::Outcome &o) { ok = o.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
        // A new process: a new core on the same file.
        app::AsyncServices restarted(nullptr, db, u"no backend"_s);
        std::optional<app::AllSettings> loaded;
        restarted.loadSettings(window.get(), [&](const app::AllSettings &s) { loaded = s; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
        QVERIFY2(loaded->error.isEmpty(), qPrintable(loaded->error));
        QCOMPARE(loaded->webhook, webhook);
        QCOMPARE(loaded->status.thresholdSeconds, 200);
        QCOMPARE(loaded->status.pingChecks, false);
        // Invalid settings are refused with the field named, and nothing is stored.
        app::WebhookSettings bad = webhook;
        bad.url = u"ftp://hooks.example.org"_s;
        std::optional<app::Outcome> refused;
        services->saveSettings(bad, status, window.get(),
                               [&](const app::Outcome &o) { refused = o; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
        QCOMPARE(refused->kind, app::Outcome::Kind::Invalid);
        QVERIFY2(refused->message.contains(u"URL"_s), qPrintable(refused->message));
        loaded.reset();
        restarted.loadSettings(window.get(), [&](const app::AllSettings &s) { loaded = s; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
        QCOMPARE(loaded->webhook.url, webhook.url);
    }

    void switchingLanguageChangesTheWindowsStrings()
    {
        QAction *newInterface = window->action(u"newInterface"_s);
        const QString english = newInterface->text();
        const QString englishProblem = app::validateInterface(app::Interface{}).first().message;
        QCOMPARE(english, u"&New Interface…"_s);
        ui::applyLanguage(u"de"_s);
        const QString german =
            QCoreApplication::translate("wgdesk::ui::MainWindow", "&New Interface…");
        QVERIFY2(german != english, "no German translation loaded");
        QCOMPARE(newInterface->text(), german);
        QCOMPARE(window->peerStatusText(),
                 QCoreApplication::translate("wgdesk::ui::MainWindow", "Peers connected: %1 of %2")
                     .arg(3)
                     .arg(4));
        // The core's sentences follow too (they are translated where they are made).
        const QString germanProblem = app::validateInterface(app::Interface{}).first().message;
        QVERIFY2(germanProblem != englishProblem, qPrintable(germanProblem));
        const QString french = [] {
            ui::applyLanguage(u"fr"_s);
            return QCoreApplication::translate("wgdesk::ui::MainWindow", "&New Interface…");
        }();
        QVERIFY(french != english && french != german);
        QCOMPARE(newInterface->text(), french);
        ui::applyLanguage(u"en"_s);
        QCOMPARE(newInterface->text(), english);
    }

    void importsALargeConfWithProgressAndNeverFreezes()
    {
        // 2,000 peers: long enough to show progress, and to catch a window that waits.
        QString conf = u"[Interface]\nPrivateKey = %1\nListenPort = 51830\nAddress = 10.78.0.1/16\n"_s
                           .arg(platform::keys::generatePrivateKey().toBase64());
        for (int i = 0; i < 2000; ++i)
            conf += u"\n[Peer]\nPublicKey = %1\nAllowedIPs = 10.78.%2.%3/32\n"_s
                        .arg(platform::keys::publicKey(platform::keys::generatePrivateKey())
                                 .toBase64())
                        .arg(i / 250 + 1)
                        .arg(i % 250 + 1);
        const QString name = ifname("imp");
        const QString path = dir.filePath(name + u".conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf.toUtf8());
        file.close();

        auto *progress = window->findChild<QProgressBar *>(u"progress"_s);
        QList<int> values;
        connect(progress, &QProgressBar::valueChanged, this, [&](int v) { values.append(v); });
        // The event loop keeps turning while the import runs: the longest gap between ticks.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (sinceTick.isValid())
                longestGap = std::max(longestGap, sinceTick.elapsed());
            sinceTick.restart();
        });
        tick.start();
        window->importInterfaceFrom(path);
        QVERIFY(waitForOperation());
        tick.stop();
        const auto device = running(name);
        QVERIFY(device);
        QCOMPARE(device->peers.size(), std::size_t(2000));
        QVERIFY2(values.size() >= 3, qPrintable(QString::number(values.size())));
        QVERIFY2(longestGap < 250, qPrintable(u"the window stood still for %1 ms"_s.arg(longestGap)));
        qInfo("import of 2,000 peers: %lld progress steps, longest event-loop gap %lld ms",
              qint64(values.size()), longestGap);
        QVERIFY(!progress->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(window->selectedInterface(), name, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->peersModel()->rowCount(), 2000, 20000);
        window->deleteInterface();
        QVERIFY(waitForOperation());
        QVERIFY(!wg.listInterfaces().value().contains(name));
    }

    void theDeliveryLogListsEventsAndRetries()
    {
        // Webhooks on (a receiver that is not there): the changes above recorded events.
        QSignalSpy loaded(window.get(), &ui::MainWindow::deliveriesLoaded);
        window->findChild<QTabWidget *>()->setCurrentIndex(2);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window->deliveriesModel()->rowCount() > 0);
        auto *view = window->findChild<QTableView *>(u"deliveriesView"_s);
        view->selectRow(0);
        QVERIFY(window->action(u"retryDelivery"_s)->isEnabled());
        window->retryDelivery();
        QVERIFY(waitForOperation());
        window->findChild<QTabWidget *>()->setCurrentIndex(0);
    }

    void withoutPermissionTheWindowIsReadOnlyAndSaysWhy()
    {
        // A backend thread that runs as nobody (setresuid on that thread alone): wireguard-go's
        // sockets belong to root, so WireGuard cannot be managed from it.
        QTemporaryDir shared; // nobody's own directory, as the store wants it
        QVERIFY(::chown(QFile::encodeName(shared.path()).constData(), 65534, 65534) == 0);
        app::BackendThread thread(std::make_unique<platform::UapiBackend>());
        bool dropped = false;
        thread.run(
            [](platform::WireGuardBackend &) {
                return ::syscall(SYS_setresuid, 65534, 65534, 65534) == 0;
            },
            this, [&](bool ok) { dropped = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(dropped, 10000);
        app::AsyncServices readOnly(&thread, shared.filePath(u"wgdesk.db"_s));
        ui::MainWindow window2(&readOnly, u"userspace"_s, QString());
        QSignalSpy refreshed(&window2, &ui::MainWindow::refreshed);
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(window2.bannerText().contains(u"read-only"_s), qPrintable(window2.bannerText()));
        QVERIFY2(window2.bannerText().contains(u"root"_s), qPrintable(window2.bannerText()));
        QVERIFY(!window2.action(u"newInterface"_s)->isEnabled());
        QVERIFY(!window2.action(u"importInterface"_s)->isEnabled());
        QCOMPARE(window2.trayIcon()->state(), ui::TrayIcon::State::NoPermission);
    }

    void deletesTheInterface()
    {
        window->selectInterface(iface);
        QTRY_COMPARE_WITH_TIMEOUT(window->selectedInterface(), iface, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->action(u"deleteInterface"_s)->isEnabled(), 10000);
        window->deleteInterface();
        QVERIFY(waitForOperation());
        QVERIFY(!wg.listInterfaces().value().contains(iface));
        app::Store store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(!store.interface(iface, nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(window->interfacesModel()->interfaces().empty(), 10000);
    }
};

int main(int argc, char *argv[])
{
    return runInPrivateNetworkNamespace<TestDeskWindow, QApplication>("TestDeskWindow", u"wgw"_s,
                                                                      argc, argv);
}

#include "TestDeskWindow.moc"
