#include "PingChecker.h"

#include "WireGuardTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <utility>

namespace wgdesk::app {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PingChecker", text);
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// <linux/icmp.h> clashes with the libc headers; these two are all that is needed from it.
constexpr int icmpFilterOption = 1; // ICMP_FILTER, at level SOL_RAW
struct IcmpFilter
{
    quint32 blocked; // bit n set = ICMP type n is not delivered
};

constexpr quint8 icmpEchoRequest = 8;
constexpr quint8 icmpEchoReply = 0;
constexpr int icmpHeaderSize = 8;
// The payload: this checker's cookie, the round, the target's index in the round.
constexpr int payloadSize = 16;
constexpr int packetSize = icmpHeaderSize + payloadSize;

// Requests sent per pass of the event loop: a few milliseconds of work, so 100,000 targets
// never hold the thread for long and replies are read between the passes.
constexpr int sendCostPerPass = 256;
// Packets read per wake-up of the socket notifier; it fires again while more are waiting.
constexpr int readsPerWakeUp = 1024;
constexpr int retryWhenBufferFullMs = 10;
constexpr int receiveBufferBytes = 4 * 1024 * 1024;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

quint16 internetChecksum(const quint8 *data, int size)
{
    quint32 sum = 0;
    for (int i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i]) << 8 | data[i + 1];
    if (size % 2)
        sum += quint32(data[size - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QString familyName(int family)
{
    return family == AF_INET ? u"IPv4"_s : u"IPv6"_s;
}

// Neither a ping socket nor a raw socket may be opened.
QString unavailableSentence(int pingError, int rawError)
{
    QString why;
    if (pingError == EACCES) {
        QString range;
        QFile file(u"/proc/sys/net/ipv4/ping_group_range"_s);
        if (file.open(QIODevice::ReadOnly))
            range = QString::fromLatin1(file.readAll()).simplified();
        why = tr("net.ipv4.ping_group_range (“%1”) does not include group %2, and "
                 "there is no CAP_NET_RAW")
                  .arg(range)
                  .arg(::getegid());
    } else {
        why =
            tr("ping sockets: %1; raw sockets: %2").arg(errorText(pingError), errorText(rawError));
    }
    return tr("Ping checks are off: this user may not send ICMP echo requests (%1). Peers count "
              "as connected by their handshakes only. To turn them on, add a group of this user "
              "to net.ipv4.ping_group_range (sysctl) or give WG Desk the CAP_NET_RAW "
              "capability.")
        .arg(why);
}

// One address family cannot be used, for a reason other than permission.
QString familyOffSentence(int family, int pingError, int rawError)
{
    return tr("Ping checks to %1 addresses are off: no ICMP socket could be opened (ping "
              "socket: %2; raw socket: %3). Those peers count as connected by their handshakes "
              "only.")
        .arg(familyName(family), errorText(pingError), errorText(rawError));
}

} // namespace

PingChecker::PingChecker(QObject *parent)
    : QObject(parent)
    , m_sendTimer(new QTimer(this))
{
    m_cookie = QRandomGenerator::global()->generate64();
    m_identifier = quint16(QRandomGenerator::global()->generate());
    m_nextRound = QRandomGenerator::global()->generate();
    m_sendTimer->setSingleShot(true);
    connect(m_sendTimer, &QTimer::timeout, this, &PingChecker::sendSome);
}

PingChecker::~PingChecker()
{
    closeSockets();
}

void PingChecker::check(const QList<PingTarget> &targets)
{
    const quint32 id = m_nextRound++;
    Round &round = m_rounds[id];
    round.targets = targets;
    // Reserved only: the pages are touched as the requests go out, not here.
    round.slots_.reserve(std::size_t(targets.size()));
    round.open = targets.size();
    round.timeoutMs = m_timeoutMs;
    m_unsentRounds.append(id);
    if (!m_sendTimer->isActive())
        m_sendTimer->start(0);
}

void PingChecker::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

PingChecker::SocketKind PingChecker::socketKind(QAbstractSocket::NetworkLayerProtocol family) const
{
    if (family == QAbstractSocket::IPv4Protocol)
        return m_v4.kind;
    if (family == QAbstractSocket::IPv6Protocol)
        return m_v6.kind;
    return SocketKind::NotOpen;
}

void PingChecker::reset()
{
    closeSockets();
    m_v4 = {};
    m_v6 = {};
    m_unavailable = false;
    m_unavailableSaid = false;
}

std::optional<QHostAddress> PingChecker::checkAddressFor(const Peer &peer)
{
    const QString text = peer.checkAddress.trimmed().isEmpty()
                             ? (peer.addresses.isEmpty() ? QString() : peer.addresses.first())
                             : peer.checkAddress;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // The same parser as validation, so what validates is what is pinged.
    const std::optional<platform::IpPrefix> prefix = platform::IpPrefix::parse(text);
    if (!prefix)
        return std::nullopt;
    QHostAddress address;
    if (prefix->family == AF_INET) {
        quint32 v4 = 0;
        std::memcpy(&v4, prefix->address.data(), 4);
        address.setAddress(ntohl(v4));
    } else {
        address.setAddress(prefix->address.data());
    }
    return address;
}

void PingChecker::closeSockets()
{
    for (Socket *socket : {&m_v4, &m_v6}) {
        if (socket->notifier) {
            // It may be the one whose activation is running: disable now, delete later.
            socket->notifier->setEnabled(false);
            socket->notifier->deleteLater();
            socket->notifier = nullptr;
        }
        if (socket->fd >= 0)
            ::close(socket->fd);
        socket->fd = -1;
        socket->kind = SocketKind::NotOpen;
    }
}

PingChecker::Socket *PingChecker::socketFor(int family, quint32 roundId)
{
    Socket &socket = family == AF_INET ? m_v4 : m_v6;
    if (socket.fd >= 0)
        return &socket;
    if (m_unavailable || (socket.failed && socket.failedInRound == roundId))
        return nullptr;
    const int protocol = family == AF_INET ? int(IPPROTO_ICMP) : int(IPPROTO_ICMPV6);
    int fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    const int pingError = fd < 0 ? errno : 0;
    SocketKind kind = SocketKind::Ping;
    int rawError = 0;
    if (fd < 0) {
        fd = ::socket(family, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
        rawError = fd < 0 ? errno : 0;
        kind = SocketKind::Raw;
    }
    if (fd < 0) {
        const bool denied = rawError == EPERM || rawError == EACCES;
        Socket &other = family == AF_INET ? m_v6 : m_v4;
        if (denied && other.fd < 0) {
            markUnavailable(pingError, rawError);
            return nullptr;
        }
        // Not a matter of permission (e.g. IPv6 is off in this kernel): this family's targets
        // count as not answered, and the next round tries again.
        socket.failed = true;
        socket.failedInRound = roundId;
        if (!socket.warned) {
            socket.warned = true;
            qWarning("%s", qPrintable(familyOffSentence(family, pingError, rawError)));
        }
        return nullptr;
    }
    socket.fd = fd;
    socket.kind = kind;
    socket.failed = false;
    // Replies to a large round arrive faster than one pass of the event loop reads them.
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferBytes,
                     sizeof receiveBufferBytes) != 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
    if (kind == SocketKind::Raw) {
        // A raw socket sees every ICMP packet of the host: only echo replies, please.
        if (family == AF_INET) {
            const IcmpFilter filter{~(quint32(1) << icmpEchoReply)};
            ::setsockopt(fd, SOL_RAW, icmpFilterOption, &filter, sizeof filter);
        } else {
            icmp6_filter filter;
            ICMP6_FILTER_SETBLOCKALL(&filter);
            ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
            ::setsockopt(fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
        }
    }
    socket.notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(socket.notifier, &QSocketNotifier::activated, this,
            [this, family] { readReplies(family); });
    return &socket;
}

void PingChecker::markUnavailable(int pingError, int rawError)
{
    m_unavailable = true;
    if (m_unavailableSaid)
        return;
    m_unavailableSaid = true;
    m_unavailableSentence = unavailableSentence(pingError, rawError);
}

void PingChecker::sendSome()
{
    int budget = sendCostPerPass * 16;
    while (!m_unsentRounds.isEmpty() && budget > 0) {
        const quint32 id = m_unsentRounds.first();
        Round &round = m_rounds.at(id);
        const auto fail = [&round](Slot &slot) {
            slot.state = Slot::Failed;
            --round.open;
        };
        while (round.nextToSend < round.targets.size() && budget > 0) {
            const qsizetype index = round.nextToSend;
            Slot &slot = round.slots_.emplace_back();
            const QHostAddress &address = round.targets.at(index).address;
            budget -= 1;
            bool isV4 = false;
            const quint32 v4 = address.toIPv4Address(&isV4); // also for ::ffff:a.b.c.d
            if (isV4) {
                slot.family = AF_INET;
                const quint32 net = htonl(v4);
                std::memcpy(slot.address.data(), &net, 4);
            } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
                slot.family = AF_INET6;
                const Q_IPV6ADDR v6 = address.toIPv6Address();
                std::memcpy(slot.address.data(), v6.c, 16);
                const QString scope = address.scopeId();
                if (!scope.isEmpty()) {
                    bool numeric = false;
                    slot.scopeId = scope.toUInt(&numeric);
                    if (!numeric)
                        slot.scopeId = ::if_nametoindex(scope.toLocal8Bit().constData());
                }
            } else {
                fail(slot);
                ++round.nextToSend;
                continue;
            }
            Socket *socket = socketFor(slot.family, id);
            if (!socket) {
                fail(slot);
                ++round.nextToSend;
                continue;
            }
            budget -= 15;

            quint8 packet[packetSize] = {};
            packet[0] = slot.family == AF_INET ? icmpEchoRequest : quint8(ICMP6_ECHO_REQUEST);
            // The kernel puts its own id into requests from ping sockets.
            packet[4] = quint8(m_identifier >> 8);
            packet[5] = quint8(m_identifier & 0xff);
            packet[6] = quint8((index >> 8) & 0xff);
            packet[7] = quint8(index & 0xff);
            const quint32 roundId = id;
            const quint32 index32 = quint32(index);
            std::memcpy(packet + 8, &m_cookie, 8);
            std::memcpy(packet + 16, &roundId, 4);
            std::memcpy(packet + 20, &index32, 4);
            if (slot.family == AF_INET) {
                // The kernel fills in ICMPv6 checksums, and those of ping sockets.
                const quint16 sum = internetChecksum(packet, packetSize);
                packet[2] = quint8(sum >> 8);
                packet[3] = quint8(sum & 0xff);
            }

            ssize_t sent = -1;
            if (slot.family == AF_INET) {
                sockaddr_in to = {};
                to.sin_family = AF_INET;
                std::memcpy(&to.sin_addr, slot.address.data(), 4);
                sent = ::sendto(socket->fd, packet, packetSize, 0,
                                reinterpret_cast<const sockaddr *>(&to), sizeof to);
            } else {
                sockaddr_in6 to = {};
                to.sin6_family = AF_INET6;
                std::memcpy(&to.sin6_addr, slot.address.data(), 16);
                to.sin6_scope_id = slot.scopeId;
                sent = ::sendto(socket->fd, packet, packetSize, 0,
                                reinterpret_cast<const sockaddr *>(&to), sizeof to);
            }
            const qint64 now = steadyNs();
            if (sent == packetSize) {
                slot.state = Slot::Sent;
                slot.sentAtNs = now;
                round.blockedSinceNs = -1;
            } else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)) {
                // The send buffer is full: read replies meanwhile and try again shortly, up to
                // the round's timeout.
                if (round.blockedSinceNs < 0)
                    round.blockedSinceNs = now;
                if (now - round.blockedSinceNs < qint64(round.timeoutMs) * 1000000) {
                    m_sendTimer->start(retryWhenBufferFullMs);
                    finishCompletedRounds();
                    return;
                }
                round.blockedSinceNs = -1;
                fail(slot);
            } else {
                // No route, a firewall's EPERM, ...: the target cannot be reached from here.
                fail(slot);
            }
            ++round.nextToSend;
        }
        if (round.nextToSend < round.targets.size())
            break;
        m_unsentRounds.removeFirst();
        if (round.open == 0) {
            markCompleted(id);
        } else {
            // The last request just went out; the earlier ones have had their time by then.
            // Precise: a coarse timer may fire up to 5 % early, cutting the last ones short.
            QTimer::singleShot(round.timeoutMs + 1, Qt::PreciseTimer, this,
                               [this, id] { expireRound(id); });
        }
    }
    if (!m_unsentRounds.isEmpty())
        m_sendTimer->start(0);
    finishCompletedRounds();
}

void PingChecker::readReplies(int family)
{
    Socket &socket = family == AF_INET ? m_v4 : m_v6;
    if (socket.fd < 0)
        return;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    quint8 buffer[1500];
    for (int reads = 0; reads < readsPerWakeUp; ++reads) {
        sockaddr_storage from = {};
        socklen_t fromLength = sizeof from;
        const ssize_t size = ::recvfrom(socket.fd, buffer, sizeof buffer, 0,
                                        reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (size < 0) {
            if (errno == EINTR)
                continue;
            break; // EAGAIN: all read
        }
        const qint64 now = steadyNs();
        const quint8 *icmp = buffer;
        qsizetype length = size;
        if (family == AF_INET && socket.kind == SocketKind::Raw) {
            // Raw IPv4 sockets deliver the IP header too.
            if (length < 20 || (buffer[0] >> 4) != 4)
                continue;
            const int headerLength = (buffer[0] & 0x0f) * 4;
            if (headerLength < 20 || length < headerLength)
                continue;
            icmp += headerLength;
            length -= headerLength;
        }
        if (length < packetSize)
            continue;
        const quint8 replyType = family == AF_INET ? icmpEchoReply : quint8(ICMP6_ECHO_REPLY);
        if (icmp[0] != replyType || icmp[1] != 0)
            continue;
        const quint16 identifier = quint16(icmp[4] << 8 | icmp[5]);
        const quint16 sequence = quint16(icmp[6] << 8 | icmp[7]);
        if (socket.kind == SocketKind::Raw && identifier != m_identifier)
            continue; // someone else's ping
        quint64 cookie = 0;
        quint32 roundId = 0;
        quint32 index = 0;
        std::memcpy(&cookie, icmp + 8, 8);
        std::memcpy(&roundId, icmp + 16, 4);
        std::memcpy(&index, icmp + 20, 4);
        if (cookie != m_cookie || sequence != (index & 0xffff))
            continue;
        const auto found = m_rounds.find(roundId);
        if (found == m_rounds.end())
            continue; // a late reply to a round that has ended
        Round &round = found->second;
        if (index >= quint32(round.slots_.size()))
            continue;
        Slot &slot = round.slots_[index];
        if (slot.state != Slot::Sent || slot.family != family)
            continue;
        // It must come from the address it was sent to.
        const bool fromTarget =
            family == AF_INET
                ? from.ss_family == AF_INET &&
                      std::memcmp(&reinterpret_cast<const sockaddr_in &>(from).sin_addr,
                                  slot.address.data(), 4) == 0
                : from.ss_family == AF_INET6 &&
                      std::memcmp(&reinterpret_cast<const sockaddr_in6 &>(from).sin6_addr,
                                  slot.address.data(), 16) == 0;
        if (!fromTarget)
            continue;
        const qint64 rtt = now - slot.sentAtNs;
        if (rtt > qint64(round.timeoutMs) * 1000000)
            continue; // too late: it counts as not answered
        slot.state = Slot::Answered;
        slot.rttNs = rtt;
        slot.answeredAtMs = nowMs;
        if (--round.open == 0 && round.nextToSend == round.targets.size())
            markCompleted(roundId);
    }
    finishCompletedRounds();
}

void PingChecker::expireRound(quint32 id)
{
    const auto found = m_rounds.find(id);
    if (found == m_rounds.end() || found->second.completed)
        return;
    markCompleted(id);
    finishCompletedRounds();
}

void PingChecker::markCompleted(quint32 id)
{
    Round &round = m_rounds.at(id);
    if (round.completed)
        return;
    round.completed = true;
    m_completed.append(id);
}

// Signals go out only here, after the state is consistent: a slot may call check() or reset().
void PingChecker::finishCompletedRounds()
{
    if (m_finishing)
        return;
    m_finishing = true;
    const QPointer<PingChecker> self(this);
    if (!m_unavailableSentence.isEmpty()) {
        const QString sentence = std::exchange(m_unavailableSentence, QString());
        Q_EMIT unavailable(sentence);
        if (!self)
            return;
    }
    while (!m_completed.isEmpty()) {
        const quint32 id = m_completed.takeFirst();
        auto node = m_rounds.extract(id);
        if (node.empty())
            continue;
        const Round &round = node.mapped();
        QList<PingResult> list;
        list.reserve(round.targets.size());
        for (qsizetype i = 0; i < round.targets.size(); ++i) {
            PingResult result;
            result.key = round.targets.at(i).key;
            const Slot &slot = round.slots_[std::size_t(i)]; // all sent (or failed) by now
            if (slot.state == Slot::Answered) {
                result.answered = true;
                result.answeredAt = QDateTime::fromMSecsSinceEpoch(slot.answeredAtMs, Qt::UTC);
                result.rttMs = int((slot.rttNs + 500000) / 1000000);
            }
            list.append(std::move(result));
        }
        Q_EMIT results(list);
        if (!self)
            return;
    }
    m_finishing = false;
}

} // namespace wgdesk::app
