// Kernel WireGuard through generic netlink (libnl-genl-3) and rtnetlink (libnl-route-3).
#pragma once

#include "NetlinkSocket.h"
#include "RouteNetlink.h"
#include "WireGuardBackend.h"

#include <memory>

namespace wgdesk::platform {

class NetlinkBackend final : public WireGuardBackend
{
public:
    NetlinkBackend();
    ~NetlinkBackend() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("kernel"); }
    Result<void> probe() override;
    Result<QStringList> listInterfaces() override;
    Result<void> createInterface(const QString &name) override;
    Result<void> deleteInterface(const QString &name) override;
    Result<Device> readDevice(const QString &name) override;
    ApplyReport applyChanges(const DeviceChange &change) override;
    Result<LinkInfo> linkInfo(const QString &name) override;
    Result<void> setMtu(const QString &name, int mtu) override;
    Result<void> setUp(const QString &name, bool up) override;
    Result<void> addAddress(const QString &name, const IpPrefix &address) override;
    Result<void> removeAddress(const QString &name, const IpPrefix &address) override;

    // Upper bound of one SET message in bytes; changes are split across as many as needed.
    // Small values exist for tests of the splitting; the default is 32 KiB.
    void setMessageSizeLimit(std::size_t bytes) { m_messageSize = bytes; }

    // How many reads were interrupted by a concurrent change and read again, since creation.
    [[nodiscard]] int interruptedDumps() const { return m_interruptedDumps; }

    // The sentence for a kernel without WireGuard (also used by the backend chooser).
    static BackendError noWireGuardError();

private:
    Result<void> ensureGenl();
    Result<void> requireWireGuard(const QString &name, const QString &what);

    RouteNetlink m_route;
    std::unique_ptr<NetlinkSocket> m_genl;
    int m_family = -1;
    std::size_t m_messageSize = 32 * 1024;
    int m_interruptedDumps = 0;
};

} // namespace wgdesk::platform
