// wg-quick files: every key is read into WG Desk's records, written back canonically, and read
// again to the same records and comments (the round trip); malformed files are refused with the
// line and the reason. Cross-checked with wg-quick itself: `wg-quick strip` of WG Desk's export
// gives the same wg(8) configuration as `wg-quick strip` of the original.
#include "Keys.h"
#include "WgQuickConfig.h"
#include "WireGuardTypes.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace wgdesk;
using namespace wgdesk::app;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(wgdesk::app::WgQuickFile)

namespace {

QString newPrivateKey()
{
    return platform::keys::generatePrivateKey().toBase64();
}

QString publicOf(const QString &privateKey)
{
    return platform::keys::publicKey(*platform::Key::fromBase64(privateKey)).toBase64();
}

// Compares every field of the records and the comments; warnings only if asked.
void compareFiles(const WgQuickFile &actual, const WgQuickFile &expected, bool withWarnings)
{
    const Interface &a = actual.interface;
    const Interface &e = expected.interface;
    QCOMPARE(a.identifier, e.identifier);
    QCOMPARE(a.privateKey, e.privateKey);
    QCOMPARE(a.publicKey, e.publicKey);
    QCOMPARE(a.listenPort, e.listenPort);
    QCOMPARE(a.addresses, e.addresses);
    QCOMPARE(a.mtu, e.mtu);
    QCOMPARE(a.firewallMark, e.firewallMark);
    QCOMPARE(a.dns, e.dns);
    QCOMPARE(a.table, e.table);
    QCOMPARE(a.preUp, e.preUp);
    QCOMPARE(a.postUp, e.postUp);
    QCOMPARE(a.preDown, e.preDown);
    QCOMPARE(a.postDown, e.postDown);
    QCOMPARE(a.saveConfig, e.saveConfig);
    QVERIFY(a == e); // and the fields a wg-quick file does not have stay at their defaults
    QCOMPARE(actual.peers.size(), expected.peers.size());
    for (size_t i = 0; i < actual.peers.size(); ++i) {
        const Peer &p = actual.peers[i];
        const Peer &q = expected.peers[i];
        QCOMPARE(p.interfaceIdentifier, q.interfaceIdentifier);
        QCOMPARE(p.publicKey, q.publicKey);
        QCOMPARE(p.presharedKey, q.presharedKey);
        QCOMPARE(p.allowedIps, q.allowedIps);
        QCOMPARE(p.endpoint, q.endpoint);
        QCOMPARE(p.persistentKeepalive, q.persistentKeepalive);
        QVERIFY(p == q);
    }
    auto compareComments = [](const WgQuickComments &x, const WgQuickComments &y) {
        QCOMPARE(x.header, y.header);
        QCOMPARE(x.headerTrailing, y.headerTrailing);
        QCOMPARE(x.beforeKey, y.beforeKey);
        QCOMPARE(x.trailing, y.trailing);
    };
    compareComments(actual.interfaceComments, expected.interfaceComments);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(actual.peerComments.keys().size(), expected.peerComments.keys().size());
    for (auto it = expected.peerComments.begin(); it != expected.peerComments.end(); ++it) {
        QVERIFY2(actual.peerComments.contains(it.key()), qPrintable(it.key()));
        compareComments(actual.peerComments.value(it.key()), it.value());
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.trailingComments, expected.trailingComments);
    if (withWarnings)
        QCOMPARE(actual.warnings, expected.warnings);
}

// The wg(8) configuration in a text, as wg's config.c reads it: comments cut, all whitespace
// removed, keys case-insensitive, values in a normal form (so that formatting does not count).
struct WgConfig
{
    QMap<QString, QString> interface;
    QList<QMap<QString, QString>> peers;

    friend bool operator==(const WgConfig &, const WgConfig &) = default;
};

QString normalValue(const QString &key, const QString &value)
{
    if (key == u"allowedips"_s) {
        QStringList entries;
        for (const QString &entry : value.split(u',', Qt::SkipEmptyParts)) {
            const auto prefix = platform::IpPrefix::parse(entry);
            entries.append(prefix ? prefix->network().toString() : u"BAD:"_s + entry);
        }
        return entries.join(u',');
    }
    if (key == u"fwmark"_s || key == u"persistentkeepalive"_s || key == u"listenport"_s) {
        if (value.compare(u"off"_s, Qt::CaseInsensitive) == 0)
            return u"0"_s;
        bool ok = false;
        const qulonglong number = value.startsWith(u"0x"_s) ? value.mid(2).toULongLong(&ok, 16)
                                                            : value.toULongLong(&ok, 10);
        return ok ? QString::number(number) : u"BAD:"_s + value;
    }
    return value;
}

WgConfig wgConfig(const QString &text)
{
    WgConfig config;
    QMap<QString, QString> *section = nullptr;
    for (QString line : text.split(u'\n')) {
        line.truncate(line.indexOf(u'#') < 0 ? line.size() : line.indexOf(u'#'));
        line.remove(QRegularExpression(u"\\s"_s));
        if (line.isEmpty())
            continue;
        if (line.compare(u"[Interface]"_s, Qt::CaseInsensitive) == 0) {
            section = &config.interface;
            continue;
        }
        if (line.compare(u"[Peer]"_s, Qt::CaseInsensitive) == 0) {
            config.peers.append(QMap<QString, QString>());
            section = &config.peers.last();
            continue;
        }
        const QString key = line.section(u'=', 0, 0).toLower();
        const QString value = normalValue(key, line.section(u'=', 1));
        if (!section) {
            config.interface.insert(u"OUTSIDE:"_s + key, value);
            continue;
        }
        if (key == u"allowedips"_s && section->contains(key)) {
            QStringList all = section->value(key).split(u',') + value.split(u',');
            section->insert(key, all.join(u','));
        } else {
            section->insert(key, value);
        }
    }
    // Defaults are the same as leaving the key out; lists compare as sets.
    auto clean = [](QMap<QString, QString> &map) {
        for (auto it = map.begin(); it != map.end();) {
            if (it.value() == u"0"_s || it.value().isEmpty())
                it = map.erase(it);
            else
                ++it;
        }
        if (map.contains(u"allowedips"_s)) {
            QStringList entries = map.value(u"allowedips"_s).split(u',', Qt::SkipEmptyParts);
            entries.sort();
            entries.removeDuplicates();
            map.insert(u"allowedips"_s, entries.join(u','));
        }
    };
    clean(config.interface);
    for (auto &peer : config.peers)
        clean(peer);
    return config;
}

QString describe(const WgConfig &config)
{
    QString text;
    auto add = [&text](const QMap<QString, QString> &map) {
        for (auto it = map.begin(); it != map.end(); ++it)
            text += u"  "_s + it.key() + u'=' + it.value() + u'\n';
    };
    text += u"[Interface]\n"_s;
    add(config.interface);
    for (const auto &peer : config.peers) {
        text += u"[Peer]\n"_s;
        add(peer);
    }
    return text;
}

} // namespace

class TestWgQuickConfig : public QObject
{
    Q_OBJECT

private:
    QString m_private;        // the interface's private key
    QStringList m_peerKeys;   // public keys of peers
    QString m_psk;

    // Replaces {priv}, {pub}, {psk} and {peerN} in a file's text.
    QString fill(QString text) const
    {
        text.replace(u"{priv}"_s, m_private);
        text.replace(u"{pub}"_s, publicOf(m_private));
        text.replace(u"{psk}"_s, m_psk);
        for (qsizetype i = m_peerKeys.size() - 1; i >= 0; --i)
            text.replace(u"{peer%1}"_s.arg(i), m_peerKeys.at(i));
        return text;
    }

    WgQuickFile base() const
    {
        WgQuickFile file;
        file.interface.identifier = u"wg0"_s;
        file.interface.privateKey = m_private;
        file.interface.publicKey = publicOf(m_private);
        return file;
    }

    Peer peer(int index, const QStringList &allowedIps, const QString &endpoint = {},
              int keepalive = 0, const QString &psk = {}) const
    {
        Peer p;
        p.interfaceIdentifier = u"wg0"_s;
        p.publicKey = m_peerKeys.at(index);
        p.allowedIps = allowedIps;
        p.endpoint = endpoint;
        p.persistentKeepalive = keepalive;
        p.presharedKey = psk;
        return p;
    }

    static bool canRunWgQuickStrip()
    {
        // wg-quick re-runs itself through sudo unless it is root; only then is it safe here.
        return geteuid() == 0 && !QStandardPaths::findExecutable(u"wg-quick"_s).isEmpty();
    }

    // `wg-quick strip` of `text` saved as wg0.conf. It only reads the file (parse_options,
    // then echo) and, as root, does not re-run itself through sudo.
    static QString wgQuickStrip(const QString &text, QString *error)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wg0.conf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return {};
        }
        file.write(text.toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.start(u"wg-quick"_s, {u"strip"_s, path});
        if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *error = QString::fromUtf8(process.readAllStandardError());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(platform::keys::initialize());
        m_private = newPrivateKey();
        for (int i = 0; i < 60; ++i)
            m_peerKeys.append(publicOf(newPrivateKey()));
        m_psk = platform::keys::generatePresharedKey().toBase64();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<WgQuickFile>("expected");

        {
            WgQuickFile f = base();
            QTest::newRow("interface only, no peers") << fill(u"[Interface]\nPrivateKey = {priv}\n"_s)
                                                       << f;
        }
        {
            WgQuickFile f = base();
            f.interface.privateKey.clear();
            f.interface.publicKey.clear();
            f.interface.listenPort = 51820;
            QTest::newRow("interface without a private key")
                << u"[Interface]\nListenPort = 51820\n"_s << f;
        }
        {
            WgQuickFile f = base();
            Interface &i = f.interface;
            i.listenPort = 51820;
            i.firewallMark = 0xca6c;
            i.addresses = {u"10.0.0.1/24"_s, u"fd00::1/64"_s, u"10.1.0.1/16"_s};
            i.dns = {u"10.0.0.53"_s, u"fd00::53"_s, u"corp.example.com"_s, u"example.org"_s};
            i.mtu = 1420;
            i.table = u"off"_s;
            i.preUp = {u"echo pre %i"_s};
            i.postUp = {u"iptables -A FORWARD -i %i -j ACCEPT"_s,
                        u"iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE"_s};
            i.preDown = {u"logger going down %i"_s};
            i.postDown = {u"iptables -D FORWARD -i %i -j ACCEPT; echo done=1"_s};
            i.saveConfig = true;
            f.peers.push_back(peer(0, {u"10.0.0.2/32"_s}));
            QTest::newRow("every interface key")
                << fill(u"[Interface]\n"
                        u"PrivateKey = {priv}\n"
                        u"ListenPort = 51820\n"
                        u"FwMark = 0xca6c\n"
                        u"Address = 10.0.0.1/24, fd00::1/64\n"
                        u"Address = 10.1.0.1/16\n"
                        u"DNS = 10.0.0.53, fd00::53, corp.example.com\n"
                        u"DNS = example.org\n"
                        u"MTU = 1420\n"
                        u"Table = off\n"
                        u"PreUp = echo pre %i\n"
                        u"PostUp = iptables -A FORWARD -i %i -j ACCEPT\n"
                        u"PostUp = iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n"
                        u"PreDown = logger going down %i\n"
                        u"PostDown = iptables -D FORWARD -i %i -j ACCEPT; echo done=1\n"
                        u"SaveConfig = true\n"
                        u"\n"
                        u"[Peer]\n"
                        u"PublicKey = {peer0}\n"
                        u"AllowedIPs = 10.0.0.2/32\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.addresses = {u"fd00:1::1/64"_s};
            f.interface.mtu = 1280;
            f.peers.push_back(peer(0, {u"::/0"_s, u"0.0.0.0/0"_s}, u"[2001:db8::1]:51820"_s, 25));
            f.peers.push_back(peer(1, {u"fd00:1::2/128"_s}, u"[2001:db8::2]:443"_s));
            QTest::newRow("IPv6 addresses and endpoints")
                << fill(u"[Interface]\nPrivateKey = {priv}\nAddress = fd00:1:0::1/64\nMTU = 1280\n"
                        u"[Peer]\nPublicKey = {peer0}\nAllowedIPs = ::/0, 0.0.0.0/0\n"
                        u"Endpoint = [2001:db8::1]:51820\nPersistentKeepalive = 25\n"
                        u"[Peer]\nPublicKey = {peer1}\nAllowedIPs = fd00:1::2/128\n"
                        u"Endpoint = [2001:db8::2]:443\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.peers.push_back(peer(0,
                                   {u"10.0.0.2/32"_s, u"10.10.0.0/16"_s, u"192.168.1.0/24"_s,
                                    u"fd00::2/128"_s},
                                   u"vpn.example.com:51820"_s, 0, m_psk));
            QTest::newRow("several AllowedIPs lines, hostname endpoint, preshared key")
                << fill(u"[Interface]\nPrivateKey = {priv}\n\n[Peer]\nPublicKey = {peer0}\n"
                        u"PresharedKey = {psk}\n"
                        u"AllowedIPs = 10.0.0.2/32\n"
                        u"AllowedIPs = 10.10.0.0/16,192.168.1.0/24\n"
                        u"AllowedIPs=fd00::2/128\n"
                        u"Endpoint = vpn.example.com:51820\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.listenPort = 51821;
            f.peers.push_back(peer(0, {u"10.0.0.2/32"_s}, {}, 0));
            f.peers.push_back(peer(1, {u"10.0.0.3/32"_s}));
            WgQuickComments &ic = f.interfaceComments;
            ic.header = {u"# WG Desk test"_s, u"#   the server"_s};
            ic.headerTrailing = u"# this host"_s;
            ic.beforeKey.insert(u"PrivateKey"_s, {u"# keep secret"_s});
            ic.trailing.insert(u"ListenPort"_s, u"# the usual port + 1"_s);
            ic.beforeKey.insert(u"PostUp/1"_s, {u"# second hook"_s});
            ic.trailing.insert(u"PostUp/0"_s, u"# first hook"_s);
            f.interface.postUp = {u"echo one"_s, u"echo two"_s};
            ic.beforeKey.insert(u"Address"_s, {u"# b"_s, u"# t2"_s});
            ic.trailing.insert(u"Address"_s, u"# t1"_s);
            f.interface.addresses = {u"10.0.0.1/24"_s, u"10.0.1.1/24"_s};
            WgQuickComments alice;
            alice.header = {u"# Alice's phone"_s};
            alice.trailing.insert(u"PersistentKeepalive"_s, u"# no keepalive"_s);
            f.peerComments.insert(m_peerKeys.at(0), alice);
            WgQuickComments bob;
            bob.header = {u"## Bob"_s};
            bob.beforeKey.insert(u"AllowedIPs"_s, {u"#route=his LAN"_s});
            f.peerComments.insert(m_peerKeys.at(1), bob);
            f.trailingComments = {u"# end of file"_s};
            QTest::newRow("comments")
                << fill(u"# WG Desk test\n"
                        u"\n"
                        u"#   the server\n"
                        u"[Interface]   # this host\n"
                        u"# keep secret\n"
                        u"PrivateKey = {priv}\n"
                        u"ListenPort = 51821 # the usual port + 1\n"
                        u"Address = 10.0.0.1/24 # t1\n"
                        u"   # b\n"
                        u"Address = 10.0.1.1/24 # t2\n"
                        u"PostUp = echo one # first hook\n"
                        u"# second hook\n"
                        u"PostUp = echo two\n"
                        u"\n"
                        u"# Alice's phone\n"
                        u"[Peer]\n"
                        u"PublicKey = {peer0}\n"
                        u"AllowedIPs = 10.0.0.2/32\n"
                        u"PersistentKeepalive = off # no keepalive\n"
                        u"## Bob\n"
                        u"[Peer]\n"
                        u"PublicKey = {peer1}\n"
                        u"#route=his LAN\n"
                        u"AllowedIPs = 10.0.0.3/32\n"
                        u"\n"
                        u"# end of file\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.listenPort = 1234;
            f.interface.table = u"auto"_s;
            f.interface.saveConfig = false;
            f.interface.postDown = {u"Echo %i"_s};
            f.interface.dns = {u"1.1.1.1"_s};
            f.peers.push_back(peer(0, {u"10.0.0.0/8"_s}, u"1.2.3.4:5"_s, 10));
            QTest::newRow("mixed-case keys and sections")
                << fill(u"[interface]\nprivatekey={priv}\nLISTENPORT = 1234\ntAbLe = AUTO\n"
                        u"saveconfig = False\npostdown = Echo %i\ndns = 1.1.1.1\n"
                        u"[PEER]\npublickey = {peer0}\nALLOWEDIPS = 10.0.0.0/8\n"
                        u"endPOINT = 1.2.3.4:5\npersistentKEEPALIVE = 10\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.firewallMark = 51820;
            f.interface.table = u"1234"_s;
            QTest::newRow("decimal FwMark, numeric Table")
                << fill(u"[Interface]\nPrivateKey = {priv}\nFwMark = 51820\nTable = 1234\n"_s) << f;
        }
        {
            WgQuickFile f = base();
            f.interface.firewallMark = 0xffffffff;
            QTest::newRow("largest hex FwMark")
                << fill(u"[Interface]\nPrivateKey = {priv}\nFwMark = 0xFFFFFFFF\n"_s) << f;
        }
        {
            WgQuickFile f = base();
            f.interface.firewallMark = 0;
            f.interface.listenPort = 0;
            f.peers.push_back(peer(0, {}, {}, 0));
            f.interfaceComments.trailing.insert(u"FwMark"_s, u"# none"_s);
            QTest::newRow("defaults written out: FwMark off, port 0, keepalive 0, empty AllowedIPs")
                << fill(u"[Interface]\nPrivateKey = {priv}\nFwMark = off # none\nListenPort = 0\n"
                        u"[Peer]\nPublicKey = {peer0}\nAllowedIPs =\nPersistentKeepalive = 0\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.addresses = {u"10.0.0.1/32"_s, u"fd00::1/128"_s};
            f.peers.push_back(peer(0, {u"10.0.0.2/32"_s, u"fd00::2/128"_s}));
            QTest::newRow("bare addresses get their full length")
                << fill(u"[Interface]\nPrivateKey = {priv}\nAddress = 10.0.0.1 fd00::1\n"
                        u"[Peer]\nPublicKey = {peer0}\nAllowedIPs = 10.0.0.2, fd00::2\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.peers.push_back(peer(0, {u"10.0.0.0/24"_s, u"fd00::/64"_s}));
            f.warnings = {
                u"Line 5: AllowedIPs: 10.0.0.1/24 has host bits set; it is imported as "
                u"10.0.0.0/24, as the kernel stores it."_s,
                u"Line 5: AllowedIPs: fd00::1/64 has host bits set; it is imported as fd00::/64, "
                u"as the kernel stores it."_s};
            QTest::newRow("host bits in AllowedIPs are masked, with a warning")
                << fill(u"[Interface]\nPrivateKey = {priv}\n[Peer]\nPublicKey = {peer0}\n"
                        u"AllowedIPs = 10.0.0.1/24, fd00::1/64\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.listenPort = 2;
            f.warnings = {u"Line 4: ListenPort is given again; it replaces the value of line 3."_s};
            QTest::newRow("a repeated scalar: the last one counts, as in wg")
                << fill(u"[Interface]\nPrivateKey = {priv}\nListenPort = 1\nListenPort = 2\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.peers.push_back(peer(0, {u"10.0.0.2/32"_s}));
            f.peers.push_back(peer(1, {u"10.0.0.3/32"_s}));
            f.interface.listenPort = 7;
            QTest::newRow("peers before the interface, CRLF line ends")
                << fill(u"[Peer]\r\nPublicKey = {peer0}\r\nAllowedIPs = 10.0.0.2/32\r\n"
                        u"[Interface]\r\nPrivateKey = {priv}\r\nListenPort = 7\r\n"
                        u"[Peer]\r\nPublicKey = {peer1}\r\nAllowedIPs = 10.0.0.3/32\r\n"_s)
                << f;
        }
        {
            WgQuickFile f = base();
            f.interface.addresses = {u"10.0.0.1/16"_s};
            QString text = u"[Interface]\nPrivateKey = {priv}\nAddress = 10.0.0.1/16\n"_s;
            for (int i = 0; i < 60; ++i) {
                const QString ip = u"10.0.%1.%2/32"_s.arg(i / 200).arg(i % 200 + 2);
                text += u"\n[Peer]\nPublicKey = {peer%1}\nAllowedIPs = %2\nEndpoint = 192.0.2.%3:%4\n"_s
                            .arg(QString::number(i), ip, QString::number(i + 1),
                                 QString::number(50000 + i));
                f.peers.push_back(peer(i, {ip}, u"192.0.2.%1:%2"_s.arg(i + 1).arg(50000 + i)));
            }
            QTest::newRow("many peers") << fill(text) << f;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(WgQuickFile, expected);

        QString error;
        const auto parsed = parseWgQuick(text, u"wg0"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        compareFiles(*parsed, expected, true);
        if (QTest::currentTestFailed())
            return;

        const QString written = writeWgQuick(*parsed);
        const auto again = parseWgQuick(written, u"wg0"_s, &error);
        QVERIFY2(again, qPrintable(error + u"\n"_s + written));
        compareFiles(*again, expected, false);
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << written;
            return;
        }
        QCOMPARE(again->warnings, QStringList()); // the export is already canonical
        QCOMPARE(writeWgQuick(*again), written);
    }

    // What wg(8) gets from wg-quick (`wg-quick strip`) is the same for the original and for
    // WG Desk's export of it.
    void wgQuickStripAgrees_data() { roundTrip_data(); }

    void wgQuickStripAgrees()
    {
        if (!canRunWgQuickStrip())
            QSKIP("wg-quick strip needs wireguard-tools and root (it re-runs itself via sudo)");
        QFETCH(QString, text);
        QString error;
        const auto parsed = parseWgQuick(text, u"wg0"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QString exported = writeWgQuick(*parsed);
        const QString originalStripped = wgQuickStrip(text, &error);
        QVERIFY2(!originalStripped.isEmpty(), qPrintable(error));
        const QString exportedStripped = wgQuickStrip(exported, &error);
        QVERIFY2(!exportedStripped.isEmpty(), qPrintable(error));
        // wg-quick really took its own keys out.
        for (const QString &key : {u"Address"_s, u"DNS"_s, u"MTU"_s, u"Table"_s, u"PostUp"_s,
                                   u"SaveConfig"_s})
            QVERIFY2(!wgConfig(exportedStripped).interface.contains(key.toLower()),
                     qPrintable(exportedStripped));
        const WgConfig expected = wgConfig(originalStripped);
        const WgConfig actual = wgConfig(exportedStripped);
        QVERIFY2(!expected.interface.isEmpty(), qPrintable(originalStripped));
        QCOMPARE(expected.peers.size(), qsizetype(parsed->peers.size()));
        QVERIFY2(actual == expected,
                 qPrintable(u"original:\n"_s + describe(expected) + u"export:\n"_s
                            + describe(actual)));
    }

    void exportIsCanonical()
    {
        const QString text = fill(
            u"[interface]\nprivatekey={priv}\n  Address=10.0.0.1/24,fd00::1/64\nfwmark = 4660\n"
            u"listenport = 51820\nmtu = 1420\ntable = 100\ndns = 1.1.1.1,example.com\n"
            u"postup = echo %i\nsaveconfig = TRUE\n"
            u"[peer]\npublickey={peer0}\nallowedips=10.0.0.2/32,fd00::2/128\n"
            u"persistentkeepalive=25\nendpoint=[fd00::9]:51820\npresharedkey={psk}\n"_s);
        QString error;
        const auto parsed = parseWgQuick(text, u"wg0"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(writeWgQuick(*parsed),
                 fill(u"[Interface]\n"
                      u"PrivateKey = {priv}\n"
                      u"ListenPort = 51820\n"
                      u"FwMark = 0x1234\n"
                      u"Address = 10.0.0.1/24, fd00::1/64\n"
                      u"DNS = 1.1.1.1, example.com\n"
                      u"MTU = 1420\n"
                      u"Table = 100\n"
                      u"PostUp = echo %i\n"
                      u"SaveConfig = true\n"
                      u"\n"
                      u"[Peer]\n"
                      u"PublicKey = {peer0}\n"
                      u"PresharedKey = {psk}\n"
                      u"AllowedIPs = 10.0.0.2/32, fd00::2/128\n"
                      u"Endpoint = [fd00::9]:51820\n"
                      u"PersistentKeepalive = 25\n"_s));
    }

    void interfaceNames()
    {
        QString error;
        const auto parsed = parseWgQuick(fill(u"[Interface]\nPrivateKey = {priv}\n[Peer]\n"
                                              u"PublicKey = {peer0}\n"_s),
                                         u"office-1"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->interface.identifier, u"office-1"_s);
        QCOMPARE(parsed->peers.at(0).interfaceIdentifier, u"office-1"_s);

        QVERIFY(!parseWgQuick(u"[Interface]\n"_s, u"wg 0"_s, &error));
        QCOMPARE(error, u"Interface name: \u201cwg 0\u201d contains \u201c \u201d; only letters, "
                        u"digits and _ = + . - are allowed."_s);
    }

    void ownPublicKeyAsPeerWarns()
    {
        QString error;
        const auto parsed = parseWgQuick(fill(u"[Interface]\nPrivateKey = {priv}\n[Peer]\n"
                                              u"PublicKey = {pub}\n"_s),
                                         u"wg0"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->warnings,
                 QStringList{u"Line 3: PublicKey: it is the interface's own public key; the "
                             u"kernel ignores this peer."_s});
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        const QString head = u"[Interface]\nPrivateKey = {priv}\n"_s; // lines 1-2
        const QString peerHead = head + u"[Peer]\nPublicKey = {peer0}\n"_s; // lines 1-4

        QTest::newRow("bad key base64")
            << u"[Interface]\nPrivateKey = abc=\n"_s
            << u"Line 2: PrivateKey: The key is 4 characters long; a WireGuard key is 44 "
               u"characters of base64 ending in one \u201c=\u201d."_s;
        QTest::newRow("key with a non-base64 character")
            << head + u"[Peer]\nPublicKey = %1\n"_s.arg(u"!"_s.repeated(43) + u"="_s)
            << u"Line 4: PublicKey: The key contains \u201c!\u201d, which is not a base64 "
               u"character."_s;
        QTest::newRow("bad preshared key")
            << peerHead + u"PresharedKey = {priv}x\n"_s
            << u"Line 5: PresharedKey: The key is 45 characters long; a WireGuard key is 44 "
               u"characters of base64 ending in one \u201c=\u201d."_s;
        QTest::newRow("bad CIDR")
            << peerHead + u"AllowedIPs = 10.0.0.0/24, 10.0.0.300/32\n"_s
            << u"Line 5: AllowedIPs: \u201c10.0.0.300\u201d is not an IPv4 or IPv6 address."_s;
        QTest::newRow("bad prefix length")
            << peerHead + u"AllowedIPs = 10.0.0.0/33\n"_s
            << u"Line 5: AllowedIPs: The prefix length \u201c33\u201d is not a number from 0 to "
               u"32."_s;
        QTest::newRow("empty AllowedIPs entry")
            << peerHead + u"AllowedIPs = 10.0.0.0/24,\n"_s
            << u"Line 5: AllowedIPs: The address is empty."_s;
        QTest::newRow("bad Address")
            << head + u"Address = 10.0.0.1/24, nonsense\n"_s
            << u"Line 3: Address: \u201cnonsense\u201d is not an IPv4 or IPv6 address."_s;
        QTest::newRow("endpoint without port")
            << peerHead + u"Endpoint = 192.0.2.1\n"_s
            << u"Line 5: Endpoint: \u201c192.0.2.1\u201d is not of the form host:port or "
               u"[IPv6]:port."_s;
        QTest::newRow("endpoint port out of range")
            << peerHead + u"Endpoint = vpn.example.com:99999\n"_s
            << u"Line 5: Endpoint: the port \u201c99999\u201d is not a number from 1 to 65535."_s;
        QTest::newRow("endpoint bad host")
            << peerHead + u"Endpoint = bad_host!:51820\n"_s
            << u"Line 5: Endpoint: \u201cbad_host!\u201d is neither an IP address nor a host "
               u"name."_s;
        QTest::newRow("port 70000")
            << head + u"ListenPort = 70000\n"_s
            << u"Line 3: ListenPort: 70000 is not a port number from 0 (random) to 65535."_s;
        QTest::newRow("port not a number")
            << head + u"ListenPort = -1\n"_s
            << u"Line 3: ListenPort: \u201c-1\u201d is not a port number from 0 (random) to "
               u"65535."_s;
        QTest::newRow("unknown key")
            << head + u"Foo = bar\n"_s
            << u"Line 3: unknown key \u201cFoo\u201d in [Interface]."_s;
        QTest::newRow("wg-quick key in a peer")
            << peerHead + u"DNS = 1.1.1.1\n"_s
            << u"Line 5: unknown key \u201cDNS\u201d in [Peer]."_s;
        QTest::newRow("unknown section")
            << head + u"[Peers]\nPublicKey = {peer0}\n"_s
            << u"Line 3: unknown section \u201c[Peers]\u201d; a wg-quick file has [Interface] "
               u"and [Peer] sections."_s;
        QTest::newRow("key before any section")
            << u"# a comment\n\nPrivateKey = {priv}\n[Interface]\n"_s
            << u"Line 3: PrivateKey comes before any section; keys belong under [Interface] or "
               u"[Peer]."_s;
        QTest::newRow("missing [Interface]")
            << u"[Peer]\nPublicKey = {peer0}\n"_s << u"The file has no [Interface] section."_s;
        QTest::newRow("empty file") << QString() << u"The file has no [Interface] section."_s;
        QTest::newRow("second [Interface]")
            << head + u"\n[Interface]\nListenPort = 1\n"_s
            << u"Line 4: a second [Interface] section; the first is on line 1."_s;
        QTest::newRow("peer without PublicKey")
            << head + u"\n[Peer]\nAllowedIPs = 10.0.0.2/32\n[Peer]\nPublicKey = {peer1}\n"_s
            << u"Line 4: the [Peer] section has no PublicKey."_s;
        QTest::newRow("last peer without PublicKey")
            << peerHead + u"[Peer]\n# nothing\n"_s
            << u"Line 5: the [Peer] section has no PublicKey."_s;
        QTest::newRow("duplicate peer key")
            << peerHead + u"AllowedIPs = 10.0.0.2/32\n\n[Peer]\nPublicKey = {peer0}\n"_s
            << u"Line 8: PublicKey: the [Peer] section of line 3 has the same public key; each "
               u"peer needs its own."_s;
        QTest::newRow("two PublicKeys in one peer")
            << peerHead + u"PublicKey = {peer1}\n"_s
            << u"Line 5: the [Peer] section of line 3 has a second PublicKey (the first is on "
               u"line 4)."_s;
        QTest::newRow("bad FwMark")
            << head + u"FwMark = 0xZZ\n"_s
            << u"Line 3: FwMark: \u201c0xZZ\u201d is not off or a number up to 4294967295 "
               u"(decimal, or hexadecimal after 0x)."_s;
        QTest::newRow("FwMark with 0X, which wg refuses")
            << head + u"FwMark = 0X10\n"_s
            << u"Line 3: FwMark: \u201c0X10\u201d is not off or a number up to 4294967295 "
               u"(decimal, or hexadecimal after 0x)."_s;
        QTest::newRow("FwMark over 32 bits")
            << head + u"FwMark = 0x100000000\n"_s
            << u"Line 3: FwMark: \u201c0x100000000\u201d is not off or a number up to 4294967295 "
               u"(decimal, or hexadecimal after 0x)."_s;
        QTest::newRow("bad MTU")
            << head + u"MTU = 100\n"_s << u"Line 3: MTU: 100 is outside 576 to 65535."_s;
        QTest::newRow("MTU too small for IPv6 given later")
            << head + u"MTU = 1000\nAddress = fd00::1/64\n"_s
            << u"Line 3: MTU: 1000 is outside 1280 to 65535 (IPv6 needs at least 1280)."_s;
        QTest::newRow("MTU not a number")
            << head + u"MTU = big\n"_s
            << u"Line 3: MTU: \u201cbig\u201d is not a number of bytes."_s;
        QTest::newRow("bad Table")
            << head + u"Table = main\n"_s
            << u"Line 3: Table: \u201cmain\u201d is not off, auto or a table number."_s;
        QTest::newRow("bad PersistentKeepalive")
            << peerHead + u"\n\n\n\n\n\n\nPersistentKeepalive = abc\n"_s
            << u"Line 12: PersistentKeepalive: \u201cabc\u201d is not a number of seconds from 0 "
               u"(off) to 65535."_s;
        QTest::newRow("PersistentKeepalive too big")
            << peerHead + u"PersistentKeepalive = 65536\n"_s
            << u"Line 5: PersistentKeepalive: \u201c65536\u201d is not a number of seconds from 0 "
               u"(off) to 65535."_s;
        QTest::newRow("bad SaveConfig")
            << head + u"SaveConfig = yes\n"_s
            << u"Line 3: SaveConfig: \u201cyes\u201d is neither true nor false."_s;
        QTest::newRow("bad DNS entry")
            << head + u"DNS = 1.1.1.1, bad_domain!\n"_s
            << u"DNS: \u201cbad_domain!\u201d is neither an IP address nor a search domain."_s
                   .prepend(u"Line 3: "_s);
        QTest::newRow("DNS entry with a prefix")
            << head + u"DNS = 10.0.0.0/8\n"_s
            << u"Line 3: DNS: \u201c10.0.0.0/8\u201d is neither an IP address nor a search "
               u"domain."_s;
        QTest::newRow("a line without =")
            << head + u"ListenPort 51820\n"_s
            << u"Line 3: \u201cListenPort 51820\u201d is neither a section header such as [Peer] "
               u"nor of the form Key = Value."_s;
        QTest::newRow("no key before =")
            << head + u" = 5\n"_s << u"Line 3: there is no key before \u201c=\u201d."_s;
        QTest::newRow("empty value")
            << head + u"ListenPort =   # later\n"_s << u"Line 3: ListenPort has no value."_s;
        QTest::newRow("value cut by a comment, as wg-quick does")
            << peerHead + u"Endpoint = host#1:51820\n"_s
            << u"Line 5: Endpoint: \u201chost\u201d is not of the form host:port or "
               u"[IPv6]:port."_s;
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error = u"untouched"_s;
        const auto parsed = parseWgQuick(fill(text), u"wg0"_s, &error);
        QVERIFY(!parsed);
        QCOMPARE(error, expected);
        // Without an error pointer it still refuses.
        QVERIFY(!parseWgQuick(fill(text), u"wg0"_s, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestWgQuickConfig)
#include "TestWgQuickConfig.moc"
