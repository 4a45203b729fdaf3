// Parsing and printing of allowed IPs, endpoints and interface names, with the sentences a
// user sees for bad input.
#include "WireGuardBackend.h"
#include "WireGuardTypes.h"

#include <QtTest>

#include <sys/socket.h>

using namespace wgdesk::platform;
using namespace Qt::StringLiterals;

class TestWireGuardTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<bool>("hostBits");
        QTest::newRow("IPv4 network") << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s << false;
        QTest::newRow("IPv4 host in network") << u"10.0.0.1/24"_s << u"10.0.0.1/24"_s << true;
        QTest::newRow("IPv4 bare address") << u"192.168.1.7"_s << u"192.168.1.7/32"_s << false;
        QTest::newRow("IPv4 default") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << false;
        QTest::newRow("IPv6 network") << u"fd00:1::/64"_s << u"fd00:1::/64"_s << false;
        QTest::newRow("IPv6 bare") << u"fd00::2"_s << u"fd00::2/128"_s << false;
        QTest::newRow("IPv6 host bits") << u"fd00::2/64"_s << u"fd00::2/64"_s << true;
        QTest::newRow("IPv6 default") << u"::/0"_s << u"::/0"_s << false;
        QTest::newRow("spaces") << u" 10.1.2.0/23 "_s << u"10.1.2.0/23"_s << false;
        QTest::newRow("odd prefix") << u"10.1.3.0/23"_s << u"10.1.3.0/23"_s << true;
    }

    void prefixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QFETCH(bool, hostBits);
        QString error;
        const auto prefix = IpPrefix::parse(text, &error);
        QVERIFY2(prefix, qPrintable(error));
        QCOMPARE(prefix->toString(), printed);
        QCOMPARE(prefix->hasHostBits(), hostBits);
        QVERIFY(!prefix->network().hasHostBits());
    }

    void invalidPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << u"The address is empty."_s;
        QTest::newRow("not an address") << u"10.0.0/24"_s << u"is not an IPv4 or IPv6 address"_s;
        QTest::newRow("hostname") << u"example.org/32"_s << u"is not an IPv4 or IPv6 address"_s;
        QTest::newRow("IPv4 length 33") << u"10.0.0.0/33"_s << u"is not a number from 0 to 32"_s;
        QTest::newRow("IPv6 length 129") << u"fd00::/129"_s << u"is not a number from 0 to 128"_s;
        QTest::newRow("negative length") << u"10.0.0.0/-1"_s << u"is not a number from 0 to 32"_s;
        QTest::newRow("empty length") << u"10.0.0.0/"_s << u"is not a number from 0 to 32"_s;
    }

    void invalidPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!IpPrefix::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<int>("family");
        QTest::newRow("IPv4") << u"203.0.113.5:51820"_s << u"203.0.113.5:51820"_s << AF_INET;
        QTest::newRow("IPv6") << u"[2001:db8::1]:51820"_s << u"[2001:db8::1]:51820"_s << AF_INET6;
        QTest::newRow("IPv6 mapped") << u"[::ffff:1.2.3.4]:1"_s << u"[::ffff:1.2.3.4]:1"_s << AF_INET6;
        QTest::newRow("IPv6 scope by number") << u"[fe80::1%1]:7"_s << u"[fe80::1%lo]:7"_s << AF_INET6;
        QTest::newRow("highest port") << u"127.0.0.1:65535"_s << u"127.0.0.1:65535"_s << AF_INET;
    }

    void endpoints()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QFETCH(int, family);
        QString error;
        const auto endpoint = Endpoint::parse(text, &error);
        QVERIFY2(endpoint, qPrintable(error));
        QCOMPARE(endpoint->family, family);
        QCOMPARE(endpoint->toString(), printed);
    }

    void invalidEndpoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no port") << u"10.0.0.1"_s << u"is not of the form host:port"_s;
        QTest::newRow("port 0") << u"10.0.0.1:0"_s << u"is not a number from 1 to 65535"_s;
        QTest::newRow("port too big") << u"10.0.0.1:65536"_s << u"is not a number from 1 to 65535"_s;
        QTest::newRow("IPv6 without brackets") << u"fd00::1:51820"_s << u"is not of the form"_s;
        QTest::newRow("unclosed bracket") << u"[fd00::1:51820"_s << u"is not of the form [IPv6]:port"_s;
        QTest::newRow("hostname") << u"vpn.example.org:51820"_s << u"is not a numeric IP address"_s;
        QTest::newRow("IPv4 in brackets") << u"[10.0.0.1]:5"_s << u"is not a numeric IP address"_s;
        QTest::newRow("unknown scope") << u"[fe80::1%nosuchif0]:5"_s << u"is not a known interface"_s;
    }

    void invalidEndpoints()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Endpoint::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void interfaceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("wg0") << u"wg0"_s << u""_s;
        QTest::newRow("all allowed characters") << u"a-Z_0=9+x.y"_s << u""_s;
        QTest::newRow("15 characters") << u"abcdefghijklmno"_s << u""_s;
        QTest::newRow("empty") << u""_s << u"Interface name: it is empty"_s;
        QTest::newRow("16 characters") << u"abcdefghijklmnop"_s << u"is 16 characters long"_s;
        QTest::newRow("space") << u"wg 0"_s << u"contains \u201c \u201d"_s;
        QTest::newRow("slash") << u"wg/0"_s << u"contains \u201c/\u201d"_s;
        QTest::newRow("colon") << u"wg:0"_s << u"contains \u201c:\u201d"_s;
        QTest::newRow("dot") << u"."_s << u"is reserved"_s;
        QTest::newRow("dot dot") << u".."_s << u"is reserved"_s;
        QTest::newRow("non-ASCII") << u"wgé"_s << u"contains \u201cé\u201d"_s;
    }

    void interfaceNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(isValidInterfaceName(name, &error), message.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void replaceWithCopiesEverything()
    {
        Device device;
        device.name = QStringLiteral("wg0");
        device.listenPort = 51820;
        device.fwmark = 0x1234;
        Peer peer;
        peer.publicKey.bytes[0] = 1;
        peer.endpoint = *Endpoint::parse(u"127.0.0.1:9");
        peer.persistentKeepalive = 25;
        peer.allowedIps = {*IpPrefix::parse(u"10.0.0.2/32"), *IpPrefix::parse(u"fd00::2/128")};
        device.peers.push_back(peer);
        const DeviceChange change = DeviceChange::replaceWith(device);
        QVERIFY(change.replacePeers);
        QCOMPARE(change.listenPort, std::optional<std::uint16_t>(51820));
        QCOMPARE(change.fwmark, std::optional<std::uint32_t>(0x1234));
        QCOMPARE(change.peers.size(), std::size_t(1));
        QVERIFY(change.peers[0].replaceAllowedIps);
        QCOMPARE(change.peers[0].allowedIps, peer.allowedIps);
        QCOMPARE(change.peers[0].endpoint, std::optional<Endpoint>(peer.endpoint));
    }
};

QTEST_GUILESS_MAIN(TestWireGuardTypes)
#include "TestWireGuardTypes.moc"
