// Helpers for tests that run against a real WireGuard: run wg(8) and ip(8) as an independent
// cross-check, and parse what they print. Header-only; every function asserts with QTest.
#pragma once

#include "Keys.h"
#include "WireGuardTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryFile>
#include <QtTest>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstring>

namespace wgdesk::tests {

using namespace Qt::StringLiterals;

struct RunResult
{
    bool ok = false;
    QString out;
    QString err;
};

inline RunResult run(const QStringList &command, const QByteArray &input = {})
{
    QProcess process;
    process.start(command.first(), command.mid(1));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    RunResult result;
    if (!process.waitForFinished(120000)) {
        result.err = u"timed out: "_s + command.join(u' ');
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Distinct, deterministic public keys for bulk tests (wg accepts any 32 bytes).
inline platform::Key keyFrom(int a, int b = 0)
{
    platform::Key key = platform::keys::generatePrivateKey();
    key.bytes[0] = static_cast<std::uint8_t>(a & 0xff);
    key.bytes[1] = static_cast<std::uint8_t>((a >> 8) & 0xff);
    key.bytes[2] = static_cast<std::uint8_t>((a >> 16) & 0xff);
    key.bytes[3] = static_cast<std::uint8_t>(b);
    return key;
}

// An IPv4 prefix from a host-order address.
inline platform::IpPrefix v4(std::uint32_t host, int length = 32)
{
    platform::IpPrefix p;
    p.family = AF_INET;
    const std::uint32_t net = htonl(host);
    std::memcpy(p.address.data(), &net, 4);
    p.length = static_cast<std::uint8_t>(length);
    return p;
}

inline platform::IpPrefix parsePrefix(const char *text)
{
    return *platform::IpPrefix::parse(QString::fromLatin1(text));
}

// A peer with 1,000 allowed IPs, IPv4 and IPv6 alternating: more than one netlink message
// holds. `expected` receives their printed forms.
inline platform::PeerChange peerWithThousandAllowedIps(QSet<QString> *expected)
{
    platform::PeerChange peer;
    peer.publicKey = platform::keys::publicKey(platform::keys::generatePrivateKey());
    peer.endpoint = *platform::Endpoint::parse(u"127.0.0.1:9");
    peer.persistentKeepalive = 10;
    for (int i = 0; i < 1000; ++i) {
        platform::IpPrefix ip = i % 2 ? v4(0x0a000000u + static_cast<std::uint32_t>(i) * 256, 24)
                                      : parsePrefix("fd00::");
        if (!(i % 2)) {
            ip.address[2] = static_cast<std::uint8_t>(i >> 8);
            ip.address[3] = static_cast<std::uint8_t>(i & 0xff);
            ip.length = 32;
        }
        peer.allowedIps.push_back(ip);
        expected->insert(ip.toString());
    }
    return peer;
}

// Kernel tests create interfaces: they must only ever run inside the test VM.
inline void requireTestVm()
{
    QFile cmdline(u"/proc/cmdline"_s);
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    if (!cmdline.readAll().contains("wgdesk.work="))
        QFAIL("kernel tests run only inside the test VM: use ctest -L kernel");
}

inline QString testBinary(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

inline QJsonObject ipLinkJson(const QString &name)
{
    const RunResult r = run({u"ip"_s, u"-d"_s, u"-j"_s, u"link"_s, u"show"_s, u"dev"_s, name});
    if (!r.ok)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
}

// "wireguard" for a WireGuard link, "" when there is no such link or it has no kind.
inline QString ipLinkKind(const QString &name)
{
    return ipLinkJson(name).value(u"linkinfo"_s).toObject().value(u"info_kind"_s).toString();
}

inline QSet<QString> ipAddresses(const QString &name)
{
    const RunResult r = run({u"ip"_s, u"-j"_s, u"addr"_s, u"show"_s, u"dev"_s, name});
    QSet<QString> result;
    const auto info = QJsonDocument::fromJson(r.out.toUtf8())
                          .array()
                          .at(0)
                          .toObject()
                          .value(u"addr_info"_s)
                          .toArray();
    for (const auto &a : info) {
        const auto o = a.toObject();
        if (o.value(u"scope"_s).toString() == u"link")
            continue; // the kernel's own IPv6 link-local address
        result.insert(o.value(u"local"_s).toString() + u'/'
                      + QString::number(o.value(u"prefixlen"_s).toInt()));
    }
    return result;
}

// Deletes the WireGuard links tests made, except those named "wgkeep*": removing a peer costs
// the kernel an RCU grace period, about 17 ms under the VM's software emulation, so an
// interface with thousands of peers is left for the VM's power-off instead.
inline void deleteAllWireGuardLinks()
{
    const RunResult r = run({u"ip"_s, u"-j"_s, u"link"_s, u"show"_s, u"type"_s, u"wireguard"_s});
    for (const auto &link : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QString name = link.toObject().value(u"ifname"_s).toString();
        if (!name.startsWith(u"wgkeep"_s))
            run({u"ip"_s, u"link"_s, u"del"_s, name});
    }
}

inline bool wgSetconf(const QString &name, const QString &conf)
{
    QTemporaryFile file;
    if (!file.open())
        return false;
    file.write(conf.toUtf8());
    file.flush();
    const RunResult r = run({u"wg"_s, u"setconf"_s, name, file.fileName()});
    if (!r.ok)
        qWarning("wg setconf failed: %s", qPrintable(r.err));
    return r.ok;
}

inline QString wgShow(const QString &name, const QString &field)
{
    return run({u"wg"_s, u"show"_s, name, field}).out.trimmed();
}

struct WgDumpPeer
{
    QString presharedKey, endpoint, keepalive;
    QSet<QString> allowedIps;
    qint64 handshake = 0;
    quint64 rx = 0, tx = 0;
};

struct WgDump
{
    QString privateKey, publicKey, listenPort, fwmark;
    QHash<QString, WgDumpPeer> peers;

    [[nodiscard]] bool has(const platform::Key &key) const
    {
        return peers.contains(key.toBase64());
    }
    [[nodiscard]] WgDumpPeer peer(const platform::Key &key) const
    {
        return peers.value(key.toBase64());
    }
};

// `wg show NAME dump`, parsed.
inline WgDump wgDump(const QString &name)
{
    WgDump dump;
    const RunResult r = run({u"wg"_s, u"show"_s, name, u"dump"_s});
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u'\t');
        if (i == 0 && f.size() >= 4) {
            dump.privateKey = f[0];
            dump.publicKey = f[1];
            dump.listenPort = f[2];
            dump.fwmark = f[3];
        } else if (f.size() >= 8) {
            WgDumpPeer p;
            p.presharedKey = f[1];
            p.endpoint = f[2];
            if (f[3] != u"(none)")
                for (const QString &ip : f[3].split(u','))
                    p.allowedIps.insert(ip);
            p.handshake = f[4].toLongLong();
            p.rx = f[5].toULongLong();
            p.tx = f[6].toULongLong();
            p.keepalive = f[7];
            dump.peers.insert(f[0], p);
        }
    }
    return dump;
}

// Compares a device WG Desk read with wg's dump of the same interface, field by field.
inline void compareWithWgDump(const platform::Device &device, const WgDump &dump)
{
    QCOMPARE(device.privateKey ? device.privateKey->toBase64() : u"(none)"_s, dump.privateKey);
    QCOMPARE(device.publicKey ? device.publicKey->toBase64() : u"(none)"_s, dump.publicKey);
    QCOMPARE(QString::number(device.listenPort), dump.listenPort);
    QCOMPARE(device.fwmark ? u"0x"_s + QString::number(device.fwmark, 16) : u"off"_s, dump.fwmark);
    QCOMPARE(device.peers.size(), std::size_t(dump.peers.size()));
    for (const platform::Peer &peer : device.peers) {
        const QString key = peer.publicKey.toBase64();
        QVERIFY2(dump.peers.contains(key), qPrintable(key));
        const WgDumpPeer &p = dump.peers[key];
        QCOMPARE(peer.presharedKey ? peer.presharedKey->toBase64() : u"(none)"_s, p.presharedKey);
        QCOMPARE(peer.endpoint.isSet() ? peer.endpoint.toString() : u"(none)"_s, p.endpoint);
        QSet<QString> ips;
        for (const auto &ip : peer.allowedIps)
            ips.insert(ip.toString());
        QCOMPARE(ips, p.allowedIps);
        QCOMPARE(qsizetype(peer.allowedIps.size()), p.allowedIps.size()); // no duplicates
        QCOMPARE(peer.lastHandshakeSec, p.handshake);
        QCOMPARE(peer.rxBytes, p.rx);
        QCOMPARE(peer.txBytes, p.tx);
        QCOMPARE(peer.persistentKeepalive ? QString::number(peer.persistentKeepalive) : u"off"_s,
                 p.keepalive);
    }
}

} // namespace wgdesk::tests
