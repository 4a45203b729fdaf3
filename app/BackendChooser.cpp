#include "BackendChooser.h"

#include "NetlinkBackend.h"
#include "UapiBackend.h"

#include <QCoreApplication>

namespace wgdesk::app {

using platform::BackendError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackendChooser", text);
}

} // namespace

platform::Result<std::unique_ptr<platform::WireGuardBackend>>
chooseBackend(const QString &requested)
{
    QString choice = requested;
    if (choice.isEmpty())
        choice = qEnvironmentVariable("WGDESK_BACKEND", QStringLiteral("auto"));

    if (choice == QLatin1String("kernel")) {
        auto kernel = std::make_unique<platform::NetlinkBackend>();
        if (auto ready = kernel->probe(); !ready)
            return ready.error();
        return std::unique_ptr<platform::WireGuardBackend>(std::move(kernel));
    }
    if (choice == QLatin1String("userspace")) {
        auto userspace = std::make_unique<platform::UapiBackend>();
        if (auto ready = userspace->probe(); !ready)
            return ready.error();
        return std::unique_ptr<platform::WireGuardBackend>(std::move(userspace));
    }
    if (choice != QLatin1String("auto")) {
        BackendError error;
        error.kind = BackendError::Kind::Unavailable;
        error.message = tr("Backend: “%1” is not one of auto, kernel or userspace.")
                            .arg(choice);
        return error;
    }

    // auto: the kernel when its WireGuard family exists, else wireguard-go when installed.
    auto kernel = std::make_unique<platform::NetlinkBackend>();
    const auto kernelReady = kernel->probe();
    if (kernelReady)
        return std::unique_ptr<platform::WireGuardBackend>(std::move(kernel));
    if (kernelReady.error().kind != BackendError::Kind::NoWireGuard)
        return kernelReady.error();
    auto userspace = std::make_unique<platform::UapiBackend>();
    if (userspace->probe())
        return std::unique_ptr<platform::WireGuardBackend>(std::move(userspace));

    BackendError error;
    error.kind = BackendError::Kind::NoWireGuard;
    error.message = tr("WireGuard is not available on this machine: the kernel has no WireGuard "
                       "module, and wireguard-go is not installed. Either load the kernel module "
                       "(“modprobe wireguard”, Linux 5.6 or newer), or install "
                       "wireguard-go (“apt-get install wireguard-go”) to run WireGuard "
                       "in userspace.");
    return error;
}

} // namespace wgdesk::app
