// The kernel backend against a real kernel's WireGuard (inside the test VM), every operation
// cross-checked with wg(8) and ip(8), an independent implementation reading or writing the
// same interface.
#include "KernelTestSupport.h"

#include "Keys.h"
#include "NetlinkBackend.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QtTest>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <atomic>
#include <limits>
#include <set>
#include <thread>

using namespace wgdesk::platform;
using namespace wgdesk::tests;

namespace {

Key keyFrom(int a, int b = 0)
{
    // Distinct, deterministic public keys for bulk tests (wg accepts any 32 bytes).
    Key key = keys::generatePrivateKey();
    key.bytes[0] = static_cast<std::uint8_t>(a & 0xff);
    key.bytes[1] = static_cast<std::uint8_t>((a >> 8) & 0xff);
    key.bytes[2] = static_cast<std::uint8_t>((a >> 16) & 0xff);
    key.bytes[3] = static_cast<std::uint8_t>(b);
    return key;
}

IpPrefix v4(std::uint32_t host, int length = 32)
{
    IpPrefix p;
    p.family = AF_INET;
    const std::uint32_t net = htonl(host);
    std::memcpy(p.address.data(), &net, 4);
    p.length = static_cast<std::uint8_t>(length);
    return p;
}

IpPrefix parsePrefix(const char *text)
{
    return *IpPrefix::parse(QString::fromLatin1(text));
}

} // namespace

class TestNetlinkBackend : public QObject
{
    Q_OBJECT

private:
    NetlinkBackend backend;

    QSet<QString> addressesOf(const QString &name)
    {
        QSet<QString> seen;
        const auto info = backend.linkInfo(name);
        if (info)
            for (const auto &a : info.value().addresses)
                if (!(a.family == AF_INET6 && a.address[0] == 0xfe && a.address[1] == 0x80))
                    seen.insert(a.toString());
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keys::initialize());
        requireTestVm();
        const auto probe = backend.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    }

    void cleanup() { deleteAllWireGuardLinks(); }

    void createListDelete()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        QVERIFY(ipLinkKind(u"wgdt0"_s) == u"wireguard");
        const auto names = backend.listInterfaces();
        QVERIFY(names.ok());
        QVERIFY(names.value().contains(u"wgdt0"_s));
        QVERIFY(!names.value().contains(u"lo"_s));
        QVERIFY(run({u"ip"_s, u"link"_s, u"add"_s, u"wgdt1"_s, u"type"_s, u"wireguard"_s}).ok);
        QCOMPARE(backend.listInterfaces().value(), (QStringList{u"wgdt0"_s, u"wgdt1"_s}));

        QVERIFY(backend.deleteInterface(u"wgdt0"_s).ok());
        QVERIFY(ipLinkKind(u"wgdt0"_s).isEmpty());
        QCOMPARE(backend.listInterfaces().value(), QStringList{u"wgdt1"_s});
    }

    void invalidAndTakenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("space") << u"wg 0"_s << int(BackendError::Kind::InvalidName)
                               << u"Interface name: \u201cwg 0\u201d contains \u201c \u201d"_s;
        QTest::newRow("too long") << u"wgdesk-too-long0"_s << int(BackendError::Kind::InvalidName)
                                  << u"is 16 characters long; Linux allows at most 15"_s;
        QTest::newRow("empty") << QString() << int(BackendError::Kind::InvalidName)
                               << u"it is empty"_s;
        QTest::newRow("taken by WireGuard")
            << u"wgdt0"_s << int(BackendError::Kind::NameTaken)
            << u"Could not create the interface wgdt0: an interface named \u201cwgdt0\u201d "
               u"already exists."_s;
        QTest::newRow("taken by loopback") << u"lo"_s << int(BackendError::Kind::NameTaken)
                                           << u"an interface named \u201clo\u201d already exists"_s;
    }

    void invalidAndTakenNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        const QString before = run({u"ip"_s, u"-br"_s, u"link"_s}).out;
        const auto result = backend.createInterface(name);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(run({u"ip"_s, u"-br"_s, u"link"_s}).out, before); // nothing changed
    }

    void missingInterface()
    {
        const auto read = backend.readDevice(u"wgdtnone"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(read.error().message,
                 u"Could not read the WireGuard interface wgdtnone: there is no interface named "
                 u"\u201cwgdtnone\u201d."_s);
        QCOMPARE(backend.deleteInterface(u"wgdtnone"_s).error().kind,
                 BackendError::Kind::NoSuchInterface);
        QCOMPARE(backend.setUp(u"wgdtnone"_s, true).error().kind,
                 BackendError::Kind::NoSuchInterface);
        DeviceChange change;
        change.name = u"wgdtnone"_s;
        change.listenPort = 5;
        const ApplyReport report = backend.applyChanges(change);
        QCOMPARE(report.error.kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(report.messagesSent, 0);

        // A link that exists but is not WireGuard.
        const auto lo = backend.readDevice(u"lo"_s);
        QVERIFY(!lo.ok());
        QVERIFY2(lo.error().message.contains(u"\u201clo\u201d is not a WireGuard interface"_s),
                 qPrintable(lo.error().message));
        const auto del = backend.deleteInterface(u"lo"_s);
        QVERIFY(!del.ok());
        QVERIFY2(del.error().message.contains(u"deletes only WireGuard interfaces"_s),
                 qPrintable(del.error().message));
        QCOMPARE(ipLinkKind(u"lo"_s), QString()); // lo is still there (and has no kind)
        QVERIFY(run({u"ip"_s, u"link"_s, u"show"_s, u"lo"_s}).ok);
    }

    void linkSettingsAndAddresses()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        auto info = backend.linkInfo(u"wgdt0"_s);
        QVERIFY(info.ok());
        QCOMPARE(info.value().mtu, 1420); // the kernel's default for WireGuard
        QCOMPARE(info.value().kind, u"wireguard"_s);
        QVERIFY(!info.value().up);

        QVERIFY(backend.setMtu(u"wgdt0"_s, 1380).ok());
        QCOMPARE(ipLinkJson(u"wgdt0"_s).value(u"mtu"_s).toInt(), 1380);
        QVERIFY(backend.setUp(u"wgdt0"_s, true).ok());
        QVERIFY(ipLinkJson(u"wgdt0"_s).value(u"flags"_s).toArray().contains(u"UP"_s));
        QVERIFY(backend.linkInfo(u"wgdt0"_s).value().up);

        const IpPrefix a4 = parsePrefix("10.99.0.1/24");
        const IpPrefix a6 = parsePrefix("fd99::1/64");
        QVERIFY(backend.addAddress(u"wgdt0"_s, a4).ok());
        QVERIFY(backend.addAddress(u"wgdt0"_s, a6).ok());
        QSet<QString> expected{u"10.99.0.1/24"_s, u"fd99::1/64"_s};
        QCOMPARE(ipAddresses(u"wgdt0"_s), expected);
        QCOMPARE(addressesOf(u"wgdt0"_s), expected);

        const auto again = backend.addAddress(u"wgdt0"_s, a4);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"already has that address"_s),
                 qPrintable(again.error().message));

        QVERIFY(backend.removeAddress(u"wgdt0"_s, a4).ok());
        QCOMPARE(ipAddresses(u"wgdt0"_s), QSet<QString>{u"fd99::1/64"_s});
        const auto gone = backend.removeAddress(u"wgdt0"_s, a4);
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(u"has no such address"_s),
                 qPrintable(gone.error().message));

        // Addresses made with ip(8) are read too.
        QVERIFY(run({u"ip"_s, u"addr"_s, u"add"_s, u"10.98.0.1/32"_s, u"dev"_s, u"wgdt0"_s}).ok);
        QCOMPARE(addressesOf(u"wgdt0"_s), (QSet<QString>{u"10.98.0.1/32"_s, u"fd99::1/64"_s}));

        QVERIFY(backend.setUp(u"wgdt0"_s, false).ok());
        QVERIFY(!ipLinkJson(u"wgdt0"_s).value(u"flags"_s).toArray().contains(u"UP"_s));
    }

    void kernelExtendedAckMessage()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        // Far above any device's maximum: the kernel refuses with an extended-ack message.
        const auto result = backend.setMtu(u"wgdt0"_s, std::numeric_limits<int>::max());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, BackendError::Kind::InvalidArgument);
        QVERIFY2(!result.error().kernelMessage.isEmpty(), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"The kernel reports: "_s
                                                 + result.error().kernelMessage),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().kernelMessage.contains(u"mtu"_s),
                 qPrintable(result.error().kernelMessage));
        QCOMPARE(ipLinkJson(u"wgdt0"_s).value(u"mtu"_s).toInt(), 1420);
    }

    void readEqualsWgSetconf()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        const QString conf = QStringLiteral(
                                 "[Interface]\nPrivateKey = %1\nListenPort = 51820\nFwMark = "
                                 "0x4d2\n\n"
                                 "[Peer]\nPublicKey = %2\nPresharedKey = %3\nAllowedIPs = "
                                 "10.0.0.2/32, fd00::2/128\nEndpoint = 192.0.2.7:51821\n"
                                 "PersistentKeepalive = 25\n\n"
                                 "[Peer]\nPublicKey = %4\nAllowedIPs = 10.1.0.0/16, "
                                 "10.2.0.0/16, 0.0.0.0/1\nEndpoint = [2001:db8::5]:4000\n\n"
                                 "[Peer]\nPublicKey = %5\n")
                                 .arg(keys::generatePrivateKey().toBase64(),
                                      keys::generatePrivateKey().toBase64(),
                                      keys::generatePresharedKey().toBase64(),
                                      keys::generatePrivateKey().toBase64(),
                                      keys::generatePrivateKey().toBase64());
        QVERIFY(wgSetconf(u"wgdt0"_s, conf));
        const auto device = backend.readDevice(u"wgdt0"_s);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        QCOMPARE(device.value().peers.size(), std::size_t(3));
        compareWithWgDump(device.value(), wgDump(u"wgdt0"_s));
        QVERIFY(device.value().ifindex > 0);
        QCOMPARE(device.value().fwmark, 0x4d2u);
    }

    void applyCrossCheckedWithWg()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        const Key privateKey = keys::generatePrivateKey();
        const Key peerA = keys::publicKey(keys::generatePrivateKey());
        const Key peerB = keys::publicKey(keys::generatePrivateKey());
        const Key psk = keys::generatePresharedKey();

        DeviceChange change;
        change.name = u"wgdt0"_s;
        change.privateKey = privateKey;
        change.listenPort = 40000;
        change.fwmark = 7;
        PeerChange a;
        a.publicKey = peerA;
        a.presharedKey = psk;
        a.endpoint = *Endpoint::parse(u"198.51.100.1:1234");
        a.persistentKeepalive = 15;
        a.allowedIps = {parsePrefix("10.0.0.2/32"), parsePrefix("fd00::2/128")};
        PeerChange b;
        b.publicKey = peerB;
        b.endpoint = *Endpoint::parse(u"[2001:db8::9]:5555");
        b.allowedIps = {parsePrefix("10.0.0.3/32")};
        change.peers = {a, b};
        ApplyReport report = backend.applyChanges(change);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.peersApplied, 2);
        QVERIFY(report.deviceFieldsApplied);

        QCOMPARE(wgShow(u"wgdt0"_s, u"public-key"_s), keys::publicKey(privateKey).toBase64());
        QCOMPARE(wgShow(u"wgdt0"_s, u"listen-port"_s), u"40000"_s);
        QCOMPARE(wgShow(u"wgdt0"_s, u"fwmark"_s), u"0x7"_s);
        auto dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peers.size(), 2);
        QCOMPARE(dump.peer(peerA).presharedKey, psk.toBase64());
        QCOMPARE(dump.peer(peerA).endpoint, u"198.51.100.1:1234"_s);
        QCOMPARE(dump.peer(peerA).allowedIps, (QSet<QString>{u"10.0.0.2/32"_s, u"fd00::2/128"_s}));
        QCOMPARE(dump.peer(peerA).keepalive, u"15"_s);
        QCOMPARE(dump.peer(peerB).endpoint, u"[2001:db8::9]:5555"_s);
        QCOMPARE(dump.peer(peerB).presharedKey, u"(none)"_s);

        // Update only the endpoint of A: everything else stays.
        PeerChange endpointOnly;
        endpointOnly.publicKey = peerA;
        endpointOnly.mode = PeerChange::Mode::UpdateOnly;
        endpointOnly.endpoint = *Endpoint::parse(u"198.51.100.2:999");
        report = backend.applyChanges({u"wgdt0"_s, {}, {}, {}, false, {endpointOnly}});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peer(peerA).endpoint, u"198.51.100.2:999"_s);
        QCOMPARE(dump.peer(peerA).presharedKey, psk.toBase64());
        QCOMPARE(dump.peer(peerA).keepalive, u"15"_s);
        QCOMPARE(dump.peer(peerA).allowedIps.size(), 2);
        QCOMPARE(wgShow(u"wgdt0"_s, u"listen-port"_s), u"40000"_s);

        // Update-only on an unknown peer changes nothing.
        PeerChange unknown = endpointOnly;
        unknown.publicKey = keys::publicKey(keys::generatePrivateKey());
        QVERIFY(backend.applyChanges({u"wgdt0"_s, {}, {}, {}, false, {unknown}}).ok());
        QCOMPARE(wgDump(u"wgdt0"_s).peers.size(), 2);

        // Remove the preshared key and keepalive, replace allowed IPs.
        PeerChange trim;
        trim.publicKey = peerA;
        trim.mode = PeerChange::Mode::UpdateOnly;
        trim.presharedKey = std::optional<Key>();
        trim.persistentKeepalive = 0;
        trim.replaceAllowedIps = true;
        trim.allowedIps = {parsePrefix("10.5.0.0/24")};
        QVERIFY(backend.applyChanges({u"wgdt0"_s, {}, {}, {}, false, {trim}}).ok());
        dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peer(peerA).presharedKey, u"(none)"_s);
        QCOMPARE(dump.peer(peerA).keepalive, u"off"_s);
        QCOMPARE(dump.peer(peerA).allowedIps, QSet<QString>{u"10.5.0.0/24"_s});

        // Add allowed IPs without replacing.
        PeerChange addIps;
        addIps.publicKey = peerB;
        addIps.allowedIps = {parsePrefix("10.6.0.0/24")};
        QVERIFY(backend.applyChanges({u"wgdt0"_s, {}, {}, {}, false, {addIps}}).ok());
        QCOMPARE(wgDump(u"wgdt0"_s).peer(peerB).allowedIps,
                 (QSet<QString>{u"10.0.0.3/32"_s, u"10.6.0.0/24"_s}));

        // Remove B.
        PeerChange removeB;
        removeB.publicKey = peerB;
        removeB.mode = PeerChange::Mode::Remove;
        QVERIFY(backend.applyChanges({u"wgdt0"_s, {}, {}, {}, false, {removeB}}).ok());
        dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peers.size(), 1);
        QVERIFY(dump.has(peerA));

        // Replace all peers, and remove the private key and fwmark.
        PeerChange c;
        c.publicKey = keys::publicKey(keys::generatePrivateKey());
        DeviceChange replace;
        replace.name = u"wgdt0"_s;
        replace.privateKey = std::optional<Key>();
        replace.fwmark = 0;
        replace.replacePeers = true;
        replace.peers = {c};
        QVERIFY(backend.applyChanges(replace).ok());
        dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peers.size(), 1);
        QVERIFY(dump.has(c.publicKey));
        QCOMPARE(dump.privateKey, u"(none)"_s);
        QCOMPARE(dump.fwmark, u"off"_s);
        const auto read = backend.readDevice(u"wgdt0"_s);
        QVERIFY(!read.value().privateKey.has_value());
        QVERIFY(!read.value().publicKey.has_value());

        // And WG Desk reads what wg wrote.
        QVERIFY(run({u"wg"_s, u"set"_s, u"wgdt0"_s, u"peer"_s, peerB.toBase64(),
                     u"allowed-ips"_s, u"10.7.0.1/32"_s})
                    .ok);
        compareWithWgDump(backend.readDevice(u"wgdt0"_s).value(), wgDump(u"wgdt0"_s));
    }

    void tenThousandPeersRoundTrip()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        Device wanted;
        wanted.name = u"wgdt0"_s;
        wanted.privateKey = keys::generatePrivateKey();
        wanted.listenPort = 51000;
        for (int i = 0; i < 10000; ++i) {
            Peer peer;
            peer.publicKey = keyFrom(i);
            peer.allowedIps = {v4(0x0a000000u + static_cast<std::uint32_t>(i) + 2)};
            if (i % 3 == 0)
                peer.endpoint = *Endpoint::parse(u"127.0.0.1:"_s + QString::number(1000 + i));
            if (i % 5 == 0)
                peer.presharedKey = keys::generatePresharedKey();
            peer.persistentKeepalive = static_cast<std::uint16_t>(i % 7 == 0 ? 25 : 0);
            wanted.peers.push_back(peer);
        }
        QElapsedTimer timer;
        timer.start();
        const ApplyReport report = backend.applyChanges(DeviceChange::replaceWith(wanted));
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.peersApplied, 10000);
        QVERIFY(report.messagesSent > 1); // split across messages, each acknowledged
        qInfo("applied 10,000 peers in %lld ms, %d messages", timer.elapsed(),
              report.messagesSent);

        timer.restart();
        const auto read = backend.readDevice(u"wgdt0"_s);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        qInfo("read 10,000 peers in %lld ms", timer.elapsed());
        QCOMPARE(read.value().peers.size(), std::size_t(10000));
        const WgDump dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peers.size(), 10000);
        compareWithWgDump(read.value(), dump);
        // What was read is what was written.
        std::unordered_map<Key, const Peer *, KeyHash> byKey;
        for (const Peer &p : read.value().peers)
            byKey.emplace(p.publicKey, &p);
        for (const Peer &p : wanted.peers) {
            const Peer *got = byKey.at(p.publicKey);
            QCOMPARE(got->allowedIps, p.allowedIps);
            QCOMPARE(got->endpoint, p.endpoint);
            QCOMPARE(got->presharedKey, p.presharedKey);
            QCOMPARE(got->persistentKeepalive, p.persistentKeepalive);
        }
    }

    void thousandAllowedIpsOnOnePeer_data()
    {
        QTest::addColumn<int>("messageSize");
        QTest::newRow("default 32 KiB messages") << 32 * 1024;
        QTest::newRow("4 KiB messages, as wg") << 4096;
    }

    void thousandAllowedIpsOnOnePeer()
    {
        QFETCH(int, messageSize);
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        NetlinkBackend small;
        small.setMessageSizeLimit(static_cast<std::size_t>(messageSize));
        PeerChange peer;
        peer.publicKey = keys::publicKey(keys::generatePrivateKey());
        peer.endpoint = *Endpoint::parse(u"127.0.0.1:9");
        peer.persistentKeepalive = 10;
        QSet<QString> expected;
        for (int i = 0; i < 1000; ++i) {
            IpPrefix ip = i % 2 ? v4(0x0a000000u + static_cast<std::uint32_t>(i) * 256, 24)
                                : parsePrefix("fd00::");
            if (!(i % 2)) {
                ip.address[2] = static_cast<std::uint8_t>(i >> 8);
                ip.address[3] = static_cast<std::uint8_t>(i & 0xff);
                ip.length = 32;
            }
            peer.allowedIps.push_back(ip);
            expected.insert(ip.toString());
        }
        PeerChange other;
        other.publicKey = keys::publicKey(keys::generatePrivateKey());
        other.allowedIps = {parsePrefix("192.168.77.0/24")};
        const ApplyReport report = small.applyChanges({u"wgdt0"_s, {}, {}, {}, false,
                                                       {peer, other}});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        if (messageSize == 4096)
            QVERIFY2(report.messagesSent >= 5, qPrintable(QString::number(report.messagesSent)));
        const WgDump dump = wgDump(u"wgdt0"_s);
        QCOMPARE(dump.peer(peer.publicKey).allowedIps, expected);
        QCOMPARE(dump.peer(peer.publicKey).keepalive, u"10"_s);
        QCOMPARE(dump.peer(other.publicKey).allowedIps, QSet<QString>{u"192.168.77.0/24"_s});
        const auto read = small.readDevice(u"wgdt0"_s); // the dump splits this peer too
        QVERIFY(read.ok());
        QCOMPARE(read.value().peers.size(), std::size_t(2));
        compareWithWgDump(read.value(), dump);
    }

    void failureMidwayReportsWhatWasApplied()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        NetlinkBackend small;
        small.setMessageSizeLimit(4096);
        DeviceChange change;
        change.name = u"wgdt0"_s;
        change.listenPort = 41000;
        for (int i = 0; i < 500; ++i) {
            PeerChange p;
            p.publicKey = keyFrom(i, 1);
            p.allowedIps = {v4(0x0b000000u + static_cast<std::uint32_t>(i))};
            change.peers.push_back(p);
        }
        change.peers[300].allowedIps[0].length = 40; // the kernel refuses an IPv4 /40
        const ApplyReport report = small.applyChanges(change);
        QVERIFY(!report.ok());
        QCOMPARE(report.error.kind, BackendError::Kind::InvalidArgument);
        QVERIFY(report.deviceFieldsApplied);
        QVERIFY(report.messagesSent > 1);
        QVERIFY(report.peersApplied > 0 && report.peersApplied <= 300);
        QVERIFY(report.peersApplied + report.failedMessagePeers > 300);
        const QString text = report.describe(change);
        QVERIFY2(text.contains(u"Applied before the failure: %1 of 500 peer changes"_s.arg(
                     report.peersApplied)),
                 qPrintable(text));

        const WgDump dump = wgDump(u"wgdt0"_s);
        QCOMPARE(wgShow(u"wgdt0"_s, u"listen-port"_s), u"41000"_s);
        for (int i = 0; i < 500; ++i) {
            const bool present = dump.has(change.peers[std::size_t(i)].publicKey);
            if (i < report.peersApplied)
                QVERIFY2(present, qPrintable(u"peer %1 should be applied"_s.arg(i)));
            else if (i >= report.peersApplied + report.failedMessagePeers)
                QVERIFY2(!present, qPrintable(u"peer %1 should not be applied"_s.arg(i)));
        }
    }

    void readRetriesWhenInterruptedByChanges()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        Device wanted;
        wanted.name = u"wgdt0"_s;
        for (int i = 0; i < 3000; ++i) {
            Peer p;
            p.publicKey = keyFrom(i, 2);
            p.allowedIps = {v4(0x0c000000u + static_cast<std::uint32_t>(i))};
            wanted.peers.push_back(p);
        }
        QVERIFY(backend.applyChanges(DeviceChange::replaceWith(wanted)).ok());

        // Another process changes the device over and over while WG Desk reads it.
        std::atomic<bool> stop{false};
        std::thread writer([&stop] {
            int port = 20000;
            while (!stop.load())
                QProcess::execute(u"wg"_s, {u"set"_s, u"wgdt0"_s, u"listen-port"_s,
                                            QString::number(port++)});
        });
        const int interruptedBefore = backend.interruptedDumps();
        // Read until at least one read was interrupted mid-dump (and so was read again), and
        // at least 10 times; every read must be whole and without duplicates.
        for (int i = 0; i < 300 && (i < 10 || backend.interruptedDumps() == interruptedBefore);
             ++i) {
            const auto read = backend.readDevice(u"wgdt0"_s);
            QVERIFY2(read.ok(), qPrintable(read.error().message));
            QCOMPARE(read.value().peers.size(), std::size_t(3000));
            std::set<std::array<std::uint8_t, 32>> unique;
            for (const Peer &p : read.value().peers)
                unique.insert(p.publicKey.bytes);
            QCOMPARE(unique.size(), std::size_t(3000));
        }
        stop = true;
        writer.join();
        const int interrupted = backend.interruptedDumps() - interruptedBefore;
        qInfo("%d reads were interrupted and read again", interrupted);
        QVERIFY(interrupted > 0);
    }

    void realHandshake()
    {
        QVERIFY(backend.createInterface(u"wgdta"_s).ok());
        QVERIFY(backend.createInterface(u"wgdtb"_s).ok());
        const Key keyA = keys::generatePrivateKey();
        const Key keyB = keys::generatePrivateKey();
        auto side = [this](const QString &name, const Key &own, std::uint16_t port,
                           const Key &peerKey, std::uint16_t peerPort, const char *address,
                           const char *peerAddress) {
            PeerChange peer;
            peer.publicKey = keys::publicKey(peerKey);
            peer.endpoint = *Endpoint::parse(u"127.0.0.1:"_s + QString::number(peerPort));
            peer.persistentKeepalive = 1;
            peer.allowedIps = {parsePrefix(peerAddress)};
            DeviceChange change;
            change.name = name;
            change.privateKey = own;
            change.listenPort = port;
            change.peers = {peer};
            QVERIFY(backend.applyChanges(change).ok());
            QVERIFY(backend.addAddress(name, parsePrefix(address)).ok());
            QVERIFY(backend.setUp(name, true).ok());
        };
        side(u"wgdta"_s, keyA, 52001, keyB, 52002, "10.200.0.1/32", "10.200.0.2/32");
        side(u"wgdtb"_s, keyB, 52002, keyA, 52001, "10.200.0.2/32", "10.200.0.1/32");

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(backend.readDevice(u"wgdta"_s).value().peers.at(0).rxBytes > 0
                                     && backend.readDevice(u"wgdta"_s)
                                            .value()
                                            .peers.at(0)
                                            .lastHandshakeSec
                                            > 0,
                                 20000);
        const Peer peer = backend.readDevice(u"wgdta"_s).value().peers.at(0);
        QVERIFY(peer.lastHandshakeSec >= before - 2);
        QVERIFY(peer.lastHandshakeSec <= QDateTime::currentSecsSinceEpoch() + 1);
        QVERIFY(peer.lastHandshakeNsec >= 0 && peer.lastHandshakeNsec < 1000000000);
        QVERIFY(peer.txBytes > 0);
        QVERIFY(peer.rxBytes > 0);
        const QString handshakes = wgShow(u"wgdta"_s, u"latest-handshakes"_s);
        const QString wgTime = handshakes.section(u'\t', 1, 1);
        QVERIFY2(qAbs(wgTime.toLongLong() - peer.lastHandshakeSec) <= 2, qPrintable(handshakes));
    }

    void withoutCapNetAdmin()
    {
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        const QString probe = testBinary(u"wgdesk-backend-probe"_s);
        const auto dropped = [&](const QStringList &args) {
            return run(QStringList{u"setpriv"_s, u"--inh-caps=-net_admin"_s,
                                   u"--bounding-set=-net_admin"_s, probe}
                       + args);
        };
        // Sanity: with the capability, the probe works.
        QVERIFY(run({probe, u"read"_s, u"wgdt0"_s}).ok);

        for (const QStringList &args :
             {QStringList{u"read"_s, u"wgdt0"_s}, QStringList{u"create"_s, u"wgdt9"_s},
              QStringList{u"delete"_s, u"wgdt0"_s}, QStringList{u"port"_s, u"wgdt0"_s}}) {
            const RunResult result = dropped(args);
            QVERIFY2(!result.ok, qPrintable(args.join(u' ')));
            QVERIFY2(result.err.contains(u"needs the CAP_NET_ADMIN capability"_s),
                     qPrintable(result.err));
            QVERIFY2(result.err.contains(u"kind=PermissionDenied"_s), qPrintable(result.err));
        }
        QVERIFY(ipLinkKind(u"wgdt9"_s).isEmpty());
        QCOMPARE(ipLinkKind(u"wgdt0"_s), u"wireguard"_s);
    }
};

QTEST_GUILESS_MAIN(TestNetlinkBackend)
#include "TestNetlinkBackend.moc"
