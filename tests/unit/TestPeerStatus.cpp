// Live peer status as webhooks.md defines it: connected by a recent handshake or by ping, the
// session start, rates from counters and real elapsed time, connect/disconnect flips only on a
// change (also across a restart, through the seed), the payload's exact keys and types, and a
// rate history that stays bounded.
#include "PeerStatus.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace wgdesk;
using namespace wgdesk::app;
using namespace Qt::StringLiterals;

namespace {

const QString Wg0 = u"wg0"_s;
const qint64 T0 = 1'750'000'000; // a Unix time, seconds

// Deterministic, well spread keys (KeyHash uses the first bytes).
platform::Key key(quint64 n)
{
    platform::Key k;
    quint64 x = n + 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < platform::Key::Size; i += 8) {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ull;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebull;
        x ^= x >> 31;
        std::memcpy(k.bytes.data() + i, &x, 8);
    }
    return k;
}

QString b64(quint64 n)
{
    return key(n).toBase64();
}

platform::Peer peer(quint64 n, qint64 handshakeSec = 0, qint64 handshakeNsec = 0,
                    quint64 rx = 0, quint64 tx = 0)
{
    platform::Peer p;
    p.publicKey = key(n);
    p.lastHandshakeSec = handshakeSec;
    p.lastHandshakeNsec = handshakeNsec;
    p.rxBytes = rx;
    p.txBytes = tx;
    return p;
}

QDateTime at(qint64 sec, int msec = 0)
{
    return QDateTime::fromMSecsSinceEpoch(sec * 1000 + msec, Qt::UTC);
}

StatusTracker::PollInput input(std::vector<platform::Peer> peers, const QDateTime &polledAt)
{
    StatusTracker::PollInput in;
    in.interfaceIdentifier = Wg0;
    in.device.name = Wg0;
    in.device.peers = std::move(peers);
    in.polledAt = polledAt;
    return in;
}

const PeerStatus *findStatus(const QList<PeerStatus> &list, const QString &publicKey)
{
    for (const PeerStatus &s : list) {
        if (s.publicKey == publicKey)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestPeerStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectedByHandshakeAge_data()
    {
        QTest::addColumn<qint64>("handshakeSec");
        QTest::addColumn<qint64>("handshakeNsec");
        QTest::addColumn<qint64>("nowMsecs");
        QTest::addColumn<bool>("connected");
        const qint64 now = (T0 + 1000) * 1000;
        QTest::newRow("just now") << T0 + 1000 << qint64(0) << now << true;
        QTest::newRow("179 s") << T0 + 1000 - 179 << qint64(0) << now << true;
        QTest::newRow("180 s minus 1 ns") << T0 + 1000 - 180 << qint64(1) << now << true;
        QTest::newRow("180 s") << T0 + 1000 - 180 << qint64(0) << now << false;
        QTest::newRow("181 s") << T0 + 1000 - 181 << qint64(999'999'999) << now << false;
        QTest::newRow("never") << qint64(0) << qint64(0) << now << false;
        QTest::newRow("in the future (clock skew)") << T0 + 1010 << qint64(0) << now << true;
    }

    void connectedByHandshakeAge()
    {
        QFETCH(qint64, handshakeSec);
        QFETCH(qint64, handshakeNsec);
        QFETCH(qint64, nowMsecs);
        QFETCH(bool, connected);
        QCOMPARE(handshakeIsRecent(handshakeSec, handshakeNsec, nowMsecs, 180), connected);

        StatusTracker tracker(StatusSettings{1000, 180, false, 60});
        const StatusDelta delta = tracker.poll(input({peer(1, handshakeSec, handshakeNsec)},
                                                     QDateTime::fromMSecsSinceEpoch(nowMsecs)));
        QCOMPARE(delta.added.size(), 1);
        QCOMPARE(delta.added.first().isConnected, connected);
        QCOMPARE(delta.added.first().isPingable, false);
        QCOMPARE(delta.flips.size(), connected ? 1 : 0);
        QCOMPARE(delta.connectedCount, connected ? 1 : 0);
    }

    void connectedByPingOnly()
    {
        StatusTracker tracker(StatusSettings{1000, 180, true, 60});
        StatusTracker::PollInput in = input({peer(1)}, at(T0 + 100));
        in.lastSuccessfulPing.insert(b64(1), at(T0 + 90, 250));
        StatusDelta delta = tracker.poll(in);
        QCOMPARE(delta.added.size(), 1);
        const PeerStatus s = delta.added.first();
        QVERIFY(s.isPingable);
        QVERIFY(s.isConnected);
        QCOMPARE(s.lastPing, at(T0 + 90, 250));
        QCOMPARE(s.lastHandshakeSec, 0);
        // Connected by ping alone: the session starts with the ping.
        QCOMPARE(s.lastSessionStartSec, T0 + 90);
        QCOMPARE(s.lastSessionStartNsec, 250'000'000);
        QCOMPARE(delta.flips.size(), 1);
        QVERIFY(delta.flips.first().connected);

        // 120 s after the answer (2 × interval) still pingable; 121 s not, and disconnected.
        in.polledAt = at(T0 + 210, 250);
        delta = tracker.poll(in);
        QVERIFY(delta.changed.isEmpty());
        in.polledAt = at(T0 + 211, 250);
        delta = tracker.poll(in);
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().changedFields,
                 quint32(StatusField::IsConnected | StatusField::IsPingable));
        QCOMPARE(delta.flips.size(), 1);
        QVERIFY(!delta.flips.first().connected);
        QCOMPARE(delta.flips.first().status.lastSessionStartSec, T0 + 90);

        QCOMPARE(pingIsRecent((T0 + 90) * 1000, (T0 + 210) * 1000, StatusSettings{}), true);
        QCOMPARE(pingIsRecent((T0 + 90) * 1000, (T0 + 211) * 1000, StatusSettings{}), false);
    }

    void pingChecksOff()
    {
        StatusTracker tracker(StatusSettings{1000, 180, false, 60});
        StatusTracker::PollInput in = input({peer(1)}, at(T0 + 100));
        in.lastSuccessfulPing.insert(b64(1), at(T0 + 99));
        const StatusDelta delta = tracker.poll(in);
        QVERIFY(!delta.added.first().isPingable);
        QVERIFY(!delta.added.first().isConnected);
        QVERIFY(!delta.added.first().lastPing.isValid());
        QVERIFY(delta.flips.isEmpty());

        // Turned on: the same hash is looked up again.
        tracker.setSettings(StatusSettings{1000, 180, true, 60});
        in.polledAt = at(T0 + 101);
        const StatusDelta on = tracker.poll(in);
        QCOMPARE(on.changed.size(), 1);
        QVERIFY(on.changed.first().status.isPingable);
        QCOMPARE(on.flips.size(), 1);
    }

    void sessionStart()
    {
        StatusTracker tracker;
        // Connected by a handshake: the session starts with it, to the nanosecond.
        StatusDelta delta = tracker.poll(input({peer(1, T0, 123'456'789)}, at(T0 + 1)));
        QCOMPARE(delta.flips.size(), 1);
        QCOMPARE(delta.added.first().lastSessionStartSec, T0);
        QCOMPARE(delta.added.first().lastSessionStartNsec, 123'456'789);

        // A newer handshake while connected: the session start stays.
        delta = tracker.poll(input({peer(1, T0 + 120, 5)}, at(T0 + 121)));
        QVERIFY(delta.flips.isEmpty());
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().changedFields, quint32(StatusField::LastHandshake));
        QCOMPARE(delta.changed.first().status.lastSessionStartSec, T0);
        QCOMPARE(delta.changed.first().status.lastHandshakeNsec, 5);

        // Stale: disconnected, and the payload still says when that session started.
        delta = tracker.poll(input({peer(1, T0 + 120, 5)}, at(T0 + 300)));
        QVERIFY(delta.flips.isEmpty()); // 5 ns short of 180 s
        delta = tracker.poll(input({peer(1, T0 + 120, 5)}, at(T0 + 301)));
        QCOMPARE(delta.flips.size(), 1);
        QVERIFY(!delta.flips.first().connected);
        QCOMPARE(delta.flips.first().status.lastSessionStartSec, T0);
        QCOMPARE(delta.flips.first().status.lastSessionStartNsec, 123'456'789);

        // A later stale poll: nothing changes.
        delta = tracker.poll(input({peer(1, T0 + 120, 5)}, at(T0 + 302)));
        QVERIFY(!delta.hasPeerChanges());

        // A new handshake: a new session.
        delta = tracker.poll(input({peer(1, T0 + 400, 7)}, at(T0 + 401)));
        QCOMPARE(delta.flips.size(), 1);
        QVERIFY(delta.flips.first().connected);
        QCOMPARE(delta.flips.first().status.lastSessionStartSec, T0 + 400);
        QCOMPARE(delta.flips.first().status.lastSessionStartNsec, 7);
        QVERIFY(delta.changed.first().changedFields & StatusField::LastSessionStart);
    }

    void rates()
    {
        StatusTracker tracker;
        StatusDelta delta = tracker.poll(input({peer(1, T0, 0, 1000, 500)}, at(T0)));
        QCOMPARE(delta.added.first().rxRate, 0.0);
        QCOMPARE(delta.added.first().txRate, 0.0);

        // 2,000 and 1,000 bytes in 2.5 s (the real elapsed time, not the poll interval).
        delta = tracker.poll(input({peer(1, T0, 0, 3000, 1500)}, at(T0 + 2, 500)));
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().status.rxRate, 800.0);
        QCOMPARE(delta.changed.first().status.txRate, 400.0);
        QCOMPARE(delta.changed.first().changedFields,
                 quint32(StatusField::BytesReceived | StatusField::BytesTransmitted
                         | StatusField::RxRate | StatusField::TxRate));
        QCOMPARE(delta.rxRate, 800.0);
        QCOMPARE(delta.txRate, 400.0);

        // Counters went backwards (the peer was removed and added again): 0, not negative.
        delta = tracker.poll(input({peer(1, T0, 0, 100, 1600)}, at(T0 + 3, 500)));
        QCOMPARE(delta.changed.first().status.rxRate, 0.0);
        QCOMPARE(delta.changed.first().status.txRate, 100.0);

        // Idle: the rates drop to 0 once, then nothing changes.
        delta = tracker.poll(input({peer(1, T0, 0, 100, 1600)}, at(T0 + 4, 500)));
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().changedFields, quint32(StatusField::TxRate));
        delta = tracker.poll(input({peer(1, T0, 0, 100, 1600)}, at(T0 + 5, 500)));
        QVERIFY(delta.changed.isEmpty());
    }

    void flipsOnlyOnChange()
    {
        StatusTracker tracker;
        StatusDelta delta = tracker.poll(input({peer(1, T0), peer(2)}, at(T0 + 1)));
        QCOMPARE(delta.flips.size(), 1); // without a seed: only the connected peer
        QCOMPARE(delta.flips.first().status.publicKey, b64(1));
        for (int i = 2; i < 10; ++i) {
            delta = tracker.poll(input({peer(1, T0), peer(2)}, at(T0 + i)));
            QVERIFY(delta.flips.isEmpty());
            QVERIFY(delta.changed.isEmpty());
            QCOMPARE(delta.connectedCount, 1);
            QCOMPARE(delta.peerCount, 2);
        }
    }

    void endpointAndNames()
    {
        StatusTracker tracker;
        StatusTracker::PollInput in = input({peer(1)}, at(T0));
        Peer stored;
        stored.publicKey = b64(1);
        stored.displayName = u"Laptop"_s;
        stored.userIdentifier = u"jane"_s;
        in.storedPeers.insert(stored.publicKey, stored);
        StatusDelta delta = tracker.poll(in);
        QCOMPARE(delta.added.first().displayName, u"Laptop"_s);
        QCOMPARE(delta.added.first().userIdentifier, u"jane"_s);
        QCOMPARE(delta.added.first().endpoint, QString());

        in.device.peers[0].endpoint = *platform::Endpoint::parse(u"[fd00::1]:51820");
        in.polledAt = at(T0 + 1);
        stored.displayName = u"Phone"_s;
        in.storedPeers.insert(stored.publicKey, stored);
        delta = tracker.poll(in);
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().changedFields,
                 quint32(StatusField::Endpoint | StatusField::DisplayName));
        QCOMPARE(delta.changed.first().status.endpoint, u"[fd00::1]:51820"_s);
        QCOMPARE(delta.changed.first().status.displayName, u"Phone"_s);
    }

    void addedAndRemoved()
    {
        StatusTracker tracker;
        tracker.poll(input({peer(1, T0), peer(2)}, at(T0 + 1)));
        const StatusDelta delta = tracker.poll(input({peer(2), peer(3)}, at(T0 + 2)));
        QCOMPARE(delta.added.size(), 1);
        QCOMPARE(delta.added.first().publicKey, b64(3));
        QCOMPARE(delta.removed, QStringList{b64(1)});
        QVERIFY(delta.changed.isEmpty());
        // The removed peer was connected: it is not any more.
        QCOMPARE(delta.flips.size(), 1);
        QCOMPARE(delta.flips.first().status.publicKey, b64(1));
        QVERIFY(!delta.flips.first().connected);
        QCOMPARE(delta.peerCount, 2);
        QCOMPARE(tracker.statuses(Wg0).size(), 2);

        const StatusDelta forgotten = tracker.forgetInterface(Wg0);
        QCOMPARE(forgotten.removed.size(), 2);
        QVERIFY(forgotten.flips.isEmpty());
        QVERIFY(tracker.statuses(Wg0).isEmpty());
        QVERIFY(tracker.interfaces().isEmpty());

        // An interface that goes away with a connected peer: that peer disconnects.
        tracker.poll(input({peer(4, T0 + 5)}, at(T0 + 6)));
        const StatusDelta down = tracker.forgetInterface(Wg0);
        QCOMPARE(down.removed, QStringList{b64(4)});
        QCOMPARE(down.flips.size(), 1);
        QVERIFY(!down.flips.first().connected);
        QVERIFY(!down.flips.first().status.isConnected);
        QCOMPARE(down.flips.first().status.lastSessionStartSec, T0 + 5);
    }

    void seedAvoidsRepeatedFlipsAfterRestart()
    {
        // The first run: A and B connected, C not; their statuses are stored.
        QList<PeerStatus> stored;
        {
            StatusTracker first;
            const StatusDelta delta =
                first.poll(input({peer(1, T0, 11), peer(2, T0, 22), peer(3), peer(4, T0, 44)},
                                 at(T0 + 1)));
            QCOMPARE(delta.flips.size(), 3);
            stored = first.statuses(Wg0);
        }

        // The restart, 100 s later: A still connected (a newer handshake), B stale, C still
        // not, D gone, E new and connected.
        StatusTracker second;
        second.seed(stored);
        const StatusDelta delta = second.poll(input(
            {peer(1, T0 + 90, 1), peer(2, T0 - 500), peer(3), peer(5, T0 + 99)}, at(T0 + 100)));
        QCOMPARE(delta.added.size(), 4);
        QHash<QString, bool> flips;
        for (const ConnectionFlip &flip : delta.flips)
            flips.insert(flip.status.publicKey, flip.connected);
        QCOMPARE(flips.size(), 3);
        QVERIFY(!flips.contains(b64(1))); // no repeated connect
        QCOMPARE(flips.value(b64(2), true), false);
        QCOMPARE(flips.value(b64(4), true), false); // gone while away
        QCOMPARE(flips.value(b64(5), false), true);
        QVERIFY(!flips.contains(b64(3)));
        // A's session is the one that started before the restart.
        const PeerStatus *a = findStatus(delta.added, b64(1));
        QVERIFY(a);
        QCOMPARE(a->lastSessionStartSec, T0);
        QCOMPARE(a->lastSessionStartNsec, 11);
        for (const ConnectionFlip &flip : delta.flips) {
            if (flip.status.publicKey == b64(2) || flip.status.publicKey == b64(4)) {
                QCOMPARE(flip.status.lastSessionStartSec, T0);
                QCOMPARE(flip.status.interfaceIdentifier, Wg0);
            }
        }

        // The seed is used once: the next poll reports nothing new.
        const StatusDelta next = second.poll(input(
            {peer(1, T0 + 90, 1), peer(2, T0 - 500), peer(3), peer(5, T0 + 99)}, at(T0 + 101)));
        QVERIFY(next.flips.isEmpty());
    }

    void seededConnectedPeerNowStale()
    {
        PeerStatus known;
        known.interfaceIdentifier = Wg0;
        known.publicKey = b64(7);
        known.isConnected = true;
        known.lastSessionStartSec = T0 - 3600;
        StatusTracker tracker;
        tracker.seed({known});
        const StatusDelta delta = tracker.poll(input({peer(7, T0 - 600)}, at(T0)));
        QCOMPARE(delta.flips.size(), 1);
        QVERIFY(!delta.flips.first().connected);
        QCOMPARE(delta.flips.first().status.lastSessionStartSec, T0 - 3600);
        QVERIFY(tracker.poll(input({peer(7, T0 - 600)}, at(T0 + 1))).flips.isEmpty());
    }

    void payloadKeysAndTypes()
    {
        PeerStatus s;
        s.interfaceIdentifier = Wg0;
        s.publicKey = b64(1);
        s.displayName = u"Laptop"_s;
        s.isConnected = true;
        s.bytesReceived = 5'000'000'000ull; // beyond 32 bits
        s.bytesTransmitted = 12;
        s.lastHandshakeSec = T0;
        s.lastHandshakeNsec = 123;
        s.endpoint = u"192.0.2.1:51820"_s;
        QJsonObject p = statusPayload(s);
        QStringList keys = p.keys();
        keys.sort();
        QStringList expected{u"PeerId"_s,           u"IsConnected"_s,      u"IsPingable"_s,
                             u"LastPing"_s,         u"BytesReceived"_s,    u"BytesTransmitted"_s,
                             u"LastHandshake"_s,    u"Endpoint"_s,         u"LastSessionStart"_s,
                             u"InterfaceIdentifier"_s, u"DisplayName"_s,   u"UserIdentifier"_s};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(p.value(u"PeerId"_s).toString(), b64(1));
        QVERIFY(p.value(u"IsConnected"_s).isBool());
        QVERIFY(p.value(u"IsPingable"_s).isBool());
        QVERIFY(p.value(u"LastPing"_s).isNull());
        QVERIFY(p.value(u"BytesReceived"_s).isDouble());
        QCOMPARE(p.value(u"BytesReceived"_s).toInteger(), 5'000'000'000ll);
        QCOMPARE(p.value(u"BytesTransmitted"_s).toInteger(), 12);
        QVERIFY(p.value(u"LastSessionStart"_s).isNull());
        QVERIFY(p.value(u"Endpoint"_s).isString());
        QVERIFY(p.value(u"UserIdentifier"_s).isString());
        const QString handshake = p.value(u"LastHandshake"_s).toString();
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000000123[+-]"
                                    u"\\d{2}:\\d{2}$"_s)
                     .match(handshake)
                     .hasMatch(),
                 qPrintable(handshake));
        QCOMPARE(QDateTime::fromString(handshake.left(19) + handshake.right(6), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 T0);
        QVERIFY(QJsonDocument(p).toJson().contains("5000000000"));

        s.lastPing = at(T0);
        s.lastSessionStartSec = T0;
        p = statusPayload(s);
        QVERIFY(p.value(u"LastPing"_s).isString());
        QVERIFY(p.value(u"LastSessionStart"_s).isString());
    }

    void rateHistoryIsBounded()
    {
        RateHistory history(1000);
        QCOMPARE(history.capacity(), 901);
        StatusTracker tracker;
        // Busy every second, a keepalive every 25 s, idle.
        std::vector<platform::Peer> peers{peer(1, T0), peer(2, T0), peer(5, T0)};
        std::size_t memoryAfterFirstWindow = 0;
        for (int i = 0; i < 2000; ++i) {
            peers[0].rxBytes += 1000;
            if (i % 25 == 0)
                peers[2].txBytes += 32;
            history.record(tracker.poll(input(peers, at(T0 + i))));
            if (i == 1001) // the same peers active as at the end
                memoryAfterFirstWindow = history.memoryBytes();
        }
        QCOMPARE(history.memoryBytes(), memoryAfterFirstWindow);

        const QList<RateSample> busy = history.samples(Wg0, b64(1));
        QCOMPARE(busy.size(), 901);
        QCOMPARE(busy.first().msecsSinceEpoch, (T0 + 1999 - 900) * 1000);
        QCOMPARE(busy.last().msecsSinceEpoch, (T0 + 1999) * 1000);
        for (qsizetype i = 1; i < busy.size(); ++i)
            QVERIFY(busy[i - 1].msecsSinceEpoch < busy[i].msecsSinceEpoch);
        for (const RateSample &sample : busy)
            QCOMPARE(sample.rxRate, 1000.0);
        const QList<RateSample> idle = history.samples(Wg0, b64(2));
        QCOMPARE(idle.size(), 901);
        QCOMPARE(idle.last().rxRate, 0.0);
        const QList<RateSample> keepalive = history.samples(Wg0, b64(5));
        QCOMPARE(keepalive.size(), 901);
        qsizetype nonZero = 0;
        for (const RateSample &sample : keepalive) {
            QCOMPARE(sample.rxRate, 0.0);
            if (sample.txRate != 0) {
                QCOMPARE(sample.txRate, 32.0);
                QCOMPARE((sample.msecsSinceEpoch / 1000 - T0) % 25, 0);
                ++nonZero;
            }
        }
        QCOMPARE(nonZero, 36);
        QCOMPARE(history.interfaceSamples(Wg0).size(), 901);
        QCOMPARE(history.interfaceSamples(Wg0).last().rxRate, 1000.0);

        // The interface clock (24 bytes a sample), the busy peer's full ring (12 bytes a
        // sample), the keepalive's small one, and a few hundred bytes per peer.
        const std::size_t bound = 901 * 24 + 901 * 12 + 64 * 12 + 3 * 256 + 1024;
        QVERIFY2(history.memoryBytes() < bound, qPrintable(QString::number(history.memoryBytes())));

        // Everyone quiet for two windows: the rings are given back.
        for (int i = 0; i < 2 * 901; ++i)
            history.record(tracker.poll(input(peers, at(T0 + 2000 + i))));
        QVERIFY2(history.memoryBytes() < 901 * 24 + 3 * 256 + 1024,
                 qPrintable(QString::number(history.memoryBytes())));
        QCOMPARE(history.samples(Wg0, b64(1)).size(), 901);
        QCOMPARE(history.samples(Wg0, b64(1)).last().rxRate, 0.0);

        // Polls slower than the interval: still nothing older than 15 minutes.
        for (int i = 0; i < 200; ++i)
            history.record(tracker.poll(input(peers, at(T0 + 4000 + 5 * i))));
        const QList<RateSample> slow = history.samples(Wg0, b64(1));
        QVERIFY(slow.last().msecsSinceEpoch - slow.first().msecsSinceEpoch
                <= RateHistory::WindowMsecs);
        QCOMPARE(slow.size(), 181);
        QCOMPARE(slow.last().msecsSinceEpoch, (T0 + 4000 + 5 * 199) * 1000);

        // A peer that joins late has only its own samples; a removed one has none.
        peers.push_back(peer(3));
        history.record(tracker.poll(input(peers, at(T0 + 6000))));
        QCOMPARE(history.samples(Wg0, b64(3)).size(), 1);
        peers.erase(peers.begin());
        history.record(tracker.poll(input(peers, at(T0 + 6001))));
        QVERIFY(history.samples(Wg0, b64(1)).isEmpty());
        history.forgetInterface(Wg0);
        QVERIFY(history.interfaceSamples(Wg0).isEmpty());
    }

    void pollOf100000Peers()
    {
        constexpr int Count = 100'000;
        StatusTracker tracker;
        StatusTracker::PollInput in = input({}, at(T0));
        in.device.peers.reserve(Count);
        for (int i = 0; i < Count; ++i) {
            platform::Peer p = peer(static_cast<quint64>(i), T0 - (i % 400), i, 1000u * i, 7u * i);
            p.endpoint = *platform::Endpoint::parse(u"192.0.2.1:51820");
            p.allowedIps.push_back(*platform::IpPrefix::parse(u"10.0.0.1/32"));
            in.device.peers.push_back(std::move(p));
            if (i % 2 == 0) {
                Peer stored;
                stored.publicKey = b64(static_cast<quint64>(i));
                stored.displayName = u"peer %1"_s.arg(i);
                in.storedPeers.insert(stored.publicKey, stored);
                in.lastSuccessfulPing.insert(stored.publicKey, at(T0 - 10));
            }
        }

        QElapsedTimer timer;
        timer.start();
        StatusDelta delta = tracker.poll(in);
        const qint64 firstMs = timer.elapsed();
        QCOMPARE(delta.added.size(), Count);
        delta = {};

        // Steady state: 1 % of the peers had traffic (and some handshakes age past 180 s).
        QList<qint64> steadyMs;
        for (int round = 1; round <= 10; ++round) {
            for (int i = 0; i < Count; i += 100)
                in.device.peers[static_cast<std::size_t>(i)].rxBytes += 4096;
            in.polledAt = at(T0 + round);
            timer.restart();
            const StatusDelta steady = tracker.poll(in); // timed without freeing the last one
            steadyMs.append(timer.elapsed());
            QCOMPARE(steady.peerCount, Count);
            QVERIFY(steady.changed.size() >= Count / 100);
        }
        std::sort(steadyMs.begin(), steadyMs.end());

        // Every peer changed (all counters moved), and the stored-peer hash is a new one.
        for (platform::Peer &p : in.device.peers) {
            p.rxBytes += 100;
            p.txBytes += 100;
        }
        in.storedPeers.detach();
        in.polledAt = at(T0 + 20);
        timer.restart();
        const StatusDelta all = tracker.poll(in);
        const qint64 allChangedMs = timer.elapsed();
        QCOMPARE(all.changed.size(), Count);

        qInfo("StatusTracker::poll, 100,000 peers: first %lld ms; 1%% changed: median %lld ms, "
              "worst %lld ms (10 polls); all changed with new look-ups %lld ms",
              firstMs, steadyMs.at(steadyMs.size() / 2), steadyMs.last(), allChangedMs);
        // Only a gross regression fails here; the numbers are for reading.
        QVERIFY(steadyMs.at(steadyMs.size() / 2) < 1000);
    }
};

QTEST_GUILESS_MAIN(TestPeerStatus)
#include "TestPeerStatus.moc"
