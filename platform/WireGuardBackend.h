// The seam between WG Desk and the operating system's WireGuard: one implementation talks to
// the kernel over netlink, one to wireguard-go's userspace socket. Calls block; the app runs
// them on its backend thread, one at a time, never on the GUI thread.
#pragma once

#include "Result.h"
#include "WireGuardTypes.h"

#include <QStringList>

namespace wgdesk::platform {

class WireGuardBackend
{
public:
    virtual ~WireGuardBackend() = default;
    WireGuardBackend() = default;
    WireGuardBackend(const WireGuardBackend &) = delete;
    WireGuardBackend &operator=(const WireGuardBackend &) = delete;

    // "kernel" or "userspace".
    [[nodiscard]] virtual QString kind() const = 0;

    // Whether this backend can work here at all; the error says why not and what to do.
    virtual Result<void> probe() = 0;

    virtual Result<QStringList> listInterfaces() = 0;
    virtual Result<void> createInterface(const QString &name) = 0;
    virtual Result<void> deleteInterface(const QString &name) = 0;

    // The device with all its peers and their statistics.
    virtual Result<Device> readDevice(const QString &name) = 0;
    // Applies a change set in order. On failure the report's error says why and the rest of
    // the report says exactly what was applied before it.
    virtual ApplyReport applyChanges(const DeviceChange &change) = 0;

    // Link-level operations (rtnetlink), shared by both implementations.
    virtual Result<LinkInfo> linkInfo(const QString &name) = 0;
    virtual Result<void> setMtu(const QString &name, int mtu) = 0;
    virtual Result<void> setUp(const QString &name, bool up) = 0;
    virtual Result<void> addAddress(const QString &name, const IpPrefix &address) = 0;
    virtual Result<void> removeAddress(const QString &name, const IpPrefix &address) = 0;
};

// Whether `name` is a valid Linux interface name: [a-zA-Z0-9_=+.-]{1,15}, not "." or "..".
// On failure, error says why in a sentence that names the field.
bool isValidInterfaceName(const QString &name, QString *error = nullptr);

} // namespace wgdesk::platform
