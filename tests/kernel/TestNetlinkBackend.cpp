// What only the kernel backend has, against a real kernel's WireGuard (inside the test VM),
// cross-checked with wg(8) and ip(8): the kernel's extended-ack messages, changes split across
// 4 KiB netlink messages (one peer's allowed IPs across several), a dump interrupted by
// concurrent changes and read again, and CAP_NET_ADMIN. Everything both backends do alike is in
// the conformance suite (tests/conformance/BackendConformance.cpp, TestKernelConformance).
#include "KernelTestSupport.h"

#include "Keys.h"
#include "NetlinkBackend.h"

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

class TestNetlinkBackend : public QObject
{
    Q_OBJECT

private:
    NetlinkBackend backend;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keys::initialize());
        requireTestVm();
        const auto probe = backend.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    }

    void cleanup() { deleteAllWireGuardLinks(); }

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

    // The same change at the default 32 KiB is in the conformance suite.
    void thousandAllowedIpsSplitAcross4KiBMessages()
    {
        constexpr int messageSize = 4096; // as wg sends them
        QVERIFY(backend.createInterface(u"wgdt0"_s).ok());
        NetlinkBackend small;
        small.setMessageSizeLimit(static_cast<std::size_t>(messageSize));
        QSet<QString> expected;
        const PeerChange peer = peerWithThousandAllowedIps(&expected);
        PeerChange other;
        other.publicKey = keys::publicKey(keys::generatePrivateKey());
        other.allowedIps = {parsePrefix("192.168.77.0/24")};
        DeviceChange change;
        change.name = u"wgdt0"_s;
        change.peers = {peer, other};
        const ApplyReport report = small.applyChanges(change);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
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

    void readRetriesWhenInterruptedByChanges()
    {
        QVERIFY(backend.createInterface(u"wgkeep2"_s).ok());
        Device wanted;
        wanted.name = u"wgkeep2"_s;
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
                QProcess::execute(u"wg"_s, {u"set"_s, u"wgkeep2"_s, u"listen-port"_s,
                                            QString::number(port++)});
        });
        const int interruptedBefore = backend.interruptedDumps();
        // Read until at least one read was interrupted mid-dump (and so was read again), and
        // at least 10 times; every read must be whole and without duplicates.
        for (int i = 0; i < 300 && (i < 10 || backend.interruptedDumps() == interruptedBefore);
             ++i) {
            const auto read = backend.readDevice(u"wgkeep2"_s);
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
