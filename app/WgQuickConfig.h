// wg-quick(8) configuration files (wg0.conf): reading them into WG Desk's records and writing
// them back. Every key of the format is understood ([Interface] PrivateKey, ListenPort, FwMark,
// Address, DNS, MTU, Table, PreUp/PostUp/PreDown/PostDown, SaveConfig; [Peer] PublicKey,
// PresharedKey, AllowedIPs, Endpoint, PersistentKeepalive), keys case-insensitively, list keys
// repeatable. A malformed file is refused as a whole with "Line N: " and the reason.
//
// Round trip: parseWgQuick(writeWgQuick(f)) gives back f (interface, peers and comments) for
// every f that parseWgQuick returned.
#pragma once

#include "Domain.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wgdesk::app {

// The comments of one section, attached to what follows them. Comment texts start with "#" and
// are kept verbatim (right-trimmed). Blank lines are not kept.
struct WgQuickComments
{
    QStringList header;     // full-line comments before the [Section] line
    QString headerTrailing; // "# ..." on the [Section] line itself
    // Comments before a key's line, by key id: the canonical key name ("AllowedIPs", "MTU"), or
    // for the hooks, which are written one line per command, the name and the command's index
    // ("PostUp/0", "PostUp/1"). A list key given on several lines is written as one line, so
    // the comments of all its lines are kept together.
    QHash<QString, QStringList> beforeKey;
    // "# ..." at the end of a key's line. When a key's lines have several, the first is kept
    // here and the others are added to beforeKey.
    QHash<QString, QString> trailing;

    [[nodiscard]] bool isEmpty() const
    {
        return header.isEmpty() && headerTrailing.isEmpty() && beforeKey.isEmpty()
               && trailing.isEmpty();
    }

    friend bool operator==(const WgQuickComments &, const WgQuickComments &) = default;
};

struct WgQuickFile
{
    Interface interface;
    std::vector<Peer> peers; // in the file's order
    // Things the import changed or dropped ("Line 9: AllowedIPs: 10.0.0.1/24 has host bits
    // set; ..."). Not written back.
    QStringList warnings;

    WgQuickComments interfaceComments;
    QHash<QString, WgQuickComments> peerComments; // by the peer's base64 public key
    QStringList trailingComments;                 // comments after the last line with content
};

// Reads a wg-quick file. `interfaceName` comes from the file name (wg0.conf -> wg0) and fills
// Interface::identifier and Peer::interfaceIdentifier. On failure returns nullopt and sets
// *error to one sentence, "Line N: " and the reason (only a bad interface name and a missing
// [Interface] have no line).
//
// Keys and values are stored in WG Desk's canonical forms: keys in standard base64, addresses
// and allowed IPs as "address/length" (a bare address gets its full length), allowed IPs with
// host bits reduced to their network (with a warning, as the kernel does), Table as "off",
// "auto" or a number. Interface::publicKey is derived from the private key.
std::optional<WgQuickFile> parseWgQuick(const QString &text, const QString &interfaceName,
                                        QString *error);

// The canonical wg-quick text of `file`: [Interface], then each [Peer], keys in wg-quick's
// usual spelling and order, default values left out (port 0, MTU 0, FwMark 0, no keepalive,
// empty lists), FwMark in hexadecimal, lists joined with ", ", comments re-emitted.
QString writeWgQuick(const WgQuickFile &file);

} // namespace wgdesk::app
