#include "Drift.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sys/socket.h>

namespace wgdesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Drift", text);
}

QSet<QString> prefixSet(const QStringList &list)
{
    QSet<QString> set;
    for (const QString &text : list)
        if (const auto prefix = platform::IpPrefix::parse(text))
            set.insert(prefix->toString());
    return set;
}

QSet<QString> prefixSet(const std::vector<platform::IpPrefix> &list)
{
    QSet<QString> set;
    for (const auto &prefix : list)
        set.insert(prefix.toString());
    return set;
}

QString joined(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
}

void compare(QStringList &differences, const QString &label, const QString &recorded,
             const QString &running)
{
    if (recorded != running)
        differences.append(tr("%1: recorded %2, running %3").arg(label, recorded, running));
}

} // namespace

QString driftKindName(InterfaceDrift::Kind kind)
{
    switch (kind) {
    case InterfaceDrift::Kind::InSync: return tr("in sync");
    case InterfaceDrift::Kind::Unmanaged: return tr("unmanaged");
    case InterfaceDrift::Kind::Missing: return tr("missing");
    case InterfaceDrift::Kind::Differs: return tr("differs");
    }
    return {};
}

QString driftKindName(PeerDrift::Kind kind)
{
    switch (kind) {
    case PeerDrift::Kind::Unknown: return tr("unknown");
    case PeerDrift::Kind::Missing: return tr("missing");
    case PeerDrift::Kind::Differs: return tr("differs");
    }
    return {};
}

platform::Result<std::vector<InterfaceDrift>> findDrift(Store &store,
                                                        platform::WireGuardBackend &backend)
{
    auto running = backend.listInterfaces();
    if (!running)
        return running.error();
    QString error;
    const auto recorded = store.interfaces(&error);
    if (!recorded) {
        platform::BackendError e;
        e.kind = platform::BackendError::Kind::Io;
        e.message = error;
        return e;
    }
    std::vector<InterfaceDrift> result;
    QSet<QString> known;
    for (const Interface &interface : *recorded) {
        known.insert(interface.identifier);
        InterfaceDrift drift;
        drift.name = interface.identifier;
        const bool isRunning = running.value().contains(interface.identifier);
        if (interface.disabled.isValid()) {
            if (isRunning) {
                drift.kind = InterfaceDrift::Kind::Differs;
                drift.differences.append(tr("It is disabled in the records but runs."));
                result.push_back(drift);
            }
            continue;
        }
        if (!isRunning) {
            drift.kind = InterfaceDrift::Kind::Missing;
            result.push_back(drift);
            continue;
        }
        auto device = backend.readDevice(interface.identifier);
        auto link = backend.linkInfo(interface.identifier);
        if (!device)
            return device.error();
        if (!link)
            return link.error();
        const platform::Device &d = device.value();
        compare(drift.differences, tr("Public key"), interface.publicKey,
                d.publicKey ? d.publicKey->toBase64() : tr("none"));
        if (interface.listenPort != 0)
            compare(drift.differences, tr("Listen port"), QString::number(interface.listenPort),
                    QString::number(d.listenPort));
        compare(drift.differences, tr("Firewall mark"), QString::number(interface.firewallMark),
                QString::number(d.fwmark));
        QSet<QString> runningAddresses;
        for (const auto &address : link.value().addresses)
            if (!(address.family == AF_INET6 && address.address[0] == 0xfe
                  && (address.address[1] & 0xc0) == 0x80)) // the kernel's own link-local
                runningAddresses.insert(address.toString());
        compare(drift.differences, tr("Addresses"), joined(prefixSet(interface.addresses)),
                joined(runningAddresses));
        if (interface.mtu != 0)
            compare(drift.differences, tr("MTU"), QString::number(interface.mtu),
                    QString::number(link.value().mtu));

        const auto peers = store.peers(interface.identifier, &error);
        if (!peers) {
            platform::BackendError e;
            e.kind = platform::BackendError::Kind::Io;
            e.message = error;
            return e;
        }
        QHash<QString, const Peer *> byKey; // points into *peers, which outlives it
        for (const Peer &peer : *peers)
            if (!peer.disabled.isValid())
                byKey.insert(peer.publicKey, &peer);
        QSet<QString> seen;
        for (const platform::Peer &live : d.peers) {
            const QString key = live.publicKey.toBase64();
            seen.insert(key);
            const Peer *peer = byKey.value(key);
            if (!peer) {
                drift.peers.push_back({key, PeerDrift::Kind::Unknown, {}});
                continue;
            }
            PeerDrift peerDrift{key, PeerDrift::Kind::Differs, {}};
            // Endpoints roam: the kernel learns a peer's address from its packets, so a
            // different running endpoint is not drift.
            compare(peerDrift.differences, tr("Allowed IPs"), joined(prefixSet(peer->allowedIps)),
                    joined(prefixSet(live.allowedIps)));
            // Never print a secret: say only that the keys differ.
            const QString livePsk = live.presharedKey ? live.presharedKey->toBase64() : QString();
            if (peer->presharedKey != livePsk)
                peerDrift.differences.append(tr("Preshared key: the recorded and the running "
                                                "key differ"));
            compare(peerDrift.differences, tr("Persistent keepalive"),
                    QString::number(peer->persistentKeepalive),
                    QString::number(live.persistentKeepalive));
            if (!peerDrift.differences.isEmpty())
                drift.peers.push_back(peerDrift);
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (!seen.contains(it.key()))
                drift.peers.push_back({it.key(), PeerDrift::Kind::Missing, {}});
        if (!drift.differences.isEmpty() || !drift.peers.empty())
            drift.kind = InterfaceDrift::Kind::Differs;
        result.push_back(drift);
    }
    for (const QString &name : running.value())
        if (!known.contains(name))
            result.push_back({name, InterfaceDrift::Kind::Unmanaged, {}, {}});
    return result;
}

} // namespace wgdesk::app
