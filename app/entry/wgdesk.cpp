// The desktop application: wires the backend thread, the models and the main window together.
#include "AsyncServices.h"
#include "BackendChooser.h"
#include "BackendThread.h"
#include "Keys.h"
#include "Language.h"
#include "MainWindow.h"
#include "MonitorLock.h"
#include "StatusMonitor.h"
#include "StoreWatcher.h"
#include "UiPreferences.h"
#include "Store.h"
#include "WebhookDispatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>

using namespace wgdesk;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wgdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("WG Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wgdesk"));
    // The desktop's icon theme first; Breeze (a dependency) where it has no icon of that name.
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));

    // The language first, so that everything (--help too) is built in it.
    ui::applyLanguage(ui::UiPreferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage this machine's WireGuard interfaces and peers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QApplication::translate("main", "WireGuard backend: auto, kernel or userspace."),
        QStringLiteral("auto|kernel|userspace"));
    parser.addOption(backendOption);
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The database (default: %1).").arg(app::Store::defaultPath()),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(application);
    const QString databasePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : app::Store::defaultPath();

    if (!platform::keys::initialize())
        qFatal("libsodium could not be initialised");

    std::unique_ptr<app::BackendThread> backendThread;
    QString backendError;
    auto backend = app::chooseBackend(parser.value(backendOption));
    if (backend)
        backendThread = std::make_unique<app::BackendThread>(std::move(backend).value());
    else
        backendError = backend.error().message;

    app::AsyncServices services(backendThread.get(), databasePath, backendError);
    ui::MainWindow window(&services, backendThread ? backendThread->backendKind() : QString(),
                          backendError);

    // One monitor at a time (product.md): this window monitors and delivers webhooks unless
    // another process (`wgdeskctl monitor`, another window, a wgdeskctl edit delivering its
    // own events) holds the lock; then it watches, and takes over once that process is gone.
    app::MonitorLock monitorLock;
    std::unique_ptr<app::WebhookDispatcherThread> webhooks;
    app::StatusMonitor *statusMonitor = nullptr;
    if (backendThread) {
        // Polling, connect/disconnect detection and ping checks, on the backend thread. While
        // it only watches, the window still shows live status, but events and the last known
        // state are the monitoring process's to record.
        statusMonitor = new app::StatusMonitor(backendThread->backendForThreadObjects(),
                                               databasePath);
        statusMonitor->setObserveOnly(true);
        backendThread->adopt(statusMonitor);
        QObject::connect(statusMonitor, &app::StatusMonitor::polled, &window,
                         &ui::MainWindow::applyStatusDelta, Qt::QueuedConnection);
        QObject::connect(statusMonitor, &app::StatusMonitor::problem, &window,
                         &ui::MainWindow::showNotice, Qt::QueuedConnection);
        services.setStatusMonitor(statusMonitor);
    }
    const auto tryToMonitor = [&]() {
        app::MonitorLock::Holder holder;
        QString lockError;
        if (!monitorLock.tryLock(databasePath, QStringLiteral("gui"), &holder, &lockError)) {
            if (!lockError.isEmpty())
                window.showNotice(lockError);
            else if (holder.role == QLatin1String("monitor"))
                window.setWebhooksDeliveredElsewhere(
                    QApplication::translate("main", "wgdeskctl monitor (PID %1)").arg(holder.pid));
            else if (holder.role == QLatin1String("cli"))
                window.setWebhooksDeliveredElsewhere(
                    QApplication::translate("main", "wgdeskctl (PID %1)").arg(holder.pid));
            else
                window.setWebhooksDeliveredElsewhere(
                    QApplication::translate("main", "another WG Desk (PID %1)").arg(holder.pid));
            return false;
        }
        webhooks = std::make_unique<app::WebhookDispatcherThread>(databasePath);
        QObject::connect(webhooks->dispatcher(), &app::WebhookDispatcher::stateChanged, &window,
                         &ui::MainWindow::setWebhookState, Qt::QueuedConnection);
        webhooks->start();
        if (statusMonitor)
            QMetaObject::invokeMethod(statusMonitor, &app::StatusMonitor::takeOver,
                                      Qt::QueuedConnection);
        return true;
    };
    QTimer lockRetry;
    lockRetry.setInterval(5000);
    QObject::connect(&lockRetry, &QTimer::timeout, &window, [&] {
        if (tryToMonitor())
            lockRetry.stop();
    });
    if (!tryToMonitor())
        lockRetry.start();
    if (statusMonitor)
        QMetaObject::invokeMethod(statusMonitor, &app::StatusMonitor::start,
                                  Qt::QueuedConnection);

    // Changes by wgdeskctl or another window show up here without a manual refresh.
    app::StoreWatcher storeWatcher(databasePath);
    QObject::connect(&storeWatcher, &app::StoreWatcher::changed, &window, &ui::MainWindow::refresh);
    QObject::connect(&storeWatcher, &app::StoreWatcher::problem, &window,
                     &ui::MainWindow::showNotice);

    window.show();
    const int code = QApplication::exec();
    if (statusMonitor) {
        services.setStatusMonitor(nullptr);
        backendThread->destroyOnThread(statusMonitor);
    }
    webhooks.reset(); // stops delivery and writes back every answer before the lock goes
    return code;
}
