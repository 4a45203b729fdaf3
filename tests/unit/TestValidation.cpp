// Validation tables: each invalid input with the message the operator sees, naming the field
// and the reason; valid inputs pass without a problem.
#include "Keys.h"
#include "Validation.h"

#include <QtTest>

using namespace wgdesk;
using namespace wgdesk::app;
using namespace Qt::StringLiterals;

namespace {

QString newPublicKey()
{
    return platform::keys::publicKey(platform::keys::generatePrivateKey()).toBase64();
}

Peer validPeer()
{
    Peer peer;
    peer.interfaceIdentifier = u"wg0"_s;
    peer.publicKey = newPublicKey();
    peer.allowedIps = {u"10.0.0.2/32"_s, u"fd00::2/128"_s};
    peer.addresses = {u"10.0.0.2/24"_s};
    return peer;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(platform::keys::initialize()); }

    void interfaces_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: valid
        QTest::newRow("valid name") << u"Identifier"_s << u"wg0"_s << QString();
        QTest::newRow("name with space")
            << u"Identifier"_s << u"wg 0"_s
            << u"Name: \u201cwg 0\u201d contains \u201c \u201d; only letters, digits and _ = + . - "
               u"are allowed."_s;
        QTest::newRow("name too long")
            << u"Identifier"_s << u"abcdefghijklmnop"_s
            << u"Name: \u201cabcdefghijklmnop\u201d is 16 characters long; Linux allows at most 15."_s;
        QTest::newRow("port too big") << u"ListenPort"_s << u"70000"_s
                                      << u"Listen port: 70000 is not a port number from 0 (random) "
                                         u"to 65535."_s;
        QTest::newRow("negative port") << u"ListenPort"_s << u"-1"_s
                                       << u"Listen port: -1 is not a port number from 0 (random) "
                                          u"to 65535."_s;
        QTest::newRow("random port") << u"ListenPort"_s << u"0"_s << QString();
        QTest::newRow("MTU too small") << u"Mtu"_s << u"500"_s
                                       << u"MTU: 500 is outside 576 to 65535."_s;
        QTest::newRow("MTU default") << u"Mtu"_s << u"0"_s << QString();
        QTest::newRow("address without prefix")
            << u"Addresses"_s << u"10.0.0.1"_s
            << u"Address: \u201c10.0.0.1\u201d has no prefix length; write it as 10.0.0.1/32."_s;
        QTest::newRow("address with host bits is fine") << u"Addresses"_s << u"10.0.0.1/24"_s
                                                        << QString();
        QTest::newRow("address garbage")
            << u"Addresses"_s << u"10.0.0.300/24"_s
            << u"Address: \u201c10.0.0.300\u201d is not an IPv4 or IPv6 address."_s;
        QTest::newRow("private key short")
            << u"PrivateKey"_s << u"abc="_s
            << u"Private key: The key is 4 characters long; a WireGuard key is 44 characters of "
               u"base64 ending in one \u201c=\u201d."_s;
        QTest::newRow("table word") << u"Table"_s << u"main"_s
                                    << u"Table: \u201cmain\u201d is not off, auto or a table "
                                       u"number."_s;
        QTest::newRow("table off") << u"Table"_s << u"off"_s << QString();
        QTest::newRow("table number") << u"Table"_s << u"1234"_s << QString();
        QTest::newRow("DNS search domain") << u"DNS"_s << u"corp.example"_s << QString();
        QTest::newRow("DNS garbage") << u"DNS"_s << u"not a domain"_s
                                     << u"DNS: \u201cnot a domain\u201d is neither an IP address "
                                        u"nor a search domain."_s;
        QTest::newRow("external endpoint hostname") << u"ExternalEndpoint"_s
                                                    << u"vpn.example.org:51820"_s << QString();
        QTest::newRow("external endpoint no port")
            << u"ExternalEndpoint"_s << u"vpn.example.org"_s
            << u"External endpoint: \u201cvpn.example.org\u201d is not of the form host:port or "
               u"[IPv6]:port."_s;
    }

    void interfaces()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Interface interface;
        interface.identifier = u"wg0"_s;
        if (field == u"Identifier")
            interface.identifier = value;
        else if (field == u"ListenPort")
            interface.listenPort = value.toInt();
        else if (field == u"Mtu")
            interface.mtu = value.toInt();
        else if (field == u"Addresses")
            interface.addresses = {value};
        else if (field == u"PrivateKey")
            interface.privateKey = value;
        else if (field == u"Table")
            interface.table = value;
        else if (field == u"DNS")
            interface.dns = {value};
        else if (field == u"ExternalEndpoint")
            interface.externalEndpoint = value;
        const Problems problems = validateInterface(interface);
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(errorText(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, field);
            QCOMPARE(problems.first().message, expected);
            QVERIFY(hasErrors(problems));
        }
    }

    void ipv6NeedsMtu1280()
    {
        Interface interface;
        interface.identifier = u"wg0"_s;
        interface.addresses = {u"fd00::1/64"_s};
        interface.mtu = 1200;
        const Problems problems = validateInterface(interface);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 u"MTU: 1200 is outside 1280 to 65535 (IPv6 needs at least 1280)."_s);
    }

    void peers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("allowed IP with host bits")
            << u"AllowedIPs"_s << u"10.0.0.1/24"_s
            << u"Allowed IPs: \u201c10.0.0.1/24\u201d has host bits set; did you mean 10.0.0.0/24?"_s;
        QTest::newRow("IPv6 allowed IP with host bits")
            << u"AllowedIPs"_s << u"fd00::1/64"_s
            << u"Allowed IPs: \u201cfd00::1/64\u201d has host bits set; did you mean fd00::/64?"_s;
        QTest::newRow("allowed IP prefix 33")
            << u"AllowedIPs"_s << u"10.0.0.0/33"_s
            << u"Allowed IPs: The prefix length \u201c33\u201d is not a number from 0 to 32."_s;
        QTest::newRow("default route") << u"AllowedIPs"_s << u"0.0.0.0/0"_s << QString();
        QTest::newRow("endpoint hostname") << u"Endpoint"_s << u"peer.example.org:51820"_s
                                           << QString();
        QTest::newRow("endpoint IPv6") << u"Endpoint"_s << u"[2001:db8::1]:51820"_s << QString();
        QTest::newRow("endpoint port 0")
            << u"Endpoint"_s << u"peer.example.org:0"_s
            << u"Endpoint: the port \u201c0\u201d is not a number from 1 to 65535."_s;
        QTest::newRow("endpoint IPv6 unbracketed")
            << u"Endpoint"_s << u"2001:db8::1:51820"_s
            << u"Endpoint: \u201c2001:db8::1:51820\u201d is not of the form host:port or "
               u"[IPv6]:port."_s;
        QTest::newRow("endpoint bad host")
            << u"Endpoint"_s << u"bad_host!:5"_s
            << u"Endpoint: \u201cbad_host!\u201d is neither an IP address nor a host name."_s;
        QTest::newRow("keepalive too big")
            << u"PersistentKeepalive"_s << u"70000"_s
            << u"Persistent keepalive: 70000 is not a number of seconds from 0 (off) to 65535."_s;
        QTest::newRow("public key hex")
            << u"PublicKey"_s
            << u"c8a9e7e5317e95d5c9b5ed78b638b7ce530dabe85ddab614220241801ddf0669"_s
            << u"Public key: The key is 64 characters long; a WireGuard key is 44 characters "
               u"of base64 ending in one \u201c=\u201d."_s;
        QTest::newRow("preshared key not base64")
            << u"PresharedKey"_s << u"yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBm!="_s
            << u"Preshared key: The key contains \u201c!\u201d, which is not a base64 "
               u"character."_s;
        QTest::newRow("user identifier with space")
            << u"UserIdentifier"_s << u"jane doe"_s
            << u"User: \u201cjane doe\u201d may contain only letters, digits and . _ @ + -, at "
               u"most 64 characters."_s;
        QTest::newRow("check address") << u"CheckAddress"_s << u"10.0.0.x"_s
                                       << u"Check address: \u201c10.0.0.x\u201d is not an IP "
                                          u"address."_s;
    }

    void peers()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Peer peer = validPeer();
        if (field == u"AllowedIPs")
            peer.allowedIps = {value};
        else if (field == u"Endpoint")
            peer.endpoint = value;
        else if (field == u"PersistentKeepalive")
            peer.persistentKeepalive = value.toInt();
        else if (field == u"PublicKey")
            peer.publicKey = value;
        else if (field == u"PresharedKey")
            peer.presharedKey = value;
        else if (field == u"UserIdentifier")
            peer.userIdentifier = value;
        else if (field == u"CheckAddress")
            peer.checkAddress = value;
        const Problems problems = validatePeer(peer, {});
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(errorText(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, field);
            QCOMPARE(problems.first().message, expected);
        }
    }

    void duplicateKeyIsAnError()
    {
        Peer a = validPeer();
        a.displayName = u"laptop"_s;
        Peer b = validPeer();
        b.publicKey = a.publicKey;
        b.allowedIps = {u"10.0.0.3/32"_s};
        const Problems problems = validatePeer(b, {a});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 u"Public key: another peer of wg0 (laptop) already has this key."_s);
        QVERIFY(hasErrors(problems));
    }

    void interfaceOwnKeyIsAnError()
    {
        const Peer peer = validPeer();
        const Problems problems = validatePeer(peer, {}, peer.publicKey);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, u"Public key: it is the interface's own public key."_s);
    }

    void overlappingAllowedIpsWarn()
    {
        Peer a = validPeer();
        a.displayName = u"router"_s;
        a.allowedIps = {u"10.1.0.0/16"_s};
        Peer b = validPeer();
        b.allowedIps = {u"10.1.2.0/24"_s};
        const Problems problems = validatePeer(b, {a});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().warning);
        QVERIFY(!hasErrors(problems));
        QCOMPARE(problems.first().message,
                 u"Allowed IPs: 10.1.2.0/24 overlaps 10.1.0.0/16 of peer router; the kernel routes "
                 u"the overlap to the peer with the more specific prefix."_s);
        b.allowedIps = {u"10.2.0.0/16"_s};
        QVERIFY(validatePeer(b, {a}).isEmpty());
    }

    void privateKeyMustMatchPublicKey()
    {
        Peer peer = validPeer();
        peer.privateKey = platform::keys::generatePrivateKey().toBase64();
        const Problems problems = validatePeer(peer, {});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 u"Private key: it does not belong to the public key."_s);
        const platform::Key key = platform::keys::generatePrivateKey();
        peer.privateKey = key.toBase64();
        peer.publicKey = platform::keys::publicKey(key).toBase64();
        QVERIFY(validatePeer(peer, {}).isEmpty());
    }

    void users_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid") << u"jane.doe"_s << u"jane@example.org"_s << QString();
        QTest::newRow("empty identifier") << QString() << QString()
                                          << u"Identifier: it is empty."_s;
        QTest::newRow("identifier with slash")
            << u"a/b"_s << QString()
            << u"Identifier: \u201ca/b\u201d may contain only letters, digits and . _ @ + -, at "
               u"most 64 characters."_s;
        QTest::newRow("bad email") << u"jane"_s << u"jane.example.org"_s
                                   << u"Email: \u201cjane.example.org\u201d is not an email "
                                      u"address."_s;
    }

    void users()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, email);
        QFETCH(QString, expected);
        User user;
        user.identifier = identifier;
        user.email = email;
        const Problems problems = validateUser(user);
        if (expected.isEmpty()) {
            QVERIFY(problems.isEmpty());
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().message, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
