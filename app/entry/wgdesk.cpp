// The desktop application: wires the backend thread, the models and the main window together.
#include "BackendChooser.h"
#include "BackendThread.h"
#include "Keys.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

using namespace wgdesk;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wgdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("WG Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wgdesk"));

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
    parser.process(application);

    if (!platform::keys::initialize())
        qFatal("libsodium could not be initialised");

    std::unique_ptr<app::BackendThread> backendThread;
    QString backendError;
    auto backend = app::chooseBackend(parser.value(backendOption));
    if (backend)
        backendThread = std::make_unique<app::BackendThread>(std::move(backend).value());
    else
        backendError = backend.error().message;

    ui::MainWindow window(backendThread.get(), backendError);
    window.show();
    return QApplication::exec();
}
