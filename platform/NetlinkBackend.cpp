#include "NetlinkBackend.h"

#include <QCoreApplication>

#include <linux/wireguard.h>
#include <netinet/in.h>
#include <netlink/attr.h>
#include <netlink/errno.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/handlers.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace wgdesk::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetlinkBackend", text);
}

struct MsgDeleter
{
    void operator()(nl_msg *msg) const { nlmsg_free(msg); }
};
using MsgPtr = std::unique_ptr<nl_msg, MsgDeleter>;

struct CbDeleter
{
    void operator()(nl_cb *cb) const { nl_cb_put(cb); }
};
using CbPtr = std::unique_ptr<nl_cb, CbDeleter>;

// The kernel's __kernel_timespec, as WGPEER_A_LAST_HANDSHAKE_TIME carries it.
struct KernelTimespec
{
    std::int64_t sec;
    std::int64_t nsec;
};

bool readKey(const nlattr *attr, Key &key)
{
    if (nla_len(attr) != Key::Size)
        return false;
    std::memcpy(key.bytes.data(), nla_data(attr), Key::Size);
    return true;
}

bool readEndpoint(const nlattr *attr, Endpoint &endpoint)
{
    const int length = nla_len(attr);
    if (length < static_cast<int>(sizeof(sa_family_t)))
        return false;
    sa_family_t family;
    std::memcpy(&family, nla_data(attr), sizeof family);
    if (family == AF_INET && length >= static_cast<int>(sizeof(sockaddr_in))) {
        sockaddr_in in;
        std::memcpy(&in, nla_data(attr), sizeof in);
        endpoint.family = AF_INET;
        std::memcpy(endpoint.address.data(), &in.sin_addr, 4);
        endpoint.port = ntohs(in.sin_port);
        return true;
    }
    if (family == AF_INET6 && length >= static_cast<int>(sizeof(sockaddr_in6))) {
        sockaddr_in6 in6;
        std::memcpy(&in6, nla_data(attr), sizeof in6);
        endpoint.family = AF_INET6;
        std::memcpy(endpoint.address.data(), &in6.sin6_addr, 16);
        endpoint.port = ntohs(in6.sin6_port);
        endpoint.scopeId = in6.sin6_scope_id;
        return true;
    }
    return family == AF_UNSPEC;
}

bool readAllowedIp(nlattr *nest, IpPrefix &prefix)
{
    nlattr *attr;
    int remaining;
    bool haveFamily = false, haveAddress = false, haveMask = false;
    nla_for_each_nested(attr, nest, remaining)
    {
        switch (nla_type(attr)) {
        case WGALLOWEDIP_A_FAMILY:
            if (nla_len(attr) < 2)
                return false;
            prefix.family = nla_get_u16(attr);
            haveFamily = true;
            break;
        case WGALLOWEDIP_A_IPADDR:
            if (nla_len(attr) != 4 && nla_len(attr) != 16)
                return false;
            std::memcpy(prefix.address.data(), nla_data(attr), static_cast<size_t>(nla_len(attr)));
            haveAddress = true;
            break;
        case WGALLOWEDIP_A_CIDR_MASK:
            if (nla_len(attr) < 1)
                return false;
            prefix.length = nla_get_u8(attr);
            haveMask = true;
            break;
        default:
            break;
        }
    }
    if (!haveFamily || !haveAddress || !haveMask)
        return false;
    if (prefix.family != AF_INET && prefix.family != AF_INET6)
        return false;
    return prefix.length <= prefix.maxLength();
}

bool readPeer(nlattr *nest, Peer &peer, bool &haveKey)
{
    nlattr *attr;
    int remaining;
    nla_for_each_nested(attr, nest, remaining)
    {
        switch (nla_type(attr)) {
        case WGPEER_A_PUBLIC_KEY:
            if (!readKey(attr, peer.publicKey))
                return false;
            haveKey = true;
            break;
        case WGPEER_A_PRESHARED_KEY: {
            Key psk;
            if (!readKey(attr, psk))
                return false;
            if (!psk.isZero())
                peer.presharedKey = psk;
            break;
        }
        case WGPEER_A_ENDPOINT:
            if (!readEndpoint(attr, peer.endpoint))
                return false;
            break;
        case WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL:
            if (nla_len(attr) < 2)
                return false;
            peer.persistentKeepalive = nla_get_u16(attr);
            break;
        case WGPEER_A_LAST_HANDSHAKE_TIME: {
            if (nla_len(attr) != sizeof(KernelTimespec))
                return false;
            KernelTimespec ts;
            std::memcpy(&ts, nla_data(attr), sizeof ts);
            peer.lastHandshakeSec = ts.sec;
            peer.lastHandshakeNsec = ts.nsec;
            break;
        }
        case WGPEER_A_RX_BYTES:
            if (nla_len(attr) < 8)
                return false;
            peer.rxBytes = nla_get_u64(attr);
            break;
        case WGPEER_A_TX_BYTES:
            if (nla_len(attr) < 8)
                return false;
            peer.txBytes = nla_get_u64(attr);
            break;
        case WGPEER_A_ALLOWEDIPS: {
            nlattr *ipAttr;
            int ipRemaining;
            nla_for_each_nested(ipAttr, attr, ipRemaining)
            {
                IpPrefix prefix;
                if (!readAllowedIp(ipAttr, prefix))
                    return false;
                peer.allowedIps.push_back(prefix);
            }
            break;
        }
        default: // padding (type 0), protocol version, and attributes from newer kernels
            break;
        }
    }
    return true;
}

struct DumpState
{
    Device *device;
    bool malformed = false;
};

int parseDeviceMessage(nl_msg *msg, void *arg)
{
    auto *state = static_cast<DumpState *>(arg);
    Device &device = *state->device;
    auto *header = static_cast<genlmsghdr *>(nlmsg_data(nlmsg_hdr(msg)));
    nlattr *attr;
    int remaining;
    nla_for_each_attr(attr, genlmsg_attrdata(header, 0), genlmsg_attrlen(header, 0), remaining)
    {
        switch (nla_type(attr)) {
        case WGDEVICE_A_IFINDEX:
            if (nla_len(attr) >= 4)
                device.ifindex = static_cast<int>(nla_get_u32(attr));
            break;
        case WGDEVICE_A_IFNAME:
            device.name = QString::fromLatin1(
                static_cast<const char *>(nla_data(attr)),
                static_cast<qsizetype>(strnlen(static_cast<const char *>(nla_data(attr)),
                                               static_cast<size_t>(nla_len(attr)))));
            break;
        case WGDEVICE_A_PRIVATE_KEY: {
            Key key;
            if (!readKey(attr, key)) {
                state->malformed = true;
                return NL_STOP;
            }
            if (!key.isZero())
                device.privateKey = key;
            break;
        }
        case WGDEVICE_A_PUBLIC_KEY: {
            Key key;
            if (!readKey(attr, key)) {
                state->malformed = true;
                return NL_STOP;
            }
            if (!key.isZero())
                device.publicKey = key;
            break;
        }
        case WGDEVICE_A_LISTEN_PORT:
            if (nla_len(attr) >= 2)
                device.listenPort = nla_get_u16(attr);
            break;
        case WGDEVICE_A_FWMARK:
            if (nla_len(attr) >= 4)
                device.fwmark = nla_get_u32(attr);
            break;
        case WGDEVICE_A_PEERS: {
            nlattr *peerAttr;
            int peerRemaining;
            nla_for_each_nested(peerAttr, attr, peerRemaining)
            {
                Peer peer;
                bool haveKey = false;
                if (!readPeer(peerAttr, peer, haveKey) || !haveKey) {
                    state->malformed = true;
                    return NL_STOP;
                }
                // A peer cut off inside its allowed IPs continues at the start of the next
                // message, with only its key and the remaining allowed IPs.
                if (!device.peers.empty() && device.peers.back().publicKey == peer.publicKey) {
                    auto &ips = device.peers.back().allowedIps;
                    ips.insert(ips.end(), peer.allowedIps.begin(), peer.allowedIps.end());
                } else {
                    device.peers.push_back(std::move(peer));
                }
            }
            break;
        }
        default:
            break;
        }
    }
    return NL_OK;
}

void putEndpoint(nl_msg *msg, const Endpoint &endpoint, int &err)
{
    if (endpoint.family == AF_INET) {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_port = htons(endpoint.port);
        std::memcpy(&in.sin_addr, endpoint.address.data(), 4);
        err = err ? err : nla_put(msg, WGPEER_A_ENDPOINT, sizeof in, &in);
    } else if (endpoint.family == AF_INET6) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(endpoint.port);
        in6.sin6_scope_id = endpoint.scopeId;
        std::memcpy(&in6.sin6_addr, endpoint.address.data(), 16);
        err = err ? err : nla_put(msg, WGPEER_A_ENDPOINT, sizeof in6, &in6);
    }
}

} // namespace

NetlinkBackend::NetlinkBackend() = default;
NetlinkBackend::~NetlinkBackend() = default;

BackendError NetlinkBackend::noWireGuardError()
{
    BackendError error;
    error.kind = BackendError::Kind::NoWireGuard;
    error.errnum = ENOENT;
    error.message = tr("This kernel has no WireGuard: the “wireguard” netlink family "
                       "does not exist. Load it with “modprobe wireguard” (Linux 5.6 "
                       "or newer has it), or install wireguard-go to run WireGuard in "
                       "userspace.");
    return error;
}

Result<void> NetlinkBackend::ensureGenl()
{
    if (m_genl && m_family >= 0)
        return {};
    m_genl = std::make_unique<NetlinkSocket>(NETLINK_GENERIC);
    if (!m_genl->get()) {
        BackendError error;
        error.kind = BackendError::Kind::Io;
        error.message = m_genl->openError();
        m_genl.reset();
        return error;
    }
    m_genl->clearError();
    const int family = genl_ctrl_resolve(m_genl->get(), WG_GENL_NAME);
    if (family < 0) {
        const bool missing = family == -NLE_OBJ_NOTFOUND || m_genl->lastErrno() == ENOENT;
        BackendError error = missing ? noWireGuardError()
                                     : m_genl->makeError(family, tr("find kernel WireGuard"), {});
        m_genl.reset();
        return error;
    }
    m_family = family;
    return {};
}

Result<void> NetlinkBackend::probe()
{
    return ensureGenl();
}

Result<QStringList> NetlinkBackend::listInterfaces()
{
    if (auto ready = ensureGenl(); !ready)
        return ready.error();
    return m_route.linksOfKind(QStringLiteral("wireguard"));
}

Result<void> NetlinkBackend::createInterface(const QString &name)
{
    if (auto ready = ensureGenl(); !ready)
        return ready.error();
    auto created = m_route.createLink(name, QStringLiteral("wireguard"));
    if (!created && created.error().errnum == EOPNOTSUPP)
        return noWireGuardError(); // "Unknown device type": the module is missing
    return created;
}

Result<void> NetlinkBackend::deleteInterface(const QString &name)
{
    // Never delete a link that is not WireGuard, whatever the caller passed.
    auto info = m_route.linkInfo(name);
    if (!info)
        return info.error();
    if (info.value().kind != QLatin1String("wireguard")) {
        BackendError error;
        error.kind = BackendError::Kind::NoSuchInterface;
        error.message = tr("Could not delete %1: it is not a WireGuard interface, and WG Desk "
                           "deletes only WireGuard interfaces.")
                            .arg(name);
        return error;
    }
    return m_route.deleteLink(name);
}

Result<Device> NetlinkBackend::readDevice(const QString &name)
{
    if (auto ready = ensureGenl(); !ready)
        return ready.error();
    QString invalid;
    if (!isValidInterfaceName(name, &invalid)) {
        BackendError error;
        error.kind = BackendError::Kind::InvalidName;
        error.message = invalid;
        return error;
    }
    const QByteArray ifname = name.toLatin1();
    const QString what = tr("read the WireGuard interface %1").arg(name);
    // A change made while the dump runs interrupts it (NLM_F_DUMP_INTR); read again, as wg does.
    constexpr int MaxAttempts = 20;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        MsgPtr msg(nlmsg_alloc());
        if (!msg || !genlmsg_put(msg.get(), NL_AUTO_PORT, NL_AUTO_SEQ, m_family, 0, NLM_F_DUMP,
                                 WG_CMD_GET_DEVICE, WG_GENL_VERSION)
            || nla_put_string(msg.get(), WGDEVICE_A_IFNAME, ifname.constData()) < 0)
            return m_genl->makeError(-NLE_NOMEM, what, name);
        m_genl->clearError();
        if (const int err = nl_send_auto(m_genl->get(), msg.get()); err < 0)
            return m_genl->makeError(err, what, name);

        Device device;
        device.name = name;
        DumpState state{&device};
        nl_cb *socketCb = nl_socket_get_cb(m_genl->get()); // a reference of our own
        CbPtr cb(nl_cb_clone(socketCb));
        nl_cb_put(socketCb);
        nl_cb_set(cb.get(), NL_CB_VALID, NL_CB_CUSTOM, parseDeviceMessage, &state);
        const int err = nl_recvmsgs(m_genl->get(), cb.get());
        if (err == -NLE_DUMP_INTR) {
            ++m_interruptedDumps;
            continue;
        }
        if (err < 0)
            return m_genl->makeError(err, what, name);
        if (state.malformed) {
            // The parser stopped early: the rest of the dump is still queued on the socket.
            m_genl.reset();
            m_family = -1;
            BackendError error;
            error.kind = BackendError::Kind::Io;
            error.message = tr("Could not %1: the kernel sent a malformed reply.").arg(what);
            return error;
        }
        return device;
    }
    BackendError error;
    error.kind = BackendError::Kind::Io;
    error.errnum = EINTR;
    error.message = tr("Could not %1: it kept changing while being read (%2 attempts).")
                        .arg(what)
                        .arg(MaxAttempts);
    return error;
}

ApplyReport NetlinkBackend::applyChanges(const DeviceChange &change)
{
    ApplyReport report;
    if (auto ready = ensureGenl(); !ready) {
        report.error = ready.error();
        return report;
    }
    QString invalid;
    if (!isValidInterfaceName(change.name, &invalid)) {
        report.error.kind = BackendError::Kind::InvalidName;
        report.error.message = invalid;
        return report;
    }
    const QByteArray ifname = change.name.toLatin1();
    const QString what = tr("configure the WireGuard interface %1").arg(change.name);
    const std::size_t peerCount = change.peers.size();
    std::size_t peerIndex = 0; // next peer change to pack
    std::size_t ipIndex = 0;   // next allowed IP of that peer (non-zero: a continuation)
    bool first = true;

    const auto fail = [&](BackendError error) {
        report.error = std::move(error);
        return report;
    };

    while (first || peerIndex < peerCount) {
        MsgPtr msg(nlmsg_alloc_size(m_messageSize));
        if (!msg || !genlmsg_put(msg.get(), NL_AUTO_PORT, NL_AUTO_SEQ, m_family, 0, 0,
                                 WG_CMD_SET_DEVICE, WG_GENL_VERSION)
            || nla_put_string(msg.get(), WGDEVICE_A_IFNAME, ifname.constData()) < 0)
            return fail(m_genl->makeError(-NLE_NOMEM, what, change.name));

        // Device attributes and REPLACE_PEERS go in the first message only.
        if (first) {
            int err = 0;
            if (change.privateKey) {
                const Key key = change.privateKey->value_or(Key{}); // zeros remove the key
                err = nla_put(msg.get(), WGDEVICE_A_PRIVATE_KEY, Key::Size, key.bytes.data());
            }
            if (!err && change.listenPort)
                err = nla_put_u16(msg.get(), WGDEVICE_A_LISTEN_PORT, *change.listenPort);
            if (!err && change.fwmark)
                err = nla_put_u32(msg.get(), WGDEVICE_A_FWMARK, *change.fwmark);
            if (!err && change.replacePeers)
                err = nla_put_u32(msg.get(), WGDEVICE_A_FLAGS, WGDEVICE_F_REPLACE_PEERS);
            if (err < 0)
                return fail(m_genl->makeError(err, what, change.name));
        }

        const std::size_t startPeer = peerIndex, startIp = ipIndex;
        if (peerIndex < peerCount) {
            nlattr *peersNest = nla_nest_start(msg.get(), WGDEVICE_A_PEERS);
            if (!peersNest)
                return fail(m_genl->makeError(-NLE_NOMEM, what, change.name));
            while (peerIndex < peerCount) {
                const PeerChange &peer = change.peers[peerIndex];
                const bool continuation = ipIndex > 0;
                const std::size_t fragmentIp = ipIndex;
                nlattr *peerNest = nla_nest_start(msg.get(), 0);
                if (!peerNest)
                    break;
                int err = nla_put(msg.get(), WGPEER_A_PUBLIC_KEY, Key::Size,
                                  peer.publicKey.bytes.data());
                std::uint32_t flags = 0;
                if (peer.mode == PeerChange::Mode::Remove)
                    flags |= WGPEER_F_REMOVE_ME;
                if (peer.mode == PeerChange::Mode::UpdateOnly)
                    flags |= WGPEER_F_UPDATE_ONLY;
                if (!continuation && peer.replaceAllowedIps)
                    flags |= WGPEER_F_REPLACE_ALLOWEDIPS;
                if (!err && flags)
                    err = nla_put_u32(msg.get(), WGPEER_A_FLAGS, flags);
                if (!continuation && peer.mode != PeerChange::Mode::Remove) {
                    if (!err && peer.presharedKey) {
                        const Key psk = peer.presharedKey->value_or(Key{});
                        err = nla_put(msg.get(), WGPEER_A_PRESHARED_KEY, Key::Size,
                                      psk.bytes.data());
                    }
                    if (peer.endpoint)
                        putEndpoint(msg.get(), *peer.endpoint, err);
                    if (!err && peer.persistentKeepalive)
                        err = nla_put_u16(msg.get(), WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL,
                                          *peer.persistentKeepalive);
                }
                if (err < 0) {
                    nla_nest_cancel(msg.get(), peerNest);
                    break;
                }
                bool peerDone = true;
                if (peer.mode != PeerChange::Mode::Remove && ipIndex < peer.allowedIps.size()) {
                    nlattr *ipsNest = nla_nest_start(msg.get(), WGPEER_A_ALLOWEDIPS);
                    if (!ipsNest) {
                        nla_nest_cancel(msg.get(), peerNest);
                        break;
                    }
                    while (ipIndex < peer.allowedIps.size()) {
                        const IpPrefix &ip = peer.allowedIps[ipIndex];
                        nlattr *ipNest = nla_nest_start(msg.get(), 0);
                        if (!ipNest) {
                            peerDone = false;
                            break;
                        }
                        if (nla_put_u16(msg.get(), WGALLOWEDIP_A_FAMILY,
                                        static_cast<std::uint16_t>(ip.family))
                                < 0
                            || nla_put(msg.get(), WGALLOWEDIP_A_IPADDR, ip.addressSize(),
                                       ip.address.data())
                                   < 0
                            || nla_put_u8(msg.get(), WGALLOWEDIP_A_CIDR_MASK, ip.length) < 0) {
                            nla_nest_cancel(msg.get(), ipNest);
                            peerDone = false;
                            break;
                        }
                        nla_nest_end(msg.get(), ipNest);
                        ++ipIndex;
                    }
                    if (ipIndex == fragmentIp) {
                        // Not even one allowed IP fit: the whole fragment goes in the next message.
                        nla_nest_cancel(msg.get(), peerNest);
                        break;
                    }
                    nla_nest_end(msg.get(), ipsNest);
                }
                nla_nest_end(msg.get(), peerNest);
                if (!peerDone)
                    break; // the message is full in the middle of this peer's allowed IPs
                ++peerIndex;
                ipIndex = 0;
            }
            if (nla_nest_end(msg.get(), peersNest) < 0)
                return fail(m_genl->makeError(-NLE_ATTRSIZE, what, change.name));
        }
        if (!first && peerIndex == startPeer && ipIndex == startIp) {
            BackendError error;
            error.kind = BackendError::Kind::InvalidArgument;
            error.message = tr("Could not %1: one peer does not fit in a netlink message of %2 "
                               "bytes.")
                                .arg(what)
                                .arg(m_messageSize);
            return fail(error);
        }

        m_genl->clearError();
        if (const int err = nl_send_sync(m_genl->get(), msg.release()); err < 0) {
            // The kernel applies a message's peers in order up to the one it refuses.
            report.failedMessagePeers = static_cast<int>(peerIndex - startPeer)
                                        + (ipIndex > 0 ? 1 : 0);
            return fail(m_genl->makeError(err, what, change.name));
        }
        ++report.messagesSent;
        if (first)
            report.deviceFieldsApplied = true;
        first = false;
        report.peersApplied = static_cast<int>(peerIndex);
        report.partialPeerAllowedIps = static_cast<int>(ipIndex);
        if (change.progress)
            change.progress(report.peersApplied, static_cast<int>(change.peers.size()));
    }
    return report;
}

Result<void> NetlinkBackend::requireWireGuard(const QString &name, const QString &what)
{
    auto info = m_route.linkInfo(name);
    if (!info && info.error().kind == BackendError::Kind::NoSuchInterface)
        return errorFromErrno(ENODEV, what, name); // in the words of what was asked for
    if (!info)
        return info.error();
    if (info.value().kind != QLatin1String("wireguard"))
        return errorFromErrno(EOPNOTSUPP, what, name);
    return {};
}

Result<LinkInfo> NetlinkBackend::linkInfo(const QString &name)
{
    return m_route.linkInfo(name);
}

// Link changes go only to WireGuard links: a mistyped name must not touch eth0 or lo.
Result<void> NetlinkBackend::setMtu(const QString &name, int mtu)
{
    if (auto ok = requireWireGuard(name, tr("set the MTU of %1").arg(name)); !ok)
        return ok;
    return m_route.setMtu(name, mtu);
}

Result<void> NetlinkBackend::setUp(const QString &name, bool up)
{
    if (auto ok = requireWireGuard(name, up ? tr("bring %1 up").arg(name)
                                            : tr("bring %1 down").arg(name));
        !ok)
        return ok;
    return m_route.setUp(name, up);
}

Result<void> NetlinkBackend::addAddress(const QString &name, const IpPrefix &address)
{
    if (auto ok = requireWireGuard(
            name, tr("add the address %1 to %2").arg(address.toString(), name));
        !ok)
        return ok;
    return m_route.addAddress(name, address);
}

Result<void> NetlinkBackend::removeAddress(const QString &name, const IpPrefix &address)
{
    if (auto ok = requireWireGuard(
            name, tr("remove the address %1 from %2").arg(address.toString(), name));
        !ok)
        return ok;
    return m_route.removeAddress(name, address);
}

} // namespace wgdesk::platform
