#include "NetlinkSocket.h"

#include <QCoreApplication>

#include <linux/netlink.h>
#include <netlink/attr.h>
#include <netlink/errno.h>
#include <netlink/handlers.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <cerrno>
#include <cstring>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

namespace wgdesk::platform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetlinkSocket", text);
}

// Large enough that the kernel fills 32 KiB dump batches (it sizes them from the largest
// receive buffer it has seen), so a 100,000-peer dump takes few round trips.
constexpr int ReceiveBufferSize = 64 * 1024;
constexpr int SocketBufferSize = 4 * 1024 * 1024;

} // namespace

NetlinkSocket::NetlinkSocket(int protocol)
{
    m_sock = nl_socket_alloc();
    if (!m_sock) {
        m_openError = tr("Could not allocate a netlink socket: out of memory.");
        return;
    }
    if (const int err = nl_connect(m_sock, protocol); err < 0) {
        m_openError = tr("Could not open a netlink socket: %1.")
                          .arg(QString::fromLocal8Bit(nl_geterror(err)));
        nl_socket_free(m_sock);
        m_sock = nullptr;
        return;
    }
    const int fd = nl_socket_get_fd(m_sock);
    const int one = 1;
    // Best effort: older kernels lack these, and errors are still reported without them.
    (void)setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
    (void)setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
    nl_socket_set_buffer_size(m_sock, SocketBufferSize, SocketBufferSize);
    nl_socket_set_msg_buf_size(m_sock, ReceiveBufferSize);
    nl_socket_enable_msg_peek(m_sock);
    nl_socket_modify_err_cb(m_sock, NL_CB_CUSTOM, &NetlinkSocket::errorHandler, this);
}

NetlinkSocket::~NetlinkSocket()
{
    if (m_sock)
        nl_socket_free(m_sock);
}

void NetlinkSocket::clearError()
{
    m_errno = 0;
    m_kernelMessage.clear();
}

void NetlinkSocket::installErrorHandler(nl_cb *cb)
{
    nl_cb_err(cb, NL_CB_CUSTOM, &NetlinkSocket::errorHandler, this);
}

int NetlinkSocket::errorHandler(::sockaddr_nl *, ::nlmsgerr *error, void *arg)
{
    auto *self = static_cast<NetlinkSocket *>(arg);
    self->m_errno = error->error < 0 ? -error->error : error->error;
    self->m_kernelMessage.clear();

    // The error message header sits right before the nlmsgerr payload.
    const auto *header = reinterpret_cast<const nlmsghdr *>(reinterpret_cast<const char *>(error)
                                                            - NLMSG_HDRLEN);
    if (header->nlmsg_flags & NLM_F_ACK_TLVS) {
        std::size_t offset = sizeof(nlmsgerr);
        if (!(header->nlmsg_flags & NLM_F_CAPPED))
            offset += error->msg.nlmsg_len - NLMSG_HDRLEN;
        const std::size_t payload = header->nlmsg_len - NLMSG_HDRLEN;
        if (offset < payload) {
            auto *tlvs = reinterpret_cast<nlattr *>(reinterpret_cast<char *>(error) + offset);
            nlattr *attr;
            int remaining;
            nla_for_each_attr(attr, tlvs, static_cast<int>(payload - offset), remaining)
            {
                if (nla_type(attr) == NLMSGERR_ATTR_MSG && nla_len(attr) > 0) {
                    self->m_kernelMessage = QString::fromUtf8(
                        static_cast<const char *>(nla_data(attr)),
                        static_cast<qsizetype>(strnlen(static_cast<const char *>(nla_data(attr)),
                                                       static_cast<size_t>(nla_len(attr)))));
                }
            }
        }
    }
    return NL_STOP;
}

int NetlinkSocket::sendAndWaitForAck(nl_msg *msg)
{
    clearError();
    return nl_send_sync(m_sock, msg);
}

BackendError NetlinkSocket::makeError(int nlResult, const QString &what,
                                      const QString &interfaceName) const
{
    if (m_errno != 0)
        return errorFromErrno(m_errno, what, interfaceName, m_kernelMessage);
    // Some libnl calls (rtnl_link_get_kernel) install their own error handler; map their
    // codes back to the errno they came from.
    switch (-nlResult) {
    case NLE_PERM: return errorFromErrno(EPERM, what, interfaceName);
    case NLE_NODEV:
    case NLE_OBJ_NOTFOUND: return errorFromErrno(ENODEV, what, interfaceName);
    case NLE_EXIST: return errorFromErrno(EEXIST, what, interfaceName);
    case NLE_INVAL: return errorFromErrno(EINVAL, what, interfaceName);
    case NLE_OPNOTSUPP: return errorFromErrno(EOPNOTSUPP, what, interfaceName);
    case NLE_BUSY: return errorFromErrno(EBUSY, what, interfaceName);
    case NLE_NOADDR: return errorFromErrno(EADDRNOTAVAIL, what, interfaceName);
    default: break;
    }
    BackendError error;
    error.kind = BackendError::Kind::Io;
    error.message = tr("Could not %1: %2.")
                        .arg(what, QString::fromLocal8Bit(nl_geterror(nlResult)));
    return error;
}

BackendError errorFromErrno(int errnum, const QString &what, const QString &interfaceName,
                            const QString &kernelMessage)
{
    BackendError error;
    error.errnum = errnum;
    error.kernelMessage = kernelMessage;
    // A missing capability is EPERM; EACCES is the kernel refusing on other grounds, e.g. an
    // IPv6 address on a link where IPv6 is disabled. Not to be mistaken for CAP_NET_ADMIN.
    if (errnum == EACCES) {
        error.kind = BackendError::Kind::InvalidArgument;
        error.message = kernelMessage.isEmpty()
                            ? tr("The kernel refused to %1 (access denied). For an IPv6 address, "
                                 "check that IPv6 is enabled on the interface "
                                 "(net.ipv6.conf.%2.disable_ipv6).")
                                  .arg(what, interfaceName)
                            : tr("The kernel refused to %1.").arg(what) + u' '
                                  + tr("The kernel reports: %1.").arg(kernelMessage);
        return error;
    }
    switch (errnum) {
    case EPERM:
        error.kind = BackendError::Kind::PermissionDenied;
        error.message = tr("WG Desk may not %1: managing WireGuard needs the CAP_NET_ADMIN "
                           "capability. Run it as root, or grant the capability with "
                           "“setcap cap_net_admin+ep” on its executable.")
                            .arg(what);
        break;
    case ENODEV:
        error.kind = BackendError::Kind::NoSuchInterface;
        error.message = tr("Could not %1: there is no interface named “%2”.")
                            .arg(what, interfaceName);
        break;
    case EOPNOTSUPP:
        error.kind = BackendError::Kind::NoSuchInterface;
        error.message = tr("Could not %1: “%2” is not a WireGuard interface.")
                            .arg(what, interfaceName);
        break;
    case EEXIST:
        error.kind = BackendError::Kind::NameTaken;
        error.message = tr("Could not %1: an interface named “%2” already exists.")
                            .arg(what, interfaceName);
        break;
    case EADDRINUSE:
        error.kind = BackendError::Kind::InvalidArgument;
        error.message = tr("Could not %1: the listen port is already in use.").arg(what);
        break;
    case EINVAL:
    case ERANGE:
        error.kind = BackendError::Kind::InvalidArgument;
        error.message = tr("The kernel refused to %1: a value is not valid.").arg(what);
        break;
    default:
        error.kind = BackendError::Kind::Io;
        error.message = tr("Could not %1: %2.").arg(what, QString::fromLocal8Bit(strerror(errnum)));
        break;
    }
    if (!kernelMessage.isEmpty())
        error.message += u' ' + tr("The kernel reports: %1.").arg(kernelMessage);
    return error;
}

} // namespace wgdesk::platform
