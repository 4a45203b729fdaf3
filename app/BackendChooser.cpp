#include "BackendChooser.h"

#include "NetlinkBackend.h"

#include <QCoreApplication>

namespace wgdesk::app {

using platform::BackendError;

platform::Result<std::unique_ptr<platform::WireGuardBackend>>
chooseBackend(const QString &requested)
{
    QString choice = requested;
    if (choice.isEmpty())
        choice = qEnvironmentVariable("WGDESK_BACKEND", QStringLiteral("auto"));
    if (choice == QLatin1String("kernel") || choice == QLatin1String("auto")) {
        auto backend = std::make_unique<platform::NetlinkBackend>();
        if (auto ready = backend->probe(); !ready)
            return ready.error();
        return std::unique_ptr<platform::WireGuardBackend>(std::move(backend));
    }
    BackendError error;
    error.kind = BackendError::Kind::Unavailable;
    if (choice == QLatin1String("userspace"))
        error.message = QCoreApplication::translate(
            "BackendChooser", "The userspace backend (wireguard-go) is not available in this "
                              "build of WG Desk yet; use the kernel backend.");
    else
        error.message =
            QCoreApplication::translate("BackendChooser",
                                        "Backend: \u201c%1\u201d is not one of auto, kernel or "
                                        "userspace.")
                .arg(choice);
    return error;
}

} // namespace wgdesk::app
