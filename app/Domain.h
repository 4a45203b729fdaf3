// WG Desk's records: the users who own peers, and the desired configuration of interfaces and
// peers, with everything the kernel does not know (names, owners, notes, tunnel addresses,
// wg-quick extras). The field names follow the webhook payloads (webhooks.md).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgdesk::app {

struct User
{
    QString identifier;
    QString email;
    QString firstname;
    QString lastname;
    QString phone;
    QString department;
    QString notes;
    bool isAdmin = false;
    QDateTime disabled; // invalid = enabled
    QString disabledReason;
    QDateTime createdAt, updatedAt;
    QString createdBy, updatedBy;

    friend bool operator==(const User &, const User &) = default;
};

struct Interface
{
    QString identifier; // the interface name, e.g. wg0
    QString displayName;
    QString privateKey; // base64; a secret: never logged, never in payloads or --json
    QString publicKey;  // base64, derived from privateKey
    int listenPort = 0; // 0 = random
    QStringList addresses; // CIDRs of this host on the tunnel, e.g. 10.0.0.1/24
    int mtu = 0;           // 0 = the kernel's default
    quint32 firewallMark = 0;
    // wg-quick keys that WG Desk keeps and exports, but does not run itself.
    QStringList dns;
    QString table; // "", "off", "auto" or a number
    QStringList preUp, postUp, preDown, postDown;
    bool saveConfig = false;
    // For client configs: the endpoint peers use to reach this interface (host:port).
    QString externalEndpoint;
    QDateTime disabled; // invalid = enabled: restored on start and kept up
    QDateTime createdAt, updatedAt;
    QString createdBy, updatedBy;

    friend bool operator==(const Interface &, const Interface &) = default;
};

struct Peer
{
    QString interfaceIdentifier;
    QString publicKey;    // base64; the peer's identifier
    QString privateKey;   // base64, only when WG Desk generated the key pair (a secret)
    QString presharedKey; // base64 or empty (a secret)
    QString displayName;
    QString userIdentifier;
    QString endpoint;      // host:port or [v6]:port, empty = none (the peer connects to us)
    QStringList allowedIps; // CIDRs routed to this peer
    QStringList addresses;  // the peer's own tunnel addresses (for its client config)
    int persistentKeepalive = 0;
    QString checkAddress; // ping check target; empty = the first tunnel address
    QString notes;
    QDateTime disabled; // invalid = enabled; a disabled peer is kept here but not in the kernel
    QString disabledReason;
    QDateTime expiresAt;
    QDateTime createdAt, updatedAt;
    QString createdBy, updatedBy;

    friend bool operator==(const Peer &, const Peer &) = default;
};

} // namespace wgdesk::app
