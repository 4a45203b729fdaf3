// Link and address operations over rtnetlink (libnl-route). Both backends use it: a kernel
// WireGuard device and wireguard-go's TUN device are ordinary links.
#pragma once

#include "NetlinkSocket.h"
#include "Result.h"
#include "WireGuardTypes.h"

#include <QStringList>

#include <memory>

namespace wgdesk::platform {

class RouteNetlink
{
public:
    RouteNetlink();
    ~RouteNetlink();

    // Names of the links whose kind (IFLA_INFO_KIND) is `kind`, e.g. "wireguard".
    Result<QStringList> linksOfKind(const QString &kind);
    Result<LinkInfo> linkInfo(const QString &name);
    // Creates a link of `kind` ("wireguard"); refuses a taken or invalid name.
    Result<void> createLink(const QString &name, const QString &kind);
    Result<void> deleteLink(const QString &name);
    Result<void> setMtu(const QString &name, int mtu);
    Result<void> setUp(const QString &name, bool up);
    Result<void> addAddress(const QString &name, const IpPrefix &address);
    Result<void> removeAddress(const QString &name, const IpPrefix &address);

private:
    Result<void> ensureOpen();
    std::unique_ptr<NetlinkSocket> m_socket;
};

} // namespace wgdesk::platform
