// Ping checks for the live status monitor (webhooks.md, "connect / disconnect"): one ICMP echo
// request to each peer's check address per round, answered or not within a timeout, which
// gives IsPingable and LastPing.
//
// - Unprivileged ICMP "ping sockets" (SOCK_DGRAM + IPPROTO_ICMP / IPPROTO_ICMPV6), which Linux
//   allows when one of the process's groups is in net.ipv4.ping_group_range (that sysctl covers
//   IPv6 too); raw sockets when that is refused but the process has CAP_NET_RAW. One socket per
//   address family, opened on first use and kept.
// - Fully asynchronous on the thread that owns it: check() only queues the round; requests go
//   out from the event loop in chunks, replies arrive through a QSocketNotifier, and a round
//   ends with one results() signal once every target has answered or timed out.
// - A reply is matched by the cookie in its payload (this checker, the round, the target's
//   index), its sequence number and its source address, so rounds may overlap and 100,000
//   targets (more than the 16-bit sequence numbers) are never mixed up.
// - Without permission for ICMP it emits unavailable() once, then reports every target as not
//   answered without trying again until reset().
#pragma once

#include "Domain.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace wgdesk::app {

struct PingTarget
{
    QString key; // the caller's name for it, e.g. interface + public key; copied to the result
    QHostAddress address;
};

struct PingResult
{
    QString key;
    bool answered = false;
    QDateTime answeredAt; // UTC; invalid when not answered
    int rttMs = -1;       // round-trip time; -1 when not answered

    friend bool operator==(const PingResult &, const PingResult &) = default;
};

} // namespace wgdesk::app

Q_DECLARE_TYPEINFO(wgdesk::app::PingTarget, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(wgdesk::app::PingResult, Q_RELOCATABLE_TYPE);

namespace wgdesk::app {

class PingChecker final : public QObject
{
    Q_OBJECT

public:
    using Target = PingTarget;

    // How echo requests of one address family go out.
    enum class SocketKind
    {
        NotOpen, // not needed yet, or could not be opened
        Ping,    // an unprivileged ping socket
        Raw,     // a raw socket (CAP_NET_RAW)
    };
    Q_ENUM(SocketKind)

    static constexpr int defaultTimeoutMs = 2000;

    explicit PingChecker(QObject *parent = nullptr);
    ~PingChecker() override;

    // Sends one echo request to each target and emits results() once, with one result per
    // target in the order given, when all have answered or timed out (timeout() after each
    // request went out). Returns at once; rounds may overlap. A target whose address is not
    // IPv4 or IPv6, or that cannot be sent to (e.g. no route), counts as not answered.
    void check(const QList<PingTarget> &targets);

    // Applies to rounds started afterwards. At least 1 ms.
    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const { return m_timeoutMs; }

    // False once a check found that this process may not send ICMP echo requests.
    [[nodiscard]] bool available() const { return !m_unavailable; }
    [[nodiscard]] SocketKind socketKind(QAbstractSocket::NetworkLayerProtocol family) const;
    // Rounds not yet ended.
    [[nodiscard]] int pendingRounds() const { return int(m_rounds.size()); }

    // Forgets the sockets and that ICMP was not permitted: the next check opens them again
    // (after net.ipv4.ping_group_range or the capabilities changed), and may say unavailable()
    // again. Rounds in progress lose their replies and end as not answered at their timeout.
    void reset();

    // The address to ping for a peer: its check address if set, else the first of its tunnel
    // addresses (the host part of "10.0.0.2/32"); nullopt when there is none or it does not
    // parse.
    static std::optional<QHostAddress> checkAddressFor(const Peer &peer);

Q_SIGNALS:
    void results(const QList<wgdesk::app::PingResult> &results);
    // Once: ping checks are off because this process may not send ICMP echo requests. A
    // sentence for the user that says why and what to do.
    void unavailable(const QString &sentence);

private:
    // One target of a round.
    struct Slot
    {
        enum State : quint8
        {
            Unsent,
            Sent,
            Answered,
            Failed
        };
        std::array<quint8, 16> address{}; // network byte order; 4 bytes for IPv4
        quint32 scopeId = 0;
        int family = 0; // AF_INET, AF_INET6, or 0: not an IP address
        State state = Unsent;
        qint64 sentAtNs = 0; // steady clock
        qint64 rttNs = -1;
        qint64 answeredAtMs = 0; // since the epoch
    };

    struct Round
    {
        QList<PingTarget> targets;
        std::vector<Slot> slots_;
        qsizetype nextToSend = 0;
        qsizetype open = 0; // neither answered nor failed yet
        int timeoutMs = defaultTimeoutMs;
        qint64 blockedSinceNs = -1; // the socket's send buffer is full since then
        bool completed = false;
    };

    struct Socket
    {
        int fd = -1;
        SocketKind kind = SocketKind::NotOpen;
        QSocketNotifier *notifier = nullptr;
        quint32 failedInRound = 0; // could not be opened for a reason other than permission
        bool failed = false;
        bool warned = false;
    };

    Socket *socketFor(int family, quint32 roundId); // nullptr: this family cannot be used
    void closeSockets();
    void markUnavailable(int pingError, int rawError);
    void sendSome();
    void readReplies(int family);
    void expireRound(quint32 id);
    void markCompleted(quint32 id);
    void finishCompletedRounds();

    std::map<quint32, Round> m_rounds;
    QList<quint32> m_unsentRounds; // in order; the first is being sent
    QTimer *m_sendTimer = nullptr;
    Socket m_v4;
    Socket m_v6;
    quint64 m_cookie = 0; // in every request's payload: this checker
    // The ICMP id of requests from raw sockets; ping sockets get theirs from the kernel.
    quint16 m_identifier = 0;
    quint32 m_nextRound = 0;
    int m_timeoutMs = defaultTimeoutMs;
    bool m_unavailable = false;
    bool m_unavailableSaid = false;
    QString m_unavailableSentence; // to be emitted
    bool m_finishing = false;
    QList<quint32> m_completed; // rounds whose results are to be emitted, in order
};

} // namespace wgdesk::app

Q_DECLARE_METATYPE(wgdesk::app::PingResult)
