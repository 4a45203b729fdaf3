// The userspace backend against real wireguard-go, every operation cross-checked with wg(8)
// (which speaks the same socket protocol) and ip(8).
//
// SAFETY: main() moves the whole test into a network namespace of its own before anything
// else, so every interface, address and wireguard-go process it makes lives there and never
// in the machine's namespace; it refuses to run when it cannot. The socket directory
// /var/run/wireguard is shared by all namespaces, so every name carries this run's pid.
#include "KernelTestSupport.h"

#include "Keys.h"
#include "UapiBackend.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

using namespace wgdesk::platform;
using namespace wgdesk::tests;

namespace {

// "wgu" + this run's pid: unique among runs sharing /var/run/wireguard, and short enough for
// a suffix within Linux's 15 characters.
QString namePrefix()
{
    static const QString prefix = u"wgu"_s + QString::number(::getpid());
    return prefix;
}

QString ifname(const char *suffix)
{
    return namePrefix() + QLatin1String(suffix);
}

QString socketFile(const QString &name)
{
    return UapiBackend::defaultSocketDirectory() + u'/' + name + u".sock"_s;
}

Key keyFrom(int a, int b = 0)
{
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

// wireguard-go processes (the background copies keep their arguments) serving a name of this
// run, wherever they are: found by their exact command line, never by a broad name match.
QList<pid_t> ourWireGuardGoProcesses()
{
    QList<pid_t> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() < 2 || !args[0].endsWith("wireguard-go")
            || !QString::fromLatin1(args[1]).startsWith(namePrefix()))
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray fields = stat.readAll();
        const qsizetype close = fields.lastIndexOf(')');
        if (close < 0 || fields.mid(close + 2, 1) == "Z")
            continue; // exited, not yet reaped
        pids.append(pid);
    }
    return pids;
}

QList<pid_t> wireGuardGoFor(const QString &name)
{
    QList<pid_t> result;
    for (pid_t pid : ourWireGuardGoProcesses()) {
        QFile cmdline(u"/proc/"_s + QString::number(pid) + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().split('\0').value(1) == name.toLatin1())
            result.append(pid);
    }
    return result;
}

QStringList ourSocketFiles()
{
    return QDir(UapiBackend::defaultSocketDirectory())
        .entryList({namePrefix() + u"*.sock"_s}, QDir::System | QDir::Files | QDir::Hidden);
}

QStringList linksInNamespace()
{
    QStringList names;
    const RunResult r = run({u"ip"_s, u"-j"_s, u"link"_s, u"show"_s});
    for (const auto &link : QJsonDocument::fromJson(r.out.toUtf8()).array())
        names.append(link.toObject().value(u"ifname"_s).toString());
    names.removeAll(u"lo"_s);
    return names;
}

// Deletes every link of the test namespace (it holds only what the tests made) and makes sure
// no wireguard-go of this run is left, nor any socket. Returns what it had to clean up by force.
QString cleanUpEverything()
{
    QStringList problems;
    for (const QString &link : linksInNamespace())
        run({u"ip"_s, u"link"_s, u"del"_s, link});
    // wireguard-go exits once its link is gone; give it a moment before forcing it.
    if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 5000)) {
        for (pid_t pid : ourWireGuardGoProcesses()) {
            problems.append(u"killed wireguard-go %1"_s.arg(pid));
            ::kill(pid, SIGCONT);
            ::kill(pid, SIGTERM);
        }
        if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 3000))
            for (pid_t pid : ourWireGuardGoProcesses())
                ::kill(pid, SIGKILL);
    }
    if (!QTest::qWaitFor([] { return ourWireGuardGoProcesses().isEmpty(); }, 3000))
        problems.append(u"wireguard-go survived SIGKILL"_s);
    for (const QString &file : ourSocketFiles()) {
        problems.append(u"removed socket "_s + file);
        QFile::remove(UapiBackend::defaultSocketDirectory() + u'/' + file);
    }
    return problems.join(u"; "_s);
}

// Starts wireguard-go the way an administrator would ("someone else" for WG Desk).
bool startWireGuardGo(const QString &name, const QStringList &prefix = {})
{
    const RunResult r = run(prefix + QStringList{u"wireguard-go"_s, name});
    if (!r.ok)
        qWarning("wireguard-go %s failed: %s", qPrintable(name), qPrintable(r.err));
    return r.ok;
}

// A socket file whose listener is gone, as a crashed wireguard-go leaves it.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
                    && ::listen(fd, 1) == 0;
    ::close(fd);
    return ok;
}

// A socket that answers connects (it listens) but never replies; the descriptor is returned.
int makeSilentSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(fd, 4) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TestUapiBackend : public QObject
{
    Q_OBJECT

private:
    UapiBackend backend;

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
        // main() made this namespace: it must hold nothing but loopback.
        QCOMPARE(linksInNamespace(), QStringList());
        QCOMPARE(backend.kind(), u"userspace"_s);
        const auto probe = backend.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
        QVERIFY(!backend.wireGuardGoPath().isEmpty());
    }

    void cleanup()
    {
        const QString forced = cleanUpEverything();
        QVERIFY2(forced.isEmpty(), qPrintable(forced));
        QCOMPARE(linksInNamespace(), QStringList());
    }

    void cleanupTestCase() { cleanUpEverything(); }

    void probeAndPaths()
    {
        QTemporaryDir emptyDir;
        QVERIFY(emptyDir.isValid());
        UapiBackend missing(u"/nonexistent/wireguard-go"_s, emptyDir.path());
        auto probe = missing.probe();
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().kind, BackendError::Kind::Unavailable);
        QVERIFY2(probe.error().message.contains(u"\u201capt-get install wireguard-go\u201d"_s),
                 qPrintable(probe.error().message));
        QVERIFY2(probe.error().message.contains(u"/nonexistent/wireguard-go"_s),
                 qPrintable(probe.error().message));
        QVERIFY(UapiBackend::notInstalledError().message.startsWith(
            u"wireguard-go is not installed"_s));

        // Creating goes no further: no link appears.
        const auto created = missing.createInterface(ifname("m"));
        QCOMPARE(created.error().kind, BackendError::Kind::Unavailable);
        QCOMPARE(linksInNamespace(), QStringList());

        // A socket is enough: interfaces started by someone else can be managed.
        const int fd = makeSilentSocket(emptyDir.path() + u"/wgx.sock"_s);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QVERIFY(missing.probe().ok());

        // The default path: $WGDESK_WIREGUARD_GO, else PATH.
        qputenv("WGDESK_WIREGUARD_GO", "/opt/elsewhere/wireguard-go");
        QCOMPARE(UapiBackend().wireGuardGoPath(), u"/opt/elsewhere/wireguard-go"_s);
        qunsetenv("WGDESK_WIREGUARD_GO");
        QCOMPARE(UapiBackend().wireGuardGoPath(),
                 QStandardPaths::findExecutable(u"wireguard-go"_s));
        UapiBackend set;
        set.setWireGuardGoPath(u"/x/wireguard-go"_s);
        QCOMPARE(set.wireGuardGoPath(), u"/x/wireguard-go"_s);
        QCOMPARE(set.socketPath(u"wg0"_s), u"/var/run/wireguard/wg0.sock"_s);
    }

    void createListDelete()
    {
        const QString a = ifname("a");
        const QString b = ifname("b");
        const auto created = backend.createInterface(a);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(ipLinkKind(a), u"tun"_s);
        QVERIFY(QFileInfo::exists(socketFile(a)));
        QCOMPARE(wgShow(a, u"public-key"_s), u"(none)"_s); // wg reads it over the same socket
        auto names = backend.listInterfaces();
        QVERIFY2(names.ok(), qPrintable(names.error().message));
        QCOMPARE(names.value(), QStringList{a});

        // Someone else starts wireguard-go: WG Desk lists, reads and manages it too.
        QVERIFY(startWireGuardGo(b));
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
        QVERIFY(!QFileInfo::exists(socketFile(a)));
        QVERIFY(wireGuardGoFor(a).isEmpty()); // its daemon exited with its link
        QCOMPARE(backend.listInterfaces().value(), QStringList{b});

        QVERIFY(backend.deleteInterface(b).ok());
        QVERIFY(ipLinkKind(b).isEmpty());
        QVERIFY(!QFileInfo::exists(socketFile(b)));
        QTRY_VERIFY(wireGuardGoFor(b).isEmpty());
        QCOMPARE(backend.listInterfaces().value(), QStringList());
    }

    void listSkipsAndRemovesStaleSockets()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const QString stale = socketFile(ifname("st"));
        QVERIFY(makeStaleSocket(stale));
        QVERIFY(QFileInfo::exists(stale));
        QCOMPARE(backend.listInterfaces().value(), QStringList{a});
        QVERIFY(!QFileInfo::exists(stale)); // removed, as wg does

        // A wireguard-go in another namespace answers on the shared directory, but its link is
        // not here: not listed, not readable as a link here, and its name is taken.
        const QString other = ifname("o");
        QVERIFY(startWireGuardGo(other, {u"unshare"_s, u"-n"_s}));
        QVERIFY(QFileInfo::exists(socketFile(other)));
        QCOMPARE(backend.listInterfaces().value(), QStringList{a});
        const auto taken = backend.createInterface(other);
        QCOMPARE(taken.error().kind, BackendError::Kind::NameTaken);
        QVERIFY(ipLinkKind(other).isEmpty());
        QCOMPARE(backend.deleteInterface(other).error().kind, BackendError::Kind::NoSuchInterface);
        // Stop it (its namespace goes with it).
        for (pid_t pid : wireGuardGoFor(other))
            ::kill(pid, SIGTERM);
        QTRY_VERIFY(wireGuardGoFor(other).isEmpty());
        backend.listInterfaces(); // removes its socket if it left one
        QVERIFY(!QFileInfo::exists(socketFile(other)));
    }

    void invalidAndTakenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QString taken = ifname("a");
        const QString tun = ifname("t");
        QTest::newRow("space") << u"wg 0"_s << int(BackendError::Kind::InvalidName)
                               << u"Interface name: \u201cwg 0\u201d contains \u201c \u201d"_s;
        QTest::newRow("too long") << u"wgdesk-too-long0"_s << int(BackendError::Kind::InvalidName)
                                  << u"is 16 characters long; Linux allows at most 15"_s;
        QTest::newRow("empty") << QString() << int(BackendError::Kind::InvalidName)
                               << u"it is empty"_s;
        QTest::newRow("slash") << u"a/b"_s << int(BackendError::Kind::InvalidName)
                               << u"contains \u201c/\u201d"_s;
        QTest::newRow("taken by userspace WireGuard")
            << taken << int(BackendError::Kind::NameTaken)
            << u"Could not create the interface %1: an interface named \u201c%1\u201d already "
               u"exists."_s.arg(taken);
        QTest::newRow("taken by loopback") << u"lo"_s << int(BackendError::Kind::NameTaken)
                                           << u"an interface named \u201clo\u201d already exists"_s;
        QTest::newRow("taken by another TUN")
            << tun << int(BackendError::Kind::NameTaken)
            << u"an interface named \u201c%1\u201d already exists"_s.arg(tun);
    }

    void invalidAndTakenNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QVERIFY(backend.createInterface(ifname("a")).ok());
        QVERIFY(run({u"ip"_s, u"tuntap"_s, u"add"_s, ifname("t"), u"mode"_s, u"tun"_s}).ok);
        const QString before = run({u"ip"_s, u"-br"_s, u"link"_s}).out;
        const QStringList sockets = ourSocketFiles();
        const auto result = backend.createInterface(name);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(run({u"ip"_s, u"-br"_s, u"link"_s}).out, before); // nothing changed
        QCOMPARE(ourSocketFiles(), sockets);
        QCOMPARE(ourWireGuardGoProcesses().size(), 1);
    }

    void missingInterface()
    {
        const QString none = ifname("none");
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

        // Links that exist but are not userspace WireGuard: loopback, and a plain TUN.
        const QString tun = ifname("t");
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
            QVERIFY2(del.error().message.contains(u"deletes only WireGuard interfaces"_s),
                     qPrintable(del.error().message));
            QVERIFY(run({u"ip"_s, u"link"_s, u"show"_s, name}).ok); // still there
            const auto mtu = backend.setMtu(name, 1300);
            QCOMPARE(mtu.error().kind, BackendError::Kind::NoSuchInterface);
            QVERIFY(ipLinkJson(name).value(u"mtu"_s).toInt() != 1300);
            QCOMPARE(backend.addAddress(name, parsePrefix("10.9.0.1/24")).error().kind,
                     BackendError::Kind::NoSuchInterface);
        }
        QVERIFY(!ipAddresses(u"lo"_s).contains(u"10.9.0.1/24"_s));
        QCOMPARE(backend.listInterfaces().value(), QStringList());
    }

    void linkSettingsAndAddresses()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        auto info = backend.linkInfo(a);
        QVERIFY(info.ok());
        QCOMPARE(info.value().mtu, 1420); // wireguard-go's default
        QCOMPARE(info.value().kind, u"tun"_s);
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

        QVERIFY(run({u"ip"_s, u"addr"_s, u"add"_s, u"10.98.0.1/32"_s, u"dev"_s, a}).ok);
        QCOMPARE(addressesOf(a), (QSet<QString>{u"10.98.0.1/32"_s, u"fd99::1/64"_s}));

        QVERIFY(backend.setUp(a, false).ok());
        QVERIFY(!ipLinkJson(a).value(u"flags"_s).toArray().contains(u"UP"_s));
        // The daemon keeps serving a link that is down.
        QVERIFY(backend.readDevice(a).ok());
    }

    void readEqualsWgSetconf()
    {
        const QString a = ifname("a");
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
        QCOMPARE(device.value().ifindex, ipLinkJson(a).value(u"ifindex"_s).toInt());
        QCOMPARE(device.value().fwmark, 0x4d2u);
        QCOMPARE(device.value().listenPort, 51820);
        QCOMPARE(device.value().name, a);
    }

    void applyCrossCheckedWithWg()
    {
        const QString a = ifname("a");
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
        QCOMPARE(report.messagesSent, 1);
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

    void tenThousandPeersRoundTrip()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        Device wanted;
        wanted.name = a;
        wanted.privateKey = keys::generatePrivateKey();
        wanted.listenPort = 51000;
        for (int i = 0; i < 10000; ++i) {
            Peer peer;
            peer.publicKey = keyFrom(i);
            peer.allowedIps = {v4(0x0a000000u + static_cast<std::uint32_t>(i) + 2)};
            if (i % 3 == 0)
                peer.endpoint = *Endpoint::parse(u"127.0.0.1:"_s + QString::number(1000 + i));
            if (i % 4 == 1)
                peer.endpoint = *Endpoint::parse(u"[fd00::%1]:%2"_s.arg(i, 0, 16).arg(2000 + i));
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
        QCOMPARE(report.messagesSent, 1);
        qInfo("applied 10,000 peers in %lld ms", timer.elapsed());

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
        qInfo("read 10,000 peers in %lld ms (best of 3); wg show dump took %lld ms", best, wgMs);
        QVERIFY2(best < 1000, qPrintable(QString::number(best)));
        QCOMPARE(read.value().peers.size(), std::size_t(10000));
        const WgDump dump = wgDump(a);
        QCOMPARE(dump.peers.size(), 10000);
        compareWithWgDump(read.value(), dump);
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

    void thousandAllowedIpsOnOnePeer()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
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
        const ApplyReport report = backend.applyChanges({a, {}, {}, {}, false, {peer, other}});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.messagesSent, 1);
        const WgDump dump = wgDump(a);
        QCOMPARE(dump.peer(peer.publicKey).allowedIps, expected);
        QCOMPARE(dump.peer(peer.publicKey).keepalive, u"10"_s);
        QCOMPARE(dump.peer(other.publicKey).allowedIps, QSet<QString>{u"192.168.77.0/24"_s});
        const auto read = backend.readDevice(a);
        QVERIFY(read.ok());
        QCOMPARE(read.value().peers.size(), std::size_t(2));
        compareWithWgDump(read.value(), dump);
    }

    void refusedValueReportsErrno()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        DeviceChange change;
        change.name = a;
        change.listenPort = 41000;
        for (int i = 0; i < 500; ++i) {
            PeerChange p;
            p.publicKey = keyFrom(i, 1);
            p.allowedIps = {v4(0x0b000000u + static_cast<std::uint32_t>(i))};
            change.peers.push_back(p);
        }
        change.peers[300].allowedIps[0].length = 40; // wireguard-go refuses an IPv4 /40
        const ApplyReport report = backend.applyChanges(change);
        QVERIFY(!report.ok());
        QCOMPARE(report.error.kind, BackendError::Kind::InvalidArgument);
        QCOMPARE(report.error.errnum, EINVAL);
        QCOMPARE(report.error.message,
                 u"wireguard-go refused to configure the WireGuard interface %1: a value is not "
                 u"valid."_s.arg(a));
        QCOMPARE(report.messagesSent, 0);
        QCOMPARE(report.peersApplied, 0);
        QCOMPARE(report.failedMessagePeers, 500);
        const QString text = report.describe(change);
        QVERIFY2(text.contains(u"held the next 500 peer changes"_s), qPrintable(text));

        // It applied the lines before the refused one, in order, and nothing after it.
        const WgDump dump = wgDump(a);
        QCOMPARE(wgShow(a, u"listen-port"_s), u"41000"_s);
        for (int i = 0; i < 500; ++i) {
            const bool present = dump.has(change.peers[std::size_t(i)].publicKey);
            if (i < 300)
                QVERIFY2(present, qPrintable(u"peer %1 should be applied"_s.arg(i)));
            else if (i > 300)
                QVERIFY2(!present, qPrintable(u"peer %1 should not be applied"_s.arg(i)));
        }
        // The connection was one-off: the next exchange works.
        QVERIFY(backend.readDevice(a).ok());
    }

    void listenPortInUse()
    {
        const QString a = ifname("a");
        const QString b = ifname("b");
        QVERIFY(backend.createInterface(a).ok());
        QVERIFY(backend.createInterface(b).ok());
        DeviceChange change;
        change.name = a;
        change.listenPort = 41500;
        QVERIFY(backend.applyChanges(change).ok());
        change.name = b;
        const ApplyReport report = backend.applyChanges(change);
        QVERIFY(!report.ok());
        QCOMPARE(report.error.errnum, EADDRINUSE);
        QCOMPARE(report.error.message,
                 u"Could not configure the WireGuard interface %1: the listen port is already in "
                 u"use."_s.arg(b));
        QVERIFY(wgShow(b, u"listen-port"_s) != u"41500"_s);
    }

    void hungDaemonTimesOut()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const QList<pid_t> pids = wireGuardGoFor(a);
        QCOMPARE(pids.size(), 1);
        UapiBackend impatient;
        impatient.setIoTimeout(300);
        ::kill(pids[0], SIGSTOP);
        const auto resume = qScopeGuard([&] { ::kill(pids[0], SIGCONT); });
        QElapsedTimer timer;
        timer.start();
        const auto read = impatient.readDevice(a);
        QVERIFY(!read.ok());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(read.error().kind, BackendError::Kind::Io);
        QCOMPARE(read.error().errnum, ETIMEDOUT);
        QVERIFY2(read.error().message.contains(u"did not answer on %1 within 0.3 seconds"_s.arg(
                     socketFile(a))),
                 qPrintable(read.error().message));
        ::kill(pids[0], SIGCONT);
        QVERIFY(impatient.readDevice(a).ok());

        // A socket that accepts and never answers (no daemon at all behind it).
        QTemporaryDir dir;
        const int fd = makeSilentSocket(dir.path() + u"/silent0.sock"_s);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        UapiBackend silent(QString(), dir.path());
        silent.setIoTimeout(200);
        DeviceChange change;
        change.name = u"silent0"_s;
        change.listenPort = 1;
        const ApplyReport report = silent.applyChanges(change);
        QCOMPARE(report.error.errnum, ETIMEDOUT);
        QCOMPARE(report.messagesSent, 0);
    }

    void realHandshake()
    {
        const QString a = ifname("ha");
        const QString b = ifname("hb");
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
        const QString handshakes = wgShow(a, u"latest-handshakes"_s);
        QCOMPARE(handshakes.section(u'\t', 0, 0), keys::publicKey(keyB).toBase64());
        const QString wgTime = handshakes.section(u'\t', 1, 1);
        QVERIFY2(qAbs(wgTime.toLongLong() - peer.lastHandshakeSec) <= 2, qPrintable(handshakes));
    }

    void withoutRoot()
    {
        const QString a = ifname("a");
        QVERIFY(backend.createInterface(a).ok());
        const auto unprivileged = [](const QStringList &args) {
            return run(QStringList{u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s,
                                   u"--clear-groups"_s, QCoreApplication::applicationFilePath(),
                                   u"--as-unprivileged"_s}
                       + args);
        };
        // Sanity: the helper mode works as root.
        const RunResult asRoot = run({QCoreApplication::applicationFilePath(),
                                      u"--as-unprivileged"_s, u"read"_s, a});
        QVERIFY2(asRoot.ok, qPrintable(asRoot.err));
        for (const QStringList &args :
             {QStringList{u"read"_s, a}, QStringList{u"list"_s, a}, QStringList{u"delete"_s, a},
              QStringList{u"port"_s, a}}) {
            const RunResult result = unprivileged(args);
            QVERIFY2(!result.ok, qPrintable(args.join(u' ')));
            const int denied = int(BackendError::Kind::PermissionDenied);
            QVERIFY2(result.err.contains(u"kind=%1"_s.arg(denied)), qPrintable(result.err));
            QVERIFY2(result.err.contains(u"belongs to root, and only root may use it. Run WG Desk "
                                         u"as root."_s),
                     qPrintable(result.err));
        }
        QCOMPARE(ipLinkKind(a), u"tun"_s);
        QVERIFY(backend.readDevice(a).ok());

        // Creating: wireguard-go itself may not make a TUN device, and says so.
        const QString b = ifname("np");
        const RunResult create = unprivileged({u"create"_s, b});
        QVERIFY(!create.ok);
        QVERIFY2(create.err.contains(u"kind=%1"_s.arg(int(BackendError::Kind::PermissionDenied))),
                 qPrintable(create.err));
        QVERIFY2(create.err.contains(u"WG Desk may not create the interface %1: wireguard-go "
                                     u"reports \u201cFailed to create TUN device: permission "
                                     u"denied\u201d."_s.arg(b)),
                 qPrintable(create.err));
        QVERIFY(ipLinkKind(b).isEmpty());
        QVERIFY(!QFileInfo::exists(socketFile(b)));
    }
};

namespace {

// The helper for withoutRoot(): one backend call, run as an unprivileged user.
int unprivilegedMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString op = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    UapiBackend backend;
    BackendError error;
    if (op == u"read") {
        error = backend.readDevice(name).error();
    } else if (op == u"list") {
        error = backend.listInterfaces().error();
    } else if (op == u"delete") {
        error = backend.deleteInterface(name).error();
    } else if (op == u"create") {
        error = backend.createInterface(name).error();
    } else if (op == u"port") {
        DeviceChange change;
        change.name = name;
        change.listenPort = 4242;
        error = backend.applyChanges(change).error;
    }
    if (!error.isError())
        return 0;
    std::fprintf(stderr, "kind=%d\n%s\n", int(error.kind), qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--as-unprivileged") == 0)
        return unprivilegedMain(argc, argv);

    // Safety first: everything below happens in a network namespace of this process alone,
    // which the kernel deletes when its last process exits.
    char hostNamespace[64] = {};
    if (::readlink("/proc/self/ns/net", hostNamespace, sizeof hostNamespace - 1) < 0) {
        std::fprintf(stderr, "TestUapiBackend: cannot read /proc/self/ns/net: %s\n",
                     std::strerror(errno));
        return 2;
    }
    if (::unshare(CLONE_NEWNET) != 0) {
        std::fprintf(stderr,
                     "TestUapiBackend: unshare(CLONE_NEWNET) failed: %s. This suite starts "
                     "wireguard-go only inside a private network namespace, which needs root; "
                     "refusing to run in the machine's own namespace.\n",
                     std::strerror(errno));
        return 2;
    }
    char testNamespace[64] = {};
    if (::readlink("/proc/self/ns/net", testNamespace, sizeof testNamespace - 1) < 0
        || std::strcmp(hostNamespace, testNamespace) == 0) {
        std::fprintf(stderr, "TestUapiBackend: not in a new network namespace; refusing to run.\n");
        return 2;
    }
    if (std::system("ip link set lo up") != 0) {
        std::fprintf(stderr, "TestUapiBackend: \"ip link set lo up\" failed in the test "
                             "namespace.\n");
        return 2;
    }
    qputenv("WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD", "1"); // for startWireGuardGo()

    QCoreApplication app(argc, argv);
    int result = 0;
    {
        TestUapiBackend test;
        result = QTest::qExec(&test, argc, argv);
    }
    // Whatever happened above, leave no wireguard-go or socket of this run behind.
    const QString forced = cleanUpEverything();
    if (!forced.isEmpty()) {
        std::fprintf(stderr, "TestUapiBackend: cleaned up after the tests: %s\n",
                     qPrintable(forced));
        result = result ? result : 1;
    }
    return result;
}

#include "TestUapiBackend.moc"
