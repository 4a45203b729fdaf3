// One conformance suite for both WireGuard backends, written once and built twice:
//   TestKernelConformance     (WGDESK_CONFORMANCE_KERNEL): NetlinkBackend against the kernel's
//                             WireGuard, inside the test VM (ctest -L kernel);
//   TestUserspaceConformance  (WGDESK_CONFORMANCE_USERSPACE): UapiBackend against real
//                             wireguard-go on the host, inside a network namespace the test
//                             makes for itself and that goes away with it (ctest -L userspace).
// Every operation is cross-checked with wg(8) and ip(8), independent implementations reading or
// writing the same interface. What differs between the backends by design (the link's kind, who
// "someone else" is, how many messages a change takes) lives in the `env` section below; the
// tests assert the shared contract and name each backend-specific expectation as such.
// What only one backend has (netlink message splitting, dump retries, socket handling,
// permissions) stays in tests/kernel/TestNetlinkBackend.cpp and
// tests/userspace/TestUapiBackend.cpp.
#include "KernelTestSupport.h"

#include "Keys.h"

#if defined(WGDESK_CONFORMANCE_KERNEL) == defined(WGDESK_CONFORMANCE_USERSPACE)
#error "define exactly one of WGDESK_CONFORMANCE_KERNEL and WGDESK_CONFORMANCE_USERSPACE"
#endif

#ifdef WGDESK_CONFORMANCE_KERNEL
#include "NetlinkBackend.h"
#else
#include "UapiBackend.h"
#include "UserspaceTestSupport.h"
#endif

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtTest>

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>

using namespace wgdesk::platform;
using namespace wgdesk::tests;

namespace {

enum class Messages { Default, Small };

// ---- The backend under test and its environment ------------------------------------------
namespace env {

#ifdef WGDESK_CONFORMANCE_KERNEL

constexpr bool kernel = true;
constexpr const char *kind = "kernel";
constexpr const char *suiteName = "TestKernelConformance";

// Small messages: 4 KiB, as wg(8) sends them, so a change of hundreds of peers takes several.
std::unique_ptr<WireGuardBackend> makeBackend(Messages messages = Messages::Default)
{
    auto backend = std::make_unique<NetlinkBackend>();
    if (messages == Messages::Small)
        backend->setMessageSizeLimit(4096);
    return backend;
}

// The kind ip(8) and linkInfo() report for an interface the backend created.
QString linkKind()
{
    return u"wireguard"_s;
}

// A name for this run (the VM is this run's alone; the pid keeps the names of both builds alike).
QString ifname(const char *suffix)
{
    return u"wgc"_s + QString::number(::getpid()) + u'_' + QLatin1String(suffix);
}

// For interfaces with thousands of peers: deleting a kernel peer costs an RCU grace period,
// about 17 ms under the VM's software emulation, so deleteAllWireGuardLinks() leaves "wgkeep*"
// to the VM's power-off.
QString keptName(const char *suffix)
{
    return u"wgkeep"_s + QLatin1String(suffix);
}

void initTestCase()
{
    requireTestVm();
}

void cleanup()
{
    deleteAllWireGuardLinks();
    // Other links the tests made (a TUN standing for "not WireGuard").
    const RunResult r = run({u"ip"_s, u"-j"_s, u"link"_s, u"show"_s});
    for (const auto &link : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QString name = link.toObject().value(u"ifname"_s).toString();
        if (name.startsWith(ifname("")))
            run({u"ip"_s, u"link"_s, u"del"_s, name});
    }
}

void cleanupTestCase() {}

// Someone else (an administrator with ip(8)) makes a WireGuard interface.
bool createBySomeoneElse(const QString &name)
{
    return run({u"ip"_s, u"link"_s, u"add"_s, name, u"type"_s, u"wireguard"_s}).ok;
}

// What serves an interface besides its link: nothing for the kernel.
void verifyServed(const QString &) {}
void verifyNotServed(const QString &, bool) {}
int daemonsRunning()
{
    return 0;
}
constexpr int daemonsPerInterface = 0;

#else // WGDESK_CONFORMANCE_USERSPACE

using namespace wgdesk::tests::userspace;

constexpr bool kernel = false;
constexpr const char *kind = "userspace";
constexpr const char *suiteName = "TestUserspaceConformance";

// wireguard-go takes any change in one exchange, whatever its size.
std::unique_ptr<WireGuardBackend> makeBackend(Messages = Messages::Default)
{
    return std::make_unique<UapiBackend>();
}

QString linkKind()
{
    return u"tun"_s;
}

using userspace::ifname; // "wgc" + pid + "_" + suffix: /var/run/wireguard is shared

// Userspace interfaces go away cheaply: no name is kept.
QString keptName(const char *suffix)
{
    return ifname(suffix);
}

void initTestCase()
{
    // main() made this namespace: it must hold nothing but loopback.
    QCOMPARE(linksInNamespace(), QStringList());
    QVERIFY(!UapiBackend().wireGuardGoPath().isEmpty());
}

void cleanup()
{
    const QString forced = cleanUpEverything();
    QVERIFY2(forced.isEmpty(), qPrintable(forced));
    QCOMPARE(linksInNamespace(), QStringList());
}

void cleanupTestCase()
{
    cleanUpEverything();
}

// Someone else (an administrator) starts wireguard-go.
bool createBySomeoneElse(const QString &name)
{
    return startWireGuardGo(name);
}

// A wireguard-go serves the interface on its socket, which wg(8) uses too.
void verifyServed(const QString &name)
{
    QVERIFY(QFileInfo::exists(socketFile(name)));
}

// Its socket is gone and its daemon exited with its link (at once, or soon for a daemon
// started by someone else).
void verifyNotServed(const QString &name, bool waitForDaemon)
{
    QVERIFY(!QFileInfo::exists(socketFile(name)));
    if (waitForDaemon)
        QTRY_VERIFY(wireGuardGoFor(name).isEmpty());
    else
        QVERIFY(wireGuardGoFor(name).isEmpty());
}

int daemonsRunning()
{
    return int(ourWireGuardGoProcesses().size());
}
constexpr int daemonsPerInterface = 1;

#endif

} // namespace env

} // namespace

class TestBackendConformance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WireGuardBackend> m_backend = env::makeBackend();
    WireGuardBackend &backend = *m_backend;

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

    // Interfaces kept by the kernel build (thousands of peers) must not disturb the exact
    // listings of the early tests: the tests run in declaration order, so those come last.

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keys::initialize());
        env::initTestCase();
        QCOMPARE(backend.kind(), QString::fromLatin1(env::kind));
        const auto probe = backend.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    }

    void cleanup() { env::cleanup(); }

    void cleanupTestCase() { env::cleanupTestCase(); }

    void createListDelete()
    {
        const QString a = env::ifname("a");
        const QString b = env::ifname("b");
        const auto created = backend.createInterface(a);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(ipLinkKind(a), env::linkKind());
        env::verifyServed(a);
        QCOMPARE(wgShow(a, u"public-key"_s), u"(none)"_s); // wg reads the same interface
        auto names = backend.listInterfaces();
        QVERIFY2(names.ok(), qPrintable(names.error().message));
        QCOMPARE(names.value(), QStringList{a});
        QVERIFY(!names.value().contains(u"lo"_s));

        // Someone else makes one: WG Desk lists, reads and manages it too.
        QVERIFY(env::createBySomeoneElse(b));
        QCOMPARE(backend.listInterfaces().value(), (QStringList{a, b}));
        const Key key = keys::generatePrivateKey();
        QVERIFY(run({u"wg"_s, u"set"_s, b, u"listen-port"_s, u"45001"_s}).ok);
        auto read = backend.readDevice(b);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value().listenPort, 45001);
        QCOMPARE(read.value().ifindex, ipLinkJson(b).value(u"ifindex"_s).toInt());
        DeviceChange change;
        change.name = b;
        change.privateKey = key;
        QVERIFY(backend.applyChanges(change).ok());
        QCOMPARE(wgShow(b, u"public-key"_s), keys::publicKey(key).toBase64());

        QVERIFY(backend.deleteInterface(a).ok());
        QVERIFY(ipLinkKind(a).isEmpty());
        env::verifyNotServed(a, false);
        QCOMPARE(backend.listInterfaces().value(), QStringList{b});

        QVERIFY(backend.deleteInterface(b).ok());
        QVERIFY(ipLinkKind(b).isEmpty());
        env::verifyNotServed(b, true);
        QCOMPARE(backend.listInterfaces().value(), QStringList());
    }

    void invalidAndTakenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QString taken = env::ifname("a");
        const QString tun = env::ifname("t");
        QTest::newRow("space") << u"wg 0"_s << int(BackendError::Kind::InvalidName)
                               << u"Interface name: \u201cwg 0\u201d contains \u201c \u201d"_s;
        QTest::newRow("too long") << u"wgdesk-too-long0"_s << int(BackendError::Kind::InvalidName)
                                  << u"is 16 characters long; Linux allows at most 15"_s;
        QTest::newRow("empty") << QString() << int(BackendError::Kind::InvalidName)
                               << u"it is empty"_s;
        QTest::newRow("slash") << u"a/b"_s << int(BackendError::Kind::InvalidName)
                               << u"contains \u201c/\u201d"_s;
        QTest::newRow("taken by WireGuard")
            << taken << int(BackendError::Kind::NameTaken)
            << u"Could not create the interface %1: an interface named \u201c%1\u201d already "
               u"exists."_s.arg(taken);
        QTest::newRow("taken by loopback") << u"lo"_s << int(BackendError::Kind::NameTaken)
                                           << u"an interface named \u201clo\u201d already exists"_s;
        QTest::newRow("taken by a TUN")
            << tun << int(BackendError::Kind::NameTaken)
            << u"an interface named \u201c%1\u201d already exists"_s.arg(tun);
    }

    void invalidAndTakenNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QVERIFY(backend.createInterface(env::ifname("a")).ok());
        QVERIFY(run({u"ip"_s, u"tuntap"_s, u"add"_s, env::ifname("t"), u"mode"_s, u"tun"_s}).ok);
        const QString before = run({u"ip"_s, u"-br"_s, u"link"_s}).out;
        const auto result = backend.createInterface(name);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(run({u"ip"_s, u"-br"_s, u"link"_s}).out, before); // nothing changed
        QCOMPARE(env::daemonsRunning(), env::daemonsPerInterface); // none started
#ifdef WGDESK_CONFORMANCE_USERSPACE
        QCOMPARE(userspace::ourSocketFiles(), QStringList{env::ifname("a") + u".sock"_s});
#endif
    }

    // Link changes go only to WireGuard links: a mistyped name must not touch lo or a TUN.
    void linkOperationsOnlyOnWireGuard()
    {
        const QString tun = env::ifname("t");
        QVERIFY(run({u"ip"_s, u"tuntap"_s, u"add"_s, tun, u"mode"_s, u"tun"_s}).ok);
        for (const QString &name : {u"lo"_s, tun}) {
            const auto mtu = backend.setMtu(name, 1300);
            QCOMPARE(mtu.error().kind, BackendError::Kind::NoSuchInterface);
            QVERIFY(ipLinkJson(name).value(u"mtu"_s).toInt() != 1300);
            QCOMPARE(backend.addAddress(name, parsePrefix("10.9.0.1/24")).error().kind,
                     BackendError::Kind::NoSuchInterface);
            QCOMPARE(backend.setUp(name, false).error().kind, BackendError::Kind::NoSuchInterface);
        }
        QVERIFY(!ipAddresses(u"lo"_s).contains(u"10.9.0.1/24"_s));
        QVERIFY(!ipAddresses(tun).contains(u"10.9.0.1/24"_s));
        QVERIFY(ipLinkJson(u"lo"_s).value(u"flags"_s).toArray().contains(u"UP"_s));
        QVERIFY(run({u"ip"_s, u"link"_s, u"del"_s, tun}).ok);
    }

    void missingInterface()
    {
        const QString none = env::ifname("none");
        const auto read = backend.readDevice(none);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(read.error().message,
                 u"Could not read the WireGuard interface %1: there is no interface named "
                 u"\u201c%1\u201d."_s.arg(none));
        QCOMPARE(backend.deleteInterface(none).error().kind, BackendError::Kind::NoSuchInterface);
        const auto up = backend.setUp(none, true);
        QCOMPARE(up.error().kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(up.error().message,
                 u"Could not bring %1 up: there is no interface named \u201c%1\u201d."_s.arg(none));
        QCOMPARE(backend.setMtu(none, 1300).error().kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(backend.addAddress(none, parsePrefix("10.9.0.1/24")).error().kind,
                 BackendError::Kind::NoSuchInterface);
        QCOMPARE(backend.linkInfo(none).error().kind, BackendError::Kind::NoSuchInterface);
        DeviceChange change;
        change.name = none;
        change.listenPort = 5;
        const ApplyReport report = backend.applyChanges(change);
        QCOMPARE(report.error.kind, BackendError::Kind::NoSuchInterface);
        QCOMPARE(report.messagesSent, 0);
        QVERIFY2(report.error.message.startsWith(u"Could not configure the WireGuard interface"_s),
                 qPrintable(report.error.message));

        // Links that exist but are not WireGuard: loopback, and a plain TUN.
        const QString tun = env::ifname("t");
        QVERIFY(run({u"ip"_s, u"tuntap"_s, u"add"_s, tun, u"mode"_s, u"tun"_s}).ok);
        for (const QString &name : {u"lo"_s, tun}) {
            const auto other = backend.readDevice(name);
            QVERIFY(!other.ok());
            QCOMPARE(other.error().kind, BackendError::Kind::NoSuchInterface);
            QVERIFY2(other.error().message.contains(
                         u"\u201c%1\u201d is not a WireGuard interface"_s.arg(name)),
                     qPrintable(other.error().message));
            const auto del = backend.deleteInterface(name);
            QVERIFY(!del.ok());
            QCOMPARE(del.error().kind, BackendError::Kind::NoSuchInterface);
            QVERIFY2(del.error().message.contains(u"deletes only WireGuard interfaces"_s),
                     qPrintable(del.error().message));
            QVERIFY(run({u"ip"_s, u"link"_s, u"show"_s, name}).ok); // still there
        }
        QCOMPARE(ipLinkKind(u"lo"_s), QString()); // lo is still there (and has no kind)
        QCOMPARE(ipLinkKind(tun), u"tun"_s);
        QCOMPARE(backend.listInterfaces().value(), QStringList());
    }

    void linkSettingsAndAddresses()
    {
        const QString a = env::ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        auto info = backend.linkInfo(a);
        QVERIFY(info.ok());
        QCOMPARE(info.value().mtu, 1420); // the default of both the kernel and wireguard-go
        QCOMPARE(info.value().kind, env::linkKind());
        QVERIFY(!info.value().up);

        QVERIFY(backend.setMtu(a, 1380).ok());
        QCOMPARE(ipLinkJson(a).value(u"mtu"_s).toInt(), 1380);
        QVERIFY(backend.setUp(a, true).ok());
        QVERIFY(ipLinkJson(a).value(u"flags"_s).toArray().contains(u"UP"_s));
        QVERIFY(backend.linkInfo(a).value().up);

        const IpPrefix a4 = parsePrefix("10.99.0.1/24");
        const IpPrefix a6 = parsePrefix("fd99::1/64");
        QVERIFY(backend.addAddress(a, a4).ok());
        QVERIFY(backend.addAddress(a, a6).ok());
        const QSet<QString> expected{u"10.99.0.1/24"_s, u"fd99::1/64"_s};
        QCOMPARE(ipAddresses(a), expected);
        QCOMPARE(addressesOf(a), expected);

        const auto again = backend.addAddress(a, a4);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"already has that address"_s),
                 qPrintable(again.error().message));

        QVERIFY(backend.removeAddress(a, a4).ok());
        QCOMPARE(ipAddresses(a), QSet<QString>{u"fd99::1/64"_s});
        const auto gone = backend.removeAddress(a, a4);
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(u"has no such address"_s),
                 qPrintable(gone.error().message));

        // Addresses made with ip(8) are read too.
        QVERIFY(run({u"ip"_s, u"addr"_s, u"add"_s, u"10.98.0.1/32"_s, u"dev"_s, a}).ok);
        QCOMPARE(addressesOf(a), (QSet<QString>{u"10.98.0.1/32"_s, u"fd99::1/64"_s}));

        // With IPv6 off on the link (this namespace's own sysctl), the kernel answers EACCES
        // with its reason: that is said, not mistaken for a missing capability.
        {
            QFile sysctl(u"/proc/sys/net/ipv6/conf/%1/disable_ipv6"_s.arg(a));
            QVERIFY(sysctl.open(QIODevice::WriteOnly));
            QVERIFY(sysctl.write("1") == 1);
        }
        const auto refused = backend.addAddress(a, parsePrefix("fd98::1/64"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().kind != BackendError::Kind::PermissionDenied);
        // (Newer kernels say "IPv6 is disabled on this device"; 6.1 gives no reason.)
        QVERIFY2(refused.error().message.contains(u"IPv6"_s)
                     && !refused.error().message.contains(u"CAP_NET_ADMIN"_s),
                 qPrintable(refused.error().message));

        QVERIFY(backend.setUp(a, false).ok());
        QVERIFY(!ipLinkJson(a).value(u"flags"_s).toArray().contains(u"UP"_s));
        // The interface keeps working while its link is down.
        QVERIFY(backend.readDevice(a).ok());
    }

    void readEqualsWgSetconf()
    {
        const QString a = env::ifname("a");
        QVERIFY(backend.createInterface(a).ok());
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
        QVERIFY(wgSetconf(a, conf));
        const auto device = backend.readDevice(a);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        QCOMPARE(device.value().peers.size(), std::size_t(3));
        compareWithWgDump(device.value(), wgDump(a));
        QVERIFY(device.value().ifindex > 0);
        QCOMPARE(device.value().ifindex, ipLinkJson(a).value(u"ifindex"_s).toInt());
        QCOMPARE(device.value().fwmark, 0x4d2u);
        QCOMPARE(device.value().listenPort, 51820);
        QCOMPARE(device.value().name, a);
    }

    void applyCrossCheckedWithWg()
    {
        const QString a = env::ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const Key privateKey = keys::generatePrivateKey();
        const Key peerA = keys::publicKey(keys::generatePrivateKey());
        const Key peerB = keys::publicKey(keys::generatePrivateKey());
        const Key psk = keys::generatePresharedKey();

        DeviceChange change;
        change.name = a;
        change.privateKey = privateKey;
        change.listenPort = 40000;
        change.fwmark = 7;
        PeerChange pa;
        pa.publicKey = peerA;
        pa.presharedKey = psk;
        pa.endpoint = *Endpoint::parse(u"198.51.100.1:1234");
        pa.persistentKeepalive = 15;
        pa.allowedIps = {parsePrefix("10.0.0.2/32"), parsePrefix("fd00::2/128")};
        PeerChange pb;
        pb.publicKey = peerB;
        pb.endpoint = *Endpoint::parse(u"[2001:db8::9]:5555");
        pb.allowedIps = {parsePrefix("10.0.0.3/32")};
        change.peers = {pa, pb};
        ApplyReport report = backend.applyChanges(change);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.peersApplied, 2);
        QCOMPARE(report.messagesSent, 1); // a small change is one message on both
        QCOMPARE(report.failedMessagePeers, 0);
        QVERIFY(report.deviceFieldsApplied);

        QCOMPARE(wgShow(a, u"public-key"_s), keys::publicKey(privateKey).toBase64());
        QCOMPARE(wgShow(a, u"listen-port"_s), u"40000"_s);
        QCOMPARE(wgShow(a, u"fwmark"_s), u"0x7"_s);
        auto dump = wgDump(a);
        QCOMPARE(dump.peers.size(), 2);
        QCOMPARE(dump.peer(peerA).presharedKey, psk.toBase64());
        QCOMPARE(dump.peer(peerA).endpoint, u"198.51.100.1:1234"_s);
        QCOMPARE(dump.peer(peerA).allowedIps, (QSet<QString>{u"10.0.0.2/32"_s, u"fd00::2/128"_s}));
        QCOMPARE(dump.peer(peerA).keepalive, u"15"_s);
        QCOMPARE(dump.peer(peerB).endpoint, u"[2001:db8::9]:5555"_s);
        QCOMPARE(dump.peer(peerB).presharedKey, u"(none)"_s);
        compareWithWgDump(backend.readDevice(a).value(), dump);

        // Update only the endpoint of A: everything else stays.
        PeerChange endpointOnly;
        endpointOnly.publicKey = peerA;
        endpointOnly.mode = PeerChange::Mode::UpdateOnly;
        endpointOnly.endpoint = *Endpoint::parse(u"198.51.100.2:999");
        report = backend.applyChanges({a, {}, {}, {}, false, {endpointOnly}});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        dump = wgDump(a);
        QCOMPARE(dump.peer(peerA).endpoint, u"198.51.100.2:999"_s);
        QCOMPARE(dump.peer(peerA).presharedKey, psk.toBase64());
        QCOMPARE(dump.peer(peerA).keepalive, u"15"_s);
        QCOMPARE(dump.peer(peerA).allowedIps.size(), 2);
        QCOMPARE(wgShow(a, u"listen-port"_s), u"40000"_s);
        QCOMPARE(wgShow(a, u"private-key"_s), privateKey.toBase64());

        // Update-only on an unknown peer changes nothing.
        PeerChange unknown = endpointOnly;
        unknown.publicKey = keys::publicKey(keys::generatePrivateKey());
        QVERIFY(backend.applyChanges({a, {}, {}, {}, false, {unknown}}).ok());
        QCOMPARE(wgDump(a).peers.size(), 2);

        // Remove the preshared key and keepalive, replace allowed IPs.
        PeerChange trim;
        trim.publicKey = peerA;
        trim.mode = PeerChange::Mode::UpdateOnly;
        trim.presharedKey = std::optional<Key>();
        trim.persistentKeepalive = 0;
        trim.replaceAllowedIps = true;
        trim.allowedIps = {parsePrefix("10.5.0.0/24")};
        QVERIFY(backend.applyChanges({a, {}, {}, {}, false, {trim}}).ok());
        dump = wgDump(a);
        QCOMPARE(dump.peer(peerA).presharedKey, u"(none)"_s);
        QCOMPARE(dump.peer(peerA).keepalive, u"off"_s);
        QCOMPARE(dump.peer(peerA).allowedIps, QSet<QString>{u"10.5.0.0/24"_s});
        QCOMPARE(dump.peer(peerA).endpoint, u"198.51.100.2:999"_s);

        // Add allowed IPs without replacing.
        PeerChange addIps;
        addIps.publicKey = peerB;
        addIps.allowedIps = {parsePrefix("10.6.0.0/24")};
        QVERIFY(backend.applyChanges({a, {}, {}, {}, false, {addIps}}).ok());
        QCOMPARE(wgDump(a).peer(peerB).allowedIps,
                 (QSet<QString>{u"10.0.0.3/32"_s, u"10.6.0.0/24"_s}));

        // Remove B.
        PeerChange removeB;
        removeB.publicKey = peerB;
        removeB.mode = PeerChange::Mode::Remove;
        QVERIFY(backend.applyChanges({a, {}, {}, {}, false, {removeB}}).ok());
        dump = wgDump(a);
        QCOMPARE(dump.peers.size(), 1);
        QVERIFY(dump.has(peerA));

        // Replace all peers, and remove the private key and fwmark.
        PeerChange c;
        c.publicKey = keys::publicKey(keys::generatePrivateKey());
        DeviceChange replace;
        replace.name = a;
        replace.privateKey = std::optional<Key>();
        replace.fwmark = 0;
        replace.replacePeers = true;
        replace.peers = {c};
        QVERIFY(backend.applyChanges(replace).ok());
        dump = wgDump(a);
        QCOMPARE(dump.peers.size(), 1);
        QVERIFY(dump.has(c.publicKey));
        QCOMPARE(dump.privateKey, u"(none)"_s);
        QCOMPARE(dump.fwmark, u"off"_s);
        const auto read = backend.readDevice(a);
        QVERIFY(!read.value().privateKey.has_value());
        QVERIFY(!read.value().publicKey.has_value());

        // And WG Desk reads what wg wrote.
        QVERIFY(run({u"wg"_s, u"set"_s, a, u"peer"_s, peerB.toBase64(), u"allowed-ips"_s,
                     u"10.7.0.1/32"_s})
                    .ok);
        compareWithWgDump(backend.readDevice(a).value(), wgDump(a));
    }

    void thousandAllowedIpsOnOnePeer()
    {
        const QString a = env::ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        QSet<QString> expected;
        const PeerChange peer = peerWithThousandAllowedIps(&expected);
        PeerChange other;
        other.publicKey = keys::publicKey(keys::generatePrivateKey());
        other.allowedIps = {parsePrefix("192.168.77.0/24")};
        const ApplyReport report = backend.applyChanges({a, {}, {}, {}, false, {peer, other}});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.peersApplied, 2);
        if constexpr (!env::kernel)
            QCOMPARE(report.messagesSent, 1); // wireguard-go: one exchange, whatever its size
        const WgDump dump = wgDump(a);
        QCOMPARE(dump.peer(peer.publicKey).allowedIps, expected);
        QCOMPARE(dump.peer(peer.publicKey).keepalive, u"10"_s);
        QCOMPARE(dump.peer(other.publicKey).allowedIps, QSet<QString>{u"192.168.77.0/24"_s});
        const auto read = backend.readDevice(a);
        QVERIFY(read.ok());
        QCOMPARE(read.value().peers.size(), std::size_t(2));
        compareWithWgDump(read.value(), dump);
    }

    void realHandshake()
    {
        const QString a = env::ifname("ha");
        const QString b = env::ifname("hb");
        QVERIFY(backend.createInterface(a).ok());
        QVERIFY(backend.createInterface(b).ok());
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
            const ApplyReport report = backend.applyChanges(change);
            QVERIFY2(report.ok(), qPrintable(report.error.message));
            QVERIFY(backend.addAddress(name, parsePrefix(address)).ok());
            QVERIFY(backend.setUp(name, true).ok());
        };
        side(a, keyA, 52001, keyB, 52002, "10.200.0.1/32", "10.200.0.2/32");
        side(b, keyB, 52002, keyA, 52001, "10.200.0.2/32", "10.200.0.1/32");

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto peerOf = [this](const QString &name) {
            const auto device = backend.readDevice(name);
            return device.ok() && device.value().peers.size() == 1 ? device.value().peers[0]
                                                                   : Peer{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(peerOf(a).rxBytes > 0 && peerOf(a).lastHandshakeSec > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(peerOf(b).rxBytes > 0 && peerOf(b).lastHandshakeSec > 0, 20000);
        const Peer peer = peerOf(a);
        QVERIFY(peer.lastHandshakeSec >= before - 2);
        QVERIFY(peer.lastHandshakeSec <= QDateTime::currentSecsSinceEpoch() + 1);
        QVERIFY(peer.lastHandshakeNsec >= 0 && peer.lastHandshakeNsec < 1000000000);
        QVERIFY(peer.txBytes > 0);
        QVERIFY(peer.rxBytes > 0);
        const QString handshakes = wgShow(a, u"latest-handshakes"_s);
        QCOMPARE(handshakes.section(u'\t', 0, 0), keys::publicKey(keyB).toBase64());
        const QString wgTime = handshakes.section(u'\t', 1, 1);
        QVERIFY2(qAbs(wgTime.toLongLong() - peer.lastHandshakeSec) <= 2, qPrintable(handshakes));
    }

    // From here on the kernel build keeps its interfaces ("wgkeep*") until the VM powers off.

    void failureMidwayReportsWhatWasApplied()
    {
        const QString a = env::keptName("3");
        QVERIFY(backend.createInterface(a).ok());
        // The kernel build sends 4 KiB messages here, as wg does, so the refused peer is midway
        // through several; wireguard-go takes the whole change in one exchange.
        const auto small = env::makeBackend(Messages::Small);
        DeviceChange change;
        change.name = a;
        change.listenPort = 41000;
        for (int i = 0; i < 500; ++i) {
            PeerChange p;
            p.publicKey = keyFrom(i, 1);
            p.allowedIps = {v4(0x0b000000u + static_cast<std::uint32_t>(i))};
            change.peers.push_back(p);
        }
        change.peers[300].allowedIps[0].length = 40; // both refuse an IPv4 /40
        const ApplyReport report = small->applyChanges(change);

        // The contract both keep: the report says why, and exactly what was applied before it.
        QVERIFY(!report.ok());
        QCOMPARE(report.error.kind, BackendError::Kind::InvalidArgument);
        QVERIFY(report.peersApplied >= 0 && report.peersApplied <= 300);
        QVERIFY(report.peersApplied + report.failedMessagePeers > 300);
        const QString text = report.describe(change);
        if (report.messagesSent > 0)
            QVERIFY2(text.contains(u"Applied before the failure: %1 of 500 peer changes"_s.arg(
                         report.peersApplied)),
                     qPrintable(text));
        QVERIFY2(text.contains(u"held the next %1 peer changes"_s.arg(report.failedMessagePeers)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"so the ones before it are in effect"_s), qPrintable(text));
        const WgDump dump = wgDump(a);
        QCOMPARE(wgShow(a, u"listen-port"_s), u"41000"_s); // the device fields come first
        for (int i = 0; i < 500; ++i) {
            const bool present = dump.has(change.peers[std::size_t(i)].publicKey);
            if (i < report.peersApplied)
                QVERIFY2(present, qPrintable(u"peer %1 should be applied"_s.arg(i)));
            else if (i >= report.peersApplied + report.failedMessagePeers)
                QVERIFY2(!present, qPrintable(u"peer %1 should not be applied"_s.arg(i)));
        }

        if constexpr (env::kernel) {
            // Several acknowledged messages before the refused one.
            QVERIFY(report.deviceFieldsApplied);
            QVERIFY(report.messagesSent > 1);
            QVERIFY(report.peersApplied > 0);
        } else {
            // One exchange, refused with an errno; wireguard-go applied its lines in order up to
            // the refused one and nothing after it.
            QCOMPARE(report.error.errnum, EINVAL);
            QCOMPARE(report.error.message,
                     u"wireguard-go refused to configure the WireGuard interface %1: a value is "
                     u"not valid."_s.arg(a));
            QCOMPARE(report.messagesSent, 0);
            QCOMPARE(report.peersApplied, 0);
            QCOMPARE(report.failedMessagePeers, 500);
            QVERIFY2(text.contains(u"held the next 500 peer changes"_s), qPrintable(text));
            for (int i = 0; i < 500; ++i) {
                const bool present = dump.has(change.peers[std::size_t(i)].publicKey);
                if (i < 300)
                    QVERIFY2(present, qPrintable(u"peer %1 should be applied"_s.arg(i)));
                else if (i > 300)
                    QVERIFY2(!present, qPrintable(u"peer %1 should not be applied"_s.arg(i)));
            }
        }
        // The failure left nothing half-open: the next exchange works.
        QVERIFY(backend.readDevice(a).ok());
    }

    void tenThousandPeersRoundTrip()
    {
        const QString a = env::keptName("1");
        QVERIFY(backend.createInterface(a).ok());
        Device wanted;
        wanted.name = a;
        wanted.privateKey = keys::generatePrivateKey();
        wanted.listenPort = 51000;
        for (int i = 0; i < 10000; ++i) {
            Peer peer;
            peer.publicKey = keyFrom(i);
            peer.allowedIps = {v4(0x0a000000u + static_cast<std::uint32_t>(i) + 2)};
            // Endpoints nothing routes to here: no handshake changes the counters between
            // WG Desk's read and wg's (wireguard-go sends even while its link is down).
            if (i % 3 == 0)
                peer.endpoint = *Endpoint::parse(u"192.0.2.1:"_s + QString::number(1000 + i));
            if (i % 4 == 1)
                peer.endpoint = *Endpoint::parse(u"[fd00::%1]:%2"_s.arg(i, 0, 16).arg(2000 + i));
            if (i % 5 == 0)
                peer.presharedKey = keys::generatePresharedKey();
            peer.persistentKeepalive = static_cast<std::uint16_t>(i % 7 == 0 ? 25 : 0);
            wanted.peers.push_back(peer);
        }
        QElapsedTimer timer;
        timer.start();
        DeviceChange change = DeviceChange::replaceWith(wanted);
        QList<std::pair<int, int>> progress;
        change.progress = [&progress](int done, int total) { progress.append({done, total}); };
        const ApplyReport report = backend.applyChanges(change);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.peersApplied, 10000);
        // Progress: once per acknowledged message, rising, ending at all of them.
        QCOMPARE(progress.size(), report.messagesSent);
        QCOMPARE(progress.constLast(), (std::pair{10000, 10000}));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);
        if constexpr (env::kernel)
            QVERIFY(report.messagesSent > 1); // split across messages, each acknowledged
        else
            QCOMPARE(report.messagesSent, 1); // one exchange
        qInfo("applied 10,000 peers in %lld ms, %d messages", timer.elapsed(),
              report.messagesSent);

        qint64 best = std::numeric_limits<qint64>::max();
        Result<Device> read = Device{};
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            read = backend.readDevice(a);
            best = std::min(best, timer.elapsed());
            QVERIFY2(read.ok(), qPrintable(read.error().message));
        }
        timer.restart();
        const RunResult wgRun = run({u"wg"_s, u"show"_s, a, u"dump"_s});
        const qint64 wgMs = timer.elapsed();
        QVERIFY(wgRun.ok);
        qInfo("read 10,000 peers in %lld ms (best of 3); wg show dump took %lld ms", best, wgMs);
        if constexpr (!env::kernel) // on the host; the kernel build runs under emulation
            QVERIFY2(best < 1000, qPrintable(QString::number(best)));
        QCOMPARE(read.value().peers.size(), std::size_t(10000));
        const WgDump dump = wgDump(a);
        QCOMPARE(dump.peers.size(), 10000);
        QCOMPARE(dump.listenPort, u"51000"_s);
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
};

#ifdef WGDESK_CONFORMANCE_KERNEL

QTEST_GUILESS_MAIN(TestBackendConformance)

#else

int main(int argc, char **argv)
{
    // Safety first: the tests run only inside a network namespace of this process alone.
    return userspace::runInPrivateNetworkNamespace<TestBackendConformance>(env::suiteName,
                                                                           u"wgc"_s, argc, argv);
}

#endif

#include "BackendConformance.moc"
