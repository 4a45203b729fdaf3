// wgdeskctl end to end: the real binary against real WireGuard in a private network namespace
// and a real SQLite file, every change cross-checked with wg and ip, bad input refused with
// exit 2 and no change anywhere, and exactly one outbox event per entity changed. Built twice:
// against wireguard-go on the host (userspace) and against the kernel in the test VM (kernel).
#include "Keys.h"
#include "MonitorLock.h"
#include "Store.h"
#include "UserspaceTestSupport.h"
#include "WgQuickConfig.h"

#include <QTemporaryDir>

using namespace wgdesk;
using namespace wgdesk::tests;
using namespace wgdesk::tests::userspace;

namespace {

#ifdef WGDESK_CTL_KERNEL
const QString Backend = u"kernel"_s;
#else
const QString Backend = u"userspace"_s;
#endif

struct Ctl
{
    int exitCode = -1;
    QString out, err;
};

} // namespace

class TestWgdeskctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;
    app::MonitorLock monitorLock;

    Ctl ctl(const QStringList &args)
    {
        QProcess process;
        process.start(testBinary(u"../bin/wgdeskctl"_s),
                      QStringList{u"--db"_s, db, u"--backend"_s, Backend} + args);
        process.closeWriteChannel();
        Ctl result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // (entity, event, identifier) of every outbox row, oldest first.
    QStringList outbox()
    {
        app::Store store;
        QString error;
        if (!store.open(db, &error))
            return {u"cannot open: "_s + error};
        const auto events = store.pendingEvents(&error);
        QStringList rows;
        for (const auto &e : events.value_or(QList<app::OutboxEvent>{}))
            rows.append(e.entity + u' ' + e.event + u' ' + e.identifier);
        return rows;
    }

    QJsonArray jsonList(const QStringList &args)
    {
        const Ctl r = ctl(QStringList{u"--json"_s} + args);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef WGDESK_CTL_KERNEL
        requireTestVm();
#endif
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner));
        db = dir.filePath(u"state/wgdesk.db"_s);
        QVERIFY(QFile::exists(testBinary(u"../bin/wgdeskctl"_s)));
        // Events are recorded only while webhooks are on. This suite reads them from the outbox,
        // so it holds the monitor lock as a monitor would: the commands leave their events
        // there instead of delivering them (TestWebhookDelivery covers delivery).
        const Ctl set = ctl({u"webhook"_s, u"set"_s, u"--url"_s, u"https://127.0.0.1:9/hook"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QString error;
        QVERIFY2(monitorLock.tryLock(db, u"monitor"_s, nullptr, &error), qPrintable(error));
    }

    void cleanup() { cleanUpEverything(); }

    void interfaceLifecycle()
    {
        const QString name = ifname("a");
        const QStringList before = outbox();
        Ctl r = ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.40.0.1/24"_s,
                     u"--address"_s, u"fd40::1/64"_s, u"--listen-port"_s, u"51801"_s,
                     u"--mtu"_s, u"1380"_s, u"--up"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(wgShow(name, u"listen-port"_s), u"51801"_s);
        QCOMPARE(ipAddresses(name), (QSet<QString>{u"10.40.0.1/24"_s, u"fd40::1/64"_s}));
        QCOMPARE(ipLinkJson(name).value(u"mtu"_s).toInt(), 1380);
        QVERIFY(ipLinkJson(name).value(u"flags"_s).toArray().contains(u"UP"_s));
        QCOMPARE(outbox(), before + (QStringList{u"interface create "_s + name}));
        // The public key WG Desk stored is the one wireguard-go runs with.
        const QJsonArray list = jsonList({u"interface"_s, u"list"_s});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"PublicKey"_s].toString(), wgShow(name, u"public-key"_s));
        QCOMPARE(list[0][u"State"_s].toString(), u"up"_s);
        QVERIFY(!r.out.contains(u"PrivateKey"_s));

        // Update: only what is given changes; an update that changes nothing writes no event.
        r = ctl({u"interface"_s, u"update"_s, name, u"--listen-port"_s, u"51802"_s,
                 u"--address"_s, u"10.40.0.1/24"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(wgShow(name, u"listen-port"_s), u"51802"_s);
        QCOMPARE(ipAddresses(name), QSet<QString>{u"10.40.0.1/24"_s});
        r = ctl({u"interface"_s, u"update"_s, name, u"--listen-port"_s, u"51802"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(outbox(), before + (QStringList{u"interface create "_s + name,
                                                  u"interface update "_s + name}));

        r = ctl({u"interface"_s, u"down"_s, name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!ipLinkJson(name).value(u"flags"_s).toArray().contains(u"UP"_s));

        r = ctl({u"interface"_s, u"delete"_s, name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return ipLinkJson(name).isEmpty(); }, 5000));
        QCOMPARE(outbox().last(), u"interface delete "_s + name);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString name = ifname("b");
        QTest::newRow("invalid name")
            << QStringList{u"interface"_s, u"create"_s, u"bad name"_s}
            << u"Name: \u201cbad name\u201d contains \u201c \u201d"_s;
        QTest::newRow("port not a number")
            << QStringList{u"interface"_s, u"update"_s, name, u"--listen-port"_s, u"http"_s}
            << u"Listen port: \u201chttp\u201d is not a number from 0 to 65535."_s;
        QTest::newRow("port out of range")
            << QStringList{u"interface"_s, u"update"_s, name, u"--listen-port"_s, u"70000"_s}
            << u"Listen port: \u201c70000\u201d is not a number from 0 to 65535."_s;
        QTest::newRow("bad CIDR")
            << QStringList{u"interface"_s, u"update"_s, name, u"--address"_s, u"10.0.0.300/24"_s}
            << u"Address: \u201c10.0.0.300\u201d is not an IPv4 or IPv6 address."_s;
        QTest::newRow("malformed key")
            << QStringList{u"peer"_s, u"add"_s, name, u"--public-key"_s, u"abc"_s}
            << u"Public key: The key is 3 characters long"_s;
        QTest::newRow("allowed IP with host bits")
            << QStringList{u"peer"_s, u"add"_s, name, u"--generate-keys"_s, u"--allowed-ip"_s,
                           u"10.41.0.1/24"_s}
            << u"did you mean 10.41.0.0/24?"_s;
        QTest::newRow("bad endpoint")
            << QStringList{u"peer"_s, u"add"_s, name, u"--generate-keys"_s, u"--endpoint"_s,
                           u"fd00::1:51820"_s}
            << u"Endpoint: \u201cfd00::1:51820\u201d is not of the form host:port or [IPv6]:port."_s;
        QTest::newRow("unknown user")
            << QStringList{u"peer"_s, u"add"_s, name, u"--generate-keys"_s, u"--user"_s,
                           u"nobody-here"_s}
            << u"User: there is no user \u201cnobody-here\u201d."_s;
        QTest::newRow("unknown option")
            << QStringList{u"interface"_s, u"create"_s, name, u"--colour"_s, u"red"_s}
            << u"does not take --colour"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s}
                                         << u"Unknown command \u201cfrobnicate\u201d."_s;
        QTest::newRow("both key options")
            << QStringList{u"peer"_s, u"add"_s, name, u"--generate-keys"_s, u"--public-key"_s,
                           u"x"_s}
            << u"Public key: give either --public-key KEY or --generate-keys."_s;
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString name = ifname("b");
        QCOMPARE(ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.41.0.1/24"_s,
                      u"--listen-port"_s, u"51803"_s})
                     .exitCode,
                 0);
        const QStringList events = outbox();
        const WgDump dump = wgDump(name);
        const QSet<QString> addresses = ipAddresses(name);
        const QString stored = ctl({u"--json"_s, u"interface"_s, u"list"_s}).out;

        const Ctl r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(outbox(), events);
        QCOMPARE(ctl({u"--json"_s, u"interface"_s, u"list"_s}).out, stored);
        QCOMPARE(wgDump(name).peers.size(), dump.peers.size());
        QCOMPARE(wgDump(name).listenPort, dump.listenPort);
        QCOMPARE(ipAddresses(name), addresses);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
    }

    void refusedMidwayLeavesNothingBehind()
    {
        // The link is made, then WireGuard refuses its port (taken): the link must go again.
        // (wireguard-go refuses the port when it is set; the kernel binds it, and so refuses
        // it, when the interface comes up.)
        const QString first = ifname("h");
        const QString second = ifname("i");
        QCOMPARE(ctl({u"interface"_s, u"create"_s, first, u"--listen-port"_s, u"51809"_s,
                      u"--up"_s})
                     .exitCode,
                 0);
        const QStringList events = outbox();
        const Ctl r = ctl({u"interface"_s, u"create"_s, second, u"--listen-port"_s, u"51809"_s,
                           u"--address"_s, u"10.46.0.1/24"_s, u"--up"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the listen port is already in use"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"WireGuard was put back as it was; nothing was changed."_s),
                 qPrintable(r.err));
        QVERIFY(QTest::qWaitFor([&] { return ipLinkJson(second).isEmpty(); }, 5000));
        QCOMPARE(outbox(), events);
        QCOMPARE(jsonList({u"interface"_s, u"list"_s}).size(), 1);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, first}).exitCode, 0);
    }

    void usersAndPeers()
    {
        const QString name = ifname("c");
        QCOMPARE(ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.42.0.1/24"_s,
                      u"--listen-port"_s, u"51804"_s, u"--external-endpoint"_s,
                      u"vpn.example.org:51804"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"user"_s, u"add"_s, u"jane"_s, u"--email"_s, u"jane@example.org"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"user"_s, u"add"_s, u"joe"_s}).exitCode, 0);
        const QStringList before = outbox();

        Ctl r = ctl({u"--json"_s, u"peer"_s, u"add"_s, name, u"--generate-keys"_s,
                     u"--generate-psk"_s, u"--allowed-ip"_s, u"10.42.0.2/32"_s, u"--address"_s,
                     u"10.42.0.2/24"_s, u"--user"_s, u"jane"_s, u"--display-name"_s,
                     u"laptop"_s, u"--endpoint"_s, u"127.0.0.1:4000"_s, u"--keepalive"_s,
                     u"25"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString key = created.value(u"PublicKey"_s).toString();
        QCOMPARE(created.value(u"UserIdentifier"_s).toString(), u"jane"_s);
        QVERIFY(!created.contains(u"PrivateKey"_s) && !created.contains(u"PresharedKey"_s));
        WgDump dump = wgDump(name);
        QVERIFY(dump.peers.contains(key));
        QCOMPARE(dump.peers[key].allowedIps, QSet<QString>{u"10.42.0.2/32"_s});
        QCOMPARE(dump.peers[key].endpoint, u"127.0.0.1:4000"_s);
        QCOMPARE(dump.peers[key].keepalive, u"25"_s);
        QVERIFY(dump.peers[key].presharedKey != u"(none)");

        // --json never carries a secret: not in lists, not the preshared key.
        const QString listJson = ctl({u"--json"_s, u"peer"_s, u"list"_s, name}).out;
        QVERIFY(!listJson.contains(dump.peers[key].presharedKey));
        // peer config exists to hand the private key to its owner.
        r = ctl({u"peer"_s, u"config"_s, name, key});
        QCOMPARE(r.exitCode, 0);
        const auto parsed = app::parseWgQuick(r.out, u"client"_s, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->interface.publicKey, key);
        QCOMPARE(parsed->interface.addresses, QStringList{u"10.42.0.2/24"_s});
        QCOMPARE(parsed->peers.size(), std::size_t(1));
        QCOMPARE(parsed->peers[0].publicKey, wgShow(name, u"public-key"_s));
        QCOMPARE(parsed->peers[0].endpoint, u"vpn.example.org:51804"_s);
        QCOMPARE(parsed->peers[0].presharedKey, dump.peers[key].presharedKey);
        QCOMPARE(parsed->peers[0].allowedIps, QStringList{u"10.42.0.0/24"_s});
        r = ctl({u"peer"_s, u"config"_s, name, key, u"--qr"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QChar(0x2588)));

        // Update only the endpoint; the rest stays in wireguard-go.
        QCOMPARE(ctl({u"peer"_s, u"update"_s, name, key, u"--endpoint"_s, u"127.0.0.1:4001"_s})
                     .exitCode,
                 0);
        dump = wgDump(name);
        QCOMPARE(dump.peers[key].endpoint, u"127.0.0.1:4001"_s);
        QCOMPARE(dump.peers[key].keepalive, u"25"_s);
        QCOMPARE(dump.peers[key].allowedIps, QSet<QString>{u"10.42.0.2/32"_s});
        // No change: no event.
        QCOMPARE(ctl({u"peer"_s, u"update"_s, name, key, u"--endpoint"_s, u"127.0.0.1:4001"_s})
                     .exitCode,
                 0);
        // Disable takes it out of wireguard-go but keeps it in WG Desk; enable puts it back.
        QCOMPARE(ctl({u"peer"_s, u"update"_s, name, key, u"--disable"_s}).exitCode, 0);
        QVERIFY(!wgDump(name).peers.contains(key));
        QCOMPARE(jsonList({u"peer"_s, u"list"_s, name}).size(), 1);
        QCOMPARE(ctl({u"peer"_s, u"update"_s, name, key, u"--enable"_s}).exitCode, 0);
        QCOMPARE(wgDump(name).peers[key].endpoint, u"127.0.0.1:4001"_s);

        // A user who owns peers is not deleted, unless the peers move.
        r = ctl({u"user"_s, u"delete"_s, u"jane"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"owns 1 peer"_s), qPrintable(r.err));
        QCOMPARE(ctl({u"user"_s, u"delete"_s, u"jane"_s, u"--move-peers-to"_s, u"joe"_s}).exitCode,
                 0);
        QCOMPARE(jsonList({u"peer"_s, u"list"_s, name})[0][u"UserIdentifier"_s].toString(),
                 u"joe"_s);

        QCOMPARE(ctl({u"peer"_s, u"remove"_s, name, key}).exitCode, 0);
        QVERIFY(!wgDump(name).peers.contains(key));

        QCOMPARE(outbox().mid(before.size()),
                 (QStringList{u"peer create "_s + key, u"peer update "_s + key,
                              u"peer update "_s + key, u"peer update "_s + key,
                              u"peer update "_s + key, u"user delete jane"_s,
                              u"peer delete "_s + key}));
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
    }

    void addingAPeerThatRunsUnrecordedIsRefused()
    {
        const QString name = ifname("u");
        QCOMPARE(ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.46.0.1/24"_s,
                      u"--listen-port"_s, u"51809"_s})
                     .exitCode,
                 0);
        // Added behind WG Desk's back.
        const QString key = platform::keys::publicKey(platform::keys::generatePrivateKey())
                                .toBase64();
        QVERIFY(run({u"wg"_s, u"set"_s, name, u"peer"_s, key, u"allowed-ips"_s,
                     u"10.46.0.9/32"_s})
                    .ok);
        const QStringList events = outbox();
        const Ctl r = ctl({u"peer"_s, u"add"_s, name, u"--public-key"_s, key, u"--allowed-ip"_s,
                           u"10.46.0.2/32"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already runs"_s) && r.err.contains(u"adopt"_s),
                 qPrintable(r.err));
        // What runs is untouched, and nothing was recorded.
        QCOMPARE(wgDump(name).peers.value(key).allowedIps, QSet<QString>{u"10.46.0.9/32"_s});
        QCOMPARE(jsonList({u"peer"_s, u"list"_s, name}).size(), 0);
        QCOMPARE(outbox(), events);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
    }

    void importExportRoundTrip()
    {
        const QString name = ifname("d");
        QString conf = u"# office gateway\n[Interface]\nPrivateKey = %1\nListenPort = 51805\n"
                       u"Address = 10.43.0.1/24, fd43::1/64\nDNS = 10.43.0.1, corp.example\n"
                       u"PostUp = echo up %i\n\n"_s.arg(platform::keys::generatePrivateKey().toBase64());
        QStringList keys;
        for (int i = 0; i < 3; ++i) {
            keys.append(platform::keys::publicKey(platform::keys::generatePrivateKey()).toBase64());
            conf += u"[Peer]\n# peer %1\nPublicKey = %2\nAllowedIPs = 10.43.0.%3/32\n"
                    u"AllowedIPs = fd43::%3/128\nPersistentKeepalive = 25\n\n"_s.arg(i)
                        .arg(keys.last())
                        .arg(i + 2);
        }
        const QString path = dir.filePath(name + u".conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf.toUtf8());
        file.close();
        const QStringList before = outbox();
        QCOMPARE(ctl({u"interface"_s, u"import"_s, path}).exitCode, 0);
        const WgDump dump = wgDump(name);
        QCOMPARE(dump.peers.size(), 3);
        for (const QString &k : keys)
            QCOMPARE(dump.peers[k].allowedIps.size(), 2);
        QCOMPARE(outbox().mid(before.size()),
                 (QStringList{u"interface create "_s + name, u"peer create "_s + keys[0],
                              u"peer create "_s + keys[1], u"peer create "_s + keys[2]}));

        const Ctl exported = ctl({u"interface"_s, u"export"_s, name});
        QCOMPARE(exported.exitCode, 0);
        const auto original = app::parseWgQuick(conf, name, nullptr);
        const auto back = app::parseWgQuick(exported.out, name, nullptr);
        QVERIFY(original && back);
        QCOMPARE(back->interface.privateKey, original->interface.privateKey);
        QCOMPARE(back->interface.addresses, original->interface.addresses);
        QCOMPARE(back->interface.dns, original->interface.dns);
        QCOMPARE(back->interface.postUp, original->interface.postUp);
        QCOMPARE(back->interface.listenPort, 51805);
        QCOMPARE(back->peers.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(back->peers[i].publicKey, original->peers[i].publicKey);
            QCOMPARE(back->peers[i].allowedIps, original->peers[i].allowedIps);
            QCOMPARE(back->peers[i].persistentKeepalive, 25);
        }

        // A malformed file: exit 2, the line and the reason, and nothing made.
        const QString badPath = dir.filePath(ifname("e") + u".conf"_s);
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[Interface]\nListenPort = 51806\n\n[Peer]\nPublicKey = nope\n");
        bad.close();
        const QStringList events = outbox();
        const Ctl refused = ctl({u"interface"_s, u"import"_s, badPath});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"Line 5: "_s), qPrintable(refused.err));
        QCOMPARE(outbox(), events);
        QVERIFY(ipLinkJson(ifname("e")).isEmpty());

        // Deleting the interface deletes its peers: one event each.
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
        QCOMPARE(outbox().mid(events.size()).size(), 4);
        QCOMPARE(outbox().last(), u"interface delete "_s + name);
    }

    void driftShownAdoptedAndRestored()
    {
        const QString name = ifname("f");
        QCOMPARE(ctl({u"interface"_s, u"create"_s, name, u"--address"_s, u"10.44.0.1/24"_s,
                      u"--listen-port"_s, u"51807"_s, u"--up"_s})
                     .exitCode,
                 0);
        const QString recordedKey =
            platform::keys::publicKey(platform::keys::generatePrivateKey()).toBase64();
        QCOMPARE(ctl({u"peer"_s, u"add"_s, name, u"--public-key"_s, recordedKey,
                      u"--allowed-ip"_s, u"10.44.0.2/32"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"drift"_s}).out.trimmed(),
                 u"No drift: what runs matches WG Desk's records."_s);

        // Behind WG Desk's back: a peer added and an allowed IP changed with wg.
        const QString foreignKey =
            platform::keys::publicKey(platform::keys::generatePrivateKey()).toBase64();
        QVERIFY(run({u"wg"_s, u"set"_s, name, u"peer"_s, foreignKey, u"allowed-ips"_s,
                     u"10.44.0.9/32"_s})
                    .ok);
        QVERIFY(run({u"wg"_s, u"set"_s, name, u"peer"_s, recordedKey, u"allowed-ips"_s,
                     u"10.44.0.3/32"_s})
                    .ok);
        QJsonArray drift = jsonList({u"drift"_s});
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift[0][u"Drift"_s].toString(), u"differs"_s);
        QJsonArray peers = drift[0][u"Peers"_s].toArray();
        QCOMPARE(peers.size(), 2);
        QMap<QString, QString> kinds;
        for (const auto &p : peers)
            kinds.insert(p[u"PublicKey"_s].toString(), p[u"Drift"_s].toString());
        QCOMPARE(kinds.value(foreignKey), u"unknown"_s);
        QCOMPARE(kinds.value(recordedKey), u"differs"_s);
        // Nothing was overwritten by looking.
        QCOMPARE(wgDump(name).peers.size(), 2);

        // Adopt: the unknown peer gets a record (a create event), the changed one an update.
        const QStringList before = outbox();
        QCOMPARE(ctl({u"interface"_s, u"adopt"_s, name}).exitCode, 0);
        QStringList adopted = outbox().mid(before.size());
        adopted.sort(); // in the order the backend lists peers (wireguard-go: any order)
        QStringList expected{u"peer update "_s + recordedKey, u"peer create "_s + foreignKey};
        expected.sort();
        QCOMPARE(adopted, expected);
        QCOMPARE(jsonList({u"drift"_s}).size(), 0);

        // Deleted behind WG Desk's back: shown as missing, and restored with its peers.
        QVERIFY(run({u"ip"_s, u"link"_s, u"del"_s, name}).ok);
        QVERIFY(QTest::qWaitFor([&] { return ipLinkJson(name).isEmpty(); }, 5000));
        drift = jsonList({u"drift"_s});
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift[0][u"Drift"_s].toString(), u"missing"_s);
        QCOMPARE(ctl({u"interface"_s, u"restore"_s, name}).exitCode, 0);
        const WgDump dump = wgDump(name);
        QCOMPARE(dump.peers.size(), 2);
        QCOMPARE(dump.peers[recordedKey].allowedIps, QSet<QString>{u"10.44.0.3/32"_s});
        QCOMPARE(dump.peers[foreignKey].allowedIps, QSet<QString>{u"10.44.0.9/32"_s});
        QCOMPARE(dump.listenPort, u"51807"_s);
        QCOMPARE(ipAddresses(name), QSet<QString>{u"10.44.0.1/24"_s});
        QCOMPARE(jsonList({u"drift"_s}).size(), 0);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
    }

    void unmanagedInterfaceIsAdopted()
    {
        const QString name = ifname("g");
        // Made by hand, the way an administrator would without WG Desk.
        if (Backend == u"kernel")
            QVERIFY(run({u"ip"_s, u"link"_s, u"add"_s, name, u"type"_s, u"wireguard"_s}).ok);
        else
            QVERIFY(startWireGuardGo(name));
        const platform::Key key = platform::keys::generatePrivateKey();
        QVERIFY(wgSetconf(name, u"[Interface]\nPrivateKey = %1\nListenPort = 51808\n\n[Peer]\n"
                                u"PublicKey = %2\nAllowedIPs = 10.45.0.2/32\n"_s
                                    .arg(key.toBase64(),
                                         platform::keys::publicKey(
                                             platform::keys::generatePrivateKey())
                                             .toBase64())));
        QVERIFY(run({u"ip"_s, u"addr"_s, u"add"_s, u"10.45.0.1/24"_s, u"dev"_s, name}).ok);
        QJsonArray drift = jsonList({u"drift"_s});
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift[0][u"Drift"_s].toString(), u"unmanaged"_s);
        QCOMPARE(ctl({u"interface"_s, u"adopt"_s, name}).exitCode, 0);
        const QJsonArray list = jsonList({u"interface"_s, u"list"_s});
        QJsonObject adopted;
        for (const auto &entry : list)
            if (entry[u"Identifier"_s].toString() == name)
                adopted = entry.toObject();
        QCOMPARE(adopted.value(u"PublicKey"_s).toString(), platform::keys::publicKey(key).toBase64());
        QCOMPARE(adopted.value(u"ListenPort"_s).toInt(), 51808);
        QCOMPARE(adopted.value(u"Addresses"_s).toArray().at(0).toString(), u"10.45.0.1/24"_s);
        QCOMPARE(jsonList({u"peer"_s, u"list"_s, name}).size(), 1);
        QCOMPARE(jsonList({u"drift"_s}).size(), 0);
        QCOMPARE(ctl({u"interface"_s, u"delete"_s, name}).exitCode, 0);
    }
};

int main(int argc, char *argv[])
{
    return runInPrivateNetworkNamespace<TestWgdeskctl>("TestWgdeskctl", u"wgc"_s, argc, argv);
}

#include "TestWgdeskctl.moc"
