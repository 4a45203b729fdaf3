// Payloads as webhooks.md specifies them: exactly the contract's keys with their JSON types,
// RFC 3339 times with the local offset, null for unknown times, and no secret anywhere.
#include "Keys.h"
#include "Payloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <ctime>

using namespace wgdesk;
using namespace wgdesk::app;
using namespace Qt::StringLiterals;

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QRegularExpression rfc3339Ms(
    u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{2}:\\d{2}$"_s);

} // namespace

class TestPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(platform::keys::initialize()); }

    void userHasExactlyTheContractKeys()
    {
        User user;
        user.identifier = u"jane"_s;
        user.isAdmin = true;
        user.createdAt = QDateTime::currentDateTimeUtc();
        const QJsonObject p = userPayload(user);
        QCOMPARE(sortedKeys(p),
                 sorted({u"Identifier"_s, u"Email"_s, u"Firstname"_s, u"Lastname"_s, u"Phone"_s,
                         u"Department"_s, u"Notes"_s, u"IsAdmin"_s, u"Disabled"_s,
                         u"DisabledReason"_s, u"CreatedAt"_s, u"UpdatedAt"_s, u"CreatedBy"_s,
                         u"UpdatedBy"_s}));
        QVERIFY(p.value(u"IsAdmin"_s).isBool());
        QVERIFY(p.value(u"Disabled"_s).isNull());
        QVERIFY(p.value(u"UpdatedAt"_s).isNull());
        QVERIFY2(rfc3339Ms.match(p.value(u"CreatedAt"_s).toString()).hasMatch(),
                 qPrintable(p.value(u"CreatedAt"_s).toString()));
    }

    void interfaceHasExactlyTheContractKeysAndNoPrivateKey()
    {
        Interface interface;
        interface.identifier = u"wg0"_s;
        const platform::Key key = platform::keys::generatePrivateKey();
        interface.privateKey = key.toBase64();
        interface.publicKey = platform::keys::publicKey(key).toBase64();
        interface.addresses = {u"10.0.0.1/24"_s, u"fd00::1/64"_s};
        interface.firewallMark = 0xffffffffu;
        interface.listenPort = 51820;
        const QJsonObject p = interfacePayload(interface);
        QCOMPARE(sortedKeys(p),
                 sorted({u"Identifier"_s, u"DisplayName"_s, u"PublicKey"_s, u"ListenPort"_s,
                         u"Addresses"_s, u"Mtu"_s, u"FirewallMark"_s, u"Disabled"_s,
                         u"CreatedAt"_s, u"UpdatedAt"_s, u"CreatedBy"_s, u"UpdatedBy"_s}));
        QVERIFY(p.value(u"Addresses"_s).isArray());
        QCOMPARE(p.value(u"Addresses"_s).toArray().size(), 2);
        QCOMPARE(p.value(u"ListenPort"_s).toInt(), 51820);
        QCOMPARE(p.value(u"FirewallMark"_s).toInteger(), 0xffffffffLL);
        const QByteArray json = QJsonDocument(p).toJson();
        QVERIFY(!json.contains(interface.privateKey.toLatin1()));
    }

    void peerHasExactlyTheContractKeysAndNoSecrets()
    {
        Peer peer;
        const platform::Key key = platform::keys::generatePrivateKey();
        peer.privateKey = key.toBase64();
        peer.publicKey = platform::keys::publicKey(key).toBase64();
        peer.presharedKey = platform::keys::generatePresharedKey().toBase64();
        peer.interfaceIdentifier = u"wg0"_s;
        peer.allowedIps = {u"10.0.0.2/32"_s, u"fd00::2/128"_s};
        peer.addresses = {u"10.0.0.2/24"_s};
        peer.persistentKeepalive = 25;
        peer.disabled = QDateTime::currentDateTime();
        const QJsonObject p = peerPayload(peer);
        QCOMPARE(sortedKeys(p),
                 sorted({u"Identifier"_s, u"PublicKey"_s, u"DisplayName"_s, u"UserIdentifier"_s,
                         u"InterfaceIdentifier"_s, u"Endpoint"_s, u"AllowedIPsStr"_s,
                         u"Addresses"_s, u"PersistentKeepalive"_s, u"Disabled"_s,
                         u"DisabledReason"_s, u"ExpiresAt"_s, u"Notes"_s, u"CreatedAt"_s,
                         u"UpdatedAt"_s, u"CreatedBy"_s, u"UpdatedBy"_s}));
        QCOMPARE(p.value(u"Identifier"_s).toString(), peer.publicKey);
        QCOMPARE(p.value(u"AllowedIPsStr"_s).toString(), u"10.0.0.2/32,fd00::2/128"_s);
        QVERIFY(p.value(u"PersistentKeepalive"_s).isDouble());
        QVERIFY(p.value(u"Disabled"_s).isString());
        const QByteArray json = QJsonDocument(p).toJson();
        QVERIFY(!json.contains(peer.privateKey.toLatin1()));
        QVERIFY(!json.contains(peer.presharedKey.toLatin1()));
    }

    void timesCarryTheLocalOffset()
    {
        const QDateTime utc(QDate(2025, 6, 26), QTime(21, 4, 33, 325), Qt::UTC);
        const QString text = rfc3339(utc).toString();
        QVERIFY2(rfc3339Ms.match(text).hasMatch(), qPrintable(text));
        // Parsing it back gives the same instant.
        QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(), utc);
        QVERIFY(rfc3339(QDateTime()).isNull());
    }

    void halfHourOffsets()
    {
        // A POSIX TZ string needs no time zone database: UTC+05:30 all year.
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", "XYZ-5:30");
        tzset();
        const QDateTime utc(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        const QString text = rfc3339(utc).toString();
        const QString nanos = rfc3339(utc.toSecsSinceEpoch(), 7).toString();
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
        QCOMPARE(text, u"2025-01-02T08:34:05.006+05:30"_s);
        QCOMPARE(nanos, u"2025-01-02T08:34:05.000000007+05:30"_s);
    }

    void nanosecondTimes()
    {
        const QString text = rfc3339(1750971873, 325216659).toString();
        QVERIFY2(QRegularExpression(u"^2025-06-2\\dT\\d{2}:\\d{2}:33\\.325216659[+-]\\d{2}:\\d{2}$"_s)
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QCOMPARE(QDateTime::fromString(text.left(19) + text.right(6), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 1750971873);
        QVERIFY(rfc3339(0, 0).isNull());
    }

    void envelopeHasExactlyFourKeys()
    {
        const QJsonObject e = envelope(u"create"_s, u"user"_s, u"jane"_s, {});
        QCOMPARE(sortedKeys(e), sorted({u"event"_s, u"entity"_s, u"identifier"_s, u"payload"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPayloads)
#include "TestPayloads.moc"
