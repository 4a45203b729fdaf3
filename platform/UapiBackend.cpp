#include "UapiBackend.h"

#include "Keys.h"
#include "NetlinkSocket.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <dirent.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace wgdesk::platform {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("UapiBackend", text);
}

constexpr int PollIntervalMs = 10;
constexpr qsizetype ReadChunk = 256 * 1024;
constexpr qsizetype WriteChunk = 1024 * 1024;

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

// Connects to a UNIX stream socket without blocking. Returns the descriptor or -errno.
int connectUnix(const QByteArray &path, int timeoutMs)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return -ENAMETOOLONG;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -errno;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
            return fd;
        const int err = errno;
        if (err == EINTR)
            continue;
        if (err == EAGAIN && !deadline.hasExpired()) { // the daemon's backlog is full
            QThread::msleep(PollIntervalMs);
            continue;
        }
        ::close(fd);
        return -(err == EAGAIN ? ETIMEDOUT : err);
    }
}

// Sends `request` and reads until the first blank line, which ends every UAPI reply. Reads
// while it writes: wireguard-go answers a refused set before it has read all of it. Returns 0
// or an errno: ETIMEDOUT when the socket stays silent for timeoutMs, ECONNRESET when the
// daemon closes the connection before its reply is complete.
int exchangeOn(int fd, QByteArrayView request, QByteArray &reply, int timeoutMs)
{
    reply.clear();
    reply.reserve(64 * 1024);
    qsizetype written = 0;
    bool canWrite = true;
    for (;;) {
        pollfd entry{};
        entry.fd = fd;
        entry.events = POLLIN;
        if (canWrite && written < request.size())
            entry.events |= POLLOUT;
        const int ready = ::poll(&entry, 1, timeoutMs);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (ready == 0)
            return ETIMEDOUT;
        if (entry.revents & (POLLIN | POLLHUP | POLLERR)) {
            for (;;) {
                const qsizetype old = reply.size();
                if (reply.capacity() - old < ReadChunk)
                    reply.reserve(std::max(reply.capacity() * 2, old + ReadChunk));
                reply.resize(old + ReadChunk);
                const ssize_t got = ::recv(fd, reply.data() + old, ReadChunk, 0);
                const int err = errno;
                reply.resize(old + std::max<ssize_t>(got, 0));
                if (got > 0) {
                    const qsizetype end = reply.indexOf("\n\n", std::max<qsizetype>(0, old - 1));
                    if (end >= 0) {
                        reply.truncate(end + 2);
                        return 0;
                    }
                    continue;
                }
                if (got == 0)
                    return ECONNRESET;
                if (err == EINTR)
                    continue;
                if (err == EAGAIN || err == EWOULDBLOCK)
                    break;
                return err;
            }
        }
        if (entry.revents & POLLOUT) {
            const auto size = static_cast<std::size_t>(
                std::min(request.size() - written, WriteChunk));
            const ssize_t sent = ::send(fd, request.data() + written, size, MSG_NOSIGNAL);
            if (sent >= 0)
                written += sent;
            else if (errno == EPIPE || errno == ECONNRESET)
                canWrite = false; // it stopped reading; its answer says why
            else if (errno != EAGAIN && errno != EINTR)
                return errno;
        }
    }
}

template <typename T> bool parseNumber(QByteArrayView text, T &value)
{
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.isEmpty();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseHexKey(QByteArrayView text, Key &key)
{
    if (text.size() != Key::Size * 2)
        return false;
    const char *p = text.data();
    for (int i = 0; i < Key::Size; ++i) {
        const int high = hexDigit(p[2 * i]);
        const int low = hexDigit(p[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        key.bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(high << 4 | low);
    }
    return true;
}

// Copies [begin, end) into a NUL-terminated buffer for inet_pton.
template <std::size_t N> bool toCString(const char *begin, const char *end, char (&buffer)[N])
{
    const auto size = static_cast<std::size_t>(end - begin);
    if (size >= N)
        return false;
    std::memcpy(buffer, begin, size);
    buffer[size] = '\0';
    return true;
}

bool parsePrefix(QByteArrayView text, IpPrefix &prefix)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    const auto *slash = static_cast<const char *>(std::memchr(begin, '/', text.size()));
    const char *hostEnd = slash ? slash : end;
    char host[INET6_ADDRSTRLEN + 1];
    if (!toCString(begin, hostEnd, host))
        return false;
    prefix.family = std::memchr(host, ':', static_cast<std::size_t>(hostEnd - begin)) ? AF_INET6
                                                                                       : AF_INET;
    if (inet_pton(prefix.family, host, prefix.address.data()) != 1)
        return false;
    unsigned length = static_cast<unsigned>(prefix.maxLength());
    if (slash && (!parseNumber(QByteArrayView(slash + 1, end), length)
                  || length > static_cast<unsigned>(prefix.maxLength())))
        return false;
    prefix.length = static_cast<std::uint8_t>(length);
    return true;
}

// "1.2.3.4:51820" or "[fd00::1]:51820", as wireguard-go prints an endpoint.
bool parseEndpoint(QByteArrayView text, Endpoint &endpoint)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    const char *hostBegin = begin;
    const char *hostEnd = nullptr;
    int family = AF_INET;
    if (begin < end && *begin == '[') {
        const auto *close = static_cast<const char *>(std::memchr(begin, ']', text.size()));
        if (!close || close + 1 >= end || close[1] != ':')
            return false;
        if (std::memchr(begin, '%', static_cast<std::size_t>(close - begin))) {
            // A scoped address names an interface: rare, so the general parser does it.
            auto parsed = Endpoint::parse(QString::fromLatin1(text));
            if (!parsed)
                return false;
            endpoint = *parsed;
            return true;
        }
        hostBegin = begin + 1;
        hostEnd = close;
        family = AF_INET6;
    } else {
        for (const char *p = end; p > begin; --p) {
            if (p[-1] == ':') {
                hostEnd = p - 1;
                break;
            }
        }
        if (!hostEnd)
            return false;
    }
    const char *portBegin = hostEnd + (family == AF_INET6 ? 2 : 1);
    char host[INET6_ADDRSTRLEN + 1];
    std::uint16_t port = 0;
    if (!toCString(hostBegin, hostEnd, host) || !parseNumber(QByteArrayView(portBegin, end), port))
        return false;
    Endpoint parsed;
    if (inet_pton(family, host, parsed.address.data()) != 1)
        return false;
    parsed.family = family;
    parsed.port = port;
    endpoint = parsed;
    return true;
}

// Parses the reply to get=1. Returns false when it is malformed; errnum is its errno line.
bool parseGetReply(QByteArrayView reply, Device &device, int &errnum)
{
    const char *p = reply.data();
    const char *end = p + reply.size();
    Peer *peer = nullptr;
    bool haveErrno = false;
    while (p < end) {
        const auto *newline = static_cast<const char *>(
            std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!newline)
            return false;
        if (newline == p)
            break; // the blank line that ends the reply
        const auto *equals = static_cast<const char *>(
            std::memchr(p, '=', static_cast<std::size_t>(newline - p)));
        if (!equals)
            return false;
        const QByteArrayView key(p, equals);
        const QByteArrayView value(equals + 1, newline);
        p = newline + 1;

        bool ok = true;
        if (key == "allowed_ip") {
            IpPrefix prefix;
            ok = peer && parsePrefix(value, prefix);
            if (ok)
                peer->allowedIps.push_back(prefix);
        } else if (key == "public_key") {
            peer = &device.peers.emplace_back();
            ok = parseHexKey(value, peer->publicKey);
        } else if (key == "preshared_key") {
            Key psk;
            ok = peer && parseHexKey(value, psk);
            if (ok && !psk.isZero())
                peer->presharedKey = psk;
        } else if (key == "endpoint") {
            ok = peer && parseEndpoint(value, peer->endpoint);
        } else if (key == "last_handshake_time_sec") {
            ok = peer && parseNumber(value, peer->lastHandshakeSec);
        } else if (key == "last_handshake_time_nsec") {
            ok = peer && parseNumber(value, peer->lastHandshakeNsec);
        } else if (key == "tx_bytes") {
            ok = peer && parseNumber(value, peer->txBytes);
        } else if (key == "rx_bytes") {
            ok = peer && parseNumber(value, peer->rxBytes);
        } else if (key == "persistent_keepalive_interval") {
            ok = peer && parseNumber(value, peer->persistentKeepalive);
        } else if (key == "private_key") {
            Key privateKey;
            ok = parseHexKey(value, privateKey);
            if (ok && !privateKey.isZero()) {
                device.privateKey = privateKey;
                device.publicKey = keys::publicKey(privateKey);
            }
        } else if (key == "listen_port") {
            ok = parseNumber(value, device.listenPort);
        } else if (key == "fwmark") {
            ok = parseNumber(value, device.fwmark);
        } else if (key == "errno") {
            ok = parseNumber(value, errnum);
            errnum = std::abs(errnum);
            haveErrno = true;
        } // protocol_version and keys of newer versions are ignored
        if (!ok)
            return false;
    }
    return haveErrno;
}

// The errno of a reply that is a single "errno=N" line; -1 when it is not one.
int parseErrnoReply(QByteArrayView reply)
{
    if (!reply.startsWith("errno=") || !reply.endsWith("\n\n"))
        return -1;
    int errnum = 0;
    if (!parseNumber(reply.sliced(6, reply.size() - 8), errnum))
        return -1;
    return std::abs(errnum);
}

void appendHex(QByteArray &out, const char *key, const Key &value)
{
    static constexpr char Digits[] = "0123456789abcdef";
    char buffer[Key::Size * 2];
    for (std::size_t i = 0; i < Key::Size; ++i) {
        buffer[2 * i] = Digits[value.bytes[i] >> 4];
        buffer[2 * i + 1] = Digits[value.bytes[i] & 0xf];
    }
    out.append(key).append('=').append(buffer, sizeof buffer).append('\n');
}

template <typename T> void appendNumber(QByteArray &out, const char *key, T value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(key).append('=').append(buffer, end - buffer).append('\n');
}

void appendPrefix(QByteArray &out, const IpPrefix &prefix)
{
    char buffer[INET6_ADDRSTRLEN + 8];
    if (!inet_ntop(prefix.family, prefix.address.data(), buffer, INET6_ADDRSTRLEN))
        buffer[0] = '\0'; // an unknown family: wireguard-go refuses the empty value
    std::size_t length = std::strlen(buffer);
    buffer[length++] = '/';
    const auto [end, ec] = std::to_chars(buffer + length, buffer + sizeof buffer, prefix.length);
    out.append("allowed_ip=").append(buffer, end - buffer).append('\n');
}

void appendEndpoint(QByteArray &out, const Endpoint &endpoint)
{
    out.append("endpoint=");
    if (endpoint.family == AF_INET6 && endpoint.scopeId != 0) {
        out.append(endpoint.toString().toLatin1());
    } else {
        char buffer[INET6_ADDRSTRLEN];
        if (!inet_ntop(endpoint.family, endpoint.address.data(), buffer, sizeof buffer))
            buffer[0] = '\0';
        if (endpoint.family == AF_INET6)
            out.append('[').append(buffer).append(']');
        else
            out.append(buffer);
        char port[8];
        const auto [end, ec] = std::to_chars(port, port + sizeof port, endpoint.port);
        out.append(':').append(port, end - port);
    }
    out.append('\n');
}

BackendError invalidNameError(const QString &message)
{
    BackendError error;
    error.kind = BackendError::Kind::InvalidName;
    error.message = message;
    return error;
}

BackendError ioError(const QString &message, int errnum = 0)
{
    BackendError error;
    error.kind = BackendError::Kind::Io;
    error.errnum = errnum;
    error.message = message;
    return error;
}

BackendError permissionError(const QString &what, const QString &path)
{
    BackendError error;
    error.kind = BackendError::Kind::PermissionDenied;
    error.errnum = EACCES;
    error.message = tr("WG Desk may not %1: wireguard-go's socket %2 belongs to root, and only "
                       "root may use it. Run WG Desk as root.")
                        .arg(what, path);
    return error;
}

// An errno that wireguard-go answered to a set or get.
BackendError daemonError(int errnum, const QString &what, const QString &name)
{
    BackendError error = errorFromErrno(errnum, what, name);
    if (errnum == EINVAL || errnum == ERANGE)
        error.message = tr("wireguard-go refused to %1: a value is not valid.").arg(what);
    return error;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}

// What wireguard-go printed, without the box it draws around its kernel-module notice.
QString daemonOutput(const QByteArray &output)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        const QString trimmed = line.trimmed();
        const char16_t first = trimmed.isEmpty() ? u' ' : trimmed.at(0).unicode();
        if (trimmed.isEmpty() || (first >= 0x2500 && first < 0x2580)) // box drawing
            continue;
        // Its log prefix: "ERROR: (wg0) 2024/01/31 12:00:00 ".
        static const QRegularExpression logPrefix(
            u"^[A-Z]+: \\([^)]*\\) \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d "_s);
        lines.append(QString(trimmed).remove(logPrefix));
    }
    QString text = lines.join(u' ');
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

UapiBackend::UapiBackend(const QString &wireGuardGoPath, const QString &socketDirectory)
    : m_wireGuardGo(wireGuardGoPath.isEmpty() ? findWireGuardGo() : wireGuardGoPath),
      m_socketDirectory(socketDirectory)
{
}

UapiBackend::~UapiBackend() = default;

QString UapiBackend::defaultSocketDirectory()
{
    return u"/var/run/wireguard"_s;
}

QString UapiBackend::findWireGuardGo()
{
    const QString fromEnvironment = qEnvironmentVariable("WGDESK_WIREGUARD_GO");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString found = QStandardPaths::findExecutable(u"wireguard-go"_s);
    if (found.isEmpty()) // a service's PATH may be minimal
        found = QStandardPaths::findExecutable(
            u"wireguard-go"_s, {u"/usr/local/sbin"_s, u"/usr/local/bin"_s, u"/usr/sbin"_s,
                                u"/usr/bin"_s});
    return found;
}

BackendError UapiBackend::notInstalledError()
{
    BackendError error;
    error.kind = BackendError::Kind::Unavailable;
    error.errnum = ENOENT;
    error.message = tr("wireguard-go is not installed: WG Desk needs it to run WireGuard in "
                       "userspace. Install it with “apt-get install wireguard-go”, or "
                       "set WGDESK_WIREGUARD_GO to its path.");
    return error;
}

void UapiBackend::setWireGuardGoPath(const QString &path)
{
    m_wireGuardGo = path;
}

QString UapiBackend::socketPath(const QString &name) const
{
    return m_socketDirectory + u'/' + name + u".sock"_s;
}

namespace {

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

BackendError missingWireGuardGo(const QString &path)
{
    if (path.isEmpty())
        return UapiBackend::notInstalledError();
    BackendError error = UapiBackend::notInstalledError();
    error.message = tr("wireguard-go was not found at %1. Install it with “apt-get install "
                       "wireguard-go”, or set WGDESK_WIREGUARD_GO to its path.")
                        .arg(path);
    return error;
}

// The names of the sockets in `directory` ("wg0" for wg0.sock).
QStringList socketNames(const QString &directory)
{
    QStringList names;
    DIR *dir = ::opendir(QFile::encodeName(directory).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView file(entry->d_name);
        if (file.size() > 5 && file.endsWith(".sock"))
            names.append(QFile::decodeName(file.chopped(5).toByteArray()));
    }
    ::closedir(dir);
    names.sort();
    return names;
}

} // namespace

Result<void> UapiBackend::probe()
{
    if (isExecutableFile(m_wireGuardGo))
        return {};
    if (!socketNames(m_socketDirectory).isEmpty())
        return {}; // interfaces started by someone else can still be managed
    return missingWireGuardGo(m_wireGuardGo);
}

int UapiBackend::probeSocket(const QString &name) const
{
    const int fd = connectUnix(QFile::encodeName(socketPath(name)), m_ioTimeoutMs);
    if (fd < 0)
        return -fd;
    ::close(fd);
    return 0;
}

BackendError UapiBackend::socketError(int errnum, const QString &what, const QString &name)
{
    switch (errnum) {
    case ENOENT:
    case ENOTDIR:
    case ECONNREFUSED: {
        // No wireguard-go serves this name: there is no such link, or it is of another kind.
        const bool linkExists = m_route.linkInfo(name).ok();
        return errorFromErrno(linkExists ? EOPNOTSUPP : ENODEV, what, name);
    }
    case EACCES:
    case EPERM:
        return permissionError(what, socketPath(name));
    case ETIMEDOUT:
        return ioError(tr("Could not %1: wireguard-go did not answer on %2 within %3 seconds.")
                           .arg(what, socketPath(name), seconds(m_ioTimeoutMs)),
                       ETIMEDOUT);
    case ECONNRESET:
    case EPIPE:
        return ioError(tr("Could not %1: wireguard-go closed its socket %2 without answering.")
                           .arg(what, socketPath(name)),
                       errnum);
    default:
        return errorFromErrno(errnum, what, name);
    }
}

Result<void> UapiBackend::exchange(const QString &name, const QString &what,
                                   const QByteArray &request, QByteArray &reply, int timeoutMs)
{
    const int fd = connectUnix(QFile::encodeName(socketPath(name)), timeoutMs);
    if (fd < 0)
        return socketError(-fd, what, name);
    const FileDescriptor guard(fd);
    if (const int err = exchangeOn(fd, request, reply, timeoutMs); err != 0)
        return socketError(err, what, name);
    return {};
}

Result<void> UapiBackend::requireUserspace(const QString &name, const QString &what)
{
    QString invalid;
    if (!isValidInterfaceName(name, &invalid))
        return invalidNameError(invalid);
    if (const int err = probeSocket(name); err != 0)
        return socketError(err, what, name);
    return {};
}

Result<QStringList> UapiBackend::listInterfaces()
{
    // A socket can be served from another network namespace (the directory is shared); list
    // only the ones whose TUN link is here.
    auto tunLinks = m_route.linksOfKind(u"tun"_s);
    if (!tunLinks)
        return tunLinks.error();
    QStringList names;
    bool denied = false;
    for (const QString &name : socketNames(m_socketDirectory)) {
        if (!isValidInterfaceName(name))
            continue;
        const int err = probeSocket(name);
        if (err == ECONNREFUSED) { // stale: its wireguard-go is gone; wg removes these too
            ::unlink(QFile::encodeName(socketPath(name)).constData());
            continue;
        }
        if (err == EACCES || err == EPERM)
            denied = true;
        if (err == 0 && tunLinks.value().contains(name))
            names.append(name);
    }
    if (names.isEmpty() && denied)
        return permissionError(tr("list the WireGuard interfaces"), m_socketDirectory);
    return names; // sorted, as socketNames() is
}

Result<void> UapiBackend::createInterface(const QString &name)
{
    QString invalid;
    if (!isValidInterfaceName(name, &invalid))
        return invalidNameError(invalid);
    const QString what = tr("create the interface %1").arg(name);
    if (m_route.linkInfo(name).ok() || probeSocket(name) == 0)
        return errorFromErrno(EEXIST, what, name);
    if (!isExecutableFile(m_wireGuardGo))
        return missingWireGuardGo(m_wireGuardGo);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // It refuses to run where it believes the kernel has WireGuard, unless told this.
    environment.insert(u"WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD"_s, u"1"_s);
    // Inherited, these would keep it in the foreground or make it use descriptors we lack.
    for (const QString &variable : {u"WG_PROCESS_FOREGROUND"_s, u"WG_TUN_FD"_s, u"WG_UAPI_FD"_s,
                                    u"LOG_LEVEL"_s})
        environment.remove(variable);
    process.setProcessEnvironment(environment);
    process.setProgram(m_wireGuardGo);
    process.setArguments({name});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(m_startTimeoutMs))
        return ioError(tr("Could not %1: wireguard-go (%2) did not start: %3.")
                           .arg(what, m_wireGuardGo, process.errorString()));
    // It makes the TUN link and the socket, starts a copy of itself in the background and exits.
    if (!process.waitForFinished(m_startTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        if (const auto info = m_route.linkInfo(name); info && info.value().kind == u"tun")
            (void)m_route.deleteLink(name);
        return ioError(tr("Could not %1: wireguard-go did not finish starting within %2 seconds.")
                           .arg(what, seconds(m_startTimeoutMs)),
                       ETIMEDOUT);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = daemonOutput(process.readAllStandardError() + '\n'
                                            + process.readAllStandardOutput());
        const QString lower = output.toLower();
        if (lower.contains(u"operation not permitted"_s)
            || lower.contains(u"permission denied"_s)) {
            BackendError error;
            error.kind = BackendError::Kind::PermissionDenied;
            error.errnum = EPERM;
            error.message = tr("WG Desk may not %1: wireguard-go reports “%2”. Creating "
                               "its TUN device needs root; run WG Desk as root.")
                                .arg(what, output);
            return error;
        }
        return ioError(output.isEmpty()
                           ? tr("Could not %1: wireguard-go failed (exit code %2).")
                                 .arg(what)
                                 .arg(process.exitCode())
                           : tr("Could not %1: wireguard-go failed: %2.").arg(what, output));
    }

    // The background copy answers on the socket once it serves the interface.
    const QDeadlineTimer deadline(m_startTimeoutMs);
    const QByteArray path = QFile::encodeName(socketPath(name));
    int lastError = 0;
    for (;;) {
        const int remaining = static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1));
        const int fd = connectUnix(path, remaining);
        if (fd >= 0) {
            const FileDescriptor guard(fd);
            QByteArray reply;
            lastError = exchangeOn(fd, "get=1\n\n", reply, remaining);
            if (lastError == 0)
                return {};
        } else {
            lastError = -fd;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(PollIntervalMs);
    }
    if (const auto info = m_route.linkInfo(name); info && info.value().kind == u"tun")
        (void)m_route.deleteLink(name); // wireguard-go exits with its link
    return ioError(tr("Could not %1: wireguard-go started, but its socket %2 did not answer "
                      "within %3 seconds (%4).")
                       .arg(what, socketPath(name), seconds(m_startTimeoutMs),
                            QString::fromLocal8Bit(strerror(lastError))),
                   lastError);
}

Result<void> UapiBackend::deleteInterface(const QString &name)
{
    QString invalid;
    if (!isValidInterfaceName(name, &invalid))
        return invalidNameError(invalid);
    const QString what = tr("delete the interface %1").arg(name);
    const auto notWireGuard = [&] {
        BackendError error;
        error.kind = BackendError::Kind::NoSuchInterface;
        error.message = tr("Could not delete %1: it is not a WireGuard interface, and WG Desk "
                           "deletes only WireGuard interfaces.")
                            .arg(name);
        return error;
    };
    // Never delete a link that no wireguard-go serves, whatever the caller passed.
    if (const int err = probeSocket(name); err != 0) {
        if ((err == ENOENT || err == ECONNREFUSED || err == ENOTDIR) && m_route.linkInfo(name).ok())
            return notWireGuard();
        return socketError(err, what, name);
    }
    const auto info = m_route.linkInfo(name);
    if (!info)
        return info.error();
    if (info.value().kind != u"tun")
        return notWireGuard();
    if (auto deleted = m_route.deleteLink(name); !deleted)
        return deleted.error();

    // wireguard-go exits when its TUN link goes away, and removes its socket.
    const QByteArray path = QFile::encodeName(socketPath(name));
    const QDeadlineTimer deadline(m_startTimeoutMs);
    for (;;) {
        struct stat status;
        if (::lstat(path.constData(), &status) != 0 && errno == ENOENT)
            return {};
        const int fd = connectUnix(path, m_ioTimeoutMs);
        if (fd >= 0) {
            ::close(fd);
        } else if (fd == -ECONNREFUSED) { // it is gone but left its socket behind
            ::unlink(path.constData());
            return {};
        } else if (fd == -ENOENT) {
            return {};
        }
        if (deadline.hasExpired())
            return ioError(tr("Deleted the interface %1, but its wireguard-go still answers on "
                              "%2 after %3 seconds.")
                               .arg(name, socketPath(name), seconds(m_startTimeoutMs)),
                           ETIMEDOUT);
        QThread::msleep(PollIntervalMs);
    }
}

Result<Device> UapiBackend::readDevice(const QString &name)
{
    QString invalid;
    if (!isValidInterfaceName(name, &invalid))
        return invalidNameError(invalid);
    const QString what = tr("read the WireGuard interface %1").arg(name);
    QByteArray reply;
    if (auto sent = exchange(name, what, "get=1\n\n", reply, m_ioTimeoutMs); !sent)
        return sent.error();
    Device device;
    device.name = name;
    int errnum = 0;
    if (!parseGetReply(reply, device, errnum))
        return ioError(tr("Could not %1: wireguard-go sent a malformed reply.").arg(what), EPROTO);
    if (errnum != 0)
        return daemonError(errnum, what, name);
    if (const auto info = m_route.linkInfo(name))
        device.ifindex = info.value().ifindex;
    return device;
}

ApplyReport UapiBackend::applyChanges(const DeviceChange &change)
{
    ApplyReport report;
    QString invalid;
    if (!isValidInterfaceName(change.name, &invalid)) {
        report.error = invalidNameError(invalid);
        return report;
    }
    const QString what = tr("configure the WireGuard interface %1").arg(change.name);

    std::size_t estimate = 64;
    for (const PeerChange &peer : change.peers)
        estimate += 220 + peer.allowedIps.size() * 56;
    QByteArray request;
    request.reserve(static_cast<qsizetype>(estimate));
    request.append("set=1\n");
    if (change.privateKey)
        appendHex(request, "private_key", change.privateKey->value_or(Key{})); // zeros remove it
    if (change.listenPort)
        appendNumber(request, "listen_port", *change.listenPort);
    if (change.fwmark)
        appendNumber(request, "fwmark", *change.fwmark);
    if (change.replacePeers)
        request.append("replace_peers=true\n");
    for (const PeerChange &peer : change.peers) {
        appendHex(request, "public_key", peer.publicKey);
        if (peer.mode == PeerChange::Mode::Remove) {
            request.append("remove=true\n");
            continue;
        }
        if (peer.mode == PeerChange::Mode::UpdateOnly)
            request.append("update_only=true\n");
        if (peer.presharedKey)
            appendHex(request, "preshared_key", peer.presharedKey->value_or(Key{}));
        if (peer.endpoint && peer.endpoint->isSet())
            appendEndpoint(request, *peer.endpoint);
        if (peer.persistentKeepalive)
            appendNumber(request, "persistent_keepalive_interval", *peer.persistentKeepalive);
        if (peer.replaceAllowedIps)
            request.append("replace_allowed_ips=true\n");
        for (const IpPrefix &ip : peer.allowedIps)
            appendPrefix(request, ip);
    }
    request.append('\n');

    QByteArray reply;
    if (auto sent = exchange(change.name, what, request, reply, m_ioTimeoutMs); !sent) {
        report.error = sent.error();
        return report;
    }
    const int errnum = parseErrnoReply(reply);
    if (errnum < 0) {
        report.error = ioError(tr("Could not %1: wireguard-go sent a malformed reply.").arg(what),
                               EPROTO);
        report.failedMessagePeers = static_cast<int>(change.peers.size());
        return report;
    }
    if (errnum != 0) {
        // One message: wireguard-go applied its lines in order up to the refused one.
        report.error = daemonError(errnum, what, change.name);
        report.failedMessagePeers = static_cast<int>(change.peers.size());
        return report;
    }
    report.messagesSent = 1;
    report.deviceFieldsApplied = true;
    report.peersApplied = static_cast<int>(change.peers.size());
    if (change.progress)
        change.progress(report.peersApplied, report.peersApplied);
    return report;
}

Result<LinkInfo> UapiBackend::linkInfo(const QString &name)
{
    return m_route.linkInfo(name);
}

Result<void> UapiBackend::setMtu(const QString &name, int mtu)
{
    if (auto ready = requireUserspace(name, tr("set the MTU of %1 to %2").arg(name).arg(mtu));
        !ready)
        return ready;
    return m_route.setMtu(name, mtu);
}

Result<void> UapiBackend::setUp(const QString &name, bool up)
{
    if (auto ready = requireUserspace(name, up ? tr("bring %1 up").arg(name)
                                               : tr("bring %1 down").arg(name));
        !ready)
        return ready;
    return m_route.setUp(name, up);
}

Result<void> UapiBackend::addAddress(const QString &name, const IpPrefix &address)
{
    if (auto ready = requireUserspace(
            name, tr("add the address %1 to %2").arg(address.toString(), name));
        !ready)
        return ready;
    return m_route.addAddress(name, address);
}

Result<void> UapiBackend::removeAddress(const QString &name, const IpPrefix &address)
{
    if (auto ready = requireUserspace(
            name, tr("remove the address %1 from %2").arg(address.toString(), name));
        !ready)
        return ready;
    return m_route.removeAddress(name, address);
}

} // namespace wgdesk::platform
