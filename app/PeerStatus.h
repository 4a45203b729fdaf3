// Live peer status (webhooks.md, "connect / disconnect"): what each poll of a WireGuard device
// says about its peers, reduced to what changed since the previous poll. Plain values and
// classes, no QObject and no thread of their own: the status monitor runs the tracker on the
// backend thread, and only the change set (StatusDelta) crosses to the GUI thread.
#pragma once

#include "Domain.h"
#include "WireGuardTypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>

namespace wgdesk::app {

struct StatusSettings
{
    int pollIntervalMs = 1000;
    int thresholdSeconds = 180; // a handshake younger than this means connected
    bool pingChecks = true;     // off: IsPingable is always false
    int pingIntervalSeconds = 60;

    friend bool operator==(const StatusSettings &, const StatusSettings &) = default;
};

// One peer's live status: everything of the connect/disconnect payload (statusPayload), plus
// the rates, WG Desk's own, for the peers table and the rate history.
struct PeerStatus
{
    QString interfaceIdentifier;
    QString publicKey; // base64
    QString displayName;    // from the stored peer; empty for peers WG Desk has no record of
    QString userIdentifier; // likewise
    bool isConnected = false;
    bool isPingable = false;
    QDateTime lastPing; // the last answered ping check; invalid = never (or ping checks off)
    quint64 bytesReceived = 0;
    quint64 bytesTransmitted = 0;
    qint64 lastHandshakeSec = 0; // Unix time; 0 = never
    qint64 lastHandshakeNsec = 0;
    QString endpoint; // "1.2.3.4:51820", "[fd00::1]:51820", or empty
    // The first handshake (or answered ping) of the current connected period; after a
    // disconnect, that of the period that ended. 0 = never connected.
    qint64 lastSessionStartSec = 0;
    qint64 lastSessionStartNsec = 0;
    double rxRate = 0; // bytes per second between the last two polls
    double txRate = 0;

    friend bool operator==(const PeerStatus &, const PeerStatus &) = default;
};

// Bits of PeerStatusChange::changedFields, one per field of PeerStatus that can change.
struct StatusField
{
    enum : quint32 {
        IsConnected = 1u << 0,
        IsPingable = 1u << 1,
        LastPing = 1u << 2,
        BytesReceived = 1u << 3,
        BytesTransmitted = 1u << 4,
        LastHandshake = 1u << 5,
        Endpoint = 1u << 6,
        LastSessionStart = 1u << 7,
        RxRate = 1u << 8,
        TxRate = 1u << 9,
        DisplayName = 1u << 10,
        UserIdentifier = 1u << 11,
        All = (1u << 12) - 1,
    };
};

struct PeerStatusChange
{
    PeerStatus status; // the new status, complete
    quint32 changedFields = 0; // StatusField bits

    friend bool operator==(const PeerStatusChange &, const PeerStatusChange &) = default;
};

// IsConnected flipped: a connect or disconnect webhook.
struct ConnectionFlip
{
    PeerStatus status; // the status after the flip
    bool connected = false;

    friend bool operator==(const ConnectionFlip &, const ConnectionFlip &) = default;
};

} // namespace wgdesk::app

// Their members are all relocatable: QList may move them with memcpy when it grows.
Q_DECLARE_TYPEINFO(wgdesk::app::PeerStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(wgdesk::app::PeerStatusChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(wgdesk::app::ConnectionFlip, Q_RELOCATABLE_TYPE);

namespace wgdesk::app {

// What one poll of one interface changed. A peer in `added` is not also in `changed`; a flip
// of a peer that stays is in `changed` too (with the IsConnected bit). A connected peer that is
// removed gets a disconnect flip (its last status, not connected, session start kept).
struct StatusDelta
{
    QString interfaceIdentifier;
    QDateTime polledAt;
    QList<PeerStatus> added;
    QStringList removed; // base64 public keys
    QList<PeerStatusChange> changed;
    QList<ConnectionFlip> flips;
    // The interface's totals after this poll.
    double rxRate = 0;
    double txRate = 0;
    int peerCount = 0;
    int connectedCount = 0;

    [[nodiscard]] bool hasPeerChanges() const
    {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !flips.isEmpty();
    }
};

// The connect/disconnect payload: PeerId, IsConnected, IsPingable, LastPing, BytesReceived,
// BytesTransmitted, LastHandshake (nanoseconds), Endpoint, LastSessionStart, then
// InterfaceIdentifier, DisplayName, UserIdentifier. Unknown times are null.
QJsonObject statusPayload(const PeerStatus &status);

// The rules, exposed for the CLI and tests.
// A handshake makes a peer connected while now - handshake < threshold (179 s yes, 180 s no).
bool handshakeIsRecent(qint64 handshakeSec, qint64 handshakeNsec, qint64 nowMsecs,
                       int thresholdSeconds);
// IsPingable: ping checks are on and a ping was answered at most 2 × pingInterval ago, so one
// lost or late check does not make a peer flap; a check answered at 121 s with a 60 s interval
// is too old.
bool pingIsRecent(qint64 lastPingMsecs, qint64 nowMsecs, const StatusSettings &settings);

// Keeps the last known status of every peer of every polled interface and turns each poll into
// a minimal StatusDelta. Built for 100,000 peers a second: peers are found by their 32-byte key,
// and strings are made only for peers that are new or changed.
class StatusTracker
{
public:
    struct PollInput
    {
        QString interfaceIdentifier;
        platform::Device device;
        QDateTime polledAt;
        // Stored peers by base64 public key, for DisplayName and UserIdentifier.
        QHash<QString, Peer> storedPeers;
        // The last answered ping check by base64 public key (ignored when ping checks are off).
        QHash<QString, QDateTime> lastSuccessfulPing;
        // Both are looked up for every peer only when they are not the same (shared) hash as in
        // the previous poll of this interface: pass the same copy while nothing changed.
    };

    explicit StatusTracker(const StatusSettings &settings = {});
    ~StatusTracker();
    StatusTracker(StatusTracker &&) noexcept;
    StatusTracker &operator=(StatusTracker &&) noexcept;
    StatusTracker(const StatusTracker &) = delete;
    StatusTracker &operator=(const StatusTracker &) = delete;

    [[nodiscard]] const StatusSettings &settings() const;
    void setSettings(const StatusSettings &settings); // takes effect at the next poll

    // The last known status from the database, as the program left it. A peer met for the
    // first time in a poll takes its previous IsConnected and LastSessionStart from here, so a
    // restart reports no flip for a peer whose state did not change meanwhile. Seeded peers of
    // an interface that its next poll does not find, and that were connected, get a disconnect
    // flip. Entries are used by the next poll of their interface, then dropped.
    void seed(const QList<PeerStatus> &lastKnown);

    StatusDelta poll(const PollInput &input);
    // The interface went away: all its peers as removed (with disconnect flips for those that
    // were connected), and its state dropped.
    StatusDelta forgetInterface(const QString &interfaceIdentifier);

    // The current status of every peer of an interface (to fill a view), in no special order.
    [[nodiscard]] QList<PeerStatus> statuses(const QString &interfaceIdentifier) const;
    [[nodiscard]] QStringList interfaces() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct RateSample
{
    qint64 msecsSinceEpoch = 0;
    double rxRate = 0; // bytes per second
    double txRate = 0;

    friend bool operator==(const RateSample &, const RateSample &) = default;
};

// The last 15 minutes of rates of every peer and every interface, one sample per poll, for a
// graph. Fed with every StatusDelta of the tracker in order, from its first poll (a peer it has
// not seen added or changing has no history). Memory is bounded: each interface has a ring of
// capacity() samples (24 bytes each); each peer keeps only its non-zero samples (12 bytes each,
// rates as float) in a ring that grows up to capacity() entries: at most 10,812 bytes for a
// peer busy every second of 15 minutes at the default 1 s interval, a few hundred for one that
// only sends keepalives, about 200 bytes for an idle one. A poll costs time only for the peers
// with traffic.
class RateHistory
{
public:
    static constexpr qint64 WindowMsecs = 15 * 60 * 1000;

    explicit RateHistory(int pollIntervalMs = 1000);
    ~RateHistory();
    RateHistory(RateHistory &&) noexcept;
    RateHistory &operator=(RateHistory &&) noexcept;
    RateHistory(const RateHistory &) = delete;
    RateHistory &operator=(const RateHistory &) = delete;

    // One poll: drops removed peers' history, starts that of added ones, and records every
    // peer's current rate (unchanged peers keep their last one) and the interface's totals.
    void record(const StatusDelta &delta);
    void forgetInterface(const QString &interfaceIdentifier);

    // In time order, oldest first: at most capacity() samples, none older than 15 minutes
    // before the interface's newest sample, none from before the peer appeared.
    [[nodiscard]] QList<RateSample> samples(const QString &interfaceIdentifier,
                                            const QString &publicKey) const;
    [[nodiscard]] QList<RateSample> interfaceSamples(const QString &interfaceIdentifier) const;

    [[nodiscard]] int capacity() const; // 15 min / poll interval + 1
    [[nodiscard]] std::size_t memoryBytes() const; // approximate, for tests and diagnostics

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wgdesk::app

Q_DECLARE_METATYPE(wgdesk::app::StatusDelta)
