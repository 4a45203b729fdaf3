#include "RouteNetlink.h"

#include "WireGuardBackend.h"

#include <QCoreApplication>

#include <linux/if.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <sys/socket.h>

#include <cstring>

namespace wgdesk::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RouteNetlink", text);
}

// Owning handles for libnl objects, freed in reverse order on every path.
struct LinkDeleter
{
    void operator()(rtnl_link *link) const { rtnl_link_put(link); }
};
struct AddrDeleter
{
    void operator()(rtnl_addr *addr) const { rtnl_addr_put(addr); }
};
struct NlAddrDeleter
{
    void operator()(nl_addr *addr) const { nl_addr_put(addr); }
};
struct CacheDeleter
{
    void operator()(nl_cache *cache) const { nl_cache_free(cache); }
};
using LinkPtr = std::unique_ptr<rtnl_link, LinkDeleter>;
using AddrPtr = std::unique_ptr<rtnl_addr, AddrDeleter>;
using NlAddrPtr = std::unique_ptr<nl_addr, NlAddrDeleter>;
using CachePtr = std::unique_ptr<nl_cache, CacheDeleter>;

QByteArray latin(const QString &name)
{
    return name.toLatin1();
}

NlAddrPtr toNlAddr(const IpPrefix &prefix)
{
    NlAddrPtr addr(nl_addr_build(prefix.family, prefix.address.data(),
                                 static_cast<size_t>(prefix.addressSize())));
    if (addr)
        nl_addr_set_prefixlen(addr.get(), prefix.length);
    return addr;
}

} // namespace

RouteNetlink::RouteNetlink() = default;
RouteNetlink::~RouteNetlink() = default;

Result<void> RouteNetlink::ensureOpen()
{
    if (m_socket && m_socket->get())
        return {};
    m_socket = std::make_unique<NetlinkSocket>(NETLINK_ROUTE);
    if (!m_socket->get()) {
        BackendError error;
        error.kind = BackendError::Kind::Io;
        error.message = m_socket->openError();
        m_socket.reset();
        return error;
    }
    return {};
}

Result<QStringList> RouteNetlink::linksOfKind(const QString &kind)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    m_socket->clearError();
    nl_cache *raw = nullptr;
    if (const int err = rtnl_link_alloc_cache(m_socket->get(), AF_UNSPEC, &raw); err < 0)
        return m_socket->makeError(err, tr("list the network interfaces"), {});
    CachePtr cache(raw);
    QStringList names;
    const QByteArray wanted = kind.toLatin1();
    for (nl_object *obj = nl_cache_get_first(cache.get()); obj; obj = nl_cache_get_next(obj)) {
        auto *link = reinterpret_cast<rtnl_link *>(obj);
        const char *type = rtnl_link_get_type(link);
        if (type && wanted == type)
            names.append(QString::fromLatin1(rtnl_link_get_name(link)));
    }
    names.sort();
    return names;
}

Result<LinkInfo> RouteNetlink::linkInfo(const QString &name)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    m_socket->clearError();
    rtnl_link *raw = nullptr;
    if (const int err = rtnl_link_get_kernel(m_socket->get(), 0, latin(name).constData(), &raw);
        err < 0)
        return m_socket->makeError(err, tr("read the interface %1").arg(name), name);
    LinkPtr link(raw);
    LinkInfo info;
    info.name = QString::fromLatin1(rtnl_link_get_name(link.get()));
    info.ifindex = rtnl_link_get_ifindex(link.get());
    if (const char *type = rtnl_link_get_type(link.get()))
        info.kind = QString::fromLatin1(type);
    info.mtu = static_cast<int>(rtnl_link_get_mtu(link.get()));
    const unsigned flags = rtnl_link_get_flags(link.get());
    info.up = flags & IFF_UP;
    info.running = flags & IFF_RUNNING;

    nl_cache *rawCache = nullptr;
    if (const int err = rtnl_addr_alloc_cache(m_socket->get(), &rawCache); err < 0)
        return m_socket->makeError(err, tr("read the addresses of %1").arg(name), name);
    CachePtr cache(rawCache);
    for (nl_object *obj = nl_cache_get_first(cache.get()); obj; obj = nl_cache_get_next(obj)) {
        auto *addr = reinterpret_cast<rtnl_addr *>(obj);
        if (rtnl_addr_get_ifindex(addr) != info.ifindex)
            continue;
        nl_addr *local = rtnl_addr_get_local(addr);
        if (!local)
            continue;
        IpPrefix prefix;
        prefix.family = nl_addr_get_family(local);
        if (prefix.family != AF_INET && prefix.family != AF_INET6)
            continue;
        const auto size = std::min<unsigned>(nl_addr_get_len(local), 16);
        std::memcpy(prefix.address.data(), nl_addr_get_binary_addr(local), size);
        prefix.length = static_cast<std::uint8_t>(rtnl_addr_get_prefixlen(addr));
        info.addresses.push_back(prefix);
    }
    return info;
}

Result<void> RouteNetlink::createLink(const QString &name, const QString &kind)
{
    QString invalid;
    if (!isValidInterfaceName(name, &invalid)) {
        BackendError error;
        error.kind = BackendError::Kind::InvalidName;
        error.message = invalid;
        return error;
    }
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    LinkPtr link(rtnl_link_alloc());
    rtnl_link_set_name(link.get(), latin(name).constData());
    if (const int err = rtnl_link_set_type(link.get(), kind.toLatin1().constData()); err < 0)
        return m_socket->makeError(err, tr("create the interface %1").arg(name), name);
    m_socket->clearError();
    if (const int err = rtnl_link_add(m_socket->get(), link.get(), NLM_F_CREATE | NLM_F_EXCL);
        err < 0)
        return m_socket->makeError(err, tr("create the interface %1").arg(name), name);
    return {};
}

Result<void> RouteNetlink::deleteLink(const QString &name)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    LinkPtr link(rtnl_link_alloc());
    rtnl_link_set_name(link.get(), latin(name).constData());
    m_socket->clearError();
    if (const int err = rtnl_link_delete(m_socket->get(), link.get()); err < 0)
        return m_socket->makeError(err, tr("delete the interface %1").arg(name), name);
    return {};
}

namespace {

template <typename Modify>
Result<void> changeLink(NetlinkSocket &socket, const QString &name, const QString &what,
                        Modify modify)
{
    socket.clearError();
    rtnl_link *raw = nullptr;
    if (const int err = rtnl_link_get_kernel(socket.get(), 0, name.toLatin1().constData(), &raw);
        err < 0)
        return socket.makeError(err, what, name);
    LinkPtr original(raw);
    LinkPtr changes(rtnl_link_alloc());
    modify(changes.get());
    socket.clearError();
    if (const int err = rtnl_link_change(socket.get(), original.get(), changes.get(), 0); err < 0)
        return socket.makeError(err, what, name);
    return {};
}

} // namespace

Result<void> RouteNetlink::setMtu(const QString &name, int mtu)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    return changeLink(*m_socket, name, tr("set the MTU of %1 to %2").arg(name).arg(mtu),
                      [mtu](rtnl_link *l) { rtnl_link_set_mtu(l, static_cast<unsigned>(mtu)); });
}

Result<void> RouteNetlink::setUp(const QString &name, bool up)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    return changeLink(*m_socket, name,
                      up ? tr("bring %1 up").arg(name) : tr("bring %1 down").arg(name),
                      [up](rtnl_link *l) {
                          if (up)
                              rtnl_link_set_flags(l, IFF_UP);
                          else
                              rtnl_link_unset_flags(l, IFF_UP);
                      });
}

namespace {

Result<AddrPtr> makeAddress(NetlinkSocket &socket, const QString &name, const IpPrefix &prefix,
                            const QString &what)
{
    socket.clearError();
    rtnl_link *raw = nullptr;
    if (const int err = rtnl_link_get_kernel(socket.get(), 0, name.toLatin1().constData(), &raw);
        err < 0)
        return socket.makeError(err, what, name);
    LinkPtr link(raw);
    AddrPtr addr(rtnl_addr_alloc());
    NlAddrPtr local = toNlAddr(prefix);
    rtnl_addr_set_ifindex(addr.get(), rtnl_link_get_ifindex(link.get()));
    if (const int err = rtnl_addr_set_local(addr.get(), local.get()); err < 0)
        return socket.makeError(err, what, name);
    rtnl_addr_set_prefixlen(addr.get(), prefix.length);
    return addr;
}

} // namespace

Result<void> RouteNetlink::addAddress(const QString &name, const IpPrefix &address)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    const QString what = tr("add the address %1 to %2").arg(address.toString(), name);
    auto addr = makeAddress(*m_socket, name, address, what);
    if (!addr)
        return addr.error();
    m_socket->clearError();
    if (const int err = rtnl_addr_add(m_socket->get(), addr.value().get(), NLM_F_EXCL); err < 0) {
        if (m_socket->lastErrno() == EEXIST) {
            BackendError error = errorFromErrno(EEXIST, what, name, m_socket->lastKernelMessage());
            error.message = tr("Could not %1: the interface already has that address.").arg(what);
            return error;
        }
        return m_socket->makeError(err, what, name);
    }
    return {};
}

Result<void> RouteNetlink::removeAddress(const QString &name, const IpPrefix &address)
{
    if (auto opened = ensureOpen(); !opened)
        return opened.error();
    const QString what = tr("remove the address %1 from %2").arg(address.toString(), name);
    auto addr = makeAddress(*m_socket, name, address, what);
    if (!addr)
        return addr.error();
    m_socket->clearError();
    if (const int err = rtnl_addr_delete(m_socket->get(), addr.value().get(), 0); err < 0) {
        if (m_socket->lastErrno() == EADDRNOTAVAIL) {
            BackendError error;
            error.kind = BackendError::Kind::InvalidArgument;
            error.errnum = EADDRNOTAVAIL;
            error.message = tr("Could not %1: the interface has no such address.").arg(what);
            return error;
        }
        return m_socket->makeError(err, what, name);
    }
    return {};
}

} // namespace wgdesk::platform
