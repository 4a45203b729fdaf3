#include "PeerStatus.h"

#include "Payloads.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace wgdesk::app {

namespace {

constexpr qint64 NsecPerSec = 1'000'000'000;
constexpr qint64 NsecPerMsec = 1'000'000;
constexpr qint64 NoPing = std::numeric_limits<qint64>::min();

qint64 jsonNumber(quint64 value)
{
    constexpr auto max = static_cast<quint64>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(std::min(value, max));
}

struct QStringHasher
{
    std::size_t operator()(const QString &text) const noexcept { return qHash(text); }
};

using KeyedStatuses = std::unordered_map<platform::Key, PeerStatus, platform::KeyHash>;

// Key's operator== calls memcmp, once for every peer of every poll (the order check); four
// inline 8-byte compares avoid the call.
bool sameKey(const platform::Key &a, const platform::Key &b)
{
    std::uint64_t x[4];
    std::uint64_t y[4];
    std::memcpy(x, a.bytes.data(), sizeof x);
    std::memcpy(y, b.bytes.data(), sizeof y);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1]) | (x[2] ^ y[2]) | (x[3] ^ y[3])) == 0;
}

// The status after the peer went away (removed, or its interface did): not connected, no
// traffic, the rest as last known.
PeerStatus gone(PeerStatus status)
{
    status.isConnected = false;
    status.isPingable = false;
    status.rxRate = 0;
    status.txRate = 0;
    return status;
}

} // namespace

QJsonObject statusPayload(const PeerStatus &status)
{
    return {
        {u"PeerId"_s, status.publicKey},
        {u"IsConnected"_s, status.isConnected},
        {u"IsPingable"_s, status.isPingable},
        {u"LastPing"_s, rfc3339(status.lastPing)},
        {u"BytesReceived"_s, jsonNumber(status.bytesReceived)},
        {u"BytesTransmitted"_s, jsonNumber(status.bytesTransmitted)},
        {u"LastHandshake"_s, rfc3339(status.lastHandshakeSec, status.lastHandshakeNsec)},
        {u"Endpoint"_s, status.endpoint},
        {u"LastSessionStart"_s, rfc3339(status.lastSessionStartSec, status.lastSessionStartNsec)},
        {u"InterfaceIdentifier"_s, status.interfaceIdentifier},
        {u"DisplayName"_s, status.displayName},
        {u"UserIdentifier"_s, status.userIdentifier},
    };
}

bool handshakeIsRecent(qint64 handshakeSec, qint64 handshakeNsec, qint64 nowMsecs,
                       int thresholdSeconds)
{
    if (handshakeSec == 0 && handshakeNsec == 0)
        return false;
    const qint64 ageNsec = nowMsecs * NsecPerMsec - (handshakeSec * NsecPerSec + handshakeNsec);
    return ageNsec < static_cast<qint64>(thresholdSeconds) * NsecPerSec;
}

bool pingIsRecent(qint64 lastPingMsecs, qint64 nowMsecs, const StatusSettings &settings)
{
    if (!settings.pingChecks || lastPingMsecs == NoPing)
        return false;
    const qint64 window = 2 * static_cast<qint64>(std::max(settings.pingIntervalSeconds, 1)) * 1000;
    return nowMsecs - lastPingMsecs <= window;
}

// ---- StatusTracker -------------------------------------------------------------------------

namespace {

struct TrackedPeer
{
    platform::Key key;
    PeerStatus status;
    platform::Endpoint endpoint; // raw, so that an unchanged endpoint is never formatted
    qint64 lastPingMsecs = NoPing;
};

struct TrackedInterface
{
    // In the order of the last dump. The kernel keeps its peers in a stable order, so a poll
    // usually meets them in the same order and needs no hash look-up at all.
    std::vector<TrackedPeer> peers;
    std::unordered_map<platform::Key, std::size_t, platform::KeyHash> index; // into peers
    bool polled = false;
    qint64 lastPolledMsecs = 0;
    bool pingChecks = false;
    qsizetype lastChanged = 0; // to reserve the next delta's lists
    qsizetype lastFlips = 0;
    // The previous poll's look-ups: when the next poll brings the same shared hash, the
    // cached names and ping times are still right.
    QHash<QString, Peer> storedPeers;
    QHash<QString, QDateTime> pings;
};

// One poll of one interface: the rules applied to each peer.
struct PollOfInterface
{
    const StatusTracker::PollInput &input;
    const StatusSettings &settings;
    StatusDelta &delta;
    KeyedStatuses *seeded;
    qint64 now;
    double elapsedSeconds;
    bool lookUpNames;
    bool lookUpPings;

    void track(TrackedPeer &tracked, const platform::Peer &peer, bool isNew) const;
};

void PollOfInterface::track(TrackedPeer &tracked, const platform::Peer &peer, bool isNew) const
{
    PeerStatus &status = tracked.status;
    if (isNew) {
        tracked.key = peer.publicKey;
        status.interfaceIdentifier = input.interfaceIdentifier;
        status.publicKey = peer.publicKey.toBase64();
    }

    // Pointers, not copies: copying a QString or QDateTime touches its shared data (an atomic
    // on another cache line), and those copies were most of an unchanged peer's cost.
    static const QString noText;
    static const QDateTime noTime;
    const QString *displayName = &status.displayName;
    const QString *userIdentifier = &status.userIdentifier;
    if (isNew || lookUpNames) {
        const auto stored = input.storedPeers.constFind(status.publicKey);
        const bool found = stored != input.storedPeers.cend();
        displayName = found ? &stored->displayName : &noText;
        userIdentifier = found ? &stored->userIdentifier : &noText;
    }

    const QDateTime *lastPing = &status.lastPing;
    qint64 lastPingMsecs = tracked.lastPingMsecs;
    if (isNew || lookUpPings) {
        lastPing = &noTime;
        lastPingMsecs = NoPing;
        if (settings.pingChecks) {
            const auto ping = input.lastSuccessfulPing.constFind(status.publicKey);
            if (ping != input.lastSuccessfulPing.cend() && ping->isValid()) {
                lastPing = &*ping;
                lastPingMsecs = ping->toMSecsSinceEpoch();
            }
        }
    }

    const bool pingable = pingIsRecent(lastPingMsecs, now, settings);
    const bool recentHandshake = handshakeIsRecent(peer.lastHandshakeSec, peer.lastHandshakeNsec,
                                                   now, settings.thresholdSeconds);
    const bool connected = pingable || recentHandshake;

    bool wasConnected = status.isConnected;
    qint64 sessionSec = status.lastSessionStartSec;
    qint64 sessionNsec = status.lastSessionStartNsec;
    if (isNew && seeded) {
        const auto known = seeded->find(peer.publicKey);
        if (known != seeded->end()) {
            wasConnected = known->second.isConnected;
            sessionSec = known->second.lastSessionStartSec;
            sessionNsec = known->second.lastSessionStartNsec;
            seeded->erase(known);
        }
    }
    // A new connected period starts with the handshake (or, connected by ping alone, the
    // ping) that made the peer connected. A seeded period with no known start gets one too.
    if (connected && (!wasConnected || (sessionSec == 0 && sessionNsec == 0))) {
        if (recentHandshake) {
            sessionSec = peer.lastHandshakeSec;
            sessionNsec = peer.lastHandshakeNsec;
        } else {
            sessionSec = lastPingMsecs / 1000;
            sessionNsec = (lastPingMsecs % 1000) * NsecPerMsec;
        }
    }

    if (isNew) {
        status.displayName = *displayName;
        status.userIdentifier = *userIdentifier;
        status.isConnected = connected;
        status.isPingable = pingable;
        status.lastPing = *lastPing;
        status.bytesReceived = peer.rxBytes;
        status.bytesTransmitted = peer.txBytes;
        status.lastHandshakeSec = peer.lastHandshakeSec;
        status.lastHandshakeNsec = peer.lastHandshakeNsec;
        tracked.endpoint = peer.endpoint;
        if (peer.endpoint.isSet())
            status.endpoint = peer.endpoint.toString();
        status.lastSessionStartSec = sessionSec;
        status.lastSessionStartNsec = sessionNsec;
        tracked.lastPingMsecs = lastPingMsecs;
        delta.added.append(status); // rates 0: nothing to compare with yet
        if (connected != wasConnected)
            delta.flips.append({status, connected});
    } else {
        double rxRate = 0;
        double txRate = 0;
        if (elapsedSeconds > 0) {
            // Counters that went backwards: the peer was removed and added again.
            if (peer.rxBytes >= status.bytesReceived)
                rxRate = static_cast<double>(peer.rxBytes - status.bytesReceived) / elapsedSeconds;
            if (peer.txBytes >= status.bytesTransmitted)
                txRate =
                    static_cast<double>(peer.txBytes - status.bytesTransmitted) / elapsedSeconds;
        }

        quint32 changed = 0;
        const auto update = [&changed](auto &field, const auto &value, quint32 bit) {
            if (!(field == value)) {
                field = value;
                changed |= bit;
            }
        };
        update(status.isConnected, connected, StatusField::IsConnected);
        update(status.isPingable, pingable, StatusField::IsPingable);
        if (lastPingMsecs != tracked.lastPingMsecs) {
            tracked.lastPingMsecs = lastPingMsecs;
            status.lastPing = *lastPing;
            changed |= StatusField::LastPing;
        }
        update(status.bytesReceived, peer.rxBytes, StatusField::BytesReceived);
        update(status.bytesTransmitted, peer.txBytes, StatusField::BytesTransmitted);
        if (status.lastHandshakeSec != peer.lastHandshakeSec
            || status.lastHandshakeNsec != peer.lastHandshakeNsec) {
            status.lastHandshakeSec = peer.lastHandshakeSec;
            status.lastHandshakeNsec = peer.lastHandshakeNsec;
            changed |= StatusField::LastHandshake;
        }
        if (!(tracked.endpoint == peer.endpoint)) {
            tracked.endpoint = peer.endpoint;
            update(status.endpoint, peer.endpoint.isSet() ? peer.endpoint.toString() : QString(),
                   StatusField::Endpoint);
        }
        if (status.lastSessionStartSec != sessionSec
            || status.lastSessionStartNsec != sessionNsec) {
            status.lastSessionStartSec = sessionSec;
            status.lastSessionStartNsec = sessionNsec;
            changed |= StatusField::LastSessionStart;
        }
        update(status.rxRate, rxRate, StatusField::RxRate);
        update(status.txRate, txRate, StatusField::TxRate);
        if (lookUpNames) {
            update(status.displayName, *displayName, StatusField::DisplayName);
            update(status.userIdentifier, *userIdentifier, StatusField::UserIdentifier);
        }
        if (changed) {
            delta.changed.append({status, changed});
            if (changed & StatusField::IsConnected)
                delta.flips.append({status, connected});
        }
    }
    delta.rxRate += status.rxRate;
    delta.txRate += status.txRate;
    ++delta.peerCount;
    if (connected)
        ++delta.connectedCount;
}

} // namespace

struct StatusTracker::Private
{
    StatusSettings settings;
    std::map<QString, TrackedInterface> interfaces;
    std::map<QString, KeyedStatuses> seeds;

    static void removePeer(StatusDelta &delta, const PeerStatus &status)
    {
        delta.removed.append(status.publicKey);
        if (status.isConnected)
            delta.flips.append({gone(status), false});
    }
};

StatusTracker::StatusTracker(const StatusSettings &settings) : d(std::make_unique<Private>())
{
    d->settings = settings;
}

StatusTracker::~StatusTracker() = default;
StatusTracker::StatusTracker(StatusTracker &&) noexcept = default;
StatusTracker &StatusTracker::operator=(StatusTracker &&) noexcept = default;

const StatusSettings &StatusTracker::settings() const
{
    return d->settings;
}

void StatusTracker::setSettings(const StatusSettings &settings)
{
    d->settings = settings;
}

void StatusTracker::seed(const QList<PeerStatus> &lastKnown)
{
    for (const PeerStatus &status : lastKnown) {
        const std::optional<platform::Key> key = platform::Key::fromBase64(status.publicKey);
        if (key)
            d->seeds[status.interfaceIdentifier].insert_or_assign(*key, status);
    }
}

StatusDelta StatusTracker::poll(const PollInput &input)
{
    const StatusSettings &settings = d->settings;
    const QString &name = input.interfaceIdentifier;
    TrackedInterface &state = d->interfaces[name];

    StatusDelta delta;
    delta.interfaceIdentifier = name;
    delta.polledAt = input.polledAt;

    const qint64 now = input.polledAt.toMSecsSinceEpoch();
    const auto seedIt = d->seeds.find(name);
    const PollOfInterface poll{
        input,
        settings,
        delta,
        seedIt != d->seeds.end() ? &seedIt->second : nullptr,
        now,
        state.polled ? static_cast<double>(now - state.lastPolledMsecs) / 1000.0 : 0.0,
        !state.polled || !input.storedPeers.isSharedWith(state.storedPeers),
        !state.polled || state.pingChecks != settings.pingChecks
            || !input.lastSuccessfulPing.isSharedWith(state.pings),
    };
    state.storedPeers = input.storedPeers;
    state.pings = input.lastSuccessfulPing;
    state.pingChecks = settings.pingChecks;

    const std::vector<platform::Peer> &devicePeers = input.device.peers;
    const auto deviceCount = static_cast<qsizetype>(devicePeers.size());
    // Lists as long as last time's, so that a busy poll does not grow them step by step.
    delta.changed.reserve(std::min(deviceCount, state.lastChanged + state.lastChanged / 4 + 16));
    delta.flips.reserve(std::min(deviceCount, state.lastFlips + state.lastFlips / 4 + 16));

    const bool sameOrder =
        state.peers.size() == devicePeers.size()
        && std::equal(devicePeers.begin(), devicePeers.end(), state.peers.begin(),
                      [](const platform::Peer &p, const TrackedPeer &t) {
                          return sameKey(p.publicKey, t.key);
                      });
    if (sameOrder) {
        for (std::size_t i = 0; i < devicePeers.size(); ++i)
            poll.track(state.peers[i], devicePeers[i], false);
    } else {
        // Peers came, went or moved: arrange them in the dump's order again.
        std::vector<TrackedPeer> next;
        next.reserve(devicePeers.size());
        std::unordered_map<platform::Key, std::size_t, platform::KeyHash> nextIndex;
        nextIndex.reserve(devicePeers.size());
        std::vector<bool> kept(state.peers.size(), false);
        if (state.peers.empty())
            delta.added.reserve(deviceCount);
        for (const platform::Peer &peer : devicePeers) {
            if (!nextIndex.try_emplace(peer.publicKey, next.size()).second)
                continue; // the same key twice in one dump: the first one counts
            const auto old = state.index.find(peer.publicKey);
            if (old != state.index.end()) {
                kept[old->second] = true;
                next.push_back(std::move(state.peers[old->second]));
                poll.track(next.back(), peer, false);
            } else {
                next.emplace_back();
                poll.track(next.back(), peer, true);
            }
        }
        for (std::size_t i = 0; i < state.peers.size(); ++i) {
            if (!kept[i])
                Private::removePeer(delta, state.peers[i].status);
        }
        state.peers = std::move(next);
        state.index = std::move(nextIndex);
    }

    if (poll.seeded) {
        // Peers that were connected when the program left, and are not there any more.
        for (const auto &[key, known] : *poll.seeded) {
            if (!known.isConnected || state.index.contains(key))
                continue;
            PeerStatus status = gone(known);
            status.interfaceIdentifier = name;
            const auto stored = input.storedPeers.constFind(status.publicKey);
            if (stored != input.storedPeers.cend()) {
                status.displayName = stored->displayName;
                status.userIdentifier = stored->userIdentifier;
            }
            delta.flips.append({status, false});
        }
        d->seeds.erase(seedIt);
    }

    state.polled = true;
    state.lastPolledMsecs = now;
    state.lastChanged = delta.changed.size();
    state.lastFlips = delta.flips.size();
    return delta;
}

StatusDelta StatusTracker::forgetInterface(const QString &interfaceIdentifier)
{
    StatusDelta delta;
    delta.interfaceIdentifier = interfaceIdentifier;
    const auto it = d->interfaces.find(interfaceIdentifier);
    if (it != d->interfaces.end()) {
        delta.removed.reserve(static_cast<qsizetype>(it->second.peers.size()));
        for (const TrackedPeer &tracked : it->second.peers)
            Private::removePeer(delta, tracked.status);
        d->interfaces.erase(it);
    }
    d->seeds.erase(interfaceIdentifier);
    return delta;
}

QList<PeerStatus> StatusTracker::statuses(const QString &interfaceIdentifier) const
{
    QList<PeerStatus> result;
    const auto it = d->interfaces.find(interfaceIdentifier);
    if (it == d->interfaces.end())
        return result;
    result.reserve(static_cast<qsizetype>(it->second.peers.size()));
    for (const TrackedPeer &tracked : it->second.peers)
        result.append(tracked.status);
    return result;
}

QStringList StatusTracker::interfaces() const
{
    QStringList names;
    for (const auto &[name, state] : d->interfaces)
        names.append(name);
    return names;
}

// ---- RateHistory ---------------------------------------------------------------------------

namespace {

// One non-zero sample of a peer. seq is the poll's number modulo 2^32: only differences of less
// than the capacity are ever taken, so the wrap does no harm.
struct RateEntry
{
    quint32 seq = 0;
    float rxRate = 0;
    float txRate = 0;
};

struct PeerRates
{
    float rxRate = 0; // as of the last poll
    float txRate = 0;
    qint64 firstSeq = 0; // the first poll this peer was in
    // The non-zero samples of the window, oldest first: ring[(head + i) % ring.size()] for
    // i < count. A poll without an entry had rate 0. Grows as needed, up to the capacity.
    std::vector<RateEntry> ring;
    std::size_t head = 0;
    std::size_t count = 0;

    [[nodiscard]] bool active() const { return rxRate != 0 || txRate != 0; }
    [[nodiscard]] const RateEntry &at(std::size_t i) const
    {
        return ring[(head + i) % ring.size()];
    }

    // Drops the entries that are capacity or more polls older than `seq`.
    void expire(quint32 seq, std::size_t capacity)
    {
        while (count > 0 && static_cast<quint32>(seq - ring[head].seq) >= capacity) {
            head = (head + 1) % ring.size();
            --count;
        }
    }

    void relayout(std::size_t size)
    {
        std::vector<RateEntry> next(size);
        for (std::size_t i = 0; i < count; ++i)
            next[i] = at(i);
        ring.swap(next);
        head = 0;
    }

    // After expire(seq): fewer than capacity entries remain, so there is room.
    void append(quint32 seq, std::size_t capacity)
    {
        if (count == ring.size())
            relayout(std::min(capacity, std::max<std::size_t>(8, ring.size() * 2)));
        ring[(head + count) % ring.size()] = {seq, rxRate, txRate};
        ++count;
    }

    // Gives back what a peer that went quiet no longer needs.
    void shrink()
    {
        if (count == 0) {
            std::vector<RateEntry>().swap(ring);
            head = 0;
        } else if (ring.size() > 8 && count * 4 <= ring.size()) {
            relayout(std::max<std::size_t>(8, count * 2));
        }
    }
};

struct InterfaceRates
{
    qint64 seq = 0;                // polls recorded
    std::vector<RateSample> clock; // capacity samples: each poll's time and the totals
    std::unordered_map<QString, PeerRates, QStringHasher> peers; // nodes never move
    std::unordered_set<PeerRates *> active; // peers with a non-zero rate now
};

} // namespace

struct RateHistory::Private
{
    int capacity = 0;
    std::map<QString, InterfaceRates> interfaces;

    [[nodiscard]] std::size_t size() const { return static_cast<std::size_t>(capacity); }

    // The polls whose samples are kept: [first, end), none older than the window.
    std::pair<qint64, qint64> window(const InterfaceRates &rates, qint64 firstSeq) const
    {
        const qint64 end = rates.seq;
        if (end == 0)
            return {0, 0};
        qint64 first = std::max({firstSeq, end - capacity, qint64(0)});
        const qint64 newest = rates.clock[static_cast<std::size_t>((end - 1) % capacity)]
                                  .msecsSinceEpoch;
        while (first < end
               && rates.clock[static_cast<std::size_t>(first % capacity)].msecsSinceEpoch
                      < newest - WindowMsecs)
            ++first;
        return {first, end};
    }

    static void setRates(InterfaceRates &rates, PeerRates &peer, const PeerStatus &status)
    {
        peer.rxRate = static_cast<float>(status.rxRate);
        peer.txRate = static_cast<float>(status.txRate);
        if (peer.active())
            rates.active.insert(&peer);
        else
            rates.active.erase(&peer);
    }
};

RateHistory::RateHistory(int pollIntervalMs) : d(std::make_unique<Private>())
{
    // At most one sample per 100 ms, so that a tiny interval cannot make the rings huge.
    d->capacity = static_cast<int>(WindowMsecs / std::max(pollIntervalMs, 100)) + 1;
}

RateHistory::~RateHistory() = default;
RateHistory::RateHistory(RateHistory &&) noexcept = default;
RateHistory &RateHistory::operator=(RateHistory &&) noexcept = default;

int RateHistory::capacity() const
{
    return d->capacity;
}

void RateHistory::record(const StatusDelta &delta)
{
    const std::size_t capacity = d->size();
    InterfaceRates &rates = d->interfaces[delta.interfaceIdentifier];
    if (rates.clock.empty())
        rates.clock.resize(capacity);
    for (const QString &key : delta.removed) {
        const auto it = rates.peers.find(key);
        if (it != rates.peers.end()) {
            rates.active.erase(&it->second);
            rates.peers.erase(it);
        }
    }
    const auto start = [&rates](const PeerStatus &status) {
        PeerRates &peer = rates.peers[status.publicKey];
        rates.active.erase(&peer);
        peer = PeerRates{};
        peer.firstSeq = rates.seq;
        Private::setRates(rates, peer, status);
    };
    for (const PeerStatus &status : delta.added)
        start(status);
    for (const PeerStatusChange &change : delta.changed) {
        if (!(change.changedFields & (StatusField::RxRate | StatusField::TxRate)))
            continue;
        const auto it = rates.peers.find(change.status.publicKey);
        if (it == rates.peers.end())
            start(change.status);
        else
            Private::setRates(rates, it->second, change.status);
    }
    if (!delta.polledAt.isValid())
        return; // not a poll (forgetInterface): nothing to sample

    const qint64 seq = rates.seq;
    const auto seq32 = static_cast<quint32>(seq);
    rates.clock[static_cast<std::size_t>(seq % d->capacity)] = {
        delta.polledAt.toMSecsSinceEpoch(), delta.rxRate, delta.txRate};
    // Only peers with traffic get a sample: idle ones cost nothing per poll.
    for (PeerRates *peer : rates.active) {
        peer->expire(seq32, capacity);
        peer->append(seq32, capacity);
    }
    // Once per window, give back the memory of peers that went quiet.
    if (seq > 0 && seq % d->capacity == 0) {
        for (auto &[key, peer] : rates.peers) {
            peer.expire(seq32, capacity);
            peer.shrink();
        }
    }
    ++rates.seq;
}

void RateHistory::forgetInterface(const QString &interfaceIdentifier)
{
    d->interfaces.erase(interfaceIdentifier);
}

QList<RateSample> RateHistory::samples(const QString &interfaceIdentifier,
                                       const QString &publicKey) const
{
    QList<RateSample> result;
    const auto rates = d->interfaces.find(interfaceIdentifier);
    if (rates == d->interfaces.end())
        return result;
    const auto found = rates->second.peers.find(publicKey);
    if (found == rates->second.peers.end())
        return result;
    const PeerRates &peer = found->second;
    const auto [first, end] = d->window(rates->second, peer.firstSeq);
    result.reserve(static_cast<qsizetype>(end - first));
    // The peer's entries as poll numbers; stale ones (not yet expired) fall before `first`.
    const auto newest = static_cast<quint32>(end - 1);
    std::size_t i = 0;
    const auto entrySeq = [&](std::size_t n) {
        return (end - 1) - static_cast<qint64>(static_cast<quint32>(newest - peer.at(n).seq));
    };
    while (i < peer.count && entrySeq(i) < first)
        ++i;
    for (qint64 seq = first; seq < end; ++seq) {
        RateSample sample{rates->second.clock[static_cast<std::size_t>(seq % d->capacity)]
                              .msecsSinceEpoch,
                          0, 0};
        if (i < peer.count && entrySeq(i) == seq) {
            sample.rxRate = peer.at(i).rxRate;
            sample.txRate = peer.at(i).txRate;
            ++i;
        }
        result.append(sample);
    }
    return result;
}

QList<RateSample> RateHistory::interfaceSamples(const QString &interfaceIdentifier) const
{
    QList<RateSample> result;
    const auto rates = d->interfaces.find(interfaceIdentifier);
    if (rates == d->interfaces.end())
        return result;
    const auto [first, end] = d->window(rates->second, 0);
    result.reserve(static_cast<qsizetype>(end - first));
    for (qint64 seq = first; seq < end; ++seq)
        result.append(rates->second.clock[static_cast<std::size_t>(seq % d->capacity)]);
    return result;
}

std::size_t RateHistory::memoryBytes() const
{
    // Per peer: the hash node (key, value, next pointer, cached hash) and the key's 44 UTF-16
    // characters with their header; per active peer a set node.
    constexpr std::size_t peerBytes =
        sizeof(QString) + sizeof(PeerRates) + 2 * sizeof(void *) + 44 * 2 + 32;
    std::size_t total = 0;
    for (const auto &[name, rates] : d->interfaces) {
        total += rates.clock.capacity() * sizeof(RateSample);
        total += (rates.peers.bucket_count() + rates.active.bucket_count()) * sizeof(void *);
        total += rates.active.size() * 3 * sizeof(void *);
        for (const auto &[key, peer] : rates.peers)
            total += peerBytes + peer.ring.capacity() * sizeof(RateEntry);
    }
    return total;
}

} // namespace wgdesk::app
